/**
 * Terminal and Markdown rendering of result tables: one function, so what the
 * bench prints and what the README shows are the same table.
 *
 * @since 0.1.0
 */

/**
 * A table: a title, column headers and rows of already formatted cells.
 *
 * @since 0.1.0
 */
export interface Table {
  readonly title: string
  readonly note?: string
  readonly headers: ReadonlyArray<string>
  readonly rows: ReadonlyArray<ReadonlyArray<string>>
}

/**
 * The table as a GitHub Markdown table with padded columns (readable as plain
 * text in a terminal too). Columns after the first are right-aligned: they
 * hold figures.
 *
 * @since 0.1.0
 */
export const renderTable = (table: Table): string => {
  const widths = table.headers.map((h, i) => Math.max(h.length, ...table.rows.map((r) => (r[i] ?? "").length), 3))
  const line = (cells: ReadonlyArray<string>) =>
    `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`
  const rule = `| ${widths.map((w, i) => (i === 0 ? "-".repeat(w) : `${"-".repeat(w - 1)}:`)).join(" | ")} |`
  const heading = [`#### ${table.title}`, ...(table.note ? ["", table.note] : []), ""]
  return [...heading, line(table.headers), rule, ...table.rows.map(line)].join("\n")
}

/**
 * A number with `digits` decimals, or `–` for a missing one.
 *
 * @since 0.1.0
 */
export const fixed = (value: number | undefined, digits = 1): string =>
  value === undefined || !Number.isFinite(value) ? "–" : value.toFixed(digits)

/**
 * A ratio as `1.03×`.
 *
 * @since 0.1.0
 */
export const times = (value: number | undefined): string =>
  value === undefined || !Number.isFinite(value) ? "–" : `${value.toFixed(2)}×`

/**
 * A spread (fraction) as `±4%` (half the range, relative to the median).
 *
 * @since 0.1.0
 */
export const spread = (value: number | undefined): string =>
  value === undefined || !Number.isFinite(value) ? "–" : `±${Math.round((value * 100) / 2)}%`

/**
 * An integer with thousands separators.
 *
 * @since 0.1.0
 */
export const count = (value: number): string => value.toLocaleString("en-US")
