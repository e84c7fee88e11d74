/**
 * The schema contract, asserted from the table objects themselves (in the
 * style of better-auth's own schema tests) rather than restated by hand:
 * foreign keys are indexed and point where better-auth expects, the uniques
 * of ARCHITECTURE.md exist, nothing is indexed twice, and every column
 * better-auth does not write is nullable or defaulted.
 */
import { oauthProvider } from "@better-auth/oauth-provider"
import { assert, describe, it } from "@effect/vitest"
import type { BetterAuthOptions } from "better-auth"
import { getAuthTables } from "better-auth/db"
import { jwt } from "better-auth/plugins"
import { getTableConfig, type PgTable } from "drizzle-orm/pg-core"
import { type TableKey, tables } from "./schema.ts"

const config = (table: PgTable) => getTableConfig(table)

// The plugin set of our server. The cast: oauth-provider 1.7.5's endpoint
// metadata (`format?: undefined`) does not type-check as a BetterAuthPlugin
// under `exactOptionalPropertyTypes`; at runtime it is the plugin itself.
const authTables = () =>
  getAuthTables({
    plugins: [jwt(), oauthProvider({ loginPage: "/l", consentPage: "/c" })] as unknown as BetterAuthOptions["plugins"]
  })
const entries = Object.entries(tables) as Array<[TableKey, PgTable]>

/** Every column list that has an index behind it: primary key, unique columns, unique constraints, indexes. */
const indexedColumnLists = (table: PgTable) => {
  const c = config(table)
  return [
    ...c.columns.filter((col) => col.primary).map((col) => [col.name]),
    ...c.columns.filter((col) => col.isUnique).map((col) => [col.name]),
    ...c.uniqueConstraints.map((u) => u.columns.map((col) => col.name)),
    ...c.indexes.map((i) => i.config.columns.map((col) => (col as { name: string }).name))
  ]
}

const foreignKeys = entries.flatMap(([key, table]) =>
  config(table).foreignKeys.map((fk) => {
    const ref = fk.reference()
    return {
      table: key,
      sqlTable: config(table).name,
      columns: ref.columns.map((c) => c.name),
      target: `${getTableConfig(ref.foreignTable).name}.${ref.foreignColumns.map((c) => c.name).join(",")}`,
      onDelete: fk.onDelete
    }
  })
)

describe("schema contract", () => {
  it("has the twelve tables better-auth 1.7 needs with jwt and oauthProvider, keyed by its model names, snake_case in SQL", () => {
    assert.deepStrictEqual(Object.keys(tables).sort(), Object.keys(authTables()).sort())
    const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
    for (const [key, table] of entries) assert.strictEqual(config(table).name, snake(key))
  })

  it("every foreign key column is the leading column of an index", () => {
    assert.strictEqual(foreignKeys.length, 14, "the foreign keys better-auth's schema defines")
    for (const fk of foreignKeys) {
      const lists = indexedColumnLists(tables[fk.table])
      assert.isTrue(
        lists.some((cols) => cols[0] === fk.columns[0]),
        `${fk.sqlTable}.${fk.columns.join(",")} → ${fk.target} has no index`
      )
    }
  })

  it("OAuth references go to oauth_client.client_id and oauth_resource.identifier", () => {
    const clientRefs = foreignKeys.filter((fk) => fk.columns[0] === "client_id")
    assert.sameMembers(
      clientRefs.map((fk) => fk.sqlTable),
      ["oauth_access_token", "oauth_refresh_token", "oauth_consent", "oauth_client_resource"]
    )
    for (const fk of clientRefs) assert.strictEqual(fk.target, "oauth_client.client_id", fk.sqlTable)
    const resourceRefs = foreignKeys.filter((fk) => fk.columns[0] === "resource_id")
    assert.deepStrictEqual(
      resourceRefs.map((fk) => fk.target),
      ["oauth_resource.identifier"]
    )
    assert.isFalse(
      foreignKeys.some((fk) => fk.target === "oauth_client.id"),
      "nothing references the internal client id"
    )
  })

  it("token session_id columns are ON DELETE SET NULL, every other foreign key cascades", () => {
    for (const fk of foreignKeys) {
      const expected = fk.columns[0] === "session_id" ? "set null" : "cascade"
      assert.strictEqual(fk.onDelete, expected, `${fk.sqlTable}.${fk.columns.join(",")}`)
    }
    assert.sameMembers(
      foreignKeys.filter((fk) => fk.onDelete === "set null").map((fk) => fk.sqlTable),
      ["oauth_access_token", "oauth_refresh_token"]
    )
  })

  it("has each unique that ARCHITECTURE.md lists", () => {
    const uniques: Array<[TableKey, Array<string>]> = [
      ["user", ["email"]],
      ["session", ["token"]],
      ["oauthClient", ["client_id"]],
      ["oauthAccessToken", ["token"]],
      ["oauthRefreshToken", ["token"]],
      ["oauthResource", ["identifier"]],
      ["oauthClientResource", ["client_id", "resource_id"]]
    ]
    for (const [key, columns] of uniques) {
      const c = config(tables[key])
      const unique = [
        ...c.columns.filter((col) => col.isUnique).map((col) => [col.name]),
        ...c.uniqueConstraints.map((u) => u.columns.map((col) => col.name)),
        ...c.indexes
          .filter((i) => i.config.unique)
          .map((i) => i.config.columns.map((col) => (col as { name: string }).name))
      ]
      assert.isTrue(
        unique.some((cols) => cols.join(",") === columns.join(",")),
        `${c.name}(${columns.join(",")}) is not unique`
      )
    }
  })

  it("indexes nothing twice", () => {
    for (const [, table] of entries) {
      const lists = indexedColumnLists(table).map((cols) => cols.join(","))
      assert.deepStrictEqual(lists, [...new Set(lists)], `${config(table).name} has duplicate indexes: ${lists}`)
    }
  })

  it("every column better-auth may leave out is nullable or has a default", () => {
    const auth = authTables()
    let checked = 0
    for (const [key, table] of entries) {
      const fields = auth[key]!.fields
      for (const [prop, column] of Object.entries(table) as Array<[string, unknown]>) {
        if (prop === "id" || !column || typeof column !== "object" || !("notNull" in column)) continue
        const col = column as { name: string; notNull: boolean; hasDefault: boolean }
        const field = fields[prop]
        const alwaysWritten = field !== undefined && (field.required !== false || field.defaultValue !== undefined)
        if (!alwaysWritten) {
          checked++
          assert.isTrue(
            !col.notNull || col.hasDefault,
            `${config(table).name}.${col.name} is NOT NULL without a default`
          )
        }
      }
    }
    assert.isAtLeast(checked, 50, "the rule saw the optional columns")
  })
})
