/**
 * Measures the type-check cost of each workspace package with the patched
 * TypeScript 7 compiler (`node_modules/.bin/tsc`, @effect/tsgo): a cold check
 * (`--noEmit --incremental false`, no build info) with
 * `--extendedDiagnostics`, whose output TypeScript 7 still prints, with
 * `Instantiations` among its figures.
 *
 * TypeScript 7 checks with several checkers in parallel (4 by default), and
 * each checker instantiates the types it needs on its own, so the count with
 * the default depends on how files are split among checkers. With
 * `--checkers 1` it counts every instantiation once: that is the count the
 * baselines hold. Wall times are measured with the default, as developers
 * run it.
 *
 * @since 0.1.0
 */
import { spawnSync } from "node:child_process"
import { globSync, readFileSync } from "node:fs"
import { join, relative } from "node:path"
import { repositoryRoot } from "./Machine.ts"

/**
 * A workspace package.
 *
 * @since 0.1.0
 */
export interface WorkspacePackage {
  readonly name: string
  readonly dir: string
}

/**
 * Every workspace package (`packages/<slice>/<name>`), in path order.
 *
 * @since 0.1.0
 */
export const workspacePackages = (): ReadonlyArray<WorkspacePackage> => {
  const root = JSON.parse(readFileSync(join(repositoryRoot, "package.json"), "utf8")) as {
    readonly workspaces: ReadonlyArray<string>
  }
  const found = root.workspaces.flatMap((pattern) =>
    globSync(`${pattern}/package.json`, { cwd: repositoryRoot }).map((file) => {
      const dir = join(repositoryRoot, file, "..")
      return { name: (JSON.parse(readFileSync(join(repositoryRoot, file), "utf8")) as { name: string }).name, dir }
    })
  )
  return found.sort((a, b) => a.dir.localeCompare(b.dir))
}

const tsc = join(repositoryRoot, "node_modules/.bin/tsc")

/**
 * Builds the declarations of every project (`tsc -b` on the solution,
 * incremental), which a package's check reads for its references.
 *
 * @since 0.1.0
 */
export const buildDeclarations = (): { readonly ok: boolean; readonly output: string } => {
  const run = spawnSync(tsc, ["-b", "tsconfig.json"], { cwd: repositoryRoot, encoding: "utf8" })
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` }
}

/**
 * One package's figures.
 *
 * @since 0.1.0
 */
export interface TypeCheckFigures {
  readonly name: string
  readonly wallSeconds: number
  readonly files: number
  readonly types: number
  readonly instantiations: number
  readonly checkSeconds: number
  readonly memoryKiB: number
  readonly errors: ReadonlyArray<string>
}

const figure = (output: string, label: string): number => {
  const m = new RegExp(`^${label}:\\s+([\\d.]+)`, "m").exec(output)
  return m ? Number(m[1]) : Number.NaN
}

/**
 * Cold-checks `pkg`; `singleChecker` adds `--checkers 1`.
 *
 * @since 0.1.0
 */
export const checkPackage = (pkg: WorkspacePackage, singleChecker: boolean): TypeCheckFigures => {
  const args = [
    "-p",
    relative(repositoryRoot, join(pkg.dir, "tsconfig.json")),
    "--noEmit",
    "--incremental",
    "false",
    "--composite",
    "false",
    "--extendedDiagnostics",
    ...(singleChecker ? ["--checkers", "1"] : [])
  ]
  const started = performance.now()
  const run = spawnSync(tsc, args, { cwd: repositoryRoot, encoding: "utf8" })
  const wallSeconds = (performance.now() - started) / 1000
  const output = `${run.stdout}${run.stderr}`
  const instantiations = figure(output, "Instantiations")
  if (Number.isNaN(instantiations)) {
    throw new Error(`tsc printed no "Instantiations" figure for ${pkg.name}:\n${output.slice(0, 2000)}`)
  }
  return {
    name: pkg.name,
    wallSeconds,
    files: figure(output, "Files"),
    types: figure(output, "Types"),
    instantiations,
    checkSeconds: figure(output, "Check time"),
    memoryKiB: figure(output, "Memory used"),
    errors: output.split("\n").filter((line) => /error TS\d+/.test(line))
  }
}
