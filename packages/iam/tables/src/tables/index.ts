/**
 * The IAM slice's tables, exported under better-auth's model names (the
 * Drizzle adapter finds tables by these keys).
 *
 * @since 0.1.0
 */
export * from "./account.table.ts"
export * from "./jwks.table.ts"
export * from "./oauth-access-token.table.ts"
export * from "./oauth-client.table.ts"
export * from "./oauth-client-assertion.table.ts"
export * from "./oauth-client-resource.table.ts"
export * from "./oauth-consent.table.ts"
export * from "./oauth-refresh-token.table.ts"
export * from "./oauth-resource.table.ts"
export * from "./verification.table.ts"
