/**
 * Type tests for `Table.make`: compiled by `bun run check`.
 */
import { SharedEntityIds } from "@beep/shared-domain"
import { text } from "drizzle-orm/pg-core"
import { Table, timestamptz } from "../src/index.ts"

export const ok = Table.make(SharedEntityIds.UserId)({ name: text("name").notNull() })
export const id: SharedEntityIds.UserId = ok.$inferSelect.id
// @ts-expect-error the primary key is typed as the table's ID, not any string
export const plain: SharedEntityIds.UserId = "user__x" as typeof ok.$inferSelect.name

// @ts-expect-error Table.make owns `id`: a table cannot redefine it
export const redefinesId = Table.make(SharedEntityIds.UserId)({ id: text("id") })
// @ts-expect-error Table.make owns `createdAt`
export const redefinesCreatedAt = Table.make(SharedEntityIds.UserId)({ createdAt: timestamptz("created_at") })
// @ts-expect-error Table.make owns `updatedAt`
export const redefinesUpdatedAt = Table.make(SharedEntityIds.UserId)({ updatedAt: timestamptz("updated_at") })
