/**
 * Part 1, OAuth throughput: better-auth over our tables against better-auth
 * over the reference tables, on each backend, per scenario and number of
 * concurrent clients, interleaved round by round.
 *
 * @since 0.1.0
 */
import type { Backend } from "../BenchDatabase.ts"
import { startBothSides } from "../BothSides.ts"
import { fixed, spread, type Table, times } from "../format.ts"
import { interleave, oursOverReference, type SideFigures } from "../Interleave.ts"
import { runBatch } from "../Load.ts"
import type { Options, ScenarioName } from "../Options.ts"
import { loadReferenceSchema } from "../ReferenceSchema.ts"
import { type PartReport, progress } from "../Report.ts"
import { withResources } from "../Resources.ts"
import { scenarioByName } from "../Scenario.ts"
import type { SideName } from "../Side.ts"

/**
 * One cell: a backend, a scenario, a number of clients, both sides.
 *
 * @since 0.1.0
 */
export interface ThroughputCell {
  readonly backend: string
  readonly scenario: ScenarioName
  readonly concurrency: number
  readonly operationsPerRound: number
  readonly ours: SideFigures
  readonly reference: SideFigures
  readonly ratio: ReturnType<typeof oursOverReference>
}

const sides: ReadonlyArray<SideName> = ["ours", "reference"]

/**
 * How many SQL statements one operation sends, per side.
 *
 * @since 0.1.0
 */
export interface StatementCount {
  readonly backend: string
  readonly scenario: ScenarioName
  readonly ours: number
  readonly reference: number
}

/**
 * Statements per operation, per side (the work each request asks of the
 * database).
 *
 * @since 0.1.0
 */
export const statementTable = (counts: ReadonlyArray<StatementCount>): Table => ({
  title: "SQL statements per operation (Drizzle logger)",
  headers: ["backend · scenario", "ours", "reference"],
  rows: counts.map((c) => [`${c.backend} · ${c.scenario}`, String(c.ours), String(c.reference)])
})

/**
 * Runs the part on `backends`.
 *
 * @since 0.1.0
 */
export const runThroughput = async (options: Options, backends: ReadonlyArray<Backend>): Promise<PartReport> => {
  const cells: Array<ThroughputCell> = []
  const statements: Array<StatementCount> = []
  for (const backend of backends) {
    await withResources(async (resources) => {
      const fixtures = await startBothSides(
        backend,
        await loadReferenceSchema(),
        Math.max(...options.concurrency),
        resources
      )
      for (const name of options.scenarios) {
        const scenario = scenarioByName[name]
        const counted = { ours: 0, reference: 0 }
        for (const side of sides) {
          const log = fixtures[side].side.log
          counted[side] = (await log.capture(() => scenario.run(fixtures[side], 0))).length
        }
        statements.push({ backend: backend.label, scenario: name, ...counted })
        const operations = Math.max(1, Math.ceil(options.requests / scenario.requests))
        for (const concurrency of options.concurrency) {
          progress(`throughput ${backend.label} ${name} ×${concurrency}`)
          const figures = await interleave(sides, options.rounds, (side, warmUp) =>
            runBatch(warmUp ? Math.min(operations, Math.max(20, 2 * concurrency)) : operations, concurrency, (w) =>
              scenario.run(fixtures[side], w)
            )
          )
          cells.push({
            backend: backend.label,
            scenario: name,
            concurrency,
            operationsPerRound: operations,
            ...figures,
            ratio: oursOverReference(figures)
          })
        }
      }
    })
  }
  return {
    tables: [throughputTable(cells, options), statementTable(statements)],
    figures: { cells, statements },
    skipped: [],
    notes: []
  }
}

/**
 * The part's table.
 *
 * @since 0.1.0
 */
export const throughputTable = (cells: ReadonlyArray<ThroughputCell>, options: Options): Table => ({
  title: "OAuth throughput: ours vs better-auth's reference schema",
  note: `Operations per second (an authorization_code operation is three requests: authorize, consent, token) and latency in ms; medians of ${options.rounds} interleaved rounds of ${options.requests} requests per side; spread = half the range of op/s across rounds. ours/ref > 1 means ours is faster in op/s; for latency < 1 means ours is faster.`,
  headers: [
    "backend · scenario",
    "clients",
    "ours op/s",
    "ref op/s",
    "ours/ref op/s",
    "ours p50",
    "ref p50",
    "ours p99",
    "ref p99",
    "spread ours/ref",
    "errors"
  ],
  rows: cells.map((c) => [
    `${c.backend} · ${c.scenario}`,
    String(c.concurrency),
    fixed(c.ours.perSecond.median, 0),
    fixed(c.reference.perSecond.median, 0),
    times(c.ratio.perSecond),
    fixed(c.ours.p50.median, 2),
    fixed(c.reference.p50.median, 2),
    fixed(c.ours.p99.median, 1),
    fixed(c.reference.p99.median, 1),
    `${spread(c.ours.perSecond.spread)}/${spread(c.reference.perSecond.spread)}`,
    `${c.ours.errors}/${c.reference.errors}`
  ])
})
