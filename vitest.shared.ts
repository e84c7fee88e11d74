/**
 * The vitest settings every package shares (each package's
 * `vitest.config.ts` re-exports this).
 *
 * Timeouts are generous because the machines are shared and small (2 cores)
 * and suites start real databases (PGlite's WASM start, PostgreSQL
 * connections) in hooks; they bound a hung test, they do not measure speed.
 */
import { defineConfig } from "vitest/config"

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    hookTimeout: 120_000,
    testTimeout: 120_000
  }
})
