/**
 * The reference schema: better-auth's own CLI output,
 * `scratchpad/auth.schema.ts` (plain `timestamp`, random text IDs, its own
 * indexes), loaded at run time and turned into DDL by drizzle-kit.
 *
 * Why loaded at run time: `scratchpad/` is no workspace package and lies
 * outside this package's `rootDir`; importing it statically would pull it
 * into the type check. The drift gate in `@beep/iam-server` loads it the same
 * way.
 *
 * @since 0.1.0
 */
import { fileURLToPath, pathToFileURL } from "node:url"
import { generateDrizzleJson, generateMigration } from "drizzle-kit/api"

/**
 * `<repository>/scratchpad/auth.schema.ts`.
 *
 * @since 0.1.0
 */
export const referenceSchemaFile = fileURLToPath(new URL("../../../../scratchpad/auth.schema.ts", import.meta.url))

/**
 * The module's exports: the twelve tables keyed by better-auth's model names,
 * plus its relations.
 *
 * @since 0.1.0
 */
export const loadReferenceSchema = async (): Promise<Record<string, unknown>> =>
  (await import(pathToFileURL(referenceSchemaFile).href)) as Record<string, unknown>

/**
 * The `CREATE TABLE` / `CREATE INDEX` statements drizzle-kit derives from the
 * reference tables, in order.
 *
 * @since 0.1.0
 */
export const referenceDdl = async (schema: Record<string, unknown>): Promise<ReadonlyArray<string>> =>
  generateMigration(generateDrizzleJson({}), generateDrizzleJson(schema))
