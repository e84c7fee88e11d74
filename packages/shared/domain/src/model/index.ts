/**
 * The model-field kit.
 *
 * @since 0.1.0
 */
export * from "./fields.ts"
export * from "./makeFields.ts"
