/**
 * A stack of clean-ups run in reverse order: servers, connections, throwaway
 * databases and data directories that a bench part opened.
 *
 * Why not Effect scopes here: the bench is a script of sequential async
 * steps, and a plain stack keeps each part readable top to bottom.
 *
 * @since 0.1.0
 */

/**
 * Collects clean-ups; `close()` runs them last-in first-out and never throws
 * (a failed clean-up is printed, the others still run).
 *
 * @since 0.1.0
 */
export class Resources {
  private readonly stack: Array<() => Promise<void> | void> = []

  /** Registers `release` and returns `value`, for `const x = r.add(await open(), (x) => x.close())`. */
  add<A>(value: A, release: (value: A) => Promise<void> | void): A {
    this.stack.push(() => release(value))
    return value
  }

  /** Runs every clean-up, newest first. */
  async close(): Promise<void> {
    while (this.stack.length > 0) {
      const release = this.stack.pop()!
      try {
        await release()
      } catch (error) {
        process.stderr.write(`bench: clean-up failed: ${error instanceof Error ? error.message : String(error)}\n`)
      }
    }
  }
}

/**
 * Runs `f` with fresh resources and closes them afterwards, whatever happens.
 *
 * @since 0.1.0
 */
export const withResources = async <A>(f: (resources: Resources) => Promise<A>): Promise<A> => {
  const resources = new Resources()
  try {
    return await f(resources)
  } finally {
    await resources.close()
  }
}
