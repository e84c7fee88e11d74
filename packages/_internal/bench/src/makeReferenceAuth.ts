/**
 * better-auth over the reference tables: `providerOptions` of
 * `@beep/iam-server` (exactly what `makeAuth` uses) with the reference schema,
 * and better-auth's default ID generator (random 32-character strings) instead
 * of our prefixed UUIDv7s. Only the tables and the IDs differ between the two
 * sides.
 *
 * @since 0.1.0
 */
import { type AuthSettings, providerOptions } from "@beep/iam-server"
import { drizzleAdapter } from "@better-auth/drizzle-adapter"
import { betterAuth } from "better-auth"

/**
 * The reference instance over `db` (Drizzle over the reference schema).
 *
 * @since 0.1.0
 */
export const makeReferenceAuth = (db: unknown, schema: Record<string, unknown>, settings: AuthSettings) =>
  betterAuth({
    ...providerOptions(settings),
    database: drizzleAdapter(db as never, { provider: "pg", schema, transaction: true })
  })
