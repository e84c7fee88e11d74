/**
 * drizzle-kit's configuration: the aggregated schema, migrations in the
 * repository's `drizzle/`, and the configured database for `studio`/`check`
 * (embedded PGlite by default, `DATABASE_URL` when set).
 *
 * Migrations are applied by `bun run db:migrate` (our migrator), not by
 * `drizzle-kit migrate`, which swallows SQL errors in 0.31.
 */
import { defineConfig } from "drizzle-kit"

const url = process.env.DATABASE_URL?.trim()
const pgliteDir = process.env.BEEP_PGLITE_DIR ?? new URL("../../../.data/pglite", import.meta.url).pathname

export default defineConfig({
  dialect: "postgresql",
  schema: "./src/schema.ts",
  out: "../../../drizzle",
  strict: true,
  verbose: true,
  ...(url ? { dbCredentials: { url } } : { driver: "pglite", dbCredentials: { url: pgliteDir } })
})
