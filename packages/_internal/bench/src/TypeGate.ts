/**
 * `bun run bench:types`: cold-checks every package with one checker,
 * compares each instantiation count with the committed baseline and fails
 * (exit 1), naming the package and both counts, when one grew by more than
 * 20%. `--update` writes the measured counts as the new baselines instead.
 * Times are printed, never judged.
 *
 * @since 0.1.0
 */
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { count, fixed, renderTable } from "./format.ts"
import { compareWithBaselines, TOLERANCE, type TypeBaselines } from "./TypeBaseline.ts"
import { buildDeclarations, checkPackage, type TypeCheckFigures, workspacePackages } from "./TypeCheck.ts"
import { writeJson } from "./writeJson.ts"

/**
 * `packages/_internal/bench/baselines/type-check.json`.
 *
 * @since 0.1.0
 */
export const baselinesFile = fileURLToPath(new URL("../baselines/type-check.json", import.meta.url))

/**
 * Reads the committed baselines (none when the file is missing).
 *
 * @since 0.1.0
 */
export const readBaselines = (): TypeBaselines["packages"] => {
  try {
    return (JSON.parse(readFileSync(baselinesFile, "utf8")) as TypeBaselines).packages
  } catch {
    return {}
  }
}

const compilerVersion = (): string => {
  const figures = JSON.parse(
    readFileSync(fileURLToPath(new URL("../../../../node_modules/typescript/package.json", import.meta.url)), "utf8")
  ) as { version: string }
  return `typescript ${figures.version} (@effect/tsgo patch), tsc -p <package> --noEmit --incremental false --composite false --extendedDiagnostics --checkers 1`
}

/**
 * Measures every package with one checker (after building declarations).
 *
 * @since 0.1.0
 */
export const measureAll = (): ReadonlyArray<TypeCheckFigures> => {
  const built = buildDeclarations()
  if (!built.ok) throw new Error(`tsc -b tsconfig.json failed; fix the type errors first:\n${built.output}`)
  return workspacePackages().map((pkg) => checkPackage(pkg, true))
}

/**
 * Runs the gate with command-line `argv`; returns the exit code.
 *
 * @since 0.1.0
 */
export const runTypeGate = (argv: ReadonlyArray<string>): number => {
  const figures = measureAll()
  const withErrors = figures.filter((f) => f.errors.length > 0)
  if (withErrors.length > 0) {
    for (const f of withErrors)
      process.stderr.write(`bench:types: ${f.name} has type errors:\n${f.errors.join("\n")}\n`)
    return 1
  }
  const measured = Object.fromEntries(figures.map((f) => [f.name, f.instantiations]))
  if (argv.includes("--update")) {
    const baselines: TypeBaselines = {
      about:
        "Type-check baselines per package: instantiation counts of a cold check with one checker (deterministic). bun run bench:types fails when a package grows by more than 20%; bun run bench:types -- --update rewrites this file.",
      compiler: compilerVersion(),
      packages: Object.fromEntries(figures.map((f) => [f.name, { instantiations: f.instantiations, types: f.types }]))
    }
    writeJson(baselinesFile, baselines)
    process.stdout.write(`bench:types: wrote ${figures.length} baselines to ${baselinesFile}\n`)
    return 0
  }
  const { ok, verdicts } = compareWithBaselines(readBaselines(), measured)
  process.stdout.write(
    `${renderTable({
      title: `Type-check instantiations against the baselines (fails above +${TOLERANCE * 100}%)`,
      headers: ["package", "baseline", "measured", "growth", "verdict", "wall s (1 checker)"],
      rows: verdicts.map((v) => [
        v.name,
        v.baseline === undefined ? "none" : count(v.baseline),
        count(v.measured),
        Number.isFinite(v.growth) ? `${v.growth >= 0 ? "+" : ""}${(v.growth * 100).toFixed(1)}%` : "–",
        v.ok ? "ok" : "FAIL",
        fixed(figures.find((f) => f.name === v.name)!.wallSeconds, 2)
      ])
    })}\n`
  )
  for (const v of verdicts.filter((v) => !v.ok)) process.stderr.write(`bench:types: ${v.message}\n`)
  for (const v of verdicts.filter((v) => v.ok && v.growth < -TOLERANCE))
    process.stdout.write(`bench:types: ${v.message}\n`)
  return ok ? 0 : 1
}
