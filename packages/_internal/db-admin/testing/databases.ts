/**
 * Real databases for tests: throwaway PostgreSQL databases on the server that
 * `TEST_DATABASE_URL` points at, and throwaway PGlite data directories.
 *
 * Where no server is reachable, PostgreSQL suites skip with a message that says
 * why; with `BEEP_REQUIRE_PG=1` or `CI=true` they fail instead, so CI never
 * skips them. Workspace-internal: exported as `@beep/db-admin/testing`.
 *
 * @since 0.1.0
 */
import { mkdtempSync, rmSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import postgres from "postgres"

/** `postgres://postgres@127.0.0.1:5432/postgres` unless `TEST_DATABASE_URL` says otherwise. */
const adminUrl = process.env.TEST_DATABASE_URL?.trim() || "postgres://postgres@127.0.0.1:5432/postgres"
const required = process.env.BEEP_REQUIRE_PG === "1" || process.env.CI === "true"

/**
 * Whether PostgreSQL tests can run here: `{ adminUrl }`, or `{ skip }` with the
 * reason. Throws when they are required and cannot run.
 *
 * @since 0.1.0
 */
export const postgresAvailability = async (): Promise<{ readonly adminUrl: string } | { readonly skip: string }> => {
  const sql = postgres(adminUrl, { max: 1, connect_timeout: 3, onnotice: () => {} })
  try {
    await sql`select 1`
    return { adminUrl }
  } catch (error) {
    const reason = `PostgreSQL tests skipped: no server at TEST_DATABASE_URL (${new URL(adminUrl).host}): ${error instanceof Error ? error.message : String(error)}`
    if (required) throw new Error(`${reason} — and BEEP_REQUIRE_PG/CI require them`)
    process.stderr.write(`${reason}\n`)
    return { skip: reason }
  } finally {
    await sql.end({ timeout: 1 })
  }
}

/**
 * A fresh, empty database on the test server; `drop()` removes it.
 *
 * @since 0.1.0
 */
export const createPostgresDatabase = async (
  server: string
): Promise<{ readonly url: string; readonly drop: () => Promise<void> }> => {
  const name = `beep_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`
  const admin = postgres(server, { max: 1, onnotice: () => {} })
  await admin.unsafe(`CREATE DATABASE "${name}"`)
  const url = new URL(server)
  url.pathname = `/${name}`
  return {
    url: url.href,
    drop: async () => {
      await admin.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
      await admin.end({ timeout: 1 })
    }
  }
}

/**
 * A fresh directory for a PGlite data directory; `remove()` deletes it.
 *
 * @since 0.1.0
 */
export const createPgliteDir = (): { readonly dataDir: string; readonly remove: () => void } => {
  const parent = mkdtempSync(join(tmpdir(), "beep-pglite-"))
  return { dataDir: join(parent, "data"), remove: () => rmSync(parent, { recursive: true, force: true }) }
}
