/**
 * The `oauth_refresh_token` entity.
 *
 * @since 0.1.0
 */
export * from "./OAuthRefreshToken.model.ts"
