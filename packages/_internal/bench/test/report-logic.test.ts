/**
 * The pure pieces the bench's figures rest on: quantiles and summaries, the
 * command line, and reading scans out of an EXPLAIN plan.
 */
import { assert, describe, it } from "@effect/vitest"
import { scansOf } from "../src/Explain.ts"
import { defaults, OptionsError, parseOptions } from "../src/Options.ts"
import { quantile, summarize } from "../src/stats.ts"

describe("stats", () => {
  it("interpolates quantiles and summarises rounds", () => {
    assert.strictEqual(quantile([1, 2, 3, 4], 0.5), 2.5)
    assert.strictEqual(quantile([5], 0.99), 5)
    assert.isNaN(quantile([], 0.5))
    const s = summarize([90, 100, 110])
    assert.strictEqual(s.median, 100)
    assert.closeTo(s.spread, 0.2, 1e-9)
  })
})

describe("options", () => {
  const base = defaults("/tmp/out.json")
  it("reads parts, sizes and counts, keeping defaults for the rest", () => {
    const o = parseOptions(["--", "--part", "scale,floor", "--sizes", "1_000,10", "--rounds", "5"], base)
    assert.notStrictEqual(o, "help")
    if (o === "help") return
    assert.deepStrictEqual(o.parts, ["scale", "floor"])
    assert.deepStrictEqual(o.sizes, [10, 1000])
    assert.strictEqual(o.rounds, 5)
    assert.strictEqual(o.requests, base.requests)
  })
  it("rejects an unknown part and a non-positive number", () => {
    assert.throws(() => parseOptions(["--part", "speed"], base), OptionsError)
    assert.throws(() => parseOptions(["--rounds", "0"], base), OptionsError)
    assert.throws(() => parseOptions(["--frobnicate", "1"], base), OptionsError)
  })
})

describe("scansOf", () => {
  const plan = [
    "Update on oauth_refresh_token  (cost=0.42..16.47 rows=1 width=46)",
    "  ->  Index Scan using oauth_refresh_token_pkey on oauth_refresh_token  (cost=0.42..8.44 rows=1 width=14)",
    "  ->  Seq Scan on oauth_client  (cost=0.00..7.28 rows=1 width=968)",
    '  ->  Seq Scan on "oauth_access_token"  (cost=0.00..25000.00 rows=1 width=968)'
  ]
  it("lists every scan, and the sequential ones on large tables only", () => {
    const { scans, seqScansOnLarge } = scansOf(plan, (t) => t !== "oauth_client")
    assert.strictEqual(scans.length, 3)
    assert.deepStrictEqual(seqScansOnLarge, ["Seq Scan on oauth_access_token"])
  })
})
