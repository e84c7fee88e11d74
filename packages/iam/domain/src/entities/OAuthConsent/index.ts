/**
 * The `oauth_consent` entity.
 *
 * @since 0.1.0
 */
export * from "./OAuthConsent.model.ts"
