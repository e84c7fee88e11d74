/**
 * The `session` model: a signed-in browser or device. better-auth core owns
 * its fields.
 *
 * @since 0.1.0
 */
import { Model as M } from "effect/schema"
import { SessionId, UserId } from "../../entity-ids/shared/ids.ts"
import { Optional, Sensitive, Text, Timestamp } from "../../model/fields.ts"
import { makeFields } from "../../model/makeFields.ts"

/**
 * A session as better-auth 1.7 stores it. `token` is the session cookie's
 * value: a bearer secret, so it is redacted and never in json.
 *
 * @since 0.1.0
 */
export class Model extends M.Class<Model>("Session")(
  makeFields(SessionId, {
    expiresAt: Timestamp,
    token: Sensitive(Text),
    ipAddress: Optional(Text),
    userAgent: Optional(Text),
    userId: UserId
  }),
  { description: "A signed-in browser or device of a user, identified by its secret session token." }
) {}
