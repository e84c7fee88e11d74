/**
 * The `oauth_client_resource` model.
 *
 * @since 0.1.0
 */

import { IamEntityIds, ModelFields } from "@beep/shared-domain"
import { Model as M } from "effect/schema"
import { OAuthClientPublicId } from "../../values/OAuthClientPublicId.ts"
import { OAuthResourceIdentifier } from "../../values/OAuthResourceIdentifier.ts"

const { makeFields, JsonValue, Optional } = ModelFields
const { OAuthClientResourceId } = IamEntityIds

/**
 * `@better-auth/oauth-provider`'s `oauthClientResource`: which resources a client may
 * request tokens for; `(clientId, resourceId)` is unique.
 *
 * @since 0.1.0
 */
export class Model extends M.Class<Model>("OAuthClientResource")(
  makeFields(OAuthClientResourceId, {
    clientId: OAuthClientPublicId,
    resourceId: OAuthResourceIdentifier,
    metadata: Optional(JsonValue)
  }),
  { description: "A link allowing one client to request tokens for one protected resource." }
) {}
