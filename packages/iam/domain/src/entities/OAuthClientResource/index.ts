/**
 * The `oauth_client_resource` entity.
 *
 * @since 0.1.0
 */
export * from "./OAuthClientResource.model.ts"
