/**
 * The `oauth_resource` model.
 *
 * @since 0.1.0
 */

import { IamEntityIds, ModelFields } from "@beep/shared-domain"
import { Model as M } from "effect/schema"
import { OAuthResourceIdentifier } from "../../values/OAuthResourceIdentifier.ts"

const { makeFields, BooleanWithDefault, Int32, JsonValue, Optional, StringArray, Text, WithDefault } = ModelFields
const { OAuthResourceId } = IamEntityIds

/**
 * `@better-auth/oauth-provider`'s `oauthResource`: an RFC 8707 resource server that
 * access tokens can be audience-bound to.
 *
 * @since 0.1.0
 */
export class Model extends M.Class<Model>("OAuthResource")(
  makeFields(OAuthResourceId, {
    identifier: OAuthResourceIdentifier,
    name: Text,
    accessTokenTtl: Optional(Int32),
    refreshTokenTtl: Optional(Int32),
    signingAlgorithm: Optional(Text),
    signingKeyId: Optional(Text),
    allowedScopes: Optional(StringArray),
    customClaims: Optional(JsonValue),
    dpopBoundAccessTokensRequired: BooleanWithDefault(false),
    disabled: BooleanWithDefault(false),
    policyVersion: WithDefault(Int32, 1),
    metadata: Optional(JsonValue)
  }),
  {
    description:
      "A protected resource (API) that tokens can be issued for, with its token lifetimes, signing and allowed scopes."
  }
) {}
