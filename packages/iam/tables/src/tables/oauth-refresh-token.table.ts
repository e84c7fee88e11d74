/**
 * The `oauth_refresh_token` table.
 *
 * @since 0.1.0
 */
import type { OAuthClientPublicId } from "@beep/iam-domain"
import { IamEntityIds, SharedEntityIds } from "@beep/shared-domain"
import { idColumn, jsonb, session, Table, textArray, timestamptz, user } from "@beep/shared-tables"
import { index, text } from "drizzle-orm/pg-core"
import { oauthClient } from "./oauth-client.table.ts"

/**
 * Mirrors `OAuthRefreshToken.Model`. `token` (a hash) is unique. Deleting the
 * client or the user deletes the token; deleting the session only clears
 * `session_id` (the grant outlives the browser session).
 *
 * @since 0.1.0
 */
export const oauthRefreshToken = Table.make(IamEntityIds.OAuthRefreshTokenId)(
  {
    token: text("token").notNull().unique("oauth_refresh_token_token_key"),
    clientId: text("client_id")
      .$type<OAuthClientPublicId>()
      .notNull()
      .references(() => oauthClient.clientId, { onDelete: "cascade" }),
    sessionId: idColumn("session_id", SharedEntityIds.SessionId).references(() => session.id, {
      onDelete: "set null"
    }),
    userId: idColumn("user_id", SharedEntityIds.UserId)
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    referenceId: text("reference_id"),
    authorizationCodeId: text("authorization_code_id"),
    resources: textArray("resources"),
    requestedUserInfoClaims: textArray("requested_user_info_claims"),
    expiresAt: timestamptz("expires_at").notNull(),
    revoked: timestamptz("revoked"),
    rotatedAt: timestamptz("rotated_at"),
    rotationReplayResponse: text("rotation_replay_response"),
    rotationReplayExpiresAt: timestamptz("rotation_replay_expires_at"),
    authTime: timestamptz("auth_time"),
    confirmation: jsonb("confirmation"),
    scopes: textArray("scopes").notNull()
  },
  (t) => [
    index("oauth_refresh_token_client_id_idx").on(t.clientId),
    index("oauth_refresh_token_session_id_idx").on(t.sessionId),
    index("oauth_refresh_token_user_id_idx").on(t.userId),
    index("oauth_refresh_token_authorization_code_id_idx").on(t.authorizationCodeId)
  ]
)
