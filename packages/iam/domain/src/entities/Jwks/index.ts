/**
 * The `jwks` entity.
 *
 * @since 0.1.0
 */
export * from "./Jwks.model.ts"
