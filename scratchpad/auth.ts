/**
 * CLI-only better-auth config. It exists only so the better-auth CLI
 * (`bun run auth:generate`) can generate the reference schema
 * `scratchpad/auth.schema.ts`; the application's real auth instance lives in
 * `packages/iam/server`. Keep the plugin set equal to the server's (jwt +
 * oauthProvider) so the reference lists every table better-auth needs.
 *
 * No database is contacted: `drizzle.mock()` builds a Drizzle pg database with
 * no client, and the CLI's `generate` only reads the adapter's provider and
 * `getAuthTables(options)`.
 *
 * The bare imports resolve through NODE_PATH=packages/iam/server/node_modules,
 * which `scratchpad/generate.mjs` sets (this folder is not a workspace).
 */

import { drizzleAdapter } from "@better-auth/drizzle-adapter"
import { oauthProvider } from "@better-auth/oauth-provider"
import { betterAuth } from "better-auth"
import { jwt } from "better-auth/plugins"
import { drizzle } from "drizzle-orm/postgres-js"

export const auth = betterAuth({
  // Fixed, non-secret values: this instance never serves a request.
  baseURL: "http://localhost:3000",
  secret: "cli-only-schema-generation-secret-not-used-at-runtime",
  database: drizzleAdapter(drizzle.mock(), { provider: "pg" }),
  emailAndPassword: { enabled: true },
  telemetry: { enabled: false },
  // The mock database has no tables; skip the start-up schema check, which
  // would otherwise log a "Drizzle schema mismatch" listing every table.
  advanced: { database: { validateSchema: false } },
  plugins: [
    jwt(),
    oauthProvider({
      loginPage: "/sign-in",
      consentPage: "/consent"
    })
  ]
})
