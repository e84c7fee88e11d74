import { EntityId, SharedEntityIds } from "@beep/shared-domain"
import { Table } from "@beep/shared-tables"
import { assert, describe, it } from "@effect/vitest"
import { text } from "drizzle-orm/pg-core"
import * as Effect from "effect/Effect"
import { migrationsFolder } from "../src/paths.ts"
import { uncommittedChanges } from "../src/SchemaDrift.ts"
import * as schema from "../src/schema.ts"

describe("db:check's drift detection", () => {
  it.effect("finds no drift between the schema and the committed migrations", () =>
    Effect.gen(function* () {
      assert.deepStrictEqual(yield* uncommittedChanges(migrationsFolder), [])
    })
  )

  it.effect("reports a new column and a new table, naming them", () =>
    Effect.gen(function* () {
      const user = Table.make(SharedEntityIds.UserId)({
        name: text("name").notNull(),
        email: text("email").notNull().unique("user_email_key"),
        emailVerified: text("email_verified"),
        image: text("image"),
        nickname: text("nickname")
      })
      const changed = {
        ...schema,
        user,
        auditEntry: Table.make(EntityId.make("audit_entry", { brand: "AuditEntryId" }))({ note: text("note") })
      }
      const changes = (yield* uncommittedChanges(migrationsFolder, changed)).join("\n")
      assert.match(changes, /ALTER TABLE "user" ADD COLUMN "nickname" text/)
      assert.match(changes, /ALTER TABLE "user" ALTER COLUMN "email_verified" SET DATA TYPE text/)
      assert.match(changes, /CREATE TABLE "audit_entry" \(.*"note" text/s)
    })
  )
})

describe("db:check on an ambiguous change", () => {
  it.effect("fails with advice instead of waiting for an answer when drizzle-kit would ask (a possible rename)", () =>
    Effect.gen(function* () {
      const user = Table.make(SharedEntityIds.UserId)({
        fullName: text("full_name").notNull(),
        email: text("email").notNull().unique("user_email_key"),
        emailVerified: text("email_verified"),
        image: text("image")
      })
      const error = yield* Effect.flip(uncommittedChanges(migrationsFolder, { ...schema, user }))
      assert.include(error.message, "bun run db:generate")
      assert.include(error.message, "rename")
    })
  )
})
