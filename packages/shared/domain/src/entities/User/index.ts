/**
 * The `user` entity.
 *
 * @since 0.1.0
 */
export * from "./User.model.ts"
