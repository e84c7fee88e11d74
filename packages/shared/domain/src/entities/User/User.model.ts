/**
 * The `user` model: a person who signs in. better-auth core owns its fields.
 *
 * @since 0.1.0
 */
import { Model as M } from "effect/schema"
import { UserId } from "../../entity-ids/shared/ids.ts"
import { BooleanWithDefault, Optional, Text } from "../../model/fields.ts"
import { makeFields } from "../../model/makeFields.ts"

/**
 * A user as better-auth 1.7 stores it (`email` is unique).
 *
 * @since 0.1.0
 */
export class Model extends M.Class<Model>("User")(
  makeFields(UserId, {
    name: Text,
    email: Text,
    emailVerified: BooleanWithDefault(false),
    image: Optional(Text)
  }),
  { description: "A person who can sign in: a name, a unique email address and whether it is verified." }
) {}
