/**
 * The `oauth_access_token` table.
 *
 * @since 0.1.0
 */
import type { OAuthClientPublicId } from "@beep/iam-domain"
import { IamEntityIds, SharedEntityIds } from "@beep/shared-domain"
import { idColumn, jsonb, session, Table, textArray, timestamptz, user } from "@beep/shared-tables"
import { index, text } from "drizzle-orm/pg-core"
import { oauthClient } from "./oauth-client.table.ts"
import { oauthRefreshToken } from "./oauth-refresh-token.table.ts"

/**
 * Mirrors `OAuthAccessToken.Model`. `token` (a hash) is unique. Deleting the
 * client, the user or the refresh token it was issued with deletes it;
 * deleting the session only clears `session_id`.
 *
 * @since 0.1.0
 */
export const oauthAccessToken = Table.make(IamEntityIds.OAuthAccessTokenId)(
  {
    token: text("token").notNull().unique("oauth_access_token_token_key"),
    clientId: text("client_id")
      .$type<OAuthClientPublicId>()
      .notNull()
      .references(() => oauthClient.clientId, { onDelete: "cascade" }),
    sessionId: idColumn("session_id", SharedEntityIds.SessionId).references(() => session.id, {
      onDelete: "set null"
    }),
    userId: idColumn("user_id", SharedEntityIds.UserId).references(() => user.id, { onDelete: "cascade" }),
    referenceId: text("reference_id"),
    authorizationCodeId: text("authorization_code_id"),
    resources: textArray("resources"),
    requestedUserInfoClaims: textArray("requested_user_info_claims"),
    refreshId: idColumn("refresh_id", IamEntityIds.OAuthRefreshTokenId).references(() => oauthRefreshToken.id, {
      onDelete: "cascade"
    }),
    expiresAt: timestamptz("expires_at").notNull(),
    revoked: timestamptz("revoked"),
    confirmation: jsonb("confirmation"),
    scopes: textArray("scopes").notNull()
  },
  (t) => [
    index("oauth_access_token_client_id_idx").on(t.clientId),
    index("oauth_access_token_session_id_idx").on(t.sessionId),
    index("oauth_access_token_user_id_idx").on(t.userId),
    index("oauth_access_token_authorization_code_id_idx").on(t.authorizationCodeId),
    index("oauth_access_token_refresh_id_idx").on(t.refreshId)
  ]
)
