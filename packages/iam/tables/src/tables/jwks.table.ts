/**
 * The `jwks` table.
 *
 * @since 0.1.0
 */
import { IamEntityIds } from "@beep/shared-domain"
import { Table, timestamptz } from "@beep/shared-tables"
import { text } from "drizzle-orm/pg-core"

/**
 * Mirrors `Jwks.Model`: the jwt plugin's signing keys (read whole, never
 * looked up by a column, so no index beyond the primary key).
 *
 * @since 0.1.0
 */
export const jwks = Table.make(IamEntityIds.JwksId)({
  publicKey: text("public_key").notNull(),
  privateKey: text("private_key").notNull(),
  expiresAt: timestamptz("expires_at"),
  alg: text("alg"),
  crv: text("crv")
})
