/**
 * The `oauth_client` entity.
 *
 * @since 0.1.0
 */
export * from "./OAuthClient.model.ts"
