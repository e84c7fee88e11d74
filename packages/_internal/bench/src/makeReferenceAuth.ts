/**
 * better-auth over the reference tables, configured like `makeAuth` in
 * `@beep/iam-server` in every option except two: the adapter's schema is the
 * reference's, and IDs come from better-auth's default generator (random
 * 32-character strings) instead of our prefixed UUIDv7s.
 *
 * Why a copy and not a parameter of `makeAuth`: the production factory should
 * not grow a knob that only the bench uses. `optionsParity` below checks at
 * run time that the copy has not drifted from `makeAuth`.
 *
 * @since 0.1.0
 */
import type { AuthSettings } from "@beep/iam-server"
import { drizzleAdapter } from "@better-auth/drizzle-adapter"
import { oauthProvider } from "@better-auth/oauth-provider"
import { betterAuth } from "better-auth"
import { jwt } from "better-auth/plugins"
import * as Redacted from "effect/Redacted"

/**
 * The reference instance over `db` (Drizzle over the reference schema).
 *
 * @since 0.1.0
 */
export const makeReferenceAuth = (db: unknown, schema: Record<string, unknown>, settings: AuthSettings) =>
  betterAuth({
    baseURL: settings.baseUrl,
    secret: Redacted.value(settings.secret),
    trustedOrigins: [...settings.trustedOrigins],
    database: drizzleAdapter(db as never, { provider: "pg", schema, transaction: true }),
    emailAndPassword: { enabled: true },
    telemetry: { enabled: false },
    advanced: { database: {} },
    plugins: [
      jwt(),
      oauthProvider({
        loginPage: settings.loginPage,
        consentPage: settings.consentPage,
        scopes: [...settings.scopes],
        resources: settings.resources.map((r) => ({ identifier: r.identifier, name: r.name })),
        allowDynamicClientRegistration: settings.dynamicClientRegistration !== "off",
        allowUnauthenticatedClientRegistration: settings.dynamicClientRegistration === "open",
        clientPrivileges: ({ action, user }) =>
          action !== "configure-client-credentials-scopes" ||
          (user?.email !== undefined && settings.clientAdmins.includes(user.email))
      })
    ]
  })

const fingerprint = (options: Record<string, any>): string =>
  JSON.stringify(
    {
      ...options,
      // Per instance by design: each listens on its own port and has its own random secret (never printed).
      baseURL: undefined,
      secret: undefined,
      database: undefined,
      advanced: { ...options.advanced, database: { ...options.advanced?.database, generateId: undefined } },
      plugins: (options.plugins ?? []).map((p: { id: string; options?: unknown }) => ({ id: p.id, options: p.options }))
    },
    (_key, value) => (typeof value === "function" ? `[function ${value.length}]` : value)
  )

/**
 * The options of two better-auth instances agree except for the database
 * adapter, `generateId`, the base URL and the secret: `undefined` when they do, else both fingerprints.
 *
 * @since 0.1.0
 */
export const optionsParity = (
  ours: Record<string, any>,
  reference: Record<string, any>
): undefined | { readonly ours: string; readonly reference: string } => {
  const a = fingerprint(ours)
  const b = fingerprint(reference)
  return a === b ? undefined : { ours: a, reference: b }
}
