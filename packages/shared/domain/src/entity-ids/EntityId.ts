/**
 * The ID kit: from a table name, a branded Effect Schema for IDs of the form
 * `<table>__<uuidv7>`.
 *
 * Why prefixed UUIDv7 strings: the prefix makes an ID self-describing in logs,
 * URLs and support tickets (an `oauth_client__…` is never mistaken for a
 * `user__…`), and the version-7 UUID starts with a millisecond timestamp, so IDs
 * of one table sort by creation time and B-tree inserts stay in index order.
 *
 * Each table's ID is its own brand, so the compiler rejects an `OAuthClientId`
 * where a `UserId` is expected, and a plain `string` where either is expected.
 *
 * @since 0.1.0
 */
import * as SecureRandom from "effect/crypto/SecureRandom"
import * as Schema from "effect/Schema"
import type * as SchemaAST from "effect/SchemaAST"

/** The separator between the table name and the UUID. @since 0.1.0 */
export const SEPARATOR = "__" as const

/** Lower-case, hyphenated RFC 9562 UUID of version 7. */
const UUID_V7_SOURCE = "[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"

const UUID_ANY = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/
const UUID_V7 = new RegExp(`^${UUID_V7_SOURCE}$`)

/**
 * An ID shape that a table accepts besides its own `<table>__<uuidv7>`, because
 * something outside our code (better-auth) writes rows with IDs it derives
 * itself. `name` appears in error messages; `source` is an anchored-free regular
 * expression source that both validates and drives arbitrary generation.
 *
 * @since 0.1.0
 */
export interface ForeignIdShape {
  readonly name: string
  readonly source: string
}

/**
 * Says why a string is not an ID of `table`, or `undefined` when it is one.
 *
 * The message names the table expected, the table found (for a well-formed ID of
 * another table) and what is wrong with the UUID, so a failed decode can be
 * acted on without reading this file.
 */
const explainInvalid = (
  table: string,
  input: string,
  foreign: ReadonlyArray<ForeignIdShape> = []
): string | undefined => {
  const prefix = `${table}${SEPARATOR}`
  if (input.startsWith(prefix)) {
    const uuid = input.slice(prefix.length)
    if (UUID_V7.test(uuid)) return undefined
    if (!UUID_ANY.test(uuid)) {
      return `${describe(table)}: the part after "${prefix}" is not a UUID (expected 8-4-4-4-12 hex digits)`
    }
    if (uuid !== uuid.toLowerCase()) return `${describe(table)}: the UUID must be lower-case`
    const version = uuid.charAt(14)
    if (version !== "7") return `${describe(table)}: the UUID is version ${version}, expected version 7`
    return `${describe(table)}: the UUID variant is not RFC 9562 (17th hex digit must be 8, 9, a or b)`
  }
  for (const shape of foreign) {
    if (new RegExp(`^(?:${shape.source})$`).test(input)) return undefined
  }
  const at = input.indexOf(SEPARATOR)
  if (at > 0) {
    return `${describe(table)}: got an ID of table "${input.slice(0, at)}" (prefix "${input.slice(0, at + SEPARATOR.length)}"), expected prefix "${prefix}"`
  }
  const alsoAccepted = foreign.length === 0 ? "" : ` or ${foreign.map((f) => f.name).join(" or ")}`
  return `${describe(table)}: expected "${prefix}<uuidv7>"${alsoAccepted}, got a string with no table prefix`
}

const describe = (table: string) => `not a valid ${table} ID`

/**
 * A branded ID schema for one table, with the table name as a literal type and
 * a constructor for fresh IDs.
 *
 * @since 0.1.0
 */
export interface EntityId<Table extends string, B extends string>
  extends Schema.toType<Schema.brand<Schema.String, B>> {
  /** The table whose primary key this ID is. */
  readonly tableName: Table
  /** `"<table>__"`: what every ID this table generates starts with. */
  readonly prefix: `${Table}${typeof SEPARATOR}`
  /** A fresh `<table>__<uuidv7>` ID; later calls sort after earlier ones. */
  readonly create: () => Schema.Schema.Type<Schema.brand<Schema.String, B>>
  /** Whether a value is an ID of this table. */
  readonly is: (u: unknown) => u is Schema.Schema.Type<Schema.brand<Schema.String, B>>
  /** The other shapes this table accepts (see {@link ForeignIdShape}). */
  readonly foreign: ReadonlyArray<ForeignIdShape>
}

/**
 * Makes the ID schema of a table.
 *
 * `foreign` lists shapes that are valid besides our own; use it only for
 * tables that better-auth writes with IDs it derives itself, and document why
 * at the call site.
 *
 * @since 0.1.0
 */
export const make = <const Table extends string, const B extends string>(
  tableName: Table,
  options: { readonly brand: B; readonly foreign?: ReadonlyArray<ForeignIdShape> }
): EntityId<Table, B> => {
  const foreign = options.foreign ?? []
  const prefix = `${tableName}${SEPARATOR}` as const
  const own = { source: `^${escapeRegExp(prefix)}${UUID_V7_SOURCE}$`, flags: "" }
  const filter: SchemaAST.Filter<string> = Schema.makeFilter((s: string) => explainInvalid(tableName, s, foreign), {
    expected: `${prefix}<uuidv7>${foreign.map((f) => ` | ${f.name}`).join("")}`,
    arbitraryConstraint: { patterns: [own] },
    toJsonSchema: () => ({ pattern: own.source })
  })
  const schema = Schema.toType(
    Schema.String.check(filter).pipe(
      (Schema.brand as (b: string) => (s: Schema.String) => Schema.brand<Schema.String, B>)(options.brand)
    )
  )
  type A = Schema.Schema.Type<typeof schema>
  const is = Schema.is(schema)
  return Object.assign(schema, {
    tableName,
    prefix,
    foreign,
    is,
    create: (): A => `${prefix}${SecureRandom.uuidV7Unsafe()}` as A
  })
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
