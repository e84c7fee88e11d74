/**
 * Migrations on real databases: embedded PGlite always, the PostgreSQL server
 * when one is reachable (required in CI). Each test gets its own database.
 */
import { spawn } from "node:child_process"
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { IamEntityIds, SharedEntityIds } from "@beep/shared-domain"
import { assert, describe, it } from "@effect/vitest"
import { eq, is } from "drizzle-orm"
import { PgTable } from "drizzle-orm/pg-core"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Redacted from "effect/Redacted"
import { type Database, openDatabase } from "../src/Database.ts"
import type { DatabaseConfig } from "../src/DatabaseConfig.ts"
import { MigrationFailedError, MigrationsFolderError, migrate, readMigrations } from "../src/Migrator.ts"
import { migrationsFolder } from "../src/paths.ts"
import * as schema from "../src/schema.ts"
import { createPgliteDir, createPostgresDatabase, postgresAvailability } from "../testing/databases.ts"
import { describeDatabase, describeSchema } from "./catalog.ts"

const packageDir = fileURLToPath(new URL("..", import.meta.url))
const tables = Object.values(schema as Record<string, unknown>).filter((v): v is PgTable => is(v, PgTable))
const pg = await postgresAvailability()

type Backend = {
  readonly name: "PGlite" | "PostgreSQL"
  readonly fresh: Effect.Effect<DatabaseConfig, never, import("effect/Scope").Scope>
}

const pgliteBackend: Backend = {
  name: "PGlite",
  fresh: Effect.acquireRelease(Effect.sync(createPgliteDir), (dir) => Effect.sync(dir.remove)).pipe(
    Effect.map((dir): DatabaseConfig => ({ _tag: "PGlite", dataDir: dir.dataDir, display: dir.dataDir }))
  )
}

const postgresBackend = (adminUrl: string): Backend => ({
  name: "PostgreSQL",
  fresh: Effect.acquireRelease(
    Effect.promise(() => createPostgresDatabase(adminUrl)),
    (db) => Effect.promise(db.drop)
  ).pipe(Effect.map((db): DatabaseConfig => ({ _tag: "Postgres", url: Redacted.make(db.url), display: db.url })))
})

const backends: Array<Backend> = "adminUrl" in pg ? [pgliteBackend, postgresBackend(pg.adminUrl)] : [pgliteBackend]

const open = (backend: Backend) => Effect.flatMap(backend.fresh, openDatabase).pipe(Effect.orDie)

/** A migrations folder in a temp dir: the committed ones (optionally), plus `extra` SQL files. */
const migrationsWith = (options: { readonly committed: boolean; readonly extra: ReadonlyArray<[string, string]> }) => {
  const folder = mkdtempSync(join(tmpdir(), "beep-migrations-"))
  mkdirSync(join(folder, "meta"), { recursive: true })
  const journal = options.committed
    ? (JSON.parse(readFileSync(join(migrationsFolder, "meta/_journal.json"), "utf8")) as { entries: Array<any> })
    : { version: "7", dialect: "postgresql", entries: [] as Array<any> }
  if (options.committed) cpSync(migrationsFolder, folder, { recursive: true })
  for (const [tag, sql] of options.extra) {
    writeFileSync(join(folder, `${tag}.sql`), sql)
    journal.entries.push({
      idx: journal.entries.length,
      version: "7",
      when: Date.now() + journal.entries.length,
      tag,
      breakpoints: true
    })
  }
  writeFileSync(join(folder, "meta/_journal.json"), JSON.stringify(journal))
  return folder
}

const publicTables = (database: Database) =>
  database.withConnection((c) =>
    c.query<{ name: string }>(
      `select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'r' and n.nspname in ('public', 'drizzle') order by 1`
    )
  )

const runProcess = (script: string, env: Record<string, string>) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [script], { cwd: packageDir, env: { ...process.env, ...env } })
    let stdout = ""
    let stderr = ""
    child.stdout.on("data", (d) => (stdout += d))
    child.stderr.on("data", (d) => (stderr += d))
    child.on("close", (code) => resolve({ code, stdout, stderr }))
  })

