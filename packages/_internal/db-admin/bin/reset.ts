/**
 * `bun run db:reset`: deletes the embedded database and migrates a fresh one.
 *
 * With `DATABASE_URL` set it refuses, unless `--server` is given: then it drops
 * every table of that database (schemas `public` and `drizzle`) and migrates.
 */
import { rmSync } from "node:fs"
import * as Effect from "effect/Effect"
import { CommandError, runCommand } from "../src/cli.ts"
import { openDatabase } from "../src/Database.ts"
import { loadDatabaseConfig } from "../src/DatabaseConfig.ts"
import { formatReport, migrate } from "../src/Migrator.ts"
import { acquirePgliteLock } from "../src/PgliteLock.ts"
import { migrationsFolder } from "../src/paths.ts"

const server = process.argv.includes("--server")

await runCommand(
  Effect.scoped(
    Effect.gen(function* () {
      const config = yield* loadDatabaseConfig
      if (config._tag === "Postgres") {
        if (!server) {
          return yield* Effect.fail(
            new CommandError({
              message: `db:reset resets only the embedded database, and DATABASE_URL is set (${config.display}); unset it, or pass --server to drop every table in that database`
            })
          )
        }
        const database = yield* openDatabase(config)
        yield* Effect.promise(() =>
          database.withConnection((c) =>
            c.exec(`DROP SCHEMA IF EXISTS "drizzle" CASCADE; DROP SCHEMA public CASCADE; CREATE SCHEMA public`)
          )
        )
        process.stdout.write(`dropped every table in ${config.display}\n`)
        const report = yield* migrate(database, migrationsFolder)
        for (const line of formatReport(report)) process.stdout.write(`${line}\n`)
        return
      }
      yield* Effect.scoped(
        Effect.gen(function* () {
          yield* acquirePgliteLock(config.dataDir)
          rmSync(config.dataDir, { recursive: true, force: true })
        })
      )
      process.stdout.write(`deleted ${config.display}\n`)
      const database = yield* openDatabase(config)
      const report = yield* migrate(database, migrationsFolder)
      for (const line of formatReport(report)) process.stdout.write(`${line}\n`)
    })
  )
)
