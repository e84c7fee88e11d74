/**
 * The `verification` model.
 *
 * @since 0.1.0
 */

import { IamEntityIds, ModelFields } from "@beep/shared-domain"
import { Model as M } from "effect/schema"

const { makeFields, Sensitive, Text, Timestamp } = ModelFields
const { VerificationId } = IamEntityIds

/**
 * better-auth core's `verification`: short-lived values (email verification, password
 * reset, OAuth authorization codes) looked up by `identifier`. `value` is secret.
 *
 * @since 0.1.0
 */
export class Model extends M.Class<Model>("Verification")(
  makeFields(VerificationId, {
    identifier: Text,
    value: Sensitive(Text),
    expiresAt: Timestamp
  }),
  {
    description:
      "A short-lived value better-auth checks a flow against (email verification, reset, authorization code), keyed by identifier."
  }
) {}
