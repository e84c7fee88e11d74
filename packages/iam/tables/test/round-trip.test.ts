/**
 * For every entity, on a real (embedded) PostgreSQL: arbitrary valid insert
 * values go `Model.insert` encode → Drizzle insert → select → `Model.select`
 * decode and come back equal. This is what ties the models' value space to
 * what the columns actually store (types, nullability, arrays, jsonb, dates).
 *
 * Foreign keys are switched off for the session (`session_replication_role =
 * replica`): arbitrary rows reference arbitrary IDs, and references are the
 * migration tests' business, not this one's.
 */

import { modelsByName } from "@beep/iam-domain"
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { eq } from "drizzle-orm"
import type { PgTable } from "drizzle-orm/pg-core"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { makeDatabase } from "./pglite.ts"
import { type TableKey, tables } from "./schema.ts"

type Db = Awaited<ReturnType<typeof makeDatabase>>
let database: Db

beforeAll(async () => {
  database = await makeDatabase()
  await database.client.exec("SET session_replication_role = replica")
})
afterAll(async () => {
  await database.client.close()
})

const models = Object.entries(modelsByName) as Array<
  [TableKey, { readonly insert: Schema.Codec<any, any> } & Schema.Codec<any, any>]
>

describe("model ⇄ table round trip on PGlite", () => {
  it("covers every table", () => {
    assert.sameMembers(
      models.map(([key]) => key),
      Object.keys(tables)
    )
  })

  for (const [key, Model] of models) {
    const table = tables[key] as PgTable & { id: any }
    const equivalent = Schema.toEquivalence(Schema.toType(Model.insert))
    it.effect.prop(
      `${key}: insert encode → INSERT → SELECT → select decode is the identity`,
      { value: Schema.toType(Model.insert) },
      ({ value }) =>
        Effect.gen(function* () {
          const encoded = Schema.encodeSync(Model.insert)(value)
          const row = yield* Effect.promise(async () => {
            await database.db.insert(table).values(encoded)
            const [selected] = await database.db.select().from(table).where(eq(table.id, encoded.id))
            await database.db.delete(table).where(eq(table.id, encoded.id))
            return selected
          })
          const decoded = Schema.decodeUnknownSync(Model)(row)
          assert.isTrue(equivalent(decoded, value), `${key} changed on its way through PostgreSQL`)
          assert.deepStrictEqual(Schema.encodeSync(Model)(decoded), row)
        }),
      { timeout: 120_000, arbitrary: { runs: 100 } }
    )
  }
})
