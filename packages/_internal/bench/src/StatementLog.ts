/**
 * A Drizzle logger that records every statement while switched on: the scale
 * part captures what better-auth sends during one full OAuth flow and
 * `EXPLAIN`s each statement.
 *
 * @since 0.1.0
 */
import type { Logger } from "drizzle-orm"

/**
 * One statement as Drizzle sent it: the SQL with `$n` placeholders and the
 * parameters after Drizzle's driver mapping.
 *
 * @since 0.1.0
 */
export interface Statement {
  readonly sql: string
  readonly params: ReadonlyArray<unknown>
}

/**
 * A switchable recorder; off by default, so the throughput figures pay only a
 * boolean check per statement.
 *
 * @since 0.1.0
 */
export class StatementLog implements Logger {
  recording = false
  readonly statements: Array<Statement> = []

  logQuery(sql: string, params: Array<unknown>): void {
    if (this.recording) this.statements.push({ sql, params: [...params] })
  }

  /** Records the statements `f` causes, and returns them. */
  async capture(f: () => Promise<void>): Promise<ReadonlyArray<Statement>> {
    const from = this.statements.length
    this.recording = true
    try {
      await f()
    } finally {
      this.recording = false
    }
    return this.statements.splice(from)
  }
}
