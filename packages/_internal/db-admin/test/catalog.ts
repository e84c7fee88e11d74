/**
 * The same description of a schema, read two ways: from a live database's
 * `pg_catalog`, and from the Drizzle table objects. Tests compare the two.
 */
import { is, SQL } from "drizzle-orm"
import { getTableConfig, PgDialect, type PgTable } from "drizzle-orm/pg-core"
import type { SqlConnection } from "../src/Database.ts"

export interface SchemaDescription {
  /** table → sorted lines, one per column, constraint and index. */
  readonly [table: string]: ReadonlyArray<string>
}

const ON_DELETE: Record<string, string> = {
  a: "no action",
  r: "restrict",
  c: "cascade",
  n: "set null",
  d: "set default"
}

const add = (into: Record<string, Array<string>>, table: string, line: string) => {
  const list = into[table] ?? []
  list.push(line)
  into[table] = list
}

const sorted = (d: Record<string, Array<string>>): SchemaDescription =>
  Object.fromEntries(Object.entries(d).map(([t, lines]) => [t, [...lines].sort()]))

export const describeDatabase = async (c: SqlConnection): Promise<SchemaDescription> => {
  const out: Record<string, Array<string>> = {}
  const columns = await c.query<{
    table: string
    column: string
    type: string
    not_null: boolean
    default: string | null
  }>(
    `select c.relname as table, a.attname as column, format_type(a.atttypid, a.atttypmod) as type,
            a.attnotnull as not_null, pg_get_expr(d.adbin, d.adrelid) as default
       from pg_attribute a
       join pg_class c on c.oid = a.attrelid
       join pg_namespace n on n.oid = c.relnamespace
       left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
      where n.nspname = 'public' and c.relkind = 'r' and a.attnum > 0 and not a.attisdropped`
  )
  for (const col of columns) {
    add(
      out,
      col.table,
      `column ${col.column} ${col.type}${col.not_null ? " not null" : ""} default ${col.default ?? "-"}`
    )
  }
  const constraints = await c.query<{
    table: string
    name: string
    type: string
    columns: Array<string>
    ftable: string | null
    fcolumns: Array<string> | null
    on_delete: string
  }>(
    `select c.relname as table, con.conname as name, con.contype as type,
            array(select a.attname::text from unnest(con.conkey) with ordinality k(n, o)
                    join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.n order by k.o) as columns,
            fc.relname as ftable,
            array(select a.attname::text from unnest(con.confkey) with ordinality k(n, o)
                    join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.n order by k.o) as fcolumns,
            con.confdeltype as on_delete
       from pg_constraint con
       join pg_class c on c.oid = con.conrelid
       join pg_namespace n on n.oid = c.relnamespace
       left join pg_class fc on fc.oid = con.confrelid
      where n.nspname = 'public'
        -- PostgreSQL 18 (PGlite) also lists NOT NULL as constraints; attnotnull covers them
        and con.contype <> 'n'`
  )
  for (const con of constraints) {
    if (con.type === "p") add(out, con.table, `primary key ${con.name} (${con.columns.join(",")})`)
    else if (con.type === "u") add(out, con.table, `unique ${con.name} (${con.columns.join(",")})`)
    else if (con.type === "f") {
      add(
        out,
        con.table,
        `foreign key ${con.name} (${con.columns.join(",")}) → ${con.ftable}(${(con.fcolumns ?? []).join(",")}) on delete ${ON_DELETE[con.on_delete]}`
      )
    } else add(out, con.table, `constraint ${con.name} ${con.type}`)
  }
  const indexes = await c.query<{ table: string; name: string; unique: boolean; columns: Array<string> }>(
    `select t.relname as table, i.relname as name, ix.indisunique as unique,
            array(select a.attname::text from unnest(ix.indkey) with ordinality k(n, o)
                    join pg_attribute a on a.attrelid = ix.indrelid and a.attnum = k.n order by k.o) as columns
       from pg_index ix
       join pg_class i on i.oid = ix.indexrelid
       join pg_class t on t.oid = ix.indrelid
       join pg_namespace n on n.oid = t.relnamespace
      where n.nspname = 'public'
        and not exists (select 1 from pg_constraint con where con.conindid = ix.indexrelid)`
  )
  for (const ix of indexes)
    add(out, ix.table, `${ix.unique ? "unique index" : "index"} ${ix.name} (${ix.columns.join(",")})`)
  return sorted(out)
}

const dialect = new PgDialect()

const expectedDefault = (value: unknown, sqlType: string): string => {
  if (value === undefined) return "-"
  if (is(value, SQL)) return dialect.sqlToQuery(value).sql
  if (Array.isArray(value)) return `'{${value.join(",")}}'::${sqlType}`
  return String(value)
}

export const describeSchema = (tables: ReadonlyArray<PgTable>): SchemaDescription => {
  const out: Record<string, Array<string>> = {}
  for (const table of tables) {
    const t = getTableConfig(table)
    for (const col of t.columns) {
      const type = col.getSQLType()
      add(
        out,
        t.name,
        `column ${col.name} ${type}${col.notNull ? " not null" : ""} default ${expectedDefault(col.default, type)}`
      )
      if (col.primary) add(out, t.name, `primary key ${t.name}_pkey (${col.name})`)
      if (col.isUnique) add(out, t.name, `unique ${col.uniqueName} (${col.name})`)
    }
    for (const u of t.uniqueConstraints)
      add(out, t.name, `unique ${u.name} (${u.columns.map((c) => c.name).join(",")})`)
    for (const fk of t.foreignKeys) {
      const ref = fk.reference()
      add(
        out,
        t.name,
        `foreign key ${fk.getName()} (${ref.columns.map((c) => c.name).join(",")}) → ${getTableConfig(ref.foreignTable).name}(${ref.foreignColumns.map((c) => c.name).join(",")}) on delete ${fk.onDelete ?? "no action"}`
      )
    }
    for (const ix of t.indexes) {
      const cols = ix.config.columns.map((c) => (c as { name: string }).name).join(",")
      add(out, t.name, `${ix.config.unique ? "unique index" : "index"} ${ix.config.name} (${cols})`)
    }
  }
  return sorted(out)
}
