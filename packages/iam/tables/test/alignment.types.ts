/**
 * Negative type tests for `_check.ts`: each kind of drift between a model and
 * its table fails `AssertAligned`. Compiled by `bun run check`; an
 * `@ts-expect-error` whose line compiles fails the check, so these prove the
 * alignment check bites.
 */
import { IamEntityIds, ModelFields } from "@beep/shared-domain"
import { type AssertAligned, Table, textArray, timestamptz } from "@beep/shared-tables"
import { integer, text, timestamp } from "drizzle-orm/pg-core"
import { Model as M } from "effect/schema"
import type { Aligned } from "../src/_check.ts"

const { makeFields, Optional, StringArray, Text, Timestamp, BooleanWithDefault } = ModelFields
const Id = IamEntityIds.JwksId

class Thing extends M.Class<Thing>("Thing")(
  makeFields(Id, {
    label: Text,
    note: Optional(Text),
    tags: StringArray,
    seenAt: Timestamp,
    flag: BooleanWithDefault(false)
  })
) {}

const columns = {
  label: text("label").notNull(),
  note: text("note"),
  tags: textArray("tags").notNull(),
  seenAt: timestamptz("seen_at").notNull(),
  flag: integer("flag_placeholder")
}
const { flag: _flag, ...base } = columns
const good = Table.make(Id)({ ...base, flag: text("flag").$type<boolean>().notNull().default(false) })

// The control: the aligned pair compiles.
export type GoodSelect = AssertAligned<Aligned<typeof Thing, typeof good>["select"]>
export type GoodInsert = AssertAligned<Aligned<typeof Thing, typeof good>["insert"]>

const flag = text("flag").$type<boolean>().notNull().default(false)

// 1. a column missing from the table
const { label: _label, ...withoutLabel } = base
const missingColumn = Table.make(Id)({ ...withoutLabel, flag })
// @ts-expect-error keysOnlyInModel: "label"
export type MissingColumn = AssertAligned<Aligned<typeof Thing, typeof missingColumn>["select"]>

// 2. an extra column in the table
const extraColumn = Table.make(Id)({ ...base, flag, legacy: text("legacy") })
// @ts-expect-error keysOnlyInTable: "legacy"
export type ExtraColumn = AssertAligned<Aligned<typeof Thing, typeof extraColumn>["select"]>

// 3. a nullable column where the model requires a value
const nullableLabel = Table.make(Id)({ ...base, flag, label: text("label") })
// @ts-expect-error keysWithDifferentTypes: "label"
export type NullableWhereRequired = AssertAligned<Aligned<typeof Thing, typeof nullableLabel>["select"]>

// 4. a NOT NULL column where the model is optional
const requiredNote = Table.make(Id)({ ...base, flag, note: text("note").notNull() })
// @ts-expect-error keysWithDifferentTypes: "note"
export type RequiredWhereOptional = AssertAligned<Aligned<typeof Thing, typeof requiredNote>["select"]>

// 5. a wrong element type in an array
const intTags = Table.make(Id)({ ...base, flag, tags: integer("tags").array().notNull() })
// @ts-expect-error keysWithDifferentTypes: "tags"
export type WrongArrayElement = AssertAligned<Aligned<typeof Thing, typeof intTags>["select"]>

// 6. a wrong date mode
const stringDates = Table.make(Id)({
  ...base,
  flag,
  seenAt: timestamp("seen_at", { withTimezone: true, mode: "string" }).notNull()
})
// @ts-expect-error keysWithDifferentTypes: "seenAt"
export type WrongDateMode = AssertAligned<Aligned<typeof Thing, typeof stringDates>["select"]>

// 7. the insert direction: the model fills in a default the column does not have
const noDefault = Table.make(Id)({ ...base, flag: text("flag").$type<boolean>().notNull() })
export type NoDefaultSelect = AssertAligned<Aligned<typeof Thing, typeof noDefault>["select"]>
// @ts-expect-error keysRequiredByTableNotByModel: "flag"
export type NoDefaultInsert = AssertAligned<Aligned<typeof Thing, typeof noDefault>["insert"]>

// 8. a plain string column where the model carries a branded ID
const plainFk = Table.make(Id)({ ...base, flag, owner: text("owner").notNull() })
class Owned extends M.Class<Owned>("Owned")(
  makeFields(Id, {
    label: Text,
    note: Optional(Text),
    tags: StringArray,
    seenAt: Timestamp,
    flag: BooleanWithDefault(false),
    owner: IamEntityIds.OAuthClientId
  })
) {}
// @ts-expect-error keysWithDifferentTypes: "owner" (string is not an OAuthClientId)
export type UnbrandedForeignKey = AssertAligned<Aligned<typeof Owned, typeof plainFk>["select"]>
