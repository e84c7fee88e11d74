/**
 * The `verification` entity.
 *
 * @since 0.1.0
 */
export * from "./Verification.model.ts"
