/**
 * The `oauth_access_token` entity.
 *
 * @since 0.1.0
 */
export * from "./OAuthAccessToken.model.ts"
