/**
 * A better-auth server on loopback over a freshly migrated database, for the
 * end-to-end tests (PGlite or the PostgreSQL server).
 */

import { randomBytes } from "node:crypto"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import {
  type Database,
  type DatabaseConfig,
  migrate,
  migrationsFolder,
  type OpenOptions,
  openDatabase
} from "@beep/db-admin"
import { createPgliteDir, createPostgresDatabase } from "@beep/db-admin/testing"
import { toNodeHandler } from "better-auth/node"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import type * as Scope from "effect/Scope"
import { AuthSettings } from "../src/AuthSettings.ts"
import { type Auth, makeAuth } from "../src/makeAuth.ts"

export const API = "https://api.example.test"
export const ADMIN_EMAIL = "admin@example.test"

/**
 * The settings every test server uses: a random secret, the `read:things`
 * scope for machine clients, the `API` resource, sessions may register
 * clients, and `ADMIN_EMAIL` may give machine clients scopes.
 */
export const testSettings = (origin: string): AuthSettings =>
  Schema.decodeUnknownSync(AuthSettings)({
    baseUrl: origin,
    secret: randomBytes(32).toString("base64url"),
    trustedOrigins: [],
    loginPage: "/sign-in",
    consentPage: "/consent",
    scopes: ["openid", "profile", "email", "offline_access", "read:things"],
    resources: [{ identifier: API, name: "Example API" }],
    dynamicClientRegistration: "authenticated",
    clientAdmins: [ADMIN_EMAIL]
  })

export type Backend = { readonly name: string; readonly config: Effect.Effect<DatabaseConfig, never, Scope.Scope> }

export const pgliteBackend: Backend = {
  name: "PGlite",
  config: Effect.acquireRelease(Effect.sync(createPgliteDir), (d) => Effect.sync(d.remove)).pipe(
    Effect.map((d): DatabaseConfig => ({ _tag: "PGlite", dataDir: d.dataDir, display: d.dataDir }))
  )
}

export const postgresBackend = (adminUrl: string): Backend => ({
  name: "PostgreSQL",
  config: Effect.acquireRelease(
    Effect.promise(() => createPostgresDatabase(adminUrl)),
    (d) => Effect.promise(d.drop)
  ).pipe(Effect.map((d): DatabaseConfig => ({ _tag: "Postgres", url: Redacted.make(d.url), display: "test database" })))
})

export interface Running {
  readonly auth: Auth
  readonly database: Database
  readonly origin: string
}

/** Migrates a fresh database, listens on 127.0.0.1 (a free port) and builds the auth instance behind it. */
export const startServer = (backend: Backend, options: OpenOptions = {}): Effect.Effect<Running, never, Scope.Scope> =>
  Effect.gen(function* () {
    const database = yield* Effect.flatMap(backend.config, (config) => openDatabase(config, options)).pipe(Effect.orDie)
    yield* migrate(database, migrationsFolder).pipe(Effect.orDie)
    let handler: ReturnType<typeof toNodeHandler> | undefined
    const server = createServer((req, res) => handler!(req, res))
    yield* Effect.acquireRelease(
      Effect.callback<void>((resume) => {
        server.listen(0, "127.0.0.1", () => resume(Effect.void))
      }),
      () =>
        Effect.callback<void>((resume) => {
          server.closeAllConnections()
          server.close(() => resume(Effect.void))
        })
    )
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const auth = makeAuth(database.db, testSettings(origin))
    handler = toNodeHandler(auth)
    return { auth, database, origin }
  })
