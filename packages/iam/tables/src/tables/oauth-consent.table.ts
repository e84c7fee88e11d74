/**
 * The `oauth_consent` table.
 *
 * @since 0.1.0
 */
import type { OAuthClientPublicId } from "@beep/iam-domain"
import { IamEntityIds, SharedEntityIds } from "@beep/shared-domain"
import { idColumn, Table, textArray, user } from "@beep/shared-tables"
import { index, text } from "drizzle-orm/pg-core"
import { oauthClient } from "./oauth-client.table.ts"

/**
 * Mirrors `OAuthConsent.Model`. Looked up by client and user; deleting either
 * deletes the consent.
 *
 * @since 0.1.0
 */
export const oauthConsent = Table.make(IamEntityIds.OAuthConsentId)(
  {
    clientId: text("client_id")
      .$type<OAuthClientPublicId>()
      .notNull()
      .references(() => oauthClient.clientId, { onDelete: "cascade" }),
    userId: idColumn("user_id", SharedEntityIds.UserId).references(() => user.id, { onDelete: "cascade" }),
    referenceId: text("reference_id"),
    resources: textArray("resources"),
    requestedUserInfoClaims: textArray("requested_user_info_claims"),
    scopes: textArray("scopes").notNull()
  },
  (t) => [index("oauth_consent_client_id_idx").on(t.clientId), index("oauth_consent_user_id_idx").on(t.userId)]
)
