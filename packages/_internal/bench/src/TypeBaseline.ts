/**
 * The type-check gate's rule: a package's instantiation count may not grow
 * by more than 20% over its committed baseline.
 *
 * Why instantiations: TypeScript's count of type instantiations measures how
 * much work the checker does, and for a given compiler and source it is
 * deterministic (with one checker; see `TypeCheck.ts`), unlike wall time,
 * which a busy machine changes. A type-level change that makes checking
 * explode shows here first.
 *
 * @since 0.1.0
 */

/**
 * The committed baselines: per package, the counts of the last accepted
 * run.
 *
 * @since 0.1.0
 */
export interface TypeBaselines {
  readonly about: string
  readonly compiler: string
  readonly packages: Readonly<Record<string, { readonly instantiations: number; readonly types: number }>>
}

/**
 * The growth allowed before the gate fails: 20%.
 *
 * @since 0.1.0
 */
export const TOLERANCE = 0.2

/**
 * One package's verdict.
 *
 * @since 0.1.0
 */
export interface Verdict {
  readonly name: string
  readonly baseline: number | undefined
  readonly measured: number
  /** `measured / baseline - 1`; `NaN` without a baseline. */
  readonly growth: number
  readonly ok: boolean
  readonly message: string
}

/**
 * Compares measured instantiation counts with the baselines. Fails a package
 * that grew by more than `tolerance`, or that has no baseline (a new package
 * must commit one). A package that shrank passes, with a hint to lower its
 * baseline so the gate keeps its grip.
 *
 * @since 0.1.0
 */
export const compareWithBaselines = (
  baselines: TypeBaselines["packages"],
  measured: Readonly<Record<string, number>>,
  tolerance: number = TOLERANCE
): { readonly ok: boolean; readonly verdicts: ReadonlyArray<Verdict> } => {
  const verdicts = Object.entries(measured).map(([name, count]): Verdict => {
    const baseline = baselines[name]?.instantiations
    if (baseline === undefined) {
      return {
        name,
        baseline,
        measured: count,
        growth: Number.NaN,
        ok: false,
        message: `${name}: no baseline (measured ${count} instantiations); run \`bun run bench:types -- --update\` and commit the baseline`
      }
    }
    const growth = baseline === 0 ? (count === 0 ? 0 : Number.POSITIVE_INFINITY) : count / baseline - 1
    const percent = `${growth >= 0 ? "+" : ""}${(growth * 100).toFixed(1)}%`
    if (growth > tolerance) {
      return {
        name,
        baseline,
        measured: count,
        growth,
        ok: false,
        message: `${name}: ${count} instantiations, baseline ${baseline} (${percent}, more than the ${tolerance * 100}% allowed)`
      }
    }
    return {
      name,
      baseline,
      measured: count,
      growth,
      ok: true,
      message:
        growth < -tolerance
          ? `${name}: ${count} instantiations, baseline ${baseline} (${percent}); lower the baseline with \`bun run bench:types -- --update\``
          : `${name}: ${count} instantiations, baseline ${baseline} (${percent})`
    }
  })
  return { ok: verdicts.every((v) => v.ok), verdicts }
}
