/**
 * Runs competing sides in the same process, interleaved over several rounds
 * (A B, B A, A B, …), after one untimed warm-up batch each, and summarises
 * each side's figures with their median and spread.
 *
 * Why interleaved: on a noisy machine, conditions drift (another process,
 * GC, caches, the table growing); running A and B back to back in every
 * round exposes both to the same drift, so it cannot decide the ratio.
 *
 * @since 0.1.0
 */
import type { Batch } from "./Load.ts"
import { ratio, type Summary, summarize } from "./stats.ts"

/**
 * One side's figures over the rounds.
 *
 * @since 0.1.0
 */
export interface SideFigures {
  readonly perSecond: Summary
  readonly p50: Summary
  readonly p99: Summary
  readonly operations: number
  readonly errors: number
  readonly firstError?: string
}

/**
 * Summarises one side's batches.
 *
 * @since 0.1.0
 */
export const sideFigures = (batches: ReadonlyArray<Batch>): SideFigures => {
  const errors = batches.reduce((n, b) => n + b.errors, 0)
  const firstError = batches.find((b) => b.firstError !== undefined)?.firstError
  return {
    perSecond: summarize(batches.map((b) => b.perSecond)),
    p50: summarize(batches.map((b) => b.p50)),
    p99: summarize(batches.map((b) => b.p99)),
    operations: batches.reduce((n, b) => n + b.operations, 0),
    errors,
    ...(firstError === undefined ? {} : { firstError })
  }
}

/**
 * Runs `batch(side)` for each side in turn, `rounds` times (alternating
 * which side goes first), after a warm-up batch of each; returns each side's
 * figures, keyed like `sides`.
 *
 * @since 0.1.0
 */
export const interleave = async <K extends string>(
  sides: ReadonlyArray<K>,
  rounds: number,
  batch: (side: K, warmUp: boolean) => Promise<Batch>
): Promise<Record<K, SideFigures>> => {
  for (const side of sides) await batch(side, true)
  const batches = new Map<K, Array<Batch>>(sides.map((s) => [s, []]))
  for (let round = 0; round < rounds; round++) {
    // A B, then B A: neither side always runs first (right after the other's garbage, or a cold cache).
    const order = round % 2 === 0 ? sides : [...sides].reverse()
    for (const side of order) batches.get(side)!.push(await batch(side, false))
  }
  return Object.fromEntries(sides.map((s) => [s, sideFigures(batches.get(s)!)])) as Record<K, SideFigures>
}

/**
 * The ratios ours/reference of the medians: above 1 means ours is higher
 * (better for throughput, worse for latency).
 *
 * @since 0.1.0
 */
export const oursOverReference = (figures: { readonly ours: SideFigures; readonly reference: SideFigures }) => ({
  perSecond: ratio(figures.ours.perSecond.median, figures.reference.perSecond.median),
  p50: ratio(figures.ours.p50.median, figures.reference.p50.median),
  p99: ratio(figures.ours.p99.median, figures.reference.p99.median)
})
