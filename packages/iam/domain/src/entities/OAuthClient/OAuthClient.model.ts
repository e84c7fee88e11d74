/**
 * The `oauth_client` model.
 *
 * @since 0.1.0
 */

import { IamEntityIds, ModelFields, SharedEntityIds } from "@beep/shared-domain"
import * as Schema from "effect/Schema"
import { Model as M } from "effect/schema"
import { OAuthClientPublicId } from "../../values/OAuthClientPublicId.ts"

const { makeFields, BooleanWithDefault, JsonValue, Optional, Sensitive, StringArray, Text, WithDefault } = ModelFields
const { UserId } = SharedEntityIds
const { OAuthClientId } = IamEntityIds

/**
 * `@better-auth/oauth-provider`'s `oauthClient`: a registered client. `clientId` is the
 * public identifier other tables reference; `clientSecret` (stored hashed by
 * better-auth) is redacted and never in json. `metadata` is whatever JSON better-auth
 * writes (in 1.7 a JSON string scalar).
 *
 * @since 0.1.0
 */
export class Model extends M.Class<Model>("OAuthClient")(
  makeFields(OAuthClientId, {
    clientId: OAuthClientPublicId,
    clientSecret: Optional(Sensitive(Text)),
    clientDiscoveryId: Optional(Text),
    disabled: BooleanWithDefault(false),
    skipConsent: Optional(Schema.Boolean),
    enableEndSession: Optional(Schema.Boolean),
    subjectType: Optional(Text),
    scopes: Optional(StringArray),
    clientCredentialsScopes: WithDefault(StringArray, []),
    userId: Optional(UserId),
    name: Optional(Text),
    uri: Optional(Text),
    icon: Optional(Text),
    contacts: Optional(StringArray),
    tos: Optional(Text),
    policy: Optional(Text),
    softwareId: Optional(Text),
    softwareVersion: Optional(Text),
    softwareStatement: Optional(Text),
    redirectUris: StringArray,
    postLogoutRedirectUris: Optional(StringArray),
    backchannelLogoutUri: Optional(Text),
    backchannelLogoutSessionRequired: Optional(Schema.Boolean),
    tokenEndpointAuthMethod: Optional(Text),
    applicationType: Optional(Text),
    jwks: Optional(Text),
    jwksUri: Optional(Text),
    grantTypes: Optional(StringArray),
    responseTypes: Optional(StringArray),
    requirePKCE: Optional(Schema.Boolean),
    dpopBoundAccessTokens: BooleanWithDefault(false),
    referenceId: Optional(Text),
    metadata: Optional(JsonValue)
  }),
  {
    description:
      "A registered OAuth 2.1 client (web, native or machine) with its public client_id, redirect URIs and grants."
  }
) {}
