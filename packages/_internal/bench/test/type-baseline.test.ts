/**
 * The type-check gate's rule, on made-up counts: more than 20% growth fails,
 * naming the package and both counts; up to 20% passes; a package without a
 * baseline fails; a shrink passes.
 */
import { assert, describe, it } from "@effect/vitest"
import { compareWithBaselines } from "../src/TypeBaseline.ts"

const baselines = { "@beep/a": { instantiations: 100_000, types: 1 }, "@beep/b": { instantiations: 50_000, types: 1 } }

describe("compareWithBaselines", () => {
  it("fails a package that grew by 21%, naming it and both counts", () => {
    const { ok, verdicts } = compareWithBaselines(baselines, { "@beep/a": 121_000, "@beep/b": 50_000 })
    assert.isFalse(ok)
    const a = verdicts.find((v) => v.name === "@beep/a")!
    assert.isFalse(a.ok)
    assert.include(a.message, "@beep/a")
    assert.include(a.message, "121000")
    assert.include(a.message, "100000")
    assert.isTrue(verdicts.find((v) => v.name === "@beep/b")!.ok)
  })

  it("passes growth of 19%, and of exactly 20%", () => {
    assert.isTrue(compareWithBaselines(baselines, { "@beep/a": 119_000 }).ok)
    assert.isTrue(compareWithBaselines(baselines, { "@beep/a": 120_000 }).ok)
    assert.isFalse(compareWithBaselines(baselines, { "@beep/a": 120_001 }).ok)
  })

  it("passes a package that shrank, and suggests lowering its baseline", () => {
    const { ok, verdicts } = compareWithBaselines(baselines, { "@beep/a": 50_000 })
    assert.isTrue(ok)
    assert.include(verdicts[0]!.message, "--update")
  })

  it("fails a package that has no baseline", () => {
    const { ok, verdicts } = compareWithBaselines(baselines, { "@beep/new": 10 })
    assert.isFalse(ok)
    assert.include(verdicts[0]!.message, "no baseline")
  })

  it("honours another tolerance", () => {
    assert.isFalse(compareWithBaselines(baselines, { "@beep/a": 106_000 }, 0.05).ok)
    assert.isTrue(compareWithBaselines(baselines, { "@beep/a": 104_000 }, 0.05).ok)
  })
})
