import { readFileSync } from "node:fs"
import { schema } from "@beep/db-admin"
import { modelsByName } from "@beep/iam-domain"
import { assert, describe, it } from "@effect/vitest"
import { is } from "drizzle-orm"
import { getTableConfig, PgTable } from "drizzle-orm/pg-core"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { Model as M } from "effect/schema"
import { classify, describeTables, erDiagram, MissingDescriptionError } from "../src/index.ts"
import { expectedDocuments, readmePath, schemaDocumentPath } from "../src/SchemaDocuments.ts"

const tables = Object.values(schema as Record<string, unknown>).filter((t): t is PgTable => is(t, PgTable))

describe("docs/schema.md", () => {
  it.effect("is current: regenerating it (and the README diagram) changes nothing", () =>
    Effect.gen(function* () {
      const expected = yield* expectedDocuments
      const stale = "is stale against the schema: run `bun run docs:schema` and commit the result"
      assert.strictEqual(readFileSync(schemaDocumentPath, "utf8"), expected.schemaDocument, `docs/schema.md ${stale}`)
      assert.strictEqual(readFileSync(readmePath, "utf8"), expected.readme, `README.md's diagram ${stale}`)
    })
  )

  it("the diagram has every table and one relationship per foreign key", () => {
    const docs = describeTables(schema as Record<string, unknown>, modelsByName)
    const diagram = erDiagram(docs, { columns: true })
    for (const table of tables) assert.include(diagram, `  ${getTableConfig(table).name} {`)
    const foreignKeys = tables.flatMap((t) => getTableConfig(t).foreignKeys)
    assert.strictEqual(diagram.split("\n").filter((l) => /--/.test(l)).length, foreignKeys.length)
    assert.include(diagram, `oauth_client ||--o{ oauth_access_token : "client_id"`)
    assert.include(diagram, `session |o--o{ oauth_access_token : "session_id"`)
  })

  it("marks exactly the models' secrets as sensitive", () => {
    const docs = describeTables(schema as Record<string, unknown>, modelsByName)
    const sensitive = docs.flatMap((t) => t.columns.filter((c) => c.sensitive).map((c) => `${t.model}.${c.key}`))
    assert.sameMembers(sensitive, [
      "session.token",
      "account.accessToken",
      "account.refreshToken",
      "account.idToken",
      "account.password",
      "verification.value",
      "jwks.privateKey",
      "oauthClient.clientSecret",
      "oauthAccessToken.token",
      "oauthRefreshToken.token",
      "oauthRefreshToken.rotationReplayResponse"
    ])
  })

  it("fails, naming the model, when a model has no description annotation", () => {
    class Undescribed extends M.Class<Undescribed>("Undescribed")({ id: Schema.String }) {}
    assert.throws(
      () => describeTables(schema as Record<string, unknown>, { ...modelsByName, oauthConsent: Undescribed as never }),
      MissingDescriptionError,
      `model "oauthConsent" has no description annotation`
    )
  })
})

describe("classify", () => {
  it("reads the verb and the tables of Drizzle's statements", () => {
    assert.deepStrictEqual(classify(`insert into "oauth_access_token" ("id") values ($1)`), [
      { table: "oauth_access_token", verb: "insert" }
    ])
    assert.deepStrictEqual(classify(`update "oauth_refresh_token" set "revoked" = $1 where "id" = $2`), [
      { table: "oauth_refresh_token", verb: "update" }
    ])
    assert.deepStrictEqual(classify(`delete from "verification" where "id" = $1`), [
      { table: "verification", verb: "delete" }
    ])
    assert.deepStrictEqual(
      classify(`select "id" from "session" left join "user" on "user"."id" = "session"."user_id"`),
      [
        { table: "session", verb: "read" },
        { table: "user", verb: "read" }
      ]
    )
  })
})
