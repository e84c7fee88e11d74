/**
 * Column helpers for the shapes that recur across our tables, each typed to
 * match what the model-field kit encodes, so `_check.ts` can prove equality.
 *
 * @since 0.1.0
 */
import type { EntityIdSchema, ModelFields } from "@beep/shared-domain"
import { customType, jsonb as pgJsonb, text } from "drizzle-orm/pg-core"

const PG_TIMESTAMPTZ =
  /^(\d{4,})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?([+-])(\d{2})(?::?(\d{2}))?(?::?(\d{2}))?( BC)?$/

/**
 * Parses PostgreSQL's text output for `timestamptz` (`DateStyle` ISO), e.g.
 * `0099-06-01 12:00:00.123+00`, into a `Date`.
 *
 * Drizzle's own `timestamp` column hands that text to `new Date(text)`, which
 * reads years 0000–0099 as 1900–1999 (and `0001-…` as 2001): a date written
 * and read back comes back a different date. Building the `Date` from the
 * parsed fields with `setUTCFullYear` has no such two-digit-year rule.
 *
 * @since 0.1.0
 */
export const parseTimestamptz = (text: string): Date => {
  const m = PG_TIMESTAMPTZ.exec(text)
  if (m === null) throw new Error(`not a PostgreSQL timestamptz: ${JSON.stringify(text)}`)
  const [, y, mo, d, h, mi, s, frac, sign, oh, om, os, bc] = m
  const date = new Date(0)
  date.setUTCFullYear(bc ? 1 - Number(y) : Number(y), Number(mo) - 1, Number(d))
  date.setUTCHours(Number(h), Number(mi), Number(s), Number((frac ?? "").padEnd(3, "0").slice(0, 3)))
  const offsetSeconds = Number(oh) * 3600 + Number(om ?? 0) * 60 + Number(os ?? 0)
  return new Date(date.getTime() - (sign === "-" ? -1 : 1) * offsetSeconds * 1000)
}

/**
 * `timestamp with time zone`, read and written as a JS `Date` (the kit's
 * database encoding of `DateTime.Utc`), parsed without Drizzle's two-digit-year
 * bug (see {@link parseTimestamptz}).
 *
 * @since 0.1.0
 */
export const timestamptz = customType<{ data: Date; driverData: string }>({
  dataType: () => "timestamp with time zone",
  toDriver: (value) => value.toISOString(),
  fromDriver: (value) => (typeof value === "string" ? parseTimestamptz(value) : (value as Date))
})

/**
 * `text[]` typed as a readonly array of strings (Effect arrays are readonly).
 *
 * @since 0.1.0
 */
export const textArray = (name: string) => text(name).array().$type<ReadonlyArray<string>>()

/**
 * `jsonb` typed as the kit's `JsonValue` (any JSON value except a top-level
 * `null`; SQL `NULL` is the column's "no value").
 *
 * @since 0.1.0
 */
export const jsonb = (name: string) => pgJsonb(name).$type<typeof ModelFields.JsonValue.Type>()

/**
 * A `text` column holding IDs of the table `Id` names, typed with its brand
 * (use it for foreign keys; the primary key comes from `Table.make`).
 *
 * @since 0.1.0
 */
export const idColumn = <I extends EntityIdSchema<string, any>>(name: string, _Id: I) => text(name).$type<I["Type"]>()
