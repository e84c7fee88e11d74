/**
 * IDs of the tables the shared slice owns: `user` and `session`.
 *
 * @since 0.1.0
 */
import * as EntityId from "../EntityId.ts"

/** `user__<uuidv7>`: primary key of `user`. @since 0.1.0 */
export const UserId = EntityId.make("user", { brand: "UserId" })
/** @since 0.1.0 */
export type UserId = typeof UserId.Type

/** `session__<uuidv7>`: primary key of `session`. @since 0.1.0 */
export const SessionId = EntityId.make("session", { brand: "SessionId" })
/** @since 0.1.0 */
export type SessionId = typeof SessionId.Type
