import { assert, describe, it } from "@effect/vitest"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import { defaultPgliteDir, loadDatabaseConfig } from "../src/DatabaseConfig.ts"

const load = (env: Record<string, string>) =>
  loadDatabaseConfig.pipe(Effect.provideService(ConfigProvider.ConfigProvider, ConfigProvider.fromEnv({ env })))

describe("database configuration", () => {
  it.effect("without DATABASE_URL (or with an empty one) uses embedded PGlite under .data/", () =>
    Effect.gen(function* () {
      for (const env of [{}, { DATABASE_URL: "  " }]) {
        const config = yield* load(env)
        assert.deepStrictEqual(config, {
          _tag: "PGlite",
          dataDir: defaultPgliteDir,
          display: `PGlite at ${defaultPgliteDir}`
        })
        assert.match(defaultPgliteDir, /\/\.data\/pglite$/)
      }
      const custom = yield* load({ BEEP_PGLITE_DIR: "/tmp/somewhere" })
      assert.strictEqual(custom._tag === "PGlite" && custom.dataDir, "/tmp/somewhere")
    })
  )

  it.effect("with a PostgreSQL DATABASE_URL uses it, and never shows its password", () =>
    Effect.gen(function* () {
      const config = yield* load({ DATABASE_URL: "postgresql://app:s3cr3t-pw@db.internal:6543/iam" })
      assert.strictEqual(config._tag, "Postgres")
      assert.strictEqual(config.display, "postgresql://app:***@db.internal:6543/iam")
      assert.notInclude(String(config._tag === "Postgres" ? config.url : ""), "s3cr3t-pw")
    })
  )

  it.effect("a malformed DATABASE_URL fails, naming the variable and the problem, without the password", () =>
    Effect.gen(function* () {
      const cases: Array<[string, string]> = [
        ["not a url s3cr3t-pw", "is not a URL"],
        ["mysql://app:s3cr3t-pw@db/iam", `has scheme "mysql:"`],
        ["postgres://app:s3cr3t-pw@db.internal:5432/", "names no database"],
        ["postgres://app:s3cr3t-pw@db.internal:99999/iam", "is not a URL"]
      ]
      for (const [url, problem] of cases) {
        const error = yield* Effect.flip(load({ DATABASE_URL: url }))
        assert.strictEqual(error._tag, "DatabaseConfigError", url)
        assert.include(error.message, "DATABASE_URL")
        assert.include(error.message, problem)
        assert.notInclude(error.message, "s3cr3t-pw")
      }
    })
  )
})
