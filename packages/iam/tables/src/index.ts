/**
 * `@beep/iam-tables`: Drizzle tables of the IAM slice and their relations.
 *
 * @since 0.1.0
 */
export type * from "./_check.ts"
export * from "./relations.ts"
export * from "./tables/index.ts"
