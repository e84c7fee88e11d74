/**
 * `@beep/shared-domain`: entity IDs, the model-field kit and the shared models.
 *
 * @since 0.1.0
 */

export * from "./entities/index.ts"
export * from "./entity-ids/index.ts"
/** The model-field kit: `makeFields` and the field helpers. @since 0.1.0 */
export * as ModelFields from "./model/index.ts"