if ("skip" in pg) describe.skip(pg.skip, () => it("needs PostgreSQL", () => {}))

for (const backend of backends) {
  describe(`migrations on ${backend.name}`, () => {
    it.effect(
      "an empty database migrates to exactly the schema the Drizzle tables declare; a second run applies nothing",
      () =>
        Effect.gen(function* () {
          const database = yield* open(backend)
          const committed = yield* readMigrations(migrationsFolder)
          const first = yield* migrate(database, migrationsFolder)
          assert.deepStrictEqual(
            first.applied.map((m) => m.tag),
            committed.map((m) => m.tag)
          )
          assert.deepStrictEqual(first.alreadyApplied, [])
          const live = yield* Effect.promise(() => database.withConnection(describeDatabase))
          const declared = describeSchema(tables)
          assert.sameMembers(Object.keys(live), Object.keys(declared))
          for (const table of Object.keys(declared)) assert.deepStrictEqual(live[table], declared[table], table)
          const second = yield* migrate(database, migrationsFolder)
          assert.deepStrictEqual(second.applied, [])
          assert.deepStrictEqual(
            second.alreadyApplied,
            committed.map((m) => m.tag)
          )
        })
    )

    it.effect("a failing first migration names its file, statement and error, and leaves no table behind", () =>
      Effect.gen(function* () {
        const database = yield* open(backend)
        const folder = migrationsWith({
          committed: false,
          extra: [
            [
              "0000_broken",
              `CREATE TABLE "broken_one" ("id" integer);\n--> statement-breakpoint\nCREATE TABLE "broken_two" ("id" integer REFERENCES "nowhere"("id"));`
            ]
          ]
        })
        const exit = yield* Effect.exit(migrate(database, folder))
        assert.isTrue(Exit.isFailure(exit))
        const error = (exit as Exit.Failure<never, MigrationFailedError>).cause
        const failure = String(error)
        assert.include(failure, "0000_broken.sql")
        assert.include(failure, `CREATE TABLE "broken_two"`)
        assert.include(failure, `relation "nowhere" does not exist`)
        assert.deepStrictEqual(yield* Effect.promise(() => publicTables(database)), [])
      })
    )

    it.effect("a failing later migration is rolled back alone; the earlier ones stay applied", () =>
      Effect.gen(function* () {
        const database = yield* open(backend)
        const folder = migrationsWith({
          committed: true,
          extra: [
            ["0099_broken", `ALTER TABLE "user" ADD COLUMN "nickname" text;\n--> statement-breakpoint\nSELECT 1/0;`]
          ]
        })
        const error = yield* Effect.flip(migrate(database, folder))
        assert.instanceOf(error, MigrationFailedError)
        assert.include(error.message, "0099_broken.sql")
        assert.include(error.message, "SELECT 1/0")
        assert.include(error.message, "division by zero")
        const columns = yield* Effect.promise(() =>
          database.withConnection((c) =>
            c.query<{ n: number }>(
              `select count(*)::int as n from information_schema.columns where table_name = 'user' and column_name = 'nickname'`
            )
          )
        )
        assert.strictEqual(columns[0]!.n, 0, "the failed migration's first statement was rolled back")
        const names = (yield* Effect.promise(() => publicTables(database))).map((r) => r.name)
        assert.includeMembers(names, ["user", "oauth_client", "__drizzle_migrations"])
      })
    )

    it.effect("refuses to run when an applied migration's file was edited since", () =>
      Effect.gen(function* () {
        const database = yield* open(backend)
        const folder = migrationsWith({ committed: true, extra: [] })
        yield* migrate(database, folder)
        const [first] = yield* readMigrations(folder)
        writeFileSync(
          join(folder, `${first!.tag}.sql`),
          `${readFileSync(join(folder, `${first!.tag}.sql`), "utf8")}\n-- edited`
        )
        const error = yield* Effect.flip(migrate(database, folder))
        assert.instanceOf(error, MigrationsFolderError)
        assert.include(error.message, "was changed after it was applied")
      })
    )

    it.live("created_at is set per insert and updated_at per update, never once per process", () =>
      Effect.gen(function* () {
        const database = yield* open(backend)
        yield* migrate(database, migrationsFolder)
        const { db } = database
        const insert = (email: string) =>
          Effect.promise(() => db.insert(schema.user).values({ name: email, email }).returning())
        const [first] = yield* insert("first@example.com")
        yield* Effect.sleep("20 millis")
        const [second] = yield* insert("second@example.com")
        assert.isTrue(second!.createdAt.getTime() > first!.createdAt.getTime(), "each insert gets its own created_at")
        assert.isTrue(first!.id.startsWith("user__") && second!.id !== first!.id, "each insert gets its own ID")
        yield* Effect.sleep("20 millis")
        const [updated] = yield* Effect.promise(() =>
          db.update(schema.user).set({ name: "First" }).where(eq(schema.user.id, first!.id)).returning()
        )
        assert.isTrue(updated!.updatedAt.getTime() > second!.createdAt.getTime(), "the update set updated_at")
        assert.strictEqual(updated!.createdAt.getTime(), first!.createdAt.getTime(), "created_at is kept")
      })
    )

    it.effect("foreign keys cascade, and deleting a session only clears the tokens' session_id", () =>
      Effect.gen(function* () {
        const database = yield* open(backend)
        yield* migrate(database, migrationsFolder)
        const { db } = database
        const userId = SharedEntityIds.UserId.create()
        const sessionId = SharedEntityIds.SessionId.create()
        const clientId = "public-client-1" as typeof schema.oauthClient.$inferInsert.clientId
        const resource = "https://api.example.com" as typeof schema.oauthResource.$inferInsert.identifier
        const refreshId = IamEntityIds.OAuthRefreshTokenId.create()
        const count = (table: PgTable) => Effect.promise(() => db.$count(table))
        yield* Effect.promise(async () => {
          await db.insert(schema.user).values({ id: userId, name: "Ada", email: "ada@example.com" })
          await db
            .insert(schema.session)
            .values({ id: sessionId, userId, token: "s1", expiresAt: new Date(Date.now() + 1e6) })
          await db.insert(schema.account).values({ accountId: userId, providerId: "credential", userId })
          await db.insert(schema.oauthClient).values({ clientId, userId, redirectUris: ["https://app.example.com/cb"] })
          await db.insert(schema.oauthResource).values({ identifier: resource, name: "API" })
          await db.insert(schema.oauthClientResource).values({ clientId, resourceId: resource })
          const token = { clientId, userId, sessionId, scopes: ["openid"], expiresAt: new Date(Date.now() + 1e6) }
          await db.insert(schema.oauthRefreshToken).values({ ...token, id: refreshId, token: "r1" })
          await db.insert(schema.oauthAccessToken).values({ ...token, token: "a1", refreshId })
          await db.insert(schema.oauthConsent).values({ clientId, userId, scopes: ["openid"] })
        })

        yield* Effect.promise(() => db.delete(schema.session).where(eq(schema.session.id, sessionId)))
        const [access] = yield* Effect.promise(() => db.select().from(schema.oauthAccessToken))
        const [refresh] = yield* Effect.promise(() => db.select().from(schema.oauthRefreshToken))
        assert.strictEqual(access!.sessionId, null)
        assert.strictEqual(refresh!.sessionId, null)

        yield* Effect.promise(() => db.delete(schema.oauthResource))
        assert.strictEqual(yield* count(schema.oauthClientResource), 0, "deleting a resource removes its links")
        yield* Effect.promise(() => db.insert(schema.oauthResource).values({ identifier: resource, name: "API" }))
        yield* Effect.promise(() => db.insert(schema.oauthClientResource).values({ clientId, resourceId: resource }))

        yield* Effect.promise(() => db.delete(schema.oauthClient).where(eq(schema.oauthClient.clientId, clientId)))
        for (const table of [
          schema.oauthAccessToken,
          schema.oauthRefreshToken,
          schema.oauthConsent,
          schema.oauthClientResource
        ]) {
          assert.strictEqual(yield* count(table), 0, "deleting a client removes its tokens, consents and links")
        }

        yield* Effect.promise(async () => {
          await db.insert(schema.session).values({ userId, token: "s2", expiresAt: new Date(Date.now() + 1e6) })
          await db.insert(schema.oauthClient).values({ clientId, userId, redirectUris: ["https://app.example.com/cb"] })
          const token = { clientId, userId, scopes: ["openid"], expiresAt: new Date(Date.now() + 1e6) }
          await db.insert(schema.oauthRefreshToken).values({ ...token, token: "r2" })
          await db.insert(schema.oauthAccessToken).values({ ...token, token: "a2" })
          await db.insert(schema.oauthConsent).values({ clientId, userId, scopes: ["openid"] })
          await db.delete(schema.user).where(eq(schema.user.id, userId))
        })
        for (const table of [
          schema.session,
          schema.account,
          schema.oauthClient,
          schema.oauthAccessToken,
          schema.oauthRefreshToken,
          schema.oauthConsent
        ]) {
          assert.strictEqual(yield* count(table), 0, "deleting a user removes everything of theirs")
        }
      })
    )
  })
}

