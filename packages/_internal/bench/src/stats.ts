/**
 * The few statistics the benchmarks report: quantiles of latencies, and the
 * median and spread of a figure measured over several rounds.
 *
 * Why medians: on a small shared machine one round can be slowed by anything
 * (a GC pause, another process); the median of the rounds ignores one outlier,
 * and the spread says how much the rounds disagreed, so a reader can tell a
 * real difference from noise.
 *
 * @since 0.1.0
 */

/**
 * The `q`-quantile (0..1) of `values`, by linear interpolation between the
 * two nearest ranks; `NaN` for no values.
 *
 * @since 0.1.0
 */
export const quantile = (values: ReadonlyArray<number>, q: number): number => {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const at = (sorted.length - 1) * q
  const lower = Math.floor(at)
  const upper = Math.ceil(at)
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (at - lower)
}

/**
 * The median (0.5-quantile).
 *
 * @since 0.1.0
 */
export const median = (values: ReadonlyArray<number>): number => quantile(values, 0.5)

/**
 * A figure measured in several rounds: its median, the extremes, and the
 * spread `(max - min) / median` (0.1 means the rounds disagreed by 10% of the
 * median).
 *
 * @since 0.1.0
 */
export interface Summary {
  readonly median: number
  readonly min: number
  readonly max: number
  readonly spread: number
  readonly rounds: ReadonlyArray<number>
}

/**
 * Summarises one figure's per-round values.
 *
 * @since 0.1.0
 */
export const summarize = (rounds: ReadonlyArray<number>): Summary => {
  const m = median(rounds)
  const min = Math.min(...rounds)
  const max = Math.max(...rounds)
  return { median: m, min, max, spread: m === 0 ? 0 : (max - min) / m, rounds: [...rounds] }
}

/**
 * `a / b`, or `NaN` when either is missing or `b` is 0.
 *
 * @since 0.1.0
 */
export const ratio = (a: number | undefined, b: number | undefined): number =>
  a === undefined || b === undefined || b === 0 ? Number.NaN : a / b
