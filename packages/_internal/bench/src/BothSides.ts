/**
 * Both sides of a comparison on one backend, started and given their
 * actors: better-auth over our tables and over the reference tables, each on
 * its own fresh database, checked to be configured alike.
 *
 * @since 0.1.0
 */
import type { Backend } from "./BenchDatabase.ts"
import { type Fixture, setUpFixture } from "./Fixture.ts"
import { optionsParity } from "./makeReferenceAuth.ts"
import type { Resources } from "./Resources.ts"
import { type SideName, startSide } from "./Side.ts"

/**
 * Starts both sides on `backend` with `workers` token pairs each; they stop
 * when `resources` close. Throws when the reference instance's options have
 * drifted from `makeAuth`'s.
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
  const drift = optionsParity(ours.auth.options, theirs.auth.options)
  if (drift !== undefined) {
    throw new Error(
      `the reference instance is not configured like makeAuth:\n  ours:      ${drift.ours}\n  reference: ${drift.reference}`
    )
  }
  return { ours: await setUpFixture(ours, workers), reference: await setUpFixture(theirs, workers) }
}
