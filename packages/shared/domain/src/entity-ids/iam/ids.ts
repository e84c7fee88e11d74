/**
 * IDs of the tables the IAM slice owns: better-auth's `account`,
 * `verification`, the jwt plugin's `jwks`, and the seven tables of
 * `@better-auth/oauth-provider` 1.7.
 *
 * @since 0.1.0
 */
import * as EntityId from "../EntityId.ts"

/** `account__<uuidv7>`: primary key of `account`. @since 0.1.0 */
export const AccountId = EntityId.make("account", { brand: "AccountId" })
/** @since 0.1.0 */
export type AccountId = typeof AccountId.Type

/**
 * `verification__<uuidv7>`, or better-auth's reservation ID.
 *
 * better-auth 1.7's `internalAdapter.reserveVerificationValue` (used by
 * one-time flows that must not run twice) writes the row with
 * `id = base64url(SHA-256("reserve:" + identifier))` without padding, so that a
 * second reservation of the same identifier hits the primary key. That is
 * exactly 43 characters of the URL-safe base64 alphabet; nothing else is
 * accepted.
 *
 * @since 0.1.0
 */
export const VerificationId = EntityId.make("verification", {
  brand: "VerificationId",
  foreign: [{ name: "a better-auth reservation id (43-char base64url SHA-256)", source: "[A-Za-z0-9_-]{43}" }]
})
/** @since 0.1.0 */
export type VerificationId = typeof VerificationId.Type

/** `jwks__<uuidv7>`: primary key of the jwt plugin's signing keys. @since 0.1.0 */
export const JwksId = EntityId.make("jwks", { brand: "JwksId" })
/** @since 0.1.0 */
export type JwksId = typeof JwksId.Type

/** `oauth_client__<uuidv7>`: internal primary key of a registered client (not its public `client_id`). @since 0.1.0 */
export const OAuthClientId = EntityId.make("oauth_client", { brand: "OAuthClientId" })
/** @since 0.1.0 */
export type OAuthClientId = typeof OAuthClientId.Type

/** `oauth_access_token__<uuidv7>`. @since 0.1.0 */
export const OAuthAccessTokenId = EntityId.make("oauth_access_token", { brand: "OAuthAccessTokenId" })
/** @since 0.1.0 */
export type OAuthAccessTokenId = typeof OAuthAccessTokenId.Type

/** `oauth_refresh_token__<uuidv7>`. @since 0.1.0 */
export const OAuthRefreshTokenId = EntityId.make("oauth_refresh_token", { brand: "OAuthRefreshTokenId" })
/** @since 0.1.0 */
export type OAuthRefreshTokenId = typeof OAuthRefreshTokenId.Type

/** `oauth_consent__<uuidv7>`. @since 0.1.0 */
export const OAuthConsentId = EntityId.make("oauth_consent", { brand: "OAuthConsentId" })
/** @since 0.1.0 */
export type OAuthConsentId = typeof OAuthConsentId.Type

/** `oauth_resource__<uuidv7>`: internal key of a protected resource (not its `identifier`). @since 0.1.0 */
export const OAuthResourceId = EntityId.make("oauth_resource", { brand: "OAuthResourceId" })
/** @since 0.1.0 */
export type OAuthResourceId = typeof OAuthResourceId.Type

/** `oauth_client_resource__<uuidv7>`: a client ↔ resource link. @since 0.1.0 */
export const OAuthClientResourceId = EntityId.make("oauth_client_resource", { brand: "OAuthClientResourceId" })
/** @since 0.1.0 */
export type OAuthClientResourceId = typeof OAuthClientResourceId.Type

/**
 * `oauth_client_assertion__<uuidv7>`, or the replay-guard ID better-auth
 * derives from a client assertion.
 *
 * `@better-auth/oauth-provider` 1.7.5 records each `private_key_jwt` assertion
 * it accepts with `id = base64url(SHA-256(namespace + ":" + jti)[0..24])`
 * without padding, so a replayed `jti` collides on the primary key. That is
 * exactly 32 characters of the URL-safe base64 alphabet; nothing else is
 * accepted.
 *
 * @since 0.1.0
 */
export const OAuthClientAssertionId = EntityId.make("oauth_client_assertion", {
  brand: "OAuthClientAssertionId",
  foreign: [{ name: "a better-auth assertion id (32-char base64url SHA-256 prefix)", source: "[A-Za-z0-9_-]{32}" }]
})
/** @since 0.1.0 */
export type OAuthClientAssertionId = typeof OAuthClientAssertionId.Type
