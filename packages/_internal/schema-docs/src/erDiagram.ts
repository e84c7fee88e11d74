/**
 * The Mermaid `erDiagram` of the tables: columns with type and keys, and one
 * relationship per foreign key with its cardinality.
 *
 * @since 0.1.0
 */
import type { TableDoc } from "./describeTables.ts"

const mermaidType = (sqlType: string) =>
  sqlType === "timestamp with time zone" ? "timestamptz" : sqlType.replace("[]", "_array").replace(/\W+/g, "_")

const keys = (c: TableDoc["columns"][number]) =>
  [
    c.primaryKey ? "PK" : undefined,
    c.references ? "FK" : undefined,
    c.unique.includes("yes") ? "UK" : undefined
  ].filter((k) => k !== undefined)

/**
 * Relationship lines only (`parent ||--o{ child : "column"`), for a compact
 * picture (the README embeds it).
 *
 * @since 0.1.0
 */
export const relationshipLines = (tables: ReadonlyArray<TableDoc>): ReadonlyArray<string> =>
  tables.flatMap((t) =>
    t.columns.flatMap((c) => {
      if (c.references === undefined) return []
      const parent = c.nullable ? "|o" : "||"
      const child = c.unique.includes("yes") ? "o|" : "o{"
      return [`  ${c.references.table} ${parent}--${child} ${t.sqlName} : "${c.sqlName}"`]
    })
  )

/**
 * The full diagram: every table with its columns, then every relationship.
 * With `columns: false`, only the relationships.
 *
 * @since 0.1.0
 */
export const erDiagram = (tables: ReadonlyArray<TableDoc>, options: { readonly columns: boolean }): string => {
  const lines = ["erDiagram"]
  if (options.columns) {
    for (const t of tables) {
      lines.push(`  ${t.sqlName} {`)
      for (const c of t.columns) {
        const k = keys(c)
        lines.push(
          `    ${mermaidType(c.type)} ${c.sqlName}${k.length ? ` ${k.join(", ")}` : ""}${c.nullable ? ' "nullable"' : ""}`
        )
      }
      lines.push("  }")
    }
  }
  lines.push(...relationshipLines(tables))
  return lines.join("\n")
}
