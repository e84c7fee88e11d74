/**
 * The table names of the shared slice, as a schema and a literal union, derived
 * from the ID schemas so a new ID cannot be forgotten here.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { SessionId, UserId } from "./ids.ts"

/** Literal schema of the shared slice's table names. @since 0.1.0 */
export const SharedTableName = Schema.Literals([UserId.tableName, SessionId.tableName])
/** @since 0.1.0 */
export type SharedTableName = typeof SharedTableName.Type
