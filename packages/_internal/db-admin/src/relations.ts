/**
 * The single `userRelations` and `sessionRelations`, built from every slice's
 * fragments, so Drizzle sees one relation definition per table.
 *
 * @since 0.1.0
 */
import { iamSessionRelations, iamUserRelations } from "@beep/iam-tables"
import { session, sharedSessionRelations, sharedUserRelations, user } from "@beep/shared-tables"
import { relations } from "drizzle-orm"

/** Everything that hangs off a user, across slices. @since 0.1.0 */
export const userRelations = relations(user, (helpers) => ({
  ...sharedUserRelations(helpers),
  ...iamUserRelations(helpers)
}))

/** A session's user and the OAuth tokens issued in it. @since 0.1.0 */
export const sessionRelations = relations(session, (helpers) => ({
  ...sharedSessionRelations(helpers),
  ...iamSessionRelations(helpers)
}))
