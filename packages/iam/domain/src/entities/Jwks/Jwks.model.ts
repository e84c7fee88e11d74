/**
 * The `jwks` model.
 *
 * @since 0.1.0
 */

import { IamEntityIds, ModelFields } from "@beep/shared-domain"
import { Model as M } from "effect/schema"

const { makeFields, Optional, Sensitive, Text, Timestamp } = ModelFields
const { JwksId } = IamEntityIds

/**
 * The jwt plugin's `jwks`: key pairs that sign ID tokens and JWT access tokens.
 * `privateKey` is (encrypted) private key material: redacted, never in json.
 *
 * @since 0.1.0
 */
export class Model extends M.Class<Model>("Jwks")(
  makeFields(JwksId, {
    publicKey: Text,
    privateKey: Sensitive(Text),
    expiresAt: Optional(Timestamp),
    alg: Optional(Text),
    crv: Optional(Text)
  }),
  { description: "A signing key pair of the jwt plugin; the public half is published at /jwks." }
) {}
