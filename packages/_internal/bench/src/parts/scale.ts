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
import { startBothSides } from "../BothSides.ts"
import { loadActors, loadTokens, tableSizes, tokenStorage } from "../BulkLoad.ts"
import { type ExplainedStatement, explainAll } from "../Explain.ts"
import { authorizationCodeFlow, type Fixture } from "../Fixture.ts"
import { count, fixed, type Table, times } from "../format.ts"
import { interleave, oursOverReference, type SideFigures } from "../Interleave.ts"
import { runBatch } from "../Load.ts"
import type { Options, ScenarioName } from "../Options.ts"
import { loadReferenceSchema } from "../ReferenceSchema.ts"
import { type PartReport, progress } from "../Report.ts"
import { withResources } from "../Resources.ts"
import { scenarioByName } from "../Scenario.ts"
import type { SideName } from "../Side.ts"
import { ratio } from "../stats.ts"

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
  readonly storage: Record<SideName, Awaited<ReturnType<typeof tokenStorage>>>
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
 * Each size gets its own pair of databases, filled once; then every round
 * times every size and side in turn. So a size measured early is not
 * compared with a size measured minutes later on a machine whose load has
 * changed: the large/small ratio is as interleaved as ours/reference.
 *
 * @since 0.1.0
 */
export const runScale = async (options: Options, backends: ReadonlyArray<Backend>): Promise<PartReport> => {
  const steps: Array<ScaleStep> = []
  const plans: Array<ScalePlans> = []
  for (const backend of backends) {
    const sizes = backend.name === "pglite" ? options.pgliteSizes : options.sizes
    await withResources(async (resources) => {
      const reference = await loadReferenceSchema()
      const base = Date.now() - 86_400_000
      const pairs: Array<{ rows: number; fixtures: Record<SideName, Fixture>; loadSeconds: Record<SideName, number> }> =
        []
      for (const rows of sizes) {
        progress(`scale ${backend.label}: ${count(rows)} token rows on both sides`)
        const fixtures = await startBothSides(backend, reference, 1, resources)
        const loadSeconds = { ours: 0, reference: 0 }
        // Both sides at once: on PostgreSQL each insert runs in its own server process, so the two use both cores.
        await Promise.all(
          sides.map(async (side) => {
            const { sql } = fixtures[side].side.database
            const started = performance.now()
            await loadActors(sql, side, base)
            await loadTokens(sql, side, base, 1, rows + 1)
            loadSeconds[side] = (performance.now() - started) / 1000
          })
        )
        pairs.push({ rows, fixtures, loadSeconds })
      }
      const keys = pairs.flatMap((p) => sides.map((side) => `${p.rows}:${side}` as const))
      const fixtureOf = (key: string) => {
        const [rows, side] = key.split(":") as [string, SideName]
        return pairs.find((p) => String(p.rows) === rows)!.fixtures[side]
      }
      const timed: Array<{ scenario: ScenarioName; figures: Record<string, SideFigures> }> = []
      for (const name of measured) {
        progress(`scale ${backend.label}: ${name} at ${sizes.map(count).join(", ")} rows`)
        const scenario = scenarioByName[name]
        const figures = await interleave(keys, options.rounds, (key, warmUp) =>
          runBatch(warmUp ? 20 : options.scaleRequests, 1, (w) => scenario.run(fixtureOf(key), w))
        )
        timed.push({ scenario: name, figures })
      }
      for (const { rows, loadSeconds } of pairs) {
        steps.push({
          backend: backend.label,
          rows,
          loadSeconds,
          scenarios: timed.map(({ scenario, figures }) => {
            const both = { ours: figures[`${rows}:ours`]!, reference: figures[`${rows}:reference`]! }
            return { scenario, ...both, ratio: oursOverReference(both) }
          })
        })
      }
      const largest = pairs[pairs.length - 1]!
      progress(`scale ${backend.label}: capturing and explaining one full flow at ${count(largest.rows)} rows`)
      const explained = {} as Record<SideName, ReadonlyArray<ExplainedStatement>>
      const storage = {} as ScalePlans["storage"]
      for (const side of sides) {
        const { database, log } = largest.fixtures[side].side
        const statements = await log.capture(() => fullFlow(largest.fixtures[side]))
        explained[side] = await explainAll(database.sql, statements, await tableSizes(database.sql), LARGE_ROWS)
        storage[side] = await tokenStorage(database.sql)
      }
      plans.push({ backend: backend.label, rows: largest.rows, sides: explained, storage })
    })
  }
  return {
    tables: [scaleTable(steps, options), planTable(plans), storageTable(plans)],
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
    note: `p50 latency in ms, sequential; each size has its own pair of databases, and every round times every size and side in turn (median of ${options.rounds} rounds of ${options.scaleRequests} operations each). rows = rows in each of oauth_access_token and oauth_refresh_token. ×smallest = p50 at this size / p50 at the smallest size (≈1: index-backed). load s = seconds of the bulk insert, ours/ref.`,
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

const mib = (bytes: number) => fixed(bytes / 2 ** 20, 1)

/**
 * Bytes on disk of the token tables at the largest size, per side.
 *
 * @since 0.1.0
 */
export const storageTable = (plans: ReadonlyArray<ScalePlans>): Table => ({
  title: "Storage of the token tables at the largest size",
  note: "MiB after VACUUM. Our IDs are `<table>__<uuidv7>` (56 characters for a token) against the reference's 32, and our token tables carry an `updated_at` column.",
  headers: [
    "backend · table",
    "rows",
    "ours heap",
    "ref heap",
    "ours indexes",
    "ref indexes",
    "ours pkey",
    "ref pkey",
    "ours/ref total"
  ],
  rows: plans.flatMap((p) =>
    p.storage.ours.map((o) => {
      const r = p.storage.reference.find((x) => x.table === o.table)!
      return [
        `${p.backend} · ${o.table}`,
        count(p.rows),
        mib(o.heap),
        mib(r.heap),
        mib(o.indexes),
        mib(r.indexes),
        mib(o.primaryKey),
        mib(r.primaryKey),
        times(ratio(o.heap + o.indexes, r.heap + r.indexes))
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
