/**
 * Driving the provider over real HTTP: a loopback server over a freshly
 * migrated database, and a small client (cookie jar, PKCE, client
 * authentication). Workspace-internal, for tests, the schema document and the
 * benchmarks: exported as `@beep/iam-server/testing`.
 *
 * @since 0.1.0
 */
export * from "./http.ts"
export * from "./server.ts"
