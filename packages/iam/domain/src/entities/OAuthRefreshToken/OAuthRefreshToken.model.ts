/**
 * The `oauth_refresh_token` model.
 *
 * @since 0.1.0
 */

import { IamEntityIds, ModelFields, SharedEntityIds } from "@beep/shared-domain"
import { Model as M } from "effect/schema"
import { OAuthClientPublicId } from "../../values/OAuthClientPublicId.ts"

const { makeFields, JsonValue, Optional, Sensitive, StringArray, Text, Timestamp } = ModelFields
const { SessionId, UserId } = SharedEntityIds
const { OAuthRefreshTokenId } = IamEntityIds

/**
 * `@better-auth/oauth-provider`'s `oauthRefreshToken`: a refresh token and its rotation
 * state. `token` and the cached `rotationReplayResponse` (it carries tokens) are
 * redacted and never in json.
 *
 * @since 0.1.0
 */
export class Model extends M.Class<Model>("OAuthRefreshToken")(
  makeFields(OAuthRefreshTokenId, {
    token: Sensitive(Text),
    clientId: OAuthClientPublicId,
    sessionId: Optional(SessionId),
    userId: UserId,
    referenceId: Optional(Text),
    authorizationCodeId: Optional(Text),
    resources: Optional(StringArray),
    requestedUserInfoClaims: Optional(StringArray),
    expiresAt: Timestamp,
    revoked: Optional(Timestamp),
    rotatedAt: Optional(Timestamp),
    rotationReplayResponse: Optional(Sensitive(Text)),
    rotationReplayExpiresAt: Optional(Timestamp),
    authTime: Optional(Timestamp),
    confirmation: Optional(JsonValue),
    scopes: StringArray
  }),
  { description: "An issued refresh token (stored as a hash) and its rotation state: revoked, rotated, replay window." }
) {}
