/**
 * Schema changes that no committed migration contains.
 *
 * Diffs the aggregated Drizzle schema against the snapshot of the latest
 * committed migration with drizzle-kit's own differ: the SQL it would generate
 * is exactly the drift, and each statement names its table and column.
 *
 * @since 0.1.0
 */
import { readFileSync } from "node:fs"
import { join } from "node:path"
import { generateDrizzleJson, generateMigration } from "drizzle-kit/api"
import * as Effect from "effect/Effect"
import { MigrationsFolderError } from "./Migrator.ts"
import * as schema from "./schema.ts"

/**
 * The SQL statements a new migration would need; empty when the committed
 * migrations cover the schema.
 *
 * @since 0.1.0
 */
export const uncommittedChanges = (
  migrationsFolder: string,
  current: Record<string, unknown> = schema
): Effect.Effect<ReadonlyArray<string>, MigrationsFolderError> =>
  Effect.gen(function* () {
    const latest = yield* Effect.try({
      try: () => {
        const journal = JSON.parse(readFileSync(join(migrationsFolder, "meta/_journal.json"), "utf8")) as {
          readonly entries: ReadonlyArray<{ readonly idx: number }>
        }
        const last = journal.entries.at(-1)
        if (last === undefined) return generateDrizzleJson({})
        const file = join(migrationsFolder, "meta", `${String(last.idx).padStart(4, "0")}_snapshot.json`)
        return JSON.parse(readFileSync(file, "utf8"))
      },
      catch: (error) =>
        new MigrationsFolderError({
          message: `cannot read the latest snapshot in ${migrationsFolder}: ${String(error)}`
        })
    })
    return yield* Effect.tryPromise({
      try: () => generateMigration(latest, generateDrizzleJson(current)),
      catch: (error) =>
        new MigrationsFolderError({
          message: `the schema has changes drizzle-kit cannot classify without asking (a table or column removed while another was added: a rename?); run \`bun run db:generate\` in a terminal and answer its questions (${error instanceof Error ? error.message : String(error)})`
        })
    })
  })
