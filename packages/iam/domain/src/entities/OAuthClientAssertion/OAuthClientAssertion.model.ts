/**
 * The `oauth_client_assertion` model.
 *
 * @since 0.1.0
 */

import { IamEntityIds, ModelFields } from "@beep/shared-domain"
import { Model as M } from "effect/schema"

const { makeFields, Timestamp } = ModelFields
const { OAuthClientAssertionId } = IamEntityIds

/**
 * `@better-auth/oauth-provider`'s `oauthClientAssertion`: replay guard for
 * `private_key_jwt` assertions. Its `id` is derived by better-auth from the
 * assertion's `jti` (see `OAuthClientAssertionId`).
 *
 * @since 0.1.0
 */
export class Model extends M.Class<Model>("OAuthClientAssertion")(
  makeFields(OAuthClientAssertionId, {
    expiresAt: Timestamp
  }),
  { description: "A used private_key_jwt client assertion, kept until it expires so its jti cannot be replayed." }
) {}
