/**
 * The `oauth_resource` entity.
 *
 * @since 0.1.0
 */
export * from "./OAuthResource.model.ts"
