/**
 * The `verification` table.
 *
 * @since 0.1.0
 */
import { IamEntityIds } from "@beep/shared-domain"
import { Table, timestamptz } from "@beep/shared-tables"
import { index, text } from "drizzle-orm/pg-core"

/**
 * Mirrors `Verification.Model`; looked up by `identifier` (for authorization
 * codes, the hashed code).
 *
 * @since 0.1.0
 */
export const verification = Table.make(IamEntityIds.VerificationId)(
  {
    identifier: text("identifier").notNull(),
    value: text("value").notNull(),
    expiresAt: timestamptz("expires_at").notNull()
  },
  (t) => [index("verification_identifier_idx").on(t.identifier)]
)
