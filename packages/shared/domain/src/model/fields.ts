/**
 * The model-field kit: the recurring field shapes of our models, each a
 * `Model` variant field that says what every variant sees.
 *
 * Variants: `select`, `insert`, `update` are database rows (the Encoded side is
 * what Drizzle reads and writes); `json`, `jsonCreate`, `jsonUpdate` are API
 * payloads. Dates are `DateTime.Utc` in the Type, `Date` in database variants
 * (columns are `timestamp with time zone`) and ISO strings in json variants.
 *
 * @since 0.1.0
 */

import * as DateTime from "effect/DateTime"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { Model } from "effect/schema"

const STORABLE_TEXT = "^(?:[^\\u0000\\uD800-\\uDFFF]|[\\uD800-\\uDBFF][\\uDC00-\\uDFFF])*$"
const storableText = new RegExp(STORABLE_TEXT)

/**
 * A string PostgreSQL can store and give back unchanged: no NUL character
 * (`text` and `jsonb` reject it) and no unpaired UTF-16 surrogate (the drivers
 * would replace it with U+FFFD, so the row read back would differ from the row
 * written). Every free-text field of our models is `Text`, so a value that the
 * database would reject or mangle fails at decoding, naming the field.
 *
 * @since 0.1.0
 */
export const Text = Schema.String.check(
  Schema.makeFilter(
    (s: string) =>
      storableText.test(s) || "contains a NUL character or an unpaired surrogate, which PostgreSQL cannot store",
    {
      expected: "a string without NUL characters or unpaired surrogates",
      arbitraryConstraint: { patterns: [{ source: STORABLE_TEXT, flags: "" }] }
    }
  )
)

/**
 * An `integer` column's value: a whole number in PostgreSQL's 32-bit range.
 *
 * @since 0.1.0
 */
export const Int32 = Schema.Int.check(Schema.isInt32())

const EARLIEST = DateTime.makeUnsafe("0001-01-01T00:00:00.000Z")
const LATEST = DateTime.makeUnsafe("9999-12-31T23:59:59.999Z")

/**
 * A `DateTime.Utc` between years 1 and 9999. Outside that range drivers
 * serialise dates as expanded-year ISO strings that PostgreSQL does not parse,
 * so such a value could be decoded but never stored.
 *
 * @since 0.1.0
 */
const StorableDateTime = <S extends Schema.Codec<DateTime.Utc, any>>(schema: S) =>
  schema.check(
    Schema.makeFilter(
      (d: DateTime.Utc) =>
        (DateTime.isGreaterThanOrEqualTo(d, EARLIEST) && DateTime.isLessThanOrEqualTo(d, LATEST)) ||
        "is outside the years 0001 to 9999",
      {
        expected: "a date between 0001-01-01 and 9999-12-31 (UTC)",
        arbitraryConstraint: { minimum: EARLIEST, maximum: LATEST, order: DateTime.Order }
      }
    )
  )

/** `DateTime.Utc` ⇄ `Date`, for database variants. @since 0.1.0 */
export const DateTimeFromDate = StorableDateTime(Schema.DateTimeUtcFromDate)
/** `DateTime.Utc` ⇄ ISO-8601 string, for json variants. @since 0.1.0 */
export const DateTimeFromString = StorableDateTime(Schema.DateTimeUtcFromString)

/**
 * A point in time: `DateTime.Utc` in the Type, `Date` in `select`/`insert`/
 * `update`, an ISO-8601 string in every json variant.
 *
 * @since 0.1.0
 */
export const Timestamp = Model.Field({
  select: DateTimeFromDate,
  insert: DateTimeFromDate,
  update: DateTimeFromDate,
  json: DateTimeFromString,
  jsonCreate: DateTimeFromString,
  jsonUpdate: DateTimeFromString
})

/**
 * An optional value: `Option` in the Type, `null` for `None` in database
 * variants (the key is required there, as a nullable column), and an optional
 * key that may also be `null` in json variants.
 *
 * Wraps a schema or a variant field (for example {@link Timestamp} or
 * {@link Sensitive}), keeping that field's variants.
 *
 * @since 0.1.0
 */
