/**
 * The `oauth_consent` model.
 *
 * @since 0.1.0
 */

import { IamEntityIds, ModelFields, SharedEntityIds } from "@beep/shared-domain"
import { Model as M } from "effect/schema"
import { OAuthClientPublicId } from "../../values/OAuthClientPublicId.ts"

const { makeFields, Optional, StringArray, Text } = ModelFields
const { UserId } = SharedEntityIds
const { OAuthConsentId } = IamEntityIds

/**
 * `@better-auth/oauth-provider`'s `oauthConsent`: the scopes a user granted a client.
 *
 * @since 0.1.0
 */
export class Model extends M.Class<Model>("OAuthConsent")(
  makeFields(OAuthConsentId, {
    clientId: OAuthClientPublicId,
    userId: Optional(UserId),
    referenceId: Optional(Text),
    resources: Optional(StringArray),
    requestedUserInfoClaims: Optional(StringArray),
    scopes: StringArray
  }),
  {
    description:
      "A user's consent to a client for a set of scopes, which lets later authorizations skip the consent page."
  }
) {}
