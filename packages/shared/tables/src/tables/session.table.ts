/**
 * The `session` table.
 *
 * @since 0.1.0
 */
import { SharedEntityIds } from "@beep/shared-domain"
import { index, text } from "drizzle-orm/pg-core"
import { idColumn, timestamptz } from "../columns.ts"
import * as Table from "../Table.ts"
import { user } from "./user.table.ts"

/**
 * Mirrors `Session.Model`; `token` is unique (better-auth looks sessions up by
 * it); deleting a user deletes its sessions.
 *
 * @since 0.1.0
 */
export const session = Table.make(SharedEntityIds.SessionId)(
  {
    expiresAt: timestamptz("expires_at").notNull(),
    token: text("token").notNull().unique("session_token_key"),
    ipAddress: text("ip_address"),
    userAgent: text("user_agent"),
    userId: idColumn("user_id", SharedEntityIds.UserId)
      .notNull()
      .references(() => user.id, { onDelete: "cascade" })
  },
  (t) => [index("session_user_id_idx").on(t.userId)]
)
