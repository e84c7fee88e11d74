import { assert, describe, it } from "@effect/vitest"
import { parseTimestamptz } from "../src/index.ts"

describe("parseTimestamptz", () => {
  it("reads PostgreSQL's timestamptz text as the same instant, including years below 100", () => {
    const cases: Array<[string, string]> = [
      ["0001-01-01 00:00:00+00", "0001-01-01T00:00:00.000Z"],
      ["0099-06-01 12:00:00.123+00", "0099-06-01T12:00:00.123Z"],
      ["1969-12-31 23:59:59.999+00", "1969-12-31T23:59:59.999Z"],
      ["2026-12-03 16:00:00.123456+00", "2026-12-03T16:00:00.123Z"],
      ["2026-12-03 18:30:00+02:30", "2026-12-03T16:00:00.000Z"],
      ["2026-12-03 11:00:00-05", "2026-12-03T16:00:00.000Z"],
      ["9999-12-31 23:59:59.999+00", "9999-12-31T23:59:59.999Z"]
    ]
    for (const [text, iso] of cases) assert.strictEqual(parseTimestamptz(text).toISOString(), iso, text)
  })

  it("reads BC years as astronomical years", () => {
    assert.strictEqual(parseTimestamptz("0001-01-01 00:00:00+00 BC").getUTCFullYear(), 0)
  })

  it("rejects what is not a timestamptz, quoting it", () => {
    assert.throws(() => parseTimestamptz("yesterday"), /not a PostgreSQL timestamptz: "yesterday"/)
  })

  it("does what `new Date(text)` gets wrong", () => {
    assert.notStrictEqual(new Date("0001-01-01 00:00:00+00").getUTCFullYear(), 1, "the bug this parser exists for")
  })
})
