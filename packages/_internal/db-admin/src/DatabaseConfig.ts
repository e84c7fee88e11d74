/**
 * Which database to use, read and validated in one place.
 *
 * - `DATABASE_URL` set: that PostgreSQL server (`postgres://` or
 *   `postgresql://`, with a host and a database name).
 * - unset or empty: an embedded PGlite database in `BEEP_PGLITE_DIR`, by
 *   default `<repository>/.data/pglite` (git-ignored).
 *
 * A malformed URL fails with an error that names `DATABASE_URL` and says what
 * is wrong, and never prints the password.
 *
 * @since 0.1.0
 */
import { resolve } from "node:path"
import { fileURLToPath } from "node:url"
import * as Config from "effect/Config"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"

/**
 * The default embedded data directory, `<repository>/.data/pglite`.
 *
 * @since 0.1.0
 */
export const defaultPgliteDir = fileURLToPath(new URL("../../../../.data/pglite", import.meta.url))

/**
 * The resolved choice of database. `display` is safe to print.
 *
 * @since 0.1.0
 */
export type DatabaseConfig =
  | { readonly _tag: "Postgres"; readonly url: Redacted.Redacted<string>; readonly display: string }
  | { readonly _tag: "PGlite"; readonly dataDir: string; readonly display: string }

/**
 * `DATABASE_URL` (or another setting) is present but unusable.
 *
 * @since 0.1.0
 */
export class DatabaseConfigError extends Data.TaggedError("DatabaseConfigError")<{ readonly message: string }> {}

/**
 * The URL with its password replaced by `***`, for messages and logs.
 *
 * @since 0.1.0
 */
export const displayUrl = (url: URL): string => {
  const copy = new URL(url.href)
  if (copy.password !== "") copy.password = "***"
  return copy.href
}

/**
 * Parses a PostgreSQL URL, or says what is wrong with it (never quoting it).
 *
 * @since 0.1.0
 */
export const parsePostgresUrl = (text: string): { readonly url: URL } | { readonly problem: string } => {
  if (!URL.canParse(text)) return { problem: "is not a URL (expected postgres://user:password@host:port/database)" }
  const url = new URL(text)
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    return { problem: `has scheme "${url.protocol}", expected "postgres:" or "postgresql:"` }
  }
  if (url.hostname === "") return { problem: "has no host" }
  if (url.pathname === "" || url.pathname === "/") return { problem: "names no database (the path after the host)" }
  return { url }
}

/**
 * Builds the configuration from raw settings: `url` is `DATABASE_URL`.
 *
 * @since 0.1.0
 */
export const fromSettings = (settings: {
  readonly url: Option.Option<Redacted.Redacted<string>>
  readonly dataDir: string
}): Effect.Effect<DatabaseConfig, DatabaseConfigError> => {
  const text = Option.match(settings.url, { onNone: () => "", onSome: (r) => Redacted.value(r).trim() })
  if (text === "") {
    const dataDir = resolve(settings.dataDir)
    return Effect.succeed({ _tag: "PGlite", dataDir, display: `PGlite at ${dataDir}` })
  }
  const parsed = parsePostgresUrl(text)
  if ("problem" in parsed) return Effect.fail(new DatabaseConfigError({ message: `DATABASE_URL ${parsed.problem}` }))
  return Effect.succeed({ _tag: "Postgres", url: Redacted.make(parsed.url.href), display: displayUrl(parsed.url) })
}

/**
 * Reads `DATABASE_URL` and `BEEP_PGLITE_DIR` from the environment (Effect's
 * `ConfigProvider`) and validates them.
 *
 * @since 0.1.0
 */
export const loadDatabaseConfig = Effect.gen(function* () {
  const url = yield* Config.option(Config.Redacted("DATABASE_URL"))
  const dataDir = yield* Config.withDefault(Config.String("BEEP_PGLITE_DIR"), defaultPgliteDir)
  return yield* fromSettings({ url, dataDir })
})
