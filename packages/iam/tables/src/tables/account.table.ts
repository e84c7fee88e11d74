/**
 * The `account` table.
 *
 * @since 0.1.0
 */
import { IamEntityIds, SharedEntityIds } from "@beep/shared-domain"
import { idColumn, Table, timestamptz, user } from "@beep/shared-tables"
import { index, text } from "drizzle-orm/pg-core"

/**
 * Mirrors `Account.Model`. Deleting a user deletes its accounts. Indexed by
 * `user_id` (a user's sign-in methods) and by `(provider_id, account_id)`
 * (better-auth's lookup when a provider signs someone in).
 *
 * @since 0.1.0
 */
export const account = Table.make(IamEntityIds.AccountId)(
  {
    accountId: text("account_id").notNull(),
    providerId: text("provider_id").notNull(),
    userId: idColumn("user_id", SharedEntityIds.UserId)
      .notNull()
      .references(() => user.id, { onDelete: "cascade" }),
    accessToken: text("access_token"),
    refreshToken: text("refresh_token"),
    idToken: text("id_token"),
    accessTokenExpiresAt: timestamptz("access_token_expires_at"),
    refreshTokenExpiresAt: timestamptz("refresh_token_expires_at"),
    scope: text("scope"),
    password: text("password")
  },
  (t) => [
    index("account_user_id_idx").on(t.userId),
    index("account_provider_id_account_id_idx").on(t.providerId, t.accountId)
  ]
)
