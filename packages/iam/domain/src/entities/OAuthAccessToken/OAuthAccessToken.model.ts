/**
 * The `oauth_access_token` model.
 *
 * @since 0.1.0
 */

import { IamEntityIds, ModelFields, SharedEntityIds } from "@beep/shared-domain"
import { Model as M } from "effect/schema"
import { OAuthClientPublicId } from "../../values/OAuthClientPublicId.ts"

const { makeFields, JsonValue, Optional, Sensitive, StringArray, Text, Timestamp } = ModelFields
const { SessionId, UserId } = SharedEntityIds
const { OAuthAccessTokenId, OAuthRefreshTokenId } = IamEntityIds

/**
 * `@better-auth/oauth-provider`'s `oauthAccessToken`: an opaque access token. `token` is
 * the stored (hashed) token: redacted, never in json. `refreshId` links the refresh
 * token it was issued with.
 *
 * @since 0.1.0
 */
export class Model extends M.Class<Model>("OAuthAccessToken")(
  makeFields(OAuthAccessTokenId, {
    token: Sensitive(Text),
    clientId: OAuthClientPublicId,
    sessionId: Optional(SessionId),
    userId: Optional(UserId),
    referenceId: Optional(Text),
    authorizationCodeId: Optional(Text),
    resources: Optional(StringArray),
    requestedUserInfoClaims: Optional(StringArray),
    refreshId: Optional(OAuthRefreshTokenId),
    expiresAt: Timestamp,
    revoked: Optional(Timestamp),
    confirmation: Optional(JsonValue),
    scopes: StringArray
  }),
  {
    description: "An issued opaque access token (stored as a hash), with its client, user, session, scopes and expiry."
  }
) {}
