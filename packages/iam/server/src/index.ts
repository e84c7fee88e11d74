/**
 * `@beep/iam-server`: better-auth's OAuth 2.1 / OpenID Connect provider over
 * our tables.
 *
 * @since 0.1.0
 */
export * from "./AuthSettings.ts"
export * from "./generateId.ts"
export * from "./makeAuth.ts"
export * as ReferenceDifferences from "./referenceDifferences.ts"
