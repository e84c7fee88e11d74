/**
 * Part 2, cost as data grows: the token tables are filled in bulk to each
 * size in turn, and at each size introspection, refresh and userinfo are
 * timed on both sides (interleaved, sequential). The ratio of latency at a
 * size to latency at the smallest size shows whether lookups stay
 * index-backed. At the largest size every statement better-auth sends during
 * one full flow is captured and `EXPLAIN`ed: no sequential scan may touch a
 * large table.
 *
 * @since 0.1.0
 */
import type { Backend } from "../BenchDatabase.ts"
import { loadActors, loadTokens, tableSizes } from "../BulkLoad.ts"
import { type ExplainedStatement, explainAll } from "../Explain.ts"
import { authorizationCodeFlow, type Fixture } from "../Fixture.ts"
import { count, fixed, type Table, times } from "../format.ts"
import { interleave, oursOverReference, type SideFigures } from "../Interleave.ts"
import { runBatch } from "../Load.ts"
import type { Options, ScenarioName } from "../Options.ts"
import { type PartReport, progress } from "../Report.ts"
import { scenarioByName } from "../Scenario.ts"
import type { SideName } from "../Side.ts"
import { ratio } from "../stats.ts"
import { withBothSides } from "./throughput.ts"

const sides: ReadonlyArray<SideName> = ["ours", "reference"]
const measured: ReadonlyArray<ScenarioName> = ["introspect", "refresh", "userinfo"]
/** A table with at least this many rows must never be scanned sequentially. */
const LARGE_ROWS = 10_000

/**
 * One size on one backend.
 *
 * @since 0.1.0
 */
export interface ScaleStep {
  readonly backend: string
  readonly rows: number
  /** Seconds the bulk insert of this step took, per side. */
  readonly loadSeconds: Record<SideName, number>
  readonly scenarios: ReadonlyArray<{
    readonly scenario: ScenarioName
    readonly ours: SideFigures
    readonly reference: SideFigures
    readonly ratio: ReturnType<typeof oursOverReference>
  }>
}

/**
 * The plans at the largest size, per side.
 *
 * @since 0.1.0
 */
export interface ScalePlans {
  readonly backend: string
  readonly rows: number
  readonly sides: Record<SideName, ReadonlyArray<ExplainedStatement>>
}

/** One full flow: authorization code, userinfo, introspection, refresh, client_credentials, revocation. */
const fullFlow = async (fixture: Fixture): Promise<void> => {
  const { http } = fixture.side
  const tokens = await authorizationCodeFlow(http, fixture.web, fixture.user)
  await http.request("/oauth2/userinfo", { headers: { authorization: `Bearer ${tokens.accessToken}` } })
  await http.asClient("/oauth2/introspect", fixture.web, { token: tokens.accessToken })
  const refreshed = await http.asClient("/oauth2/token", fixture.web, {
    grant_type: "refresh_token",
    refresh_token: tokens.refreshToken
  })
  await http.asClient("/oauth2/token", fixture.machine, { grant_type: "client_credentials", scope: "read:things" })
  await http.asClient("/oauth2/revoke", fixture.web, {
    token: refreshed.body.access_token,
    token_type_hint: "access_token"
  })
}

/**
 * Runs the part on `backends` (PGlite with `options.pgliteSizes`, PostgreSQL
 * with `options.sizes`).
 *
 * @since 0.1.0
 */
export const runScale = async (options: Options, backends: ReadonlyArray<Backend>): Promise<PartReport> => {
  const steps: Array<ScaleStep> = []
  const plans: Array<ScalePlans> = []
  for (const backend of backends) {
    const sizes = backend.name === "pglite" ? options.pgliteSizes : options.sizes
    await withBothSides(backend, 1, async (fixtures) => {
      const base = Date.now() - 86_400_000
      for (const side of sides) await loadActors(fixtures[side].side.database.sql, side, base)
      let loaded = 0
      for (const rows of sizes) {
        const loadSeconds = { ours: 0, reference: 0 }
        progress(`scale ${backend.label}: loading token rows ${count(loaded + 1)}…${count(rows)} on both sides`)
        // Both sides at once: on PostgreSQL each insert runs in its own server process, so the two use both cores.
        await Promise.all(
          sides.map(async (side) => {
            const started = performance.now()
            await loadTokens(fixtures[side].side.database.sql, side, base, loaded + 1, rows + 1)
            loadSeconds[side] = (performance.now() - started) / 1000
          })
        )
        loaded = rows
        const scenarios = []
        for (const name of measured) {
          progress(`scale ${backend.label} ${count(rows)} rows: ${name}`)
          const scenario = scenarioByName[name]
          const figures = await interleave(sides, options.rounds, (side, warmUp) =>
            runBatch(warmUp ? 20 : options.scaleRequests, 1, (w) => scenario.run(fixtures[side], w))
          )
          scenarios.push({ scenario: name, ...figures, ratio: oursOverReference(figures) })
        }
        steps.push({ backend: backend.label, rows, loadSeconds, scenarios })
      }
      progress(`scale ${backend.label}: capturing and explaining one full flow at ${count(loaded)} rows`)
      const explained = {} as Record<SideName, ReadonlyArray<ExplainedStatement>>
      for (const side of sides) {
        const { database, log } = fixtures[side].side
        const statements = await log.capture(() => fullFlow(fixtures[side]))
        explained[side] = await explainAll(database.sql, statements, await tableSizes(database.sql), LARGE_ROWS)
      }
      plans.push({ backend: backend.label, rows: loaded, sides: explained })
    })
  }
  return {
    tables: [scaleTable(steps, options), planTable(plans)],
    figures: { steps, plans },
    skipped: [],
    notes: plans.flatMap(planNotes)
  }
}

