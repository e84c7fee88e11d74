/**
 * `EXPLAIN`s the statements better-auth sent and says, for each, how it
 * reaches each table: the check that lookups stay index-backed when the
 * token tables are large.
 *
 * @since 0.1.0
 */
import type { SqlConnection } from "@beep/db-admin"
import type { Statement } from "./StatementLog.ts"

/**
 * One statement's plan.
 *
 * @since 0.1.0
 */
export interface ExplainedStatement {
  readonly sql: string
  /** How many times the flow sent this SQL text. */
  readonly times: number
  readonly plan: ReadonlyArray<string>
  /** `Seq Scan on <table>` nodes whose table holds at least `largeRows` rows. */
  readonly seqScansOnLarge: ReadonlyArray<string>
  /** Every scan node, shortened: `Index Scan using x on t`, `Seq Scan on t`, … */
  readonly scans: ReadonlyArray<string>
  readonly error?: string
}

const SCAN =
  /((?:Parallel )?(?:Seq Scan|Index Scan|Index Only Scan|Bitmap Heap Scan|Bitmap Index Scan)(?: using \S+)? on \S+)/

/**
 * The scan nodes of an `EXPLAIN` text plan, and the sequential scans among
 * them on tables `isLarge` accepts.
 *
 * @since 0.1.0
 */
export const scansOf = (plan: ReadonlyArray<string>, isLarge: (table: string) => boolean) => {
  const scans = plan.flatMap((line) => {
    const m = SCAN.exec(line)
    return m ? [m[1]!.replaceAll('"', "")] : []
  })
  const seqScansOnLarge = scans.filter((s) => {
    const m = /Seq Scan on (\S+)/.exec(s)
    return m !== null && isLarge(m[1]!)
  })
  return { scans, seqScansOnLarge }
}

/**
 * Explains each distinct statement of `statements` (in first-seen order)
 * with its first parameters. `EXPLAIN` without `ANALYZE` executes nothing,
 * so writes are planned, not done.
 *
 * @since 0.1.0
 */
export const explainAll = async (
  sql: SqlConnection,
  statements: ReadonlyArray<Statement>,
  sizes: ReadonlyMap<string, number>,
  largeRows: number
): Promise<ReadonlyArray<ExplainedStatement>> => {
  const distinct = new Map<string, { statement: Statement; times: number }>()
  for (const s of statements) {
    const seen = distinct.get(s.sql)
    if (seen) seen.times++
    else distinct.set(s.sql, { statement: s, times: 1 })
  }
  const isLarge = (table: string) => (sizes.get(table) ?? 0) >= largeRows
  const explained: Array<ExplainedStatement> = []
  for (const { statement, times } of distinct.values()) {
    try {
      const rows = await sql.query<Record<string, string>>(`EXPLAIN ${statement.sql}`, statement.params)
      const plan = rows.map((r) => Object.values(r)[0]!)
      explained.push({ sql: statement.sql, times, plan, ...scansOf(plan, isLarge) })
    } catch (error) {
      explained.push({
        sql: statement.sql,
        times,
        plan: [],
        scans: [],
        seqScansOnLarge: [],
        error: error instanceof Error ? error.message : String(error)
      })
    }
  }
  return explained
}
