/**
 * What a bench part hands back: tables to print (and to paste into the
 * README) and figures for `bench/results/latest.json`.
 *
 * @since 0.1.0
 */
import type { Table } from "./format.ts"

/**
 * One part's outcome. `skipped` lists what did not run and why (a backend
 * that was unreachable, for instance).
 *
 * @since 0.1.0
 */
export interface PartReport {
  readonly tables: ReadonlyArray<Table>
  readonly figures: unknown
  readonly skipped: ReadonlyArray<string>
  readonly notes: ReadonlyArray<string>
}

/**
 * Writes a progress line to stderr, so that stdout carries only the tables.
 *
 * @since 0.1.0
 */
export const progress = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`)
}
