/**
 * Runs an operation a fixed number of times with a fixed number of
 * concurrent workers, and measures it: operations per second over the whole
 * batch, and each operation's latency.
 *
 * @since 0.1.0
 */
import { quantile } from "./stats.ts"

/**
 * One batch's figures.
 *
 * @since 0.1.0
 */
export interface Batch {
  readonly operations: number
  readonly errors: number
  readonly firstError?: string
  readonly seconds: number
  /** Successful operations per second. */
  readonly perSecond: number
  readonly p50: number
  readonly p99: number
}

/**
 * Runs `operation(worker)` `operations` times across `concurrency` workers
 * (each worker starts its next operation when its last one ends).
 *
 * @since 0.1.0
 */
export const runBatch = async (
  operations: number,
  concurrency: number,
  operation: (worker: number) => Promise<void>
): Promise<Batch> => {
  const latencies: Array<number> = []
  let next = 0
  let errors = 0
  let firstError: string | undefined
  const worker = async (index: number) => {
    while (next < operations) {
      next++
      const started = performance.now()
      try {
        await operation(index)
        latencies.push(performance.now() - started)
      } catch (error) {
        errors++
        firstError ??= error instanceof Error ? error.message : String(error)
      }
    }
  }
  const started = performance.now()
  await Promise.all(Array.from({ length: Math.min(concurrency, operations) }, (_, i) => worker(i)))
  const seconds = (performance.now() - started) / 1000
  return {
    operations,
    errors,
    ...(firstError === undefined ? {} : { firstError }),
    seconds,
    perSecond: latencies.length / seconds,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99)
  }
}
