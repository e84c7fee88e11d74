/**
 * The options of `bun run bench`, parsed from the command line with defaults
 * that keep a whole run under ten minutes on a 2-core machine.
 *
 * @since 0.1.0
 */

import { resolve } from "node:path"

/**
 * The parts a run can do.
 *
 * @since 0.1.0
 */
export const parts = ["throughput", "scale", "floor", "types", "migrate"] as const

/**
 * One part.
 *
 * @since 0.1.0
 */
export type Part = (typeof parts)[number]

/**
 * The two database backends.
 *
 * @since 0.1.0
 */
export const backends = ["pglite", "postgres"] as const

/**
 * One backend: embedded PGlite or the PostgreSQL server.
 *
 * @since 0.1.0
 */
export type BackendName = (typeof backends)[number]

/**
 * The throughput scenarios.
 *
 * @since 0.1.0
 */
export const scenarios = ["client_credentials", "refresh", "authorization_code", "introspect", "userinfo"] as const

/**
 * One scenario.
 *
 * @since 0.1.0
 */
export type ScenarioName = (typeof scenarios)[number]

/**
 * A run's settings.
 *
 * @since 0.1.0
 */
export interface Options {
  readonly parts: ReadonlyArray<Part>
  readonly backends: ReadonlyArray<BackendName>
  readonly scenarios: ReadonlyArray<ScenarioName>
  /** Rounds per comparison; each round runs both sides once. */
  readonly rounds: number
  /** Operations per side, round and cell of the throughput part. */
  readonly requests: number
  /** Concurrent clients of the throughput part (1 = sequential). */
  readonly concurrency: ReadonlyArray<number>
  /** Token-table sizes of the scale part on PostgreSQL. */
  readonly sizes: ReadonlyArray<number>
  /** Token-table sizes of the scale part on PGlite (capped lower: one core, in process). */
  readonly pgliteSizes: ReadonlyArray<number>
  /** Operations per side, round and size of the scale part. */
  readonly scaleRequests: number
  /** Where the JSON results go. */
  readonly out: string
}

/**
 * The defaults.
 *
 * @since 0.1.0
 */
export const defaults = (out: string): Options => ({
  parts: [...parts],
  backends: [...backends],
  scenarios: [...scenarios],
  rounds: 5,
  requests: 90,
  concurrency: [1, 8, 32],
  sizes: [1_000, 100_000, 1_000_000],
  pgliteSizes: [1_000, 100_000],
  scaleRequests: 36,
  out
})

/**
 * The usage text.
 *
 * @since 0.1.0
 */
export const usage = `bun run bench [-- options]
  --part a,b           parts to run: ${parts.join(",")} (default: all)
  --backend a,b        ${backends.join(",")} (default: both; PostgreSQL skips itself when unreachable)
  --scenario a,b       throughput scenarios: ${scenarios.join(",")} (default: all)
  --rounds n           rounds per comparison, each running both sides (default 5)
  --requests n         operations per side, round and cell in the throughput part (default 90)
  --concurrency a,b    concurrent clients in the throughput part (default 1,8,32)
  --sizes a,b          token-table sizes for the scale part on PostgreSQL (default 1000,100000,1000000)
  --pglite-sizes a,b   token-table sizes on PGlite (default 1000,100000)
  --scale-requests n   operations per side, round and size in the scale part (default 36)
  --out file           where the JSON goes (default bench/results/latest.json)
  --help`

/**
 * A command-line problem, with the message to print.
 *
 * @since 0.1.0
 */
export class OptionsError extends Error {}

const positiveInt = (flag: string, text: string): number => {
  const n = Number(text.replaceAll("_", ""))
  if (!Number.isInteger(n) || n < 1) throw new OptionsError(`${flag}: "${text}" is not a positive integer`)
  return n
}

const listOf =
  <A extends string>(flag: string, allowed: ReadonlyArray<A>) =>
  (text: string): ReadonlyArray<A> =>
    text.split(",").map((s) => {
      const v = s.trim() as A
      if (!allowed.includes(v)) throw new OptionsError(`${flag}: "${s}" is not one of ${allowed.join(", ")}`)
      return v
    })

const intList = (flag: string) => (text: string) => text.split(",").map((s) => positiveInt(flag, s.trim()))

/**
 * Parses `argv` (without the runtime and script), or returns `"help"`.
 *
 * @since 0.1.0
 */
export const parseOptions = (argv: ReadonlyArray<string>, base: Options): Options | "help" => {
  const o: { -readonly [K in keyof Options]: Options[K] } = { ...base }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!
    if (flag === "--help" || flag === "-h") return "help"
    if (flag === "--") continue
    const value = argv[++i]
    if (value === undefined) throw new OptionsError(`${flag} needs a value`)
    switch (flag) {
      case "--part":
        o.parts = listOf(flag, parts)(value)
        break
      case "--backend":
        o.backends = listOf(flag, backends)(value)
        break
      case "--scenario":
        o.scenarios = listOf(flag, scenarios)(value)
        break
      case "--rounds":
        o.rounds = positiveInt(flag, value)
        break
      case "--requests":
        o.requests = positiveInt(flag, value)
        break
      case "--concurrency":
        o.concurrency = intList(flag)(value)
        break
      case "--sizes":
        o.sizes = intList(flag)(value).sort((a, b) => a - b)
        break
      case "--pglite-sizes":
        o.pgliteSizes = intList(flag)(value).sort((a, b) => a - b)
        break
      case "--scale-requests":
        o.scaleRequests = positiveInt(flag, value)
        break
      case "--out":
        o.out = resolve(value)
        break
      default:
        throw new OptionsError(`unknown option ${flag}\n${usage}`)
    }
  }
  return o
}
