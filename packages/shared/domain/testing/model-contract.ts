/**
 * The contract every model of ours keeps, as a reusable vitest suite.
 *
 * `describeModel` registers, for one model: decoding a realistic better-auth
 * row, encode ∘ decode round trips of every variant (from the row and from the
 * schemas' arbitraries), the absence of every secret from json variants,
 * `String()`, `JSON.stringify` and Effect's loggers, and decoding errors that
 * name the offending field. Workspace-internal: exported as
 * `@beep/shared-domain/testing` for the domain packages' tests only.
 *
 * @since 0.1.0
 */
import { assert, describe, it } from "@effect/vitest"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Logger from "effect/Logger"
import * as Schema from "effect/Schema"
import type { EntityIdSchema } from "../src/index.ts"

const VARIANTS = ["select", "insert", "update", "json", "jsonCreate", "jsonUpdate"] as const
type Variant = (typeof VARIANTS)[number]

type AnySchema = Schema.Codec<any, any> & { readonly fields: Schema.Struct.Fields }

/**
 * A model class as `Model.Class` makes it: the select schema with its variants.
 *
 * @since 0.1.0
 */
export type ModelClass = AnySchema & { readonly [V in Variant]: AnySchema }

/**
 * What a model's suite needs to know.
 *
 * @since 0.1.0
 */
export interface ModelSpec<M extends ModelClass> {
  readonly model: M
  /** The model's ID schema, to build a wrong-table ID. */
  readonly id: EntityIdSchema<string, any>
  /** Exactly the keys that are secrets (absent from json variants). */
  readonly sensitive: ReadonlyArray<string>
  /** A `select`-encoded row as better-auth 1.7 writes it. */
  readonly row: M["Encoded"]
  /** More realistic rows (other flows, other secrets); each must decode, none may leak. */
  readonly moreRows?: ReadonlyArray<M["Encoded"]>
  /** Checks on the decoded row's Type. */
  readonly expectDecoded: (decoded: M["Type"]) => void
  /** A key whose value must be of another type, and such a value. */
  readonly wrongType: { readonly key: string; readonly value: unknown }
  /** Property-test runs per variant (default 100). */
  readonly runs?: number
}

const decode = (schema: Schema.Codec<any, any>, input: unknown) => Schema.decodeUnknownExit(schema)(input)

const failureMessage = (schema: Schema.Codec<any, any>, input: unknown): string => {
  const exit = decode(schema, input)
  assert.isTrue(Exit.isFailure(exit), `expected ${JSON.stringify(input)} to be rejected`)
  return String(exit)
}

const pick = (value: Record<string, unknown>, keys: ReadonlyArray<string>) =>
  Object.fromEntries(keys.filter((k) => k in value).map((k) => [k, value[k]]))

const secretStrings = (row: Record<string, unknown>, sensitive: ReadonlyArray<string>) =>
  sensitive.flatMap((k) => (typeof row[k] === "string" && (row[k] as string).length > 0 ? [row[k] as string] : []))

/**
 * Registers the contract suite of one model.
 *
 * @since 0.1.0
 */
export const describeModel = <M extends ModelClass>(name: string, spec: ModelSpec<M>) =>
  describe(`${name} model`, () => {
    const { model, row } = spec
    const rows = [row, ...(spec.moreRows ?? [])]
    const decoded = (): M["Type"] => Schema.decodeUnknownSync(model)(row)
    const secrets = rows.flatMap((r) => secretStrings(r as Record<string, unknown>, spec.sensitive))

    it("decodes realistic better-auth rows into the expected Type", () => {
      spec.expectDecoded(decoded())
      for (const r of rows) assert.isTrue(Exit.isSuccess(decode(model, r)), String(decode(model, r)))
    })

    it("the fixtures hold a value for every secret, so the leak tests below can bite", () => {
      for (const key of spec.sensitive) {
        assert.isTrue(
          rows.some((r) => secretStrings(r as Record<string, unknown>, [key]).length > 0),
          `no fixture row has a value for ${key}`
        )
      }
    })

    for (const variant of VARIANTS) {
      const schema = model[variant]
      const keys = Object.keys(schema.fields)

      it(`${variant}: encode ∘ decode round-trips the row`, () => {
        const encoded = Schema.encodeSync(schema)(pick(decoded() as any, keys) as any)
        const again = Schema.encodeSync(schema)(Schema.decodeUnknownSync(schema)(encoded))
        assert.deepStrictEqual(again, encoded)
        if (variant === "select") assert.deepStrictEqual(encoded, row)
      })

      it.prop(
        `${variant}: arbitrary values survive encode → decode unchanged`,
        { value: Schema.toType(schema) },
        ({ value }) => {
          const encoded = Schema.encodeSync(schema)(value)
          const back = Schema.decodeUnknownSync(schema)(encoded)
          assert.isTrue(Schema.toEquivalence(Schema.toType(schema))(back, value), "decode(encode(a)) ≡ a")
          assert.deepStrictEqual(Schema.encodeSync(schema)(back), encoded)
        },
        { arbitrary: { runs: spec.runs ?? 100 } }
      )
    }

    it("exactly the secrets are absent from every json variant", () => {
      const dbKeys = Object.keys(model.fields)
      const jsonKeys = Object.keys(model.json.fields)
      assert.deepStrictEqual(dbKeys.filter((k) => !jsonKeys.includes(k)).sort(), [...spec.sensitive].sort())
      for (const variant of ["jsonCreate", "jsonUpdate"] as const) {
        for (const key of spec.sensitive) assert.notProperty(model[variant].fields, key)
      }
      for (const r of rows) {
        const json = JSON.stringify(Schema.encodeSync(model.json)(Schema.decodeUnknownSync(model)(r) as any))
        for (const secret of secrets) assert.notInclude(json, secret)
      }
    })

    it.effect("String(), JSON.stringify and Effect's loggers print no secret", () =>
      Effect.gen(function* () {
        const values = rows.map((r) => Schema.decodeUnknownSync(model)(r))
        const lines: Array<string> = values.flatMap((v) => [String(v), JSON.stringify(v)])
        const capture = (logger: Logger.Logger<unknown, unknown>) =>
          Logger.map(logger, (out) => {
            lines.push(typeof out === "string" ? out : JSON.stringify(out))
          })
        yield* Effect.logInfo("model", ...values).pipe(
          Effect.annotateLogs("row", values[0]),
          Effect.provide(
            Logger.layer([capture(Logger.formatSimple), capture(Logger.formatLogFmt), capture(Logger.formatStructured)])
          )
        )
        assert.isAtLeast(lines.length, 5)
        for (const line of lines) for (const secret of secrets) assert.notInclude(line, secret)
      })
    )

    it("rejects an ID of another table, naming the field and the table", () => {
      const other = spec.id.tableName === "user" ? "session" : "user"
      const message = failureMessage(model, {
        ...row,
        id: `${other}__${spec.id.create().slice(spec.id.prefix.length)}`
      })
      assert.include(message, `not a valid ${spec.id.tableName} ID`)
      assert.include(message, `["id"]`)
    })

    it("rejects a row missing a required field, naming it", () => {
      for (const key of Object.keys(row as object)) {
        const { [key]: _, ...rest } = row as Record<string, unknown>
        const message = failureMessage(model, rest)
        assert.include(message, `["${key}"]`, `missing ${key}`)
        assert.include(message, "Missing key")
      }
    })

    it("rejects a field of the wrong type, naming it", () => {
      const message = failureMessage(model, { ...row, [spec.wrongType.key]: spec.wrongType.value })
      assert.include(message, `["${spec.wrongType.key}"]`)
    })
  })
