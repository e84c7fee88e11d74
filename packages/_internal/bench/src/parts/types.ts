/**
 * Part 4, type-check cost: for each package, the cold type-check wall time
 * with the compiler's defaults, and the deterministic instantiation count
 * (one checker) next to its committed baseline.
 *
 * @since 0.1.0
 */
import { count, fixed, type Table } from "../format.ts"
import { type PartReport, progress } from "../Report.ts"
import { compareWithBaselines } from "../TypeBaseline.ts"
import { buildDeclarations, checkPackage, workspacePackages } from "../TypeCheck.ts"
import { readBaselines } from "../TypeGate.ts"

/**
 * Runs the part.
 *
 * @since 0.1.0
 */
export const runTypes = async (): Promise<PartReport> => {
  progress("types: building declarations (tsc -b)")
  const built = buildDeclarations()
  if (!built.ok) return { tables: [], figures: null, skipped: [`types: tsc -b failed:\n${built.output}`], notes: [] }
  const rows = workspacePackages().map((pkg) => {
    progress(`types: ${pkg.name}`)
    return { defaults: checkPackage(pkg, false), single: checkPackage(pkg, true) }
  })
  const { verdicts } = compareWithBaselines(
    readBaselines(),
    Object.fromEntries(rows.map((r) => [r.single.name, r.single.instantiations]))
  )
  const table: Table = {
    title: "Type-check cost per package (cold, TypeScript 7 + @effect/tsgo)",
    note: "wall = a cold `tsc -p <package> --noEmit` with the default checkers (references' declarations prebuilt); instantiations with `--checkers 1` (deterministic; the default's 4 checkers each count their own) against the committed baseline, which `bun run bench:types` enforces (+20%).",
    headers: ["package", "files", "wall s", "check s", "memory MiB", "types", "instantiations", "baseline", "growth"],
    rows: rows.map(({ defaults, single }) => {
      const v = verdicts.find((x) => x.name === single.name)!
      return [
        single.name,
        count(defaults.files),
        fixed(defaults.wallSeconds, 2),
        fixed(defaults.checkSeconds, 2),
        fixed(defaults.memoryKiB / 1024, 0),
        count(single.types),
        count(single.instantiations),
        v.baseline === undefined ? "none" : count(v.baseline),
        Number.isFinite(v.growth) ? `${v.growth >= 0 ? "+" : ""}${(v.growth * 100).toFixed(1)}%` : "–"
      ]
    })
  }
  return {
    tables: [table],
    figures: rows,
    skipped: [],
    notes: rows.flatMap(({ defaults }) =>
      defaults.errors.length > 0 ? [`types: ${defaults.name} has type errors: ${defaults.errors.join("; ")}`] : []
    )
  }
}
