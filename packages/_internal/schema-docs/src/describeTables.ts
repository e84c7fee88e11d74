/**
 * What the schema document says about each table, read from the Drizzle
 * table objects and the models (never from a hand-written list).
 *
 * @since 0.1.0
 */
import { is, SQL } from "drizzle-orm"
import { getTableConfig, PgDialect, PgTable } from "drizzle-orm/pg-core"
import type * as Schema from "effect/Schema"
import * as SchemaAST from "effect/SchemaAST"

/**
 * One column, as the document shows it.
 *
 * @since 0.1.0
 */
export interface ColumnDoc {
  readonly sqlName: string
  readonly key: string
  readonly type: string
  readonly nullable: boolean
  /** Markdown: the SQL default in backticks, and what the app sets. */
  readonly defaultValue: string | undefined
  readonly primaryKey: boolean
  readonly unique: ReadonlyArray<string>
  readonly references: { readonly table: string; readonly column: string; readonly onDelete: string } | undefined
  readonly indexes: ReadonlyArray<string>
  readonly sensitive: boolean
}

/**
 * One table, as the document shows it.
 *
 * @since 0.1.0
 */
export interface TableDoc {
  readonly model: string
  readonly sqlName: string
  readonly description: string
  readonly columns: ReadonlyArray<ColumnDoc>
}

/**
 * A model without a description annotation: the document needs one sentence
 * per table.
 *
 * @since 0.1.0
 */
export class MissingDescriptionError extends Error {
  constructor(readonly model: string) {
    super(`model "${model}" has no description annotation; give its Model.Class a { description: "…" }`)
  }
}

const dialect = new PgDialect()

const renderDefault = (column: { default: unknown; defaultFn?: unknown; onUpdateFn?: unknown }) => {
  const parts: Array<string> = []
  if (column.default !== undefined) {
    const value = column.default
    const sql = is(value, SQL)
      ? dialect.sqlToQuery(value).sql
      : Array.isArray(value)
        ? `'{${value.join(",")}}'`
        : JSON.stringify(value)
    parts.push(`\`${sql}\``)
  }
  if (column.defaultFn !== undefined) parts.push("set by the app on insert")
  if (column.onUpdateFn !== undefined) parts.push("set by the app on update")
  return parts.length === 0 ? undefined : parts.join("; ")
}

type ModelLike = Schema.Top & {
  readonly fields: Schema.Struct.Fields
  readonly json: { readonly fields: Schema.Struct.Fields }
}

/**
 * Describes every table of `schema` (a module of tables keyed by model name),
 * with the matching model of `models` for descriptions and sensitivity, in
 * SQL-name order.
 *
 * @since 0.1.0
 */
export const describeTables = (
  schema: Record<string, unknown>,
  models: Record<string, ModelLike>
): ReadonlyArray<TableDoc> =>
  Object.entries(schema)
    .filter((e): e is [string, PgTable] => is(e[1], PgTable))
    .map(([model, table]) => {
      const Model = models[model]
      const description = Model === undefined ? undefined : SchemaAST.resolveDescription(Model.ast)
      if (description === undefined) throw new MissingDescriptionError(model)
      const config = getTableConfig(table)
      const jsonKeys = new Set(Object.keys(Model!.json.fields))
      const keyOf = new Map(
        Object.entries(table).flatMap(([key, col]) =>
          col !== null && typeof col === "object" && "name" in col && "notNull" in col
            ? [[(col as { name: string }).name, key]]
            : []
        )
      )
      const uniqueGroups = [
        ...config.columns.filter((c) => c.isUnique).map((c) => ({ name: c.uniqueName ?? "", cols: [c.name] })),
        ...config.uniqueConstraints.map((u) => ({ name: u.getName() ?? "", cols: u.columns.map((c) => c.name) }))
      ]
      const indexGroups = [
        ...config.columns.filter((c) => c.primary).map((c) => ({ name: `${config.name}_pkey`, cols: [c.name] })),
        ...uniqueGroups,
        ...config.indexes.map((i) => ({
          name: i.config.name ?? "",
          cols: i.config.columns.map((c) => (c as { name: string }).name)
        }))
      ]
      const columns = config.columns.map((column): ColumnDoc => {
        const fk = config.foreignKeys.find((f) => f.reference().columns.some((c) => c.name === column.name))
        const ref = fk?.reference()
        const key = keyOf.get(column.name) ?? column.name
        return {
          sqlName: column.name,
          key,
          type: column.getSQLType(),
          nullable: !column.notNull,
          defaultValue: renderDefault(column),
          primaryKey: column.primary,
          unique: uniqueGroups
            .filter((u) => u.cols.includes(column.name))
            .map((u) => (u.cols.length === 1 ? "yes" : `(${u.cols.join(", ")})`)),
          references:
            fk && ref
              ? {
                  table: getTableConfig(ref.foreignTable).name,
                  column: ref.foreignColumns.map((c) => c.name).join(","),
                  onDelete: fk.onDelete ?? "no action"
                }
              : undefined,
          indexes: indexGroups.filter((g) => g.cols.includes(column.name)).map((g) => g.name),
          sensitive: key in Model!.fields && !jsonKeys.has(key)
        }
      })
      return { model, sqlName: config.name, description, columns }
    })
    // Module namespaces list keys in different orders under different loaders; the document must not.
    .sort((a, b) => a.sqlName.localeCompare(b.sqlName))
