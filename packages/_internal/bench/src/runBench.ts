/**
 * The `bun run bench` program: parses the options, describes the machine,
 * runs the chosen parts in order, prints every table and writes the JSON
 * results (to a temporary file first, renamed into place when complete).
 *
 * @since 0.1.0
 */
import { resolve } from "node:path"
import { postgresAvailability } from "@beep/db-admin/testing"
import postgres from "postgres"
import { type Backend, pgliteBackend, postgresBackend } from "./BenchDatabase.ts"
import { renderTable } from "./format.ts"
import { describeMachine, machineLines, repositoryRoot } from "./Machine.ts"
import { defaults, type Options, OptionsError, type Part, parseOptions, usage } from "./Options.ts"
import { runFloor } from "./parts/floor.ts"
import { runMigrations } from "./parts/migrations.ts"
import { runScale } from "./parts/scale.ts"
import { runThroughput } from "./parts/throughput.ts"
import { runTypes } from "./parts/types.ts"
import type { PartReport } from "./Report.ts"
import { progress } from "./Report.ts"
import { writeJson } from "./writeJson.ts"

/**
 * The backends a run can use: PGlite always, PostgreSQL when reachable.
 *
 * @since 0.1.0
 */
export interface Backends {
  readonly pglite?: Backend
  readonly postgres?: Backend
  readonly adminUrl?: string
  readonly postgresSkip?: string
  readonly postgresVersion: string
}

const resolveBackends = async (options: Options): Promise<Backends> => {
  const pglite = options.backends.includes("pglite") ? pgliteBackend : undefined
  if (!options.backends.includes("postgres")) {
    return { ...(pglite ? { pglite } : {}), postgresSkip: "not selected (--backend)", postgresVersion: "not used" }
  }
  const availability = await postgresAvailability()
  if ("skip" in availability) {
    const reason = availability.skip.replace(/^PostgreSQL tests skipped: /, "")
    return { ...(pglite ? { pglite } : {}), postgresSkip: reason, postgresVersion: "unreachable" }
  }
  const sql = postgres(availability.adminUrl, { max: 1, onnotice: () => {} })
  const [row] = await sql<Array<{ version: string }>>`select version()`
  await sql.end({ timeout: 1 })
  return {
    ...(pglite ? { pglite } : {}),
    postgres: postgresBackend(availability.adminUrl),
    adminUrl: availability.adminUrl,
    postgresVersion: row?.version ?? "unknown"
  }
}

const runPart = (part: Part, options: Options, backends: Backends): Promise<PartReport> => {
  const both = [backends.pglite, backends.postgres].filter((b): b is Backend => b !== undefined)
  switch (part) {
    case "throughput":
      return runThroughput(options, both)
    case "scale":
      return runScale(options, both)
    case "floor":
      return runFloor(options, backends.postgres)
    case "types":
      return runTypes()
    case "migrate":
      return runMigrations(options, backends)
  }
}

/**
 * Runs the bench with command-line `argv`; returns the exit code.
 *
 * @since 0.1.0
 */
export const runBench = async (argv: ReadonlyArray<string>): Promise<number> => {
  let options: Options
  try {
    const parsed = parseOptions(argv, defaults(resolve(repositoryRoot, "bench/results/latest.json")))
    if (parsed === "help") {
      process.stdout.write(`${usage}\n`)
      return 0
    }
    options = parsed
  } catch (error) {
    if (error instanceof OptionsError) {
      process.stderr.write(`bench: ${error.message}\n`)
      return 2
    }
    throw error
  }
  const started = performance.now()
  const backends = await resolveBackends(options)
  const machine = describeMachine(backends.postgresVersion)
  const command = `bun run bench${argv.length > 0 ? ` -- ${argv.join(" ")}` : ""}`
  process.stdout.write(`${[`$ ${command}`, ...machineLines(machine)].join("\n")}\n\n`)
  if (backends.postgresSkip !== undefined) {
    process.stdout.write(`PostgreSQL parts skipped: ${backends.postgresSkip}\n\n`)
  }
  const results: Record<string, PartReport & { readonly seconds: number }> = {}
  for (const part of options.parts) {
    const partStarted = performance.now()
    progress(`part ${part}`)
    const report = await runPart(part, options, backends)
    results[part] = { ...report, seconds: (performance.now() - partStarted) / 1000 }
    for (const table of report.tables) process.stdout.write(`${renderTable(table)}\n\n`)
    for (const note of report.notes) process.stdout.write(`${note}\n`)
    for (const skip of report.skipped) process.stdout.write(`skipped: ${skip}\n`)
    if (report.notes.length + report.skipped.length > 0) process.stdout.write("\n")
  }
  const seconds = (performance.now() - started) / 1000
  process.stdout.write(`bench finished in ${seconds.toFixed(0)} s\n`)
  writeJson(options.out, {
    command,
    machine,
    options,
    seconds,
    postgresSkipped: backends.postgresSkip ?? null,
    parts: results
  })
  process.stdout.write(`results written to ${options.out}\n`)
  return 0
}
