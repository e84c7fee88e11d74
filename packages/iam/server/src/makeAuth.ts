/**
 * The auth factory: better-auth with the Drizzle adapter over our tables, the
 * `jwt` and `oauthProvider` plugins and email-and-password sign-in.
 *
 * @since 0.1.0
 */
import { type Db, schema } from "@beep/db-admin"
import { drizzleAdapter } from "@better-auth/drizzle-adapter"
import { oauthProvider } from "@better-auth/oauth-provider"
import { betterAuth } from "better-auth"
import { jwt } from "better-auth/plugins"
import * as Redacted from "effect/Redacted"
import type { AuthSettings } from "./AuthSettings.ts"
import { generateId } from "./generateId.ts"

/**
 * Everything of our better-auth configuration except the database: the
 * settings, email/password sign-in and the two plugins. `makeAuth` adds our
 * tables and IDs; the benchmarks add better-auth's reference tables instead,
 * so both sides run exactly this configuration.
 *
 * @since 0.1.0
 */
export const providerOptions = (settings: AuthSettings) => ({
  baseURL: settings.baseUrl,
  secret: Redacted.value(settings.secret),
  trustedOrigins: [...settings.trustedOrigins],
  emailAndPassword: { enabled: true },
  telemetry: { enabled: false },
  plugins: [
    jwt(),
    oauthProvider({
      loginPage: settings.loginPage,
      consentPage: settings.consentPage,
      scopes: [...settings.scopes],
      resources: settings.resources.map((r) => ({ identifier: r.identifier, name: r.name })),
      allowDynamicClientRegistration: settings.dynamicClientRegistration !== "off",
      allowUnauthenticatedClientRegistration: settings.dynamicClientRegistration === "open",
      clientPrivileges: ({ action, user }: { action: string; user?: { email?: string } | null }) =>
        action !== "configure-client-credentials-scopes" ||
        (user?.email !== undefined && settings.clientAdmins.includes(user.email))
    })
  ]
})

/**
 * A better-auth instance over `db` (a database from `@beep/db-admin`'s
 * `openDatabase`).
 *
 * @since 0.1.0
 */
export const makeAuth = (db: Db, settings: AuthSettings) =>
  betterAuth({
    ...providerOptions(settings),
    // Keyed by model name: the adapter finds tables by these keys and columns by their JS property names.
    database: drizzleAdapter(db, { provider: "pg", schema, transaction: true }),
    // validateSchema stays on (better-auth's default): a missing column fails at start-up, not per request.
    advanced: { database: { generateId } }
  })

/**
 * The type of the instance `makeAuth` returns.
 *
 * @since 0.1.0
 */
export type Auth = ReturnType<typeof makeAuth>
