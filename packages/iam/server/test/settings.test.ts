import { assert, describe, it } from "@effect/vitest"
import * as ConfigProvider from "effect/ConfigProvider"
import * as Effect from "effect/Effect"
import * as Redacted from "effect/Redacted"
import { loadAuthSettings } from "../src/AuthSettings.ts"
import { entityIdsByModel, generateId } from "../src/generateId.ts"

const SECRET = "a-very-long-secret-value-of-forty-characters!"
const load = (env: Record<string, string>) =>
  loadAuthSettings.pipe(Effect.provideService(ConfigProvider.ConfigProvider, ConfigProvider.fromEnv({ env })))

describe("AuthSettings", () => {
  it.effect("reads the environment, with defaults for pages and scopes", () =>
    Effect.gen(function* () {
      const settings = yield* load({ BETTER_AUTH_URL: "https://auth.example.com", BETTER_AUTH_SECRET: SECRET })
      assert.strictEqual(settings.baseUrl, "https://auth.example.com")
      assert.strictEqual(Redacted.value(settings.secret), SECRET)
      assert.deepStrictEqual(settings.scopes, ["openid", "profile", "email", "offline_access"])
      assert.strictEqual(settings.loginPage, "/sign-in")
      assert.strictEqual(settings.dynamicClientRegistration, "off")
      assert.notInclude(String(settings), SECRET)
      assert.notInclude(JSON.stringify(settings), SECRET)
    })
  )

  it.effect("a missing secret is an error naming BETTER_AUTH_SECRET, not a default", () =>
    Effect.gen(function* () {
      const error = yield* Effect.flip(load({ BETTER_AUTH_URL: "https://auth.example.com" }))
      assert.include(String(error), "BETTER_AUTH_SECRET")
    })
  )

  it.effect("bad values fail naming the setting, and never print the secret", () =>
    Effect.gen(function* () {
      const base = { BETTER_AUTH_URL: "https://auth.example.com", BETTER_AUTH_SECRET: SECRET }
      const cases: Array<[Record<string, string>, string, string]> = [
        [{ ...base, BETTER_AUTH_SECRET: "short-secret" }, "secret", "at least 32 characters"],
        [{ ...base, BETTER_AUTH_URL: "ftp://auth.example.com" }, "baseUrl", `has scheme "ftp:"`],
        [
          { ...base, BETTER_AUTH_TRUSTED_ORIGINS: "https://app.example.com/path" },
          "trustedOrigins",
          "is not an origin"
        ],
        [{ ...base, OAUTH_LOGIN_PAGE: "sign-in" }, "loginPage", "must be a path"],
        [{ ...base, OAUTH_SCOPES: "openid,read things" }, "scopes", "is not an OAuth scope token"],
        [
          { ...base, OAUTH_DYNAMIC_CLIENT_REGISTRATION: "maybe" },
          "dynamicClientRegistration",
          `Expected "off" | "authenticated" | "open"`
        ]
      ]
      for (const [env, field, problem] of cases) {
        const message = String(yield* Effect.flip(load(env)))
        assert.include(message, field, JSON.stringify(env))
        assert.include(message, problem)
        assert.notInclude(message, SECRET)
        assert.notInclude(message, "short-secret")
      }
    })
  )
})

describe("generateId", () => {
  it("gives every model better-auth writes a prefixed UUIDv7 ID of its table", () => {
    for (const [model, Id] of Object.entries(entityIdsByModel)) {
      const id = generateId({ model })
      assert.isTrue(Id.is(id), `${model}: ${id}`)
      assert.isTrue(id.startsWith(Id.prefix))
    }
  })

  it("refuses a model we have no table for, naming it", () => {
    assert.throws(() => generateId({ model: "organization" }), /model "organization"/)
  })
})
