/**
 * The `account` entity.
 *
 * @since 0.1.0
 */
export * from "./Account.model.ts"
