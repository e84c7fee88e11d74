/**
 * Every table of every slice, keyed by better-auth's model names (the Drizzle
 * adapter and drizzle-kit both read this module), plus all relations.
 *
 * @since 0.1.0
 */
export {
  account,
  jwks,
  oauthAccessToken,
  oauthClient,
  oauthClientAssertion,
  oauthClientResource,
  oauthConsent,
  oauthRefreshToken,
  oauthResource,
  verification
} from "@beep/iam-tables"
export { session, user } from "@beep/shared-tables"
export * from "./relations.ts"
export * from "./slice-relations.ts"
