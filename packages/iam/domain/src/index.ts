/**
 * `@beep/iam-domain`: Effect Schema models of the ten tables the IAM slice owns.
 *
 * @since 0.1.0
 */
export * from "./entities/index.ts"
export * from "./models.ts"
export * from "./values/index.ts"
