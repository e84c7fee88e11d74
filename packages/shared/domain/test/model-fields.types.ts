/**
 * Type tests for the model-field kit: compiled by `bun run check`.
 */
import * as Schema from "effect/Schema"
import { ModelFields, SharedEntityIds } from "../src/index.ts"

export const ok = ModelFields.makeFields(SharedEntityIds.UserId, { name: ModelFields.Text })

// @ts-expect-error the kit owns `id`: an entity cannot redefine it
export const redefinesId = ModelFields.makeFields(SharedEntityIds.UserId, { id: Schema.String })
// @ts-expect-error the kit owns `createdAt`
export const redefinesCreatedAt = ModelFields.makeFields(SharedEntityIds.UserId, { createdAt: ModelFields.Timestamp })
// @ts-expect-error the kit owns `updatedAt`
export const redefinesUpdatedAt = ModelFields.makeFields(SharedEntityIds.UserId, { updatedAt: ModelFields.Timestamp })

// @ts-expect-error a top-level JSON null is not a jsonb value (absence is an Optional field)
export const nullJson: typeof ModelFields.JsonValue.Type = null
export const nestedNull: typeof ModelFields.JsonValue.Type = { a: null }