if ("adminUrl" in pg) {
  describe("bun run db:migrate on PostgreSQL", () => {
    it.effect("three concurrent runs all succeed and apply each migration once", () =>
      Effect.gen(function* () {
        const config = yield* postgresBackend(pg.adminUrl).fresh
        const url = config._tag === "Postgres" ? Redacted.value(config.url) : ""
        const runs = yield* Effect.promise(() =>
          Promise.all([1, 2, 3].map(() => runProcess("bin/migrate.ts", { DATABASE_URL: url })))
        )
        for (const run of runs) assert.strictEqual(run.code, 0, run.stderr)
        const committed = yield* readMigrations(migrationsFolder)
        for (const migration of committed) {
          const appliedBy = runs.filter((r) => r.stdout.includes(`applied ${migration.tag} in`))
          assert.strictEqual(appliedBy.length, 1, `${migration.tag} applied by exactly one run`)
        }
        const database = yield* openDatabase(config).pipe(Effect.orDie)
        const rows = yield* Effect.promise(() =>
          database.withConnection((c) =>
            c.query<{ n: number }>(`select count(*)::int as n from drizzle.__drizzle_migrations`)
          )
        )
        assert.strictEqual(rows[0]!.n, committed.length)
      })
    )
  })
}

describe("bun run db:migrate on PGlite", () => {
  it.effect("refuses, naming the holder, while another process has the data directory open", () =>
    Effect.gen(function* () {
      const config = yield* pgliteBackend.fresh
      yield* openDatabase(config).pipe(Effect.orDie)
      const run = yield* Effect.promise(() =>
        runProcess("bin/migrate.ts", {
          BEEP_PGLITE_DIR: config._tag === "PGlite" ? config.dataDir : "",
          DATABASE_URL: ""
        })
      )
      assert.strictEqual(run.code, 1)
      assert.include(run.stderr, `is in use by process ${process.pid}`)
    })
  )

  it.effect("migrates the embedded database and says so; a second run applies nothing", () =>
    Effect.gen(function* () {
      const dir = yield* Effect.acquireRelease(Effect.sync(createPgliteDir), (d) => Effect.sync(d.remove))
      const env = { BEEP_PGLITE_DIR: dir.dataDir, DATABASE_URL: "" }
      const first = yield* Effect.promise(() => runProcess("bin/migrate.ts", env))
      assert.strictEqual(first.code, 0, first.stderr)
      assert.match(first.stdout, /applied 0000_\w+ in \d+\.\d ms/)
      const second = yield* Effect.promise(() => runProcess("bin/migrate.ts", env))
      assert.strictEqual(second.code, 0, second.stderr)
      assert.match(second.stdout, /already applied: 0000_\w+/)
      assert.include(second.stdout, "nothing to apply")
    })
  )
})
