/**
 * The typed database client: Drizzle over embedded PGlite by default, over
 * postgres-js when `DATABASE_URL` is set.
 *
 * @since 0.1.0
 */

import { pgliteParsers } from "@beep/shared-tables"
import { PGlite } from "@electric-sql/pglite"
import type { Logger } from "drizzle-orm"
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core"
import { drizzle as drizzlePglite } from "drizzle-orm/pglite"
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import type * as Scope from "effect/Scope"
import postgres from "postgres"
import type { DatabaseConfig } from "./DatabaseConfig.ts"
import { acquirePgliteLock, type DatabaseLockedError } from "./PgliteLock.ts"
import * as schema from "./schema.ts"

/**
 * The aggregated schema's type.
 *
 * @since 0.1.0
 */
export type Schema = typeof schema

/**
 * A Drizzle database over our schema, whichever driver is behind it.
 *
 * @since 0.1.0
 */
export type Db = PgDatabase<PgQueryResultHKT, Schema>

/**
 * Plain SQL on one dedicated connection (or PGlite's only one): what the
 * migrator needs for transactions and session-level advisory locks.
 *
 * @since 0.1.0
 */
export interface SqlConnection {
  /** Runs one or more statements without parameters. */
  readonly exec: (text: string) => Promise<void>
  /** Runs one statement with parameters and returns its rows. */
  readonly query: <Row>(text: string, params?: ReadonlyArray<unknown>) => Promise<ReadonlyArray<Row>>
}

/**
 * An open database.
 *
 * @since 0.1.0
 */
export interface Database {
  readonly kind: DatabaseConfig["_tag"]
  /** Safe to print: the URL without password, or the data directory. */
  readonly display: string
  readonly db: Db
  /** Runs `f` on a connection no one else uses meanwhile. */
  readonly withConnection: <A>(f: (connection: SqlConnection) => Promise<A>) => Promise<A>
}

/**
 * The database could not be opened (server unreachable, authentication, a
 * corrupt data directory). The message never contains the password.
 *
 * @since 0.1.0
 */
export class DatabaseOpenError extends Data.TaggedError("DatabaseOpenError")<{ readonly message: string }> {}

/**
 * A PGlite database as a {@link SqlConnection} (PGlite has one connection).
 *
 * @since 0.1.0
 */
export const pgliteConnection = (client: PGlite): SqlConnection => ({
  exec: async (text) => {
    await client.exec(text)
  },
  query: async <Row>(text: string, params?: ReadonlyArray<unknown>) =>
    (await client.query<Row>(text, params as Array<unknown> | undefined)).rows
})

/**
 * A postgres-js client (or one reserved connection of it) as a
 * {@link SqlConnection}.
 *
 * @since 0.1.0
 */
export const postgresConnection = (sql: postgres.Sql | postgres.ReservedSql): SqlConnection => ({
  exec: async (text) => {
    await sql.unsafe(text)
  },
  query: async <Row>(text: string, params?: ReadonlyArray<unknown>) =>
    (await sql.unsafe(text, params as Array<never> | undefined)) as unknown as ReadonlyArray<Row>
})

/**
 * `withConnection` for a postgres-js pool: reserves one connection for `f`
 * and releases it afterwards.
 *
 * @since 0.1.0
 */
export const withReservedConnection =
  (sql: postgres.Sql) =>
  async <A>(f: (connection: SqlConnection) => Promise<A>): Promise<A> => {
    const reserved = await sql.reserve()
    try {
      return await f(postgresConnection(reserved))
    } finally {
      reserved.release()
    }
  }

const openPglite = (dataDir: string, options: OpenOptions) =>
  Effect.gen(function* () {
    yield* acquirePgliteLock(dataDir)
    const client = yield* Effect.acquireRelease(
      Effect.tryPromise({
        try: async () => {
          const pg = new PGlite(dataDir, { parsers: pgliteParsers })
          await pg.waitReady
          return pg
        },
        catch: (error) => new DatabaseOpenError({ message: `cannot open PGlite at ${dataDir}: ${String(error)}` })
      }),
      (pg) => Effect.promise(() => pg.close())
    )
    const connection = pgliteConnection(client)
    return {
      db: drizzlePglite({ client, schema, logger: options.logger ?? false }) as unknown as Db,
      withConnection: <A>(f: (c: SqlConnection) => Promise<A>) => f(connection)
    }
  })

const openPostgres = (url: Redacted.Redacted<string>, display: string, options: OpenOptions) =>
  Effect.gen(function* () {
    const sql = yield* Effect.acquireRelease(
      Effect.sync(() => postgres(Redacted.value(url), { max: 10, onnotice: () => {} })),
      (sql) => Effect.promise(() => sql.end({ timeout: 5 }))
    )
    yield* Effect.tryPromise({
      try: () => sql`select 1`,
      catch: (error) =>
        new DatabaseOpenError({
          message: `cannot connect to ${display}: ${error instanceof Error ? error.message : String(error)}`
        })
    })
    return {
      db: drizzlePostgres({ client: sql, schema, logger: options.logger ?? false }) as unknown as Db,
      withConnection: withReservedConnection(sql)
    }
  })

/**
 * Options of {@link openDatabase}.
 *
 * @since 0.1.0
 */
export interface OpenOptions {
  /** Sees every statement Drizzle sends (the schema document and the benchmarks record them). */
  readonly logger?: Logger
}

/**
 * Opens the configured database for the current scope (closing it, and
 * releasing the PGlite lock, when the scope closes).
 *
 * @since 0.1.0
 */
export const openDatabase = (
  config: DatabaseConfig,
  options: OpenOptions = {}
): Effect.Effect<Database, DatabaseOpenError | DatabaseLockedError, Scope.Scope> =>
  Effect.map(
    config._tag === "PGlite" ? openPglite(config.dataDir, options) : openPostgres(config.url, config.display, options),
    (opened) => ({ kind: config._tag, display: config.display, ...opened })
  )
