import { assert } from "@effect/vitest"
import * as DateTime from "effect/DateTime"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import { Session, SharedEntityIds, User } from "../src/index.ts"
import { describeModel } from "../testing/model-contract.ts"

const createdAt = new Date("2026-11-30T09:15:00.000Z")
const updatedAt = new Date("2026-12-01T10:00:00.000Z")
const userId = SharedEntityIds.UserId.create()

describeModel("User", {
  model: User.Model,
  id: SharedEntityIds.UserId,
  sensitive: [],
  row: {
    id: userId,
    name: "Ada Lovelace",
    email: "ada@example.com",
    emailVerified: false,
    image: null,
    createdAt,
    updatedAt
  },
  expectDecoded: (user) => {
    assert.strictEqual(user.id, userId)
    assert.strictEqual(user.email, "ada@example.com")
    assert.isTrue(Option.isNone(user.image))
    assert.isTrue(DateTime.isDateTime(user.createdAt))
    assert.strictEqual(DateTime.toEpochMillis(user.updatedAt), updatedAt.getTime())
  },
  wrongType: { key: "emailVerified", value: "yes" }
})

describeModel("Session", {
  model: Session.Model,
  id: SharedEntityIds.SessionId,
  sensitive: ["token"],
  row: {
    id: SharedEntityIds.SessionId.create(),
    expiresAt: new Date("2026-12-08T10:00:00.000Z"),
    token: "3v0pN4lJ9nF0qk2xQm8sT1cY6bR5wZ7e",
    ipAddress: "127.0.0.1",
    userAgent: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36",
    userId,
    createdAt,
    updatedAt
  },
  expectDecoded: (session) => {
    assert.isTrue(Redacted.isRedacted(session.token))
    assert.strictEqual(Redacted.value(session.token), "3v0pN4lJ9nF0qk2xQm8sT1cY6bR5wZ7e")
    assert.deepStrictEqual(session.ipAddress, Option.some("127.0.0.1"))
    assert.strictEqual(session.userId, userId)
  },
  wrongType: { key: "expiresAt", value: "tomorrow" }
})
