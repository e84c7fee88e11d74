/**
 * `Table.make`: a Drizzle pg table for an entity, with the columns every
 * entity has.
 *
 * @since 0.1.0
 */
import type { EntityIdSchema } from "@beep/shared-domain"
import { type BuildColumns, type BuildExtraConfigColumns, sql } from "drizzle-orm"
import {
  type PgColumnBuilderBase,
  type PgTableExtraConfigValue,
  type PgTableWithColumns,
  pgTable,
  text
} from "drizzle-orm/pg-core"
import { timestamptz } from "./columns.ts"

const commonColumns = <I extends EntityIdSchema<string, any>>(Id: I) => ({
  id: text("id")
    .primaryKey()
    .$type<I["Type"]>()
    .$defaultFn(() => Id.create()),
  createdAt: timestamptz("created_at").notNull().default(sql`now()`),
  updatedAt: timestamptz("updated_at")
    .notNull()
    .default(sql`now()`)
    .$onUpdateFn(() => new Date())
})

/**
 * The columns {@link make} adds: `id`, `createdAt`, `updatedAt`.
 *
 * @since 0.1.0
 */
export type CommonColumns<I extends EntityIdSchema<string, any>> = ReturnType<typeof commonColumns<I>>

/**
 * Makes the table of the entity whose ID is `Id`:
 * - named `Id.tableName`;
 * - `id`: `text` primary key typed as the ID, filled per insert with
 *   `Id.create()` when the writer gives none (better-auth gives ours through
 *   `generateId`; a given one is kept);
 * - `created_at`, `updated_at`: `timestamptz NOT NULL DEFAULT now()`, evaluated
 *   by PostgreSQL per insert; `updated_at` is also set by Drizzle on every
 *   update (`$onUpdateFn`), never a value computed once at start-up.
 *
 * Mirrors `makeFields` of the model-field kit. Defining `id`, `createdAt` or
 * `updatedAt` in `columns` is a type error.
 *
 * @since 0.1.0
 */
export const make =
  <I extends EntityIdSchema<string, any>>(Id: I) =>
  <Columns extends Record<string, PgColumnBuilderBase>>(
    columns: Columns & { readonly [K in keyof CommonColumns<I>]?: never },
    extraConfig?: (
      self: BuildExtraConfigColumns<I["tableName"], Columns & CommonColumns<I>, "pg">
    ) => Array<PgTableExtraConfigValue>
  ): PgTableWithColumns<{
    name: I["tableName"]
    schema: undefined
    columns: BuildColumns<I["tableName"], Columns & CommonColumns<I>, "pg">
    dialect: "pg"
  }> =>
    pgTable<I["tableName"], Columns & CommonColumns<I>>(
      Id.tableName,
      { ...commonColumns(Id), ...columns } as Columns & CommonColumns<I>,
      extraConfig
    )
