/**
 * Applies drizzle-kit's migrations, one transaction per migration, with a
 * report of what it did.
 *
 * Built on drizzle-orm's migrator: `readMigrationFiles` reads and hashes the
 * files, and the bookkeeping table is drizzle's own
 * (`drizzle.__drizzle_migrations`: hash, created_at = the journal's `when`), so
 * drizzle-kit and Drizzle Studio see the same history. What it adds:
 * - each migration in its own transaction: a failing statement rolls back
 *   that migration only, and the error names the file, the statement and the
 *   database's message;
 * - on PostgreSQL a session-level advisory lock, so concurrent runs apply
 *   each migration once and all succeed;
 * - a report of the migrations applied (with their time) and those already
 *   applied;
 * - a refusal to run when an applied migration's file has changed since.
 *
 * @since 0.1.0
 */
import { readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { readMigrationFiles } from "drizzle-orm/migrator"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import type { Database, SqlConnection } from "./Database.ts"

/** An arbitrary, fixed key for `pg_advisory_lock`: "beep" + "migr". */
const ADVISORY_LOCK_KEY = 0x6265_6570_6d69_6772n

/**
 * One migration from `meta/_journal.json`.
 *
 * @since 0.1.0
 */
export interface MigrationFile {
  readonly tag: string
  readonly file: string
  readonly createdAt: number
  readonly hash: string
  readonly statements: ReadonlyArray<string>
}

/**
 * What a run did.
 *
 * @since 0.1.0
 */
export interface MigrationReport {
  readonly applied: ReadonlyArray<{ readonly tag: string; readonly millis: number }>
  readonly alreadyApplied: ReadonlyArray<string>
}

/**
 * A migration failed and was rolled back; earlier migrations of the run stay
 * applied.
 *
 * @since 0.1.0
 */
export class MigrationFailedError extends Data.TaggedError("MigrationFailedError")<{
  readonly file: string
  readonly statement: string
  readonly databaseError: string
}> {
  override get message() {
    return `migration ${this.file} failed and was rolled back\n  statement: ${this.statement.trim()}\n  error: ${this.databaseError}`
  }
}

/**
 * The migrations folder is unusable, or an applied migration was edited.
 *
 * @since 0.1.0
 */
export class MigrationsFolderError extends Data.TaggedError("MigrationsFolderError")<{ readonly message: string }> {}

/**
 * Reads the journal and the SQL files of `folder`.
 *
 * @since 0.1.0
 */
export const readMigrations = (folder: string): Effect.Effect<ReadonlyArray<MigrationFile>, MigrationsFolderError> =>
  Effect.try({
    try: () => {
      const journal = JSON.parse(readFileSync(join(folder, "meta/_journal.json"), "utf8")) as {
        readonly entries: ReadonlyArray<{ readonly tag: string; readonly when: number }>
      }
      const read = readMigrationFiles({ migrationsFolder: folder })
      return journal.entries.map((entry, i) => ({
        tag: entry.tag,
        file: relative(process.cwd(), join(folder, `${entry.tag}.sql`)),
        createdAt: entry.when,
        hash: read[i]!.hash,
        statements: read[i]!.sql.filter((s) => s.trim() !== "")
      }))
    },
    catch: (error) =>
      new MigrationsFolderError({
        message: `cannot read migrations in ${folder}: ${error instanceof Error ? error.message : String(error)}`
      })
  })

const errorMessage = (error: unknown) => (error instanceof Error ? error.message : String(error))

const run = async (
  connection: SqlConnection,
  migrations: ReadonlyArray<MigrationFile>,
  useAdvisoryLock: boolean
): Promise<MigrationReport | MigrationFailedError | MigrationsFolderError> => {
  if (useAdvisoryLock) await connection.query("select pg_advisory_lock($1)", [ADVISORY_LOCK_KEY.toString()])
  try {
    const [{ exists }] = (await connection.query<{ exists: boolean }>(
      `select to_regclass('"drizzle"."__drizzle_migrations"') is not null as exists`
    )) as [{ exists: boolean }]
    const rows = exists
      ? await connection.query<{ hash: string; created_at: string | number }>(
          `select hash, created_at from "drizzle"."__drizzle_migrations"`
        )
      : []
    const appliedHashes = new Map(rows.map((r) => [Number(r.created_at), r.hash]))
    const applied: Array<{ tag: string; millis: number }> = []
    const alreadyApplied: Array<string> = []
    for (const migration of migrations) {
      const recorded = appliedHashes.get(migration.createdAt)
      if (recorded !== undefined) {
        if (recorded !== migration.hash) {
          return new MigrationsFolderError({
            message: `${migration.file} was changed after it was applied (its hash differs from the one recorded); committed migrations must never be edited: add a new one`
          })
        }
        alreadyApplied.push(migration.tag)
        continue
      }
      const started = performance.now()
      // The bookkeeping table is created inside the migration's transaction, so
      // a first migration that fails leaves no table at all behind.
      await connection.exec(`BEGIN;
        CREATE SCHEMA IF NOT EXISTS "drizzle";
        CREATE TABLE IF NOT EXISTS "drizzle"."__drizzle_migrations" (id SERIAL PRIMARY KEY, hash text NOT NULL, created_at bigint)`)
      for (const statement of migration.statements) {
        try {
          await connection.exec(statement)
        } catch (error) {
          await connection.exec("ROLLBACK")
          return new MigrationFailedError({ file: migration.file, statement, databaseError: errorMessage(error) })
        }
      }
      await connection.query(`insert into "drizzle"."__drizzle_migrations" ("hash", "created_at") values ($1, $2)`, [
        migration.hash,
        migration.createdAt
      ])
      await connection.exec("COMMIT")
      applied.push({ tag: migration.tag, millis: performance.now() - started })
    }
    return { applied, alreadyApplied }
  } finally {
    if (useAdvisoryLock) await connection.query("select pg_advisory_unlock($1)", [ADVISORY_LOCK_KEY.toString()])
  }
}

/**
 * Applies the pending migrations of `migrationsFolder` to `database`.
 *
 * @since 0.1.0
 */
export const migrate = (
  database: Database,
  migrationsFolder: string
): Effect.Effect<MigrationReport, MigrationFailedError | MigrationsFolderError> =>
  Effect.gen(function* () {
    const migrations = yield* readMigrations(migrationsFolder)
    const outcome = yield* Effect.promise(() =>
      database.withConnection((connection) => run(connection, migrations, database.kind === "Postgres"))
    )
    if (outcome instanceof MigrationFailedError || outcome instanceof MigrationsFolderError) {
      return yield* Effect.fail(outcome)
    }
    return outcome
  })

/**
 * The report as lines for a terminal.
 *
 * @since 0.1.0
 */
export const formatReport = (report: MigrationReport): ReadonlyArray<string> => [
  ...report.alreadyApplied.map((tag) => `already applied: ${tag}`),
  ...report.applied.map(({ tag, millis }) => `applied ${tag} in ${millis.toFixed(1)} ms`),
  report.applied.length === 0
    ? `nothing to apply (${report.alreadyApplied.length} migration(s) already applied)`
    : `applied ${report.applied.length} migration(s)`
]
