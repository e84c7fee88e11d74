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
import { fixed, spread, type Table, times } from "../format.ts"
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
  readonly stack: SideFigures
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
    for (const concurrency of options.concurrency) {
      progress(`floor ×${concurrency}`)
      const figures = await interleave(["stack", "floor"] as const, options.rounds, (which, warmUp) =>
        runBatch(warmUp ? Math.min(options.requests, 2 * concurrency) : options.requests, concurrency, (w) =>
          which === "stack" ? stack.run(fixture, w) : floor()
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
  title: "The floor: client_credentials through the stack vs the database work alone (PostgreSQL)",
  note: `stack = HTTP → better-auth → Drizzle → our tables; floor = postgres-js: select the client, insert the token row. Medians of ${options.rounds} interleaved rounds of ${options.requests} operations each; latency in ms.`,
  headers: [
    "clients",
    "stack op/s",
    "floor op/s",
    "floor/stack op/s",
    "stack p50",
    "floor p50",
    "stack/floor p50",
    "spread stack/floor",
    "errors"
  ],
  rows: cells.map((c) => [
    String(c.concurrency),
    fixed(c.stack.perSecond.median, 0),
    fixed(c.floor.perSecond.median, 0),
    times(ratio(c.floor.perSecond.median, c.stack.perSecond.median)),
    fixed(c.stack.p50.median, 2),
    fixed(c.floor.p50.median, 2),
    times(ratio(c.stack.p50.median, c.floor.p50.median)),
    `${spread(c.stack.perSecond.spread)}/${spread(c.floor.perSecond.spread)}`,
    `${c.stack.errors}/${c.floor.errors}`
  ])
})
