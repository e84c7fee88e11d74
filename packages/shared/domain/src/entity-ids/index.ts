/**
 * Branded, prefixed entity IDs for every table, grouped per slice.
 *
 * @since 0.1.0
 */

/** The type of every ID schema made by the kit. @since 0.1.0 */
export type { EntityId as EntityIdSchema } from "./EntityId.ts"
export * as EntityId from "./EntityId.ts"
export * from "./iam/any-id.ts"
/** The IAM slice's ID schemas, by name. @since 0.1.0 */
export * as IamEntityIds from "./iam/ids.ts"
export * from "./iam/table-name.ts"
export * from "./shared/any-id.ts"
/** The shared slice's ID schemas, by name. @since 0.1.0 */
export * as SharedEntityIds from "./shared/ids.ts"
export * from "./shared/table-name.ts"
