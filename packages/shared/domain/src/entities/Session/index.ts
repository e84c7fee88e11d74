/**
 * The `session` entity.
 *
 * @since 0.1.0
 */
export * from "./Session.model.ts"
