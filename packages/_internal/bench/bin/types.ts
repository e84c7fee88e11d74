/**
 * `bun run bench:types`: fails when a package's type-check instantiation
 * count grows by more than 20% over its committed baseline;
 * `bun run bench:types -- --update` rewrites the baselines.
 */
import { runTypeGate } from "../src/TypeGate.ts"

process.exitCode = runTypeGate(process.argv.slice(2))
