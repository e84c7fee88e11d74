/**
 * `@beep/shared-domain`: entity IDs, the model-field kit and the shared models.
 *
 * @since 0.1.0
 */
export * from "./entity-ids/index.ts"
