/**
 * Part 5, migrations: the time of `db:migrate` (its command,
 * `bun bin/migrate.ts` in `@beep/db-admin`, as turbo runs it) on a fresh
 * embedded database, on an already-migrated one, and on PostgreSQL (fresh
 * and already migrated); and, in process, how that time splits between
 * opening the database and `migrate()` itself.
 *
 * @since 0.1.0
 */
import { spawnSync } from "node:child_process"
import { join } from "node:path"
import { type DatabaseConfig, migrate, migrationsFolder, openDatabase } from "@beep/db-admin"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import type { Target } from "../BenchDatabase.ts"
import { fixed, spread, type Table } from "../format.ts"
import { repositoryRoot } from "../Machine.ts"
import type { Options } from "../Options.ts"
import { type PartReport, progress } from "../Report.ts"
import { Resources } from "../Resources.ts"
import type { Backends } from "../runBench.ts"
import { type Summary, summarize } from "../stats.ts"

/**
 * One measured case.
 *
 * @since 0.1.0
 */
export interface MigrationCase {
  readonly target: string
  readonly state: "fresh" | "already migrated"
  /** Wall time of the command, ms. */
  readonly command: Summary
  /** In process: opening the database (PGlite's start), ms. */
  readonly open: Summary
  /** In process: `migrate()` alone, ms. */
  readonly migrate: Summary
}

const commandMillis = (target: Target): number => {
  const env = { ...process.env }
  delete env.DATABASE_URL
  if (target._tag === "PGlite") env.BEEP_PGLITE_DIR = target.dataDir
  else env.DATABASE_URL = target.url
  const started = performance.now()
  const run = spawnSync("bun", ["bin/migrate.ts"], {
    cwd: join(repositoryRoot, "packages/_internal/db-admin"),
    env,
    encoding: "utf8"
  })
  const millis = performance.now() - started
  if (run.status !== 0) throw new Error(`db:migrate failed:\n${run.stdout}${run.stderr}`)
  return millis
}

const inProcessMillis = (target: Target) => {
  const config: DatabaseConfig =
    target._tag === "PGlite"
      ? { _tag: "PGlite", dataDir: target.dataDir, display: "bench" }
      : { _tag: "Postgres", url: Redacted.make(target.url), display: "bench" }
  return Effect.runPromise(
    Effect.scoped(
      Effect.gen(function* () {
        const opened = performance.now()
        const database = yield* openDatabase(config)
        const open = performance.now() - opened
        const started = performance.now()
        yield* migrate(database, migrationsFolder)
        return { open, migrate: performance.now() - started }
      })
    )
  )
}

/**
 * Runs the part: `options.rounds` fresh databases per backend, each migrated
 * by the command, then again (already migrated); then the same in process.
 *
 * @since 0.1.0
 */
export const runMigrations = async (options: Options, backends: Backends): Promise<PartReport> => {
  const cases: Array<MigrationCase> = []
  const skipped: Array<string> = []
  for (const backend of [backends.pglite, backends.postgres]) {
    if (backend === undefined) continue
    const samples = {
      fresh: { command: [] as Array<number>, open: [] as Array<number>, migrate: [] as Array<number> },
      again: { command: [] as Array<number>, open: [] as Array<number>, migrate: [] as Array<number> }
    }
    for (let round = 0; round < options.rounds; round++) {
      progress(`migrate ${backend.label} round ${round + 1}`)
      const resources = new Resources()
      try {
        const viaCommand = await backend.fresh(resources)
        samples.fresh.command.push(commandMillis(viaCommand))
        samples.again.command.push(commandMillis(viaCommand))
        const inProcess = await backend.fresh(resources)
        const fresh = await inProcessMillis(inProcess)
        const again = await inProcessMillis(inProcess)
        samples.fresh.open.push(fresh.open)
        samples.fresh.migrate.push(fresh.migrate)
        samples.again.open.push(again.open)
        samples.again.migrate.push(again.migrate)
      } finally {
        await resources.close()
      }
    }
    for (const [state, s] of [
      ["fresh", samples.fresh],
      ["already migrated", samples.again]
    ] as const) {
      cases.push({
        target: backend.label,
        state,
        command: summarize(s.command),
        open: summarize(s.open),
        migrate: summarize(s.migrate)
      })
    }
  }
  if (backends.postgres === undefined) skipped.push(`migrate on PostgreSQL: ${backends.postgresSkip}`)
  return { tables: [migrationTable(cases, options)], figures: cases, skipped, notes: [] }
}

/**
 * The part's table.
 *
 * @since 0.1.0
 */
export const migrationTable = (cases: ReadonlyArray<MigrationCase>, options: Options): Table => ({
  title: "Migrations: db:migrate",
  note: `command = wall time of \`bun bin/migrate.ts\` (what \`bun run db:migrate\` runs, without turbo's start-up), including Bun's start and module loading; in process = \`openDatabase\` then \`migrate()\`. Medians of ${options.rounds} fresh databases, in ms.`,
  headers: ["database", "state", "command ms", "spread", "open ms (in process)", "migrate() ms (in process)"],
  rows: cases.map((c) => [
    c.target,
    c.state,
    fixed(c.command.median, 0),
    spread(c.command.spread),
    fixed(c.open.median, 0),
    fixed(c.migrate.median, 1)
  ])
})
