/**
 * `bun run db:migrate`: applies the pending migrations of `drizzle/` to the
 * configured database (embedded PGlite, or `DATABASE_URL`), printing each
 * migration applied with its time and those already applied.
 *
 * `--folder <dir>` migrates from another folder (tests use it).
 */
import * as Effect from "effect/Effect"
import { runCommand } from "../src/cli.ts"
import { openDatabase } from "../src/Database.ts"
import { loadDatabaseConfig } from "../src/DatabaseConfig.ts"
import { formatReport, migrate } from "../src/Migrator.ts"
import { migrationsFolder } from "../src/paths.ts"

const folderFlag = process.argv.indexOf("--folder")
const folder = folderFlag === -1 ? migrationsFolder : process.argv[folderFlag + 1]!

await runCommand(
  Effect.scoped(
    Effect.gen(function* () {
      const config = yield* loadDatabaseConfig
      process.stdout.write(`migrating ${config.display}\n`)
      const database = yield* openDatabase(config)
      const report = yield* migrate(database, folder)
      for (const line of formatReport(report)) process.stdout.write(`${line}\n`)
    })
  )
)
