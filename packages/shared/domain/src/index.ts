/**
 * `@beep/shared-domain`: entity IDs, the model-field kit and the shared models.
 *
 * @since 0.1.0
 */

export * from "./entities/index.ts"
export * from "./entity-ids/index.ts"
/** A JSON value as `jsonb` stores it (see `ModelFields.JsonValue`). @since 0.1.0 */
export type { Json } from "./model/fields.ts"
/** The model-field kit: `makeFields` and the field helpers. @since 0.1.0 */
export * as ModelFields from "./model/index.ts"
