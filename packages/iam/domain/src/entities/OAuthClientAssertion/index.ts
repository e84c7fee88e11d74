/**
 * The `oauth_client_assertion` entity.
 *
 * @since 0.1.0
 */
export * from "./OAuthClientAssertion.model.ts"
