/**
 * The `account` model.
 *
 * @since 0.1.0
 */

import { IamEntityIds, ModelFields, SharedEntityIds } from "@beep/shared-domain"
import { Model as M } from "effect/schema"

const { makeFields, Optional, Sensitive, Text, Timestamp } = ModelFields
const { UserId } = SharedEntityIds
const { AccountId } = IamEntityIds

/**
 * better-auth core's `account`: one row per sign-in method of a user. `password` holds
 * the credential provider's password hash; the provider tokens are bearer secrets.
 * All of them are redacted and never in json.
 *
 * @since 0.1.0
 */
export class Model extends M.Class<Model>("Account")(
  makeFields(AccountId, {
    accountId: Text,
    providerId: Text,
    userId: UserId,
    accessToken: Optional(Sensitive(Text)),
    refreshToken: Optional(Sensitive(Text)),
    idToken: Optional(Sensitive(Text)),
    accessTokenExpiresAt: Optional(Timestamp),
    refreshTokenExpiresAt: Optional(Timestamp),
    scope: Optional(Text),
    password: Optional(Sensitive(Text))
  }),
  { description: "A user's link to a sign-in method: a credential (password hash) or an external provider's tokens." }
) {}
