/**
 * One side of a comparison, running: a fresh database with its tables,
 * better-auth over them, and an HTTP server on loopback in this process.
 *
 * - `ours`: the aggregated schema of `@beep/db-admin`, migrated with our
 *   migrator from `drizzle/`, and `makeAuth` from `@beep/iam-server`.
 * - `reference`: the tables of `scratchpad/auth.schema.ts` created by
 *   drizzle-kit, and `makeReferenceAuth` (same options, default IDs).
 *
 * @since 0.1.0
 */
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import { migrate, migrationsFolder, schema } from "@beep/db-admin"
import { makeAuth } from "@beep/iam-server"
import { type Http, makeHttp, testSettings } from "@beep/iam-server/testing"
import { toNodeHandler } from "better-auth/node"
import * as Effect from "effect/Effect"
import { type Backend, type BenchDatabase, openBenchDatabase } from "./BenchDatabase.ts"
import { makeReferenceAuth } from "./makeReferenceAuth.ts"
import { referenceDdl } from "./ReferenceSchema.ts"
import type { Resources } from "./Resources.ts"
import { StatementLog } from "./StatementLog.ts"

/**
 * Which tables: ours or better-auth's generated reference.
 *
 * @since 0.1.0
 */
export type SideName = "ours" | "reference"

/**
 * What the bench needs of a better-auth instance, whichever schema it has.
 *
 * @since 0.1.0
 */
export interface AnyAuth {
  readonly handler: (request: Request) => Promise<Response>
  readonly api: any
  readonly options: Record<string, any>
}

/**
 * A running side.
 *
 * @since 0.1.0
 */
export interface RunningSide {
  readonly name: SideName
  readonly backend: Backend
  readonly database: BenchDatabase<Record<string, unknown>>
  readonly log: StatementLog
  readonly auth: AnyAuth
  readonly http: Http
}

/**
 * Starts `name` on a fresh database of `backend`; everything is released when
 * `resources` close.
 *
 * @since 0.1.0
 */
export const startSide = async (
  name: SideName,
  backend: Backend,
  reference: Record<string, unknown>,
  resources: Resources
): Promise<RunningSide> => {
  const target = await backend.fresh(resources)
  const log = new StatementLog()
  const tables = name === "ours" ? (schema as Record<string, unknown>) : reference
  const database = await openBenchDatabase(target, tables, log, resources)
  if (name === "ours") await Effect.runPromise(migrate(database.database, migrationsFolder))
  else for (const statement of await referenceDdl(reference)) await database.sql.exec(statement)

  let handler: ReturnType<typeof toNodeHandler> | undefined
  const server = createServer((req, res) => handler!(req, res))
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  resources.add(server, (s) => {
    s.closeAllConnections()
    return new Promise<void>((resolve) => s.close(() => resolve()))
  })
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  const settings = testSettings(origin)
  const auth: AnyAuth =
    name === "ours" ? makeAuth(database.db as never, settings) : makeReferenceAuth(database.db, tables, settings)
  handler = toNodeHandler(auth)
  return { name, backend, database, log, auth, http: makeHttp(origin) }
}
