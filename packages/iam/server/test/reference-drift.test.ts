/**
 * The drift gate: our tables against the reference schema that better-auth's
 * own CLI generates (`scratchpad/auth.schema.ts`, `bun run auth:generate`),
 * compared programmatically from both sets of Drizzle table objects. Every
 * difference must be one that `src/referenceDifferences.ts` lists with its
 * reason; anything else (a better-auth upgrade adding a field, a changed
 * foreign key) fails here.
 */
import { fileURLToPath, pathToFileURL } from "node:url"
import { schema } from "@beep/db-admin"
import { assert, describe, it } from "@effect/vitest"
import { is } from "drizzle-orm"
import { getTableConfig, PgTable } from "drizzle-orm/pg-core"
import * as Differences from "../src/referenceDifferences.ts"

const referenceFile = fileURLToPath(new URL("../../../../scratchpad/auth.schema.ts", import.meta.url))
const reference = (await import(pathToFileURL(referenceFile).href)) as Record<string, unknown>

const tablesOf = (module: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(module).filter((e): e is [string, PgTable] => is(e[1], PgTable)))

const ours = tablesOf(schema as Record<string, unknown>)
const theirs = tablesOf(reference)

interface Described {
  readonly sqlName: string
  readonly columns: Map<string, { name: string; type: string; notNull: boolean; hasDefault: boolean; unique: boolean }>
  readonly foreignKeys: Set<string>
  readonly indexed: Array<Array<string>>
}

const describeTable = (table: PgTable): Described => {
  const config = getTableConfig(table)
  const keyOf = new Map(
    Object.entries(table).flatMap(([key, col]) =>
      col && typeof col === "object" && "name" in col && "notNull" in col ? [[(col as { name: string }).name, key]] : []
    )
  )
  const key = (sqlName: string) => keyOf.get(sqlName) ?? sqlName
  const columns = new Map(
    config.columns.map((c) => [
      key(c.name),
      { name: c.name, type: c.getSQLType(), notNull: c.notNull, hasDefault: c.hasDefault, unique: c.isUnique }
    ])
  )
  const foreignKeys = new Set(
    config.foreignKeys.map((fk) => {
      const ref = fk.reference()
      return `${ref.columns.map((c) => key(c.name)).join(",")} → ${getTableConfig(ref.foreignTable).name}(${ref.foreignColumns.map((c) => c.name).join(",")}) on delete ${fk.onDelete}`
    })
  )
  const indexed = [
    ...config.columns.filter((c) => c.primary || c.isUnique).map((c) => [key(c.name)]),
    ...config.uniqueConstraints.map((u) => u.columns.map((c) => key(c.name))),
    ...config.indexes.map((i) => i.config.columns.map((c) => key((c as { name: string }).name)))
  ]
  return { sqlName: config.name, columns, foreignKeys, indexed }
}

describe("drift gate against better-auth's generated reference schema", () => {
  it("has the same tables, under the same model names and SQL names", () => {
    assert.sameMembers(Object.keys(ours), Object.keys(theirs))
    for (const model of Object.keys(theirs)) {
      assert.strictEqual(getTableConfig(ours[model]!).name, getTableConfig(theirs[model]!).name, model)
    }
  })

  for (const model of Object.keys(theirs)) {
    describe(model, () => {
      const mine = describeTable(ours[model]!)
      const ref = describeTable(theirs[model]!)

      it("has every reference column with its SQL name, type and nullability, and no unlisted extra", () => {
        for (const [field, col] of ref.columns) {
          const here = mine.columns.get(field)
          assert.isDefined(here, `${model}.${field} (${col.name}) is missing`)
          assert.strictEqual(here!.name, col.name, `${model}.${field} SQL name`)
          const expectedType =
            Differences.timestampsWithTimeZone && col.type === "timestamp" ? "timestamp with time zone" : col.type
          assert.strictEqual(here!.type, expectedType, `${model}.${field} type`)
          if (col.notNull) assert.isTrue(here!.notNull, `${model}.${field} must be NOT NULL`)
          else if (here!.notNull) {
            assert.property(Differences.stricterNotNull, `${model}.${field}`, `${model}.${field} is NOT NULL here only`)
            assert.isTrue(here!.hasDefault, `${model}.${field} is stricter, so it needs a default`)
          }
          if (col.hasDefault) assert.isTrue(here!.hasDefault, `${model}.${field} lost its default`)
          if (col.unique) assert.isTrue(here!.unique, `${model}.${field} must be unique`)
        }
        for (const [field, col] of mine.columns) {
          if (ref.columns.has(field)) continue
          assert.property(Differences.extraColumns, `${model}.${field}`, `${model}.${field} is not in the reference`)
          assert.isTrue(!col.notNull || col.hasDefault, `${model}.${field} must be nullable or defaulted`)
        }
      })

      it("has every reference foreign key, with its target and ON DELETE, and no other", () => {
        assert.deepStrictEqual([...mine.foreignKeys].sort(), [...ref.foreignKeys].sort())
      })

      it("backs every reference index and unique, and adds only listed indexes", () => {
        const covers = (lists: Array<Array<string>>, wanted: Array<string>) =>
          lists.some((cols) => wanted.every((c, i) => cols[i] === c))
        for (const cols of ref.indexed) {
          if (covers(mine.indexed, cols)) continue
          assert.fail(`${model}(${cols.join(",")}) has no index here`)
        }
        for (const cols of mine.indexed) {
          if (ref.indexed.some((r) => r.join(",") === cols.join(","))) continue
          assert.property(
            Differences.extraIndexes,
            `${model}.${cols.join(",")}`,
            `${model}(${cols.join(",")}) is an unlisted extra index`
          )
        }
        for (const key of Object.keys(Differences.droppedIndexes).filter((k) => k.startsWith(`${model}.`))) {
          const cols = key.slice(model.length + 1).split(",")
          assert.isTrue(covers(mine.indexed, cols), `${key} is said to be covered`)
        }
      })
    })
  }

  it("lists no difference that does not exist (the list stays true)", () => {
    for (const key of [...Object.keys(Differences.extraColumns), ...Object.keys(Differences.stricterNotNull)]) {
      const [model, field] = key.split(".") as [string, string]
      assert.isDefined(describeTable(ours[model]!).columns.get(field), `${key} is not a column of ours`)
    }
    for (const key of Object.keys(Differences.extraColumns)) {
      const [model, field] = key.split(".") as [string, string]
      assert.isUndefined(describeTable(theirs[model]!).columns.get(field), `${key} is in the reference after all`)
    }
    for (const key of Object.keys(Differences.stricterNotNull)) {
      const [model, field] = key.split(".") as [string, string]
      assert.isFalse(
        describeTable(theirs[model]!).columns.get(field)!.notNull,
        `${key} is NOT NULL in the reference too`
      )
    }
  })
})
