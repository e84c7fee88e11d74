/**
 * Part 3, the floor: `client_credentials` through the full stack (HTTP,
 * better-auth, Drizzle, our tables) against the same database work done
 * directly with postgres-js (select the client by its public id, insert the
 * access-token row), interleaved on the same PostgreSQL database. The ratio
 * says how far the stack is from what the database alone costs.
 *
 * @since 0.1.0
 */
import { createHash, randomBytes } from "node:crypto"
import { generateId } from "@beep/iam-server"
import postgres from "postgres"
import type { Backend } from "../BenchDatabase.ts"
import { setUpFixture } from "../Fixture.ts"
import { fixed, type Table, times } from "../format.ts"
import { interleave, type SideFigures } from "../Interleave.ts"
import { runBatch } from "../Load.ts"
import type { Options } from "../Options.ts"
import { loadReferenceSchema } from "../ReferenceSchema.ts"
import { type PartReport, progress } from "../Report.ts"
import { withResources } from "../Resources.ts"
import { scenarioByName } from "../Scenario.ts"
import { startSide } from "../Side.ts"
import { ratio } from "../stats.ts"

/**
 * One number of clients: the stack and the floor.
 *
 * @since 0.1.0
 */
export interface FloorCell {
  readonly concurrency: number
  /** client_credentials over HTTP through the whole stack. */
  readonly stack: SideFigures
  /** The same request given to `auth.handler` in process (no HTTP). */
  readonly handler: SideFigures
  /** `GET /api/auth/ok` over HTTP: loopback, node:http and better-auth's router, no database. */
  readonly http: SideFigures
  /** `/ok` given to `auth.handler` in process: better-auth's own fixed cost per request. */
  readonly okInProcess: SideFigures
  /** The database work alone, with postgres-js. */
  readonly floor: SideFigures
}

/**
 * Runs the part on PostgreSQL (skipped without it).
 *
 * @since 0.1.0
 */
export const runFloor = async (options: Options, backend: Backend | undefined): Promise<PartReport> => {
  if (backend === undefined) {
    return { tables: [], figures: null, skipped: ["floor: needs the PostgreSQL server"], notes: [] }
  }
  const cells: Array<FloorCell> = []
  await withResources(async (resources) => {
    const side = await startSide("ours", backend, await loadReferenceSchema(), resources)
    const fixture = await setUpFixture(side, 1)
    const target = side.database.target
    if (target._tag !== "Postgres") throw new Error("floor: needs a PostgreSQL database")
    const sql = resources.add(postgres(target.url, { max: 10, onnotice: () => {} }), (s) => s.end({ timeout: 5 }))
    const clientId = fixture.machine.client_id
    const floor = async () => {
      const [client] = await sql`select * from oauth_client where client_id = ${clientId}`
      if (client === undefined || client.disabled) throw new Error("floor: the machine client is missing")
      const token = createHash("sha256").update(randomBytes(32)).digest("base64url")
      const now = new Date()
      await sql`insert into oauth_access_token (id, token, client_id, expires_at, created_at, scopes)
        values (${generateId({ model: "oauthAccessToken" })}, ${token}, ${clientId},
                ${new Date(now.getTime() + 3_600_000)}, ${now}, ${["read:things"]})`
    }
    const stack = scenarioByName.client_credentials
    const basic = `Basic ${btoa(`${encodeURIComponent(clientId)}:${encodeURIComponent(fixture.machine.client_secret ?? "")}`)}`
    // The same request handed to better-auth's fetch handler in process: no socket, no HTTP parsing.
    const handler = async () => {
      const response = await side.auth.handler(
        new Request(`${side.http.base}/oauth2/token`, {
          method: "POST",
          headers: { authorization: basic, "content-type": "application/x-www-form-urlencoded" },
          body: "grant_type=client_credentials&scope=read%3Athings"
        })
      )
      if (response.status !== 200) throw new Error(`handler: HTTP ${response.status} ${await response.text()}`)
      await response.arrayBuffer()
    }
    // A loopback round trip to better-auth's cheapest endpoint: what HTTP and routing cost on their own.
    const ok = async () => {
      const reply = await side.http.request("/ok")
      if (reply.status !== 200) throw new Error(`/ok: HTTP ${reply.status}`)
    }
    // The same, handed to the handler in process: better-auth's fixed cost per request (context, router).
    const okInProcess = async () => {
      const response = await side.auth.handler(new Request(`${side.http.base}/ok`))
      if (response.status !== 200) throw new Error(`/ok in process: HTTP ${response.status}`)
      await response.arrayBuffer()
    }
    const run = { stack: () => stack.run(fixture, 0), handler, http: ok, okInProcess, floor }
    for (const concurrency of options.concurrency) {
      progress(`floor ×${concurrency}`)
      const figures = await interleave(
        ["stack", "handler", "http", "okInProcess", "floor"] as const,
        options.rounds,
        (which, warmUp) =>
          runBatch(
            warmUp ? Math.min(options.requests, Math.max(20, 2 * concurrency)) : options.requests,
            concurrency,
            () => run[which]()
          )
      )
      cells.push({ concurrency, ...figures })
    }
  })
  return { tables: [floorTable(cells, options)], figures: cells, skipped: [], notes: [] }
}

/**
 * The part's table.
 *
 * @since 0.1.0
 */
export const floorTable = (cells: ReadonlyArray<FloorCell>, options: Options): Table => ({
  title: "The floor: client_credentials through the stack vs the database work alone (PostgreSQL, our tables)",
  note: `stack = HTTP → better-auth → Drizzle → our tables; handler = the same request given to \`auth.handler\` in process (no HTTP); /ok = better-auth's cheapest endpoint (no database), over loopback HTTP and handed to the handler in process; floor = postgres-js alone: select the client, insert the token row. Medians of ${options.rounds} interleaved rounds of ${options.requests} operations each; p50 in ms.`,
  headers: [
    "clients",
    "stack op/s",
    "handler op/s",
    "floor op/s",
    "floor/stack op/s",
    "stack p50",
    "handler p50",
    "/ok http p50",
    "/ok in-process p50",
    "floor p50",
    "stack/floor p50",
    "errors"
  ],
  rows: cells.map((c) => [
    String(c.concurrency),
    fixed(c.stack.perSecond.median, 0),
    fixed(c.handler.perSecond.median, 0),
    fixed(c.floor.perSecond.median, 0),
    times(ratio(c.floor.perSecond.median, c.stack.perSecond.median)),
    fixed(c.stack.p50.median, 2),
    fixed(c.handler.p50.median, 2),
    fixed(c.http.p50.median, 2),
    fixed(c.okInProcess.p50.median, 2),
    fixed(c.floor.p50.median, 2),
    times(ratio(c.stack.p50.median, c.floor.p50.median)),
    `${c.stack.errors + c.handler.errors + c.http.errors + c.okInProcess.errors + c.floor.errors}`
  ])
})