const byScenario = (steps: ReadonlyArray<ScaleStep>, backend: string, scenario: ScenarioName) =>
  steps
    .filter((s) => s.backend === backend)
    .map((s) => ({ rows: s.rows, cell: s.scenarios.find((c) => c.scenario === scenario)! }))

/**
 * Latency per size, and against the smallest size.
 *
 * @since 0.1.0
 */
export const scaleTable = (steps: ReadonlyArray<ScaleStep>, options: Options): Table => {
  const rows: Array<Array<string>> = []
  for (const backend of [...new Set(steps.map((s) => s.backend))]) {
    for (const scenario of measured) {
      const series = byScenario(steps, backend, scenario)
      const smallest = series[0]!.cell
      for (const { rows: n, cell } of series) {
        const step = steps.find((s) => s.backend === backend && s.rows === n)!
        rows.push([
          `${backend} · ${scenario}`,
          count(n),
          fixed(cell.ours.p50.median, 2),
          fixed(cell.reference.p50.median, 2),
          times(cell.ratio.p50),
          times(ratio(cell.ours.p50.median, smallest.ours.p50.median)),
          times(ratio(cell.reference.p50.median, smallest.reference.p50.median)),
          scenario === "introspect" ? `${fixed(step.loadSeconds.ours, 1)}/${fixed(step.loadSeconds.reference, 1)}` : "",
          `${cell.ours.errors}/${cell.reference.errors}`
        ])
      }
    }
  }
  return {
    title: "Cost as data grows: latency with the token tables loaded in bulk",
    note: `p50 latency in ms, sequential, median of ${options.rounds} interleaved rounds of ${options.scaleRequests} operations per side; rows = rows in each of oauth_access_token and oauth_refresh_token. ×smallest = p50 at this size / p50 at the smallest size (≈1 means index-backed). load s = seconds of the bulk insert for this step, ours/ref.`,
    headers: [
      "backend · operation",
      "rows",
      "ours p50",
      "ref p50",
      "ours/ref",
      "ours ×smallest",
      "ref ×smallest",
      "load s",
      "errors"
    ],
    rows
  }
}

/**
 * Per side: how many distinct statements, and any sequential scan on a large
 * table.
 *
 * @since 0.1.0
 */
export const planTable = (plans: ReadonlyArray<ScalePlans>): Table => ({
  title: "Every statement of one full flow, EXPLAINed at the largest size",
  note: `One flow = authorize + consent + token, userinfo, introspect, refresh, client_credentials, revoke. A table is large from ${count(LARGE_ROWS)} rows.`,
  headers: ["backend · side", "rows", "statements sent", "distinct", "seq scans on large tables", "EXPLAIN errors"],
  rows: plans.flatMap((p) =>
    sides.map((side) => {
      const explained = p.sides[side]
      const seq = explained.flatMap((e) => e.seqScansOnLarge)
      return [
        `${p.backend} · ${side}`,
        count(p.rows),
        String(explained.reduce((n, e) => n + e.times, 0)),
        String(explained.length),
        seq.length === 0 ? "none" : seq.join("; "),
        String(explained.filter((e) => e.error !== undefined).length)
      ]
    })
  )
})

/**
 * A statement on one line with its column lists elided (`select … from`,
 * `returning …`, `insert into t (…) values (…)`), so the WHERE clause shows.
 *
 * @since 0.1.0
 */
export const shortSql = (sql: string): string =>
  sql
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^select .+? from /, "select … from ")
    .replace(/ returning .+$/, " returning …")
    .replace(/^insert into (\S+) \(.+?\) values \(.+?\)/, "insert into $1 (…) values (…)")
    .replace(/ set (.+?) where /, (_m, set: string) => ` set ${set.length > 60 ? `${set.slice(0, 60)}…` : set} where `)

/**
 * The plans as text: each distinct statement, how often it was sent, and its
 * plan.
 *
 * @since 0.1.0
 */
export const planNotes = (p: ScalePlans): ReadonlyArray<string> =>
  sides.flatMap((side) => [
    `EXPLAIN, ${p.backend}, ${side}, ${count(p.rows)} token rows:`,
    ...p.sides[side].flatMap((e, i) => [
      `  ${i + 1}. (${e.times}×) ${shortSql(e.sql)}`,
      ...(e.error ? [`       EXPLAIN failed: ${e.error}`] : e.plan.map((line) => `       ${line}`))
    ]),
    ""
  ])