export const Optional = Model.FieldOption

/**
 * A secret (a client secret, a token, a private key, a password): `Redacted` in
 * the Type, the raw value in database variants, and absent from every json
 * variant. `String()`, `JSON.stringify` and Effect's logger print
 * `<redacted>` for it.
 *
 * @since 0.1.0
 */
export const Sensitive = <S extends Schema.Top>(schema: S) => Model.Sensitive(Schema.RedactedFromValue(schema))

/**
 * A list of strings (scopes, redirect URIs, grant types): a readonly array of
 * {@link Text} in every variant; stored as `text[]`.
 *
 * @since 0.1.0
 */
export const StringArray = Schema.Array(Text)

/**
 * A JSON value as `jsonb` stores it and gives it back.
 *
 * @since 0.1.0
 */
export type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [key: string]: Json }

const JsonNode: Schema.Codec<Json> = Schema.Union([
  Schema.Null,
  Schema.Boolean,
  Schema.Finite.check(Schema.makeFilter((n: number) => !Object.is(n, -0) || "is -0, which jsonb stores as 0")),
  Text,
  Schema.Array(Schema.suspend(() => JsonNode)),
  Schema.Record(
    Text,
    Schema.suspend(() => JsonNode)
  )
])

/**
 * The value of a `jsonb` column: any JSON value except a top-level `null`,
 * that survives a `jsonb` round trip (strings and keys are {@link Text},
 * numbers are finite and not `-0`, which jsonb stores as `0`; nested `null`s are
 * fine). A top-level JSON `null` is refused because Drizzle writes it as SQL
 * `NULL`, which reads back as "no value": wrap the field in {@link Optional}
 * for that. Object key order is not preserved by `jsonb`; equality of JSON
 * values is structural.
 *
 * @since 0.1.0
 */
export const JsonValue: Schema.Codec<Exclude<Json, null>> = JsonNode.check(
  Schema.makeFilter((j: Json) => j !== null || "is a JSON null; use an optional field for a missing value")
) as unknown as Schema.Codec<Exclude<Json, null>>

/**
 * A value whose column has a `DEFAULT`: the key may be left out of `insert`
 * and `jsonCreate` payloads, and decoding fills in `defaultValue`, the same
 * value the column's `DEFAULT` writes, so a row inserted through the model and
 * one inserted by better-auth without the key agree. Required in every other
 * variant (the column is `NOT NULL`).
 *
 * @since 0.1.0
 */
export const WithDefault = <S extends Schema.Top>(schema: S, defaultValue: S["Encoded"]) => {
  const withDefault = schema.pipe(Schema.withDecodingDefaultKey(Effect.sync(() => defaultValue)))
  return Model.Field({
    select: schema,
    insert: withDefault,
    update: schema,
    json: schema,
    jsonCreate: withDefault,
    jsonUpdate: schema
  })
}

/**
 * A boolean whose column has a default (see {@link WithDefault}).
 *
 * @since 0.1.0
 */
export const BooleanWithDefault = (defaultValue: boolean) => WithDefault(Schema.Boolean, defaultValue)

/** `Date` now, evaluated each time a row is decoded for a write. */
const now = Effect.sync(() => new Date())

/**
 * `createdAt`: set once per insert (left out of the payload, decoding fills in
 * the current time; the column default does the same for rows better-auth
 * writes), never part of an update.
 *
 * @since 0.1.0
 */
export const CreatedAt = Model.Field({
  select: DateTimeFromDate,
  insert: DateTimeFromDate.pipe(Schema.withDecodingDefaultKey(now)),
  json: DateTimeFromString
})

/**
 * `updatedAt`: set on every insert and every update (left out of the payload,
 * decoding fills in the current time; the column's default and on-update
 * function do the same for rows better-auth writes).
 *
 * @since 0.1.0
 */
export const UpdatedAt = Model.Field({
  select: DateTimeFromDate,
  insert: DateTimeFromDate.pipe(Schema.withDecodingDefaultKey(now)),
  update: DateTimeFromDate.pipe(Schema.withDecodingDefaultKey(now)),
  json: DateTimeFromString
})
