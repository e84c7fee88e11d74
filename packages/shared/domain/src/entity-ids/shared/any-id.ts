/**
 * Any ID of a table the shared slice owns.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import { SessionId, UserId } from "./ids.ts"

/** Union schema of every shared-slice ID. @since 0.1.0 */
export const SharedAnyId = Schema.Union([UserId, SessionId])
/** @since 0.1.0 */
export type SharedAnyId = typeof SharedAnyId.Type
