/**
 * `bun run db:check` (first half): fails, printing the SQL a new migration
 * would need (it names the tables and columns), when the schema has changes
 * that no committed migration contains. The script then runs
 * `drizzle-kit check` for the consistency of the snapshots themselves.
 */
import * as Effect from "effect/Effect"
import { CommandError, runCommand } from "../src/cli.ts"
import { migrationsFolder } from "../src/paths.ts"
import { uncommittedChanges } from "../src/SchemaDrift.ts"

await runCommand(
  Effect.gen(function* () {
    const changes = yield* uncommittedChanges(migrationsFolder)
    if (changes.length > 0) {
      return yield* Effect.fail(
        new CommandError({
          message: `the schema has ${changes.length} change(s) that no committed migration contains; run \`bun run db:generate\` and commit drizzle/:\n${changes.map((s) => `  ${s.trim()}`).join("\n")}`
        })
      )
    }
    process.stdout.write("db:check: every schema change is in a committed migration\n")
  })
)
