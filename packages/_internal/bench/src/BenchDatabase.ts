/**
 * Databases for the bench: a throwaway PGlite data directory or a throwaway
 * database on the PostgreSQL server, opened with Drizzle over any schema.
 *
 * Both sides of a comparison (our tables and the reference's) are opened by
 * this one function with the same driver settings as `@beep/db-admin`'s
 * `openDatabase` (PGlite with `pgliteParsers`; postgres-js with a pool of
 * 10), so that the schema is the only thing that differs between them.
 *
 * @since 0.1.0
 */
import {
  type Database,
  pgliteConnection,
  postgresConnection,
  type SqlConnection,
  withReservedConnection
} from "@beep/db-admin"
import { createPgliteDir, createPostgresDatabase } from "@beep/db-admin/testing"
import { pgliteParsers } from "@beep/shared-tables"
import { PGlite } from "@electric-sql/pglite"
import type { Logger } from "drizzle-orm"
import { drizzle as drizzlePglite } from "drizzle-orm/pglite"
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js"
import postgres from "postgres"
import type { BackendName } from "./Options.ts"
import type { Resources } from "./Resources.ts"

/**
 * Where a database lives, before it is opened.
 *
 * @since 0.1.0
 */
export type Target =
  | { readonly _tag: "PGlite"; readonly dataDir: string }
  | { readonly _tag: "Postgres"; readonly url: string }

/**
 * A backend that hands out fresh, empty databases (removed when `resources`
 * close).
 *
 * @since 0.1.0
 */
export interface Backend {
  readonly name: BackendName
  readonly label: string
  readonly fresh: (resources: Resources) => Promise<Target>
}

/**
 * Embedded PGlite, a data directory under the system's temp folder (on disk,
 * as `bun run db:migrate` uses it, not in memory).
 *
 * @since 0.1.0
 */
export const pgliteBackend: Backend = {
  name: "pglite",
  label: "PGlite",
  fresh: async (resources) => {
    const dir = resources.add(createPgliteDir(), (d) => d.remove())
    return { _tag: "PGlite", dataDir: dir.dataDir }
  }
}

/**
 * The PostgreSQL server at `adminUrl`: each database is created for the
 * bench and dropped afterwards.
 *
 * @since 0.1.0
 */
export const postgresBackend = (adminUrl: string): Backend => ({
  name: "postgres",
  label: "PostgreSQL",
  fresh: async (resources) => {
    const created = resources.add(await createPostgresDatabase(adminUrl), (d) => d.drop())
    return { _tag: "Postgres", url: created.url }
  }
})

/**
 * An open database: Drizzle over `schema`, plain SQL on the same client, and
 * the `Database` shape `@beep/db-admin`'s migrator takes.
 *
 * @since 0.1.0
 */
export interface BenchDatabase<S extends Record<string, unknown>> {
  readonly kind: Target["_tag"]
  /** Where it lives (the floor part connects to the same database directly). */
  readonly target: Target
  readonly db: ReturnType<typeof drizzlePglite<S>> | ReturnType<typeof drizzlePostgres<S>>
  /** Plain SQL through the same client (pool) Drizzle uses. */
  readonly sql: SqlConnection
  /** For `migrate(database, folder)`. */
  readonly database: Database
}

/**
 * Opens `target` with Drizzle over `schema`; `logger` sees every statement.
 *
 * @since 0.1.0
 */
export const openBenchDatabase = async <S extends Record<string, unknown>>(
  target: Target,
  schema: S,
  logger: Logger,
  resources: Resources
): Promise<BenchDatabase<S>> => {
  if (target._tag === "PGlite") {
    const client = resources.add(await PGlite.create(target.dataDir, { parsers: pgliteParsers }), (c) => c.close())
    const sql = pgliteConnection(client)
    const db = drizzlePglite({ client, schema, logger })
    return {
      kind: "PGlite",
      target,
      db,
      sql,
      database: { kind: "PGlite", display: target.dataDir, db: db as never, withConnection: (f) => f(sql) }
    }
  }
  const client = resources.add(postgres(target.url, { max: 10, onnotice: () => {} }), (c) => c.end({ timeout: 5 }))
  const sql = postgresConnection(client)
  const db = drizzlePostgres({ client, schema, logger })
  return {
    kind: "Postgres",
    target,
    db,
    sql,
    database: {
      kind: "Postgres",
      display: "bench database",
      db: db as never,
      withConnection: withReservedConnection(client)
    }
  }
}
