/**
 * The shared slice's halves of the `user` and `session` relations.
 *
 * Drizzle wants one `relations(user, …)` per schema, but every slice adds
 * relations to `user` and `session`. Each slice therefore exports fragments,
 * and `@beep/db-admin` builds the single `userRelations`/`sessionRelations`
 * from all of them.
 *
 * @since 0.1.0
 */
import type { TableRelationsHelpers } from "drizzle-orm"
import { session } from "./tables/session.table.ts"
import { user } from "./tables/user.table.ts"

/** `user.sessions`. @since 0.1.0 */
export const sharedUserRelations = ({ many }: TableRelationsHelpers<"user">) => ({
  sessions: many(session)
})

/** `session.user`. @since 0.1.0 */
export const sharedSessionRelations = ({ one }: TableRelationsHelpers<"session">) => ({
  user: one(user, { fields: [session.userId], references: [user.id] })
})
