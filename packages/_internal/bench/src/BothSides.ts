/**
 * Both sides of a comparison on one backend, started and given their
 * actors: better-auth over our tables and over the reference tables, each on
 * its own fresh database, both configured by `providerOptions`.
 *
 * @since 0.1.0
 */
import type { Backend } from "./BenchDatabase.ts"
import { type Fixture, setUpFixture } from "./Fixture.ts"
import type { Resources } from "./Resources.ts"
import { type SideName, startSide } from "./Side.ts"

/**
 * Starts both sides on `backend` with `workers` token pairs each; they stop
 * when `resources` close.
 *
 * @since 0.1.0
 */
export const startBothSides = async (
  backend: Backend,
  reference: Record<string, unknown>,
  workers: number,
  resources: Resources
): Promise<Record<SideName, Fixture>> => {
  const ours = await startSide("ours", backend, reference, resources)
  const theirs = await startSide("reference", backend, reference, resources)
  return { ours: await setUpFixture(ours, workers), reference: await setUpFixture(theirs, workers) }
}
