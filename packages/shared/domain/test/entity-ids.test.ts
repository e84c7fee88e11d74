import { createHash } from "node:crypto"
import { assert, describe, it } from "@effect/vitest"
import * as Arbitrary from "effect/Arbitrary"
import * as Exit from "effect/Exit"
import * as Schema from "effect/Schema"
import { IamEntityIds, IamTableName, SharedEntityIds, SharedTableName } from "../src/index.ts"

const all = [...Object.values(SharedEntityIds), ...Object.values(IamEntityIds)]

const failure = (schema: Schema.Codec<unknown, string>, input: unknown): string => {
  const exit = Schema.decodeUnknownExit(schema)(input)
  assert.isTrue(Exit.isFailure(exit), `expected ${String(input)} to be rejected`)
  return String(exit)
}

const hex = Arbitrary.schema(Schema.String.check(Schema.isPattern(/^[0-9a-f]{32}$/)))
const uuidOf = (h: string, version: string) =>
  `${h.slice(0, 8)}-${h.slice(8, 12)}-${version}${h.slice(13, 16)}-${"89ab"[Number.parseInt(h[16]!, 16) % 4]}${h.slice(17, 20)}-${h.slice(20, 32)}`

describe("entity IDs", () => {
  it("covers the twelve tables, each table once, named by its table-name union", () => {
    const names = all.map((id) => id.tableName).sort()
    assert.deepStrictEqual(names, [...SharedTableName.literals, ...IamTableName.literals].sort())
    assert.strictEqual(new Set(names).size, 12)
  })

  for (const Id of all) {
    describe(Id.tableName, () => {
      it.prop("create() always decodes and has the table's prefix", { n: Schema.Int }, () => {
        const id = Id.create()
        assert.isTrue(id.startsWith(Id.prefix))
        assert.isTrue(Exit.isSuccess(Schema.decodeUnknownExit(Id)(id)))
        assert.isTrue(Id.is(id))
      })

      it.prop("arbitrary IDs of the schema decode (the arbitrary and the check agree)", { id: Id }, ({ id }) => {
        assert.isTrue(Exit.isSuccess(Schema.decodeUnknownExit(Id)(id)))
      })

      it.prop("an ID of any other table is rejected, naming both tables", { h: hex }, ({ h }) => {
        for (const Other of all) {
          if (Other === Id) continue
          const input = `${Other.prefix}${uuidOf(h, "7")}`
          const message = failure(Id, input)
          assert.include(message, `not a valid ${Id.tableName} ID`)
          assert.include(message, `got an ID of table "${Other.tableName}"`)
        }
      })

      it.prop("a UUID of another version is rejected, saying which version", { h: hex }, ({ h }) => {
        for (const version of ["1", "4", "6", "8"]) {
          assert.include(
            failure(Id, `${Id.prefix}${uuidOf(h, version)}`),
            `the UUID is version ${version}, expected version 7`
          )
        }
      })

      it("rejects malformed UUIDs, wrong variants, upper case, missing prefixes and non-strings", () => {
        const good = Id.create()
        const uuid = good.slice(Id.prefix.length)
        assert.include(failure(Id, `${Id.prefix}${uuid.slice(1)}`), "is not a UUID")
        assert.include(failure(Id, `${Id.prefix}${uuid.slice(0, 19)}c${uuid.slice(20)}`), "variant is not RFC 9562")
        assert.include(failure(Id, `${Id.prefix}${uuid.toUpperCase()}`), "must be lower-case")
        assert.include(failure(Id, uuid), "got a string with no table prefix")
        assert.include(failure(Id, ""), "got a string with no table prefix")
        assert.include(failure(Id, 42), "Expected string")
      })
    })
  }

  it("IDs sort by creation time, within a millisecond and across milliseconds", async () => {
    const { OAuthClientId } = IamEntityIds
    const ids: Array<string> = []
    for (let round = 0; round < 5; round++) {
      for (let i = 0; i < 2_000; i++) ids.push(OAuthClientId.create())
      await new Promise((resolve) => setTimeout(resolve, 2))
    }
    assert.deepStrictEqual([...ids].sort(), ids)
    assert.strictEqual(new Set(ids).size, ids.length)
    const millis = Number.parseInt(ids[0]!.slice(OAuthClientId.prefix.length).replace("-", "").slice(0, 12), 16)
    assert.isBelow(Math.abs(millis - Date.now()), 60_000, "the UUID carries the creation time")
  })

  describe("IDs that better-auth derives itself", () => {
    const b64url = (bytes: Buffer) => bytes.toString("base64url")
    it("verification accepts base64url(SHA-256('reserve:' + identifier)) and nothing near it", () => {
      const { VerificationId } = IamEntityIds
      const id = b64url(createHash("sha256").update("reserve:email-verification:a@b.c").digest())
      assert.strictEqual(id.length, 43)
      assert.isTrue(VerificationId.is(id))
      assert.include(failure(VerificationId, id.slice(1)), "no table prefix")
      assert.include(failure(VerificationId, `${id}A`), "no table prefix")
      assert.include(failure(VerificationId, `${id.slice(1)}+`), "no table prefix")
      assert.isFalse(IamEntityIds.AccountId.is(id), "only the tables better-auth writes this way accept it")
    })
    it("oauth_client_assertion accepts base64url(SHA-256(namespace:jti)[0..24])", () => {
      const { OAuthClientAssertionId } = IamEntityIds
      const id = b64url(createHash("sha256").update("client-1:jti-1").digest().subarray(0, 24))
      assert.strictEqual(id.length, 32)
      assert.isTrue(OAuthClientAssertionId.is(id))
      assert.isFalse(OAuthClientAssertionId.is(id.slice(1)))
      assert.isFalse(IamEntityIds.VerificationId.is(id))
    })
  })
})
