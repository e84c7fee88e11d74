/**
 * The IAM slice's entities, each a namespace with its `Model`.
 *
 * @since 0.1.0
 */
export * as Account from "./Account/index.ts"
export * as Jwks from "./Jwks/index.ts"
export * as OAuthAccessToken from "./OAuthAccessToken/index.ts"
export * as OAuthClient from "./OAuthClient/index.ts"
export * as OAuthClientAssertion from "./OAuthClientAssertion/index.ts"
export * as OAuthClientResource from "./OAuthClientResource/index.ts"
export * as OAuthConsent from "./OAuthConsent/index.ts"
export * as OAuthRefreshToken from "./OAuthRefreshToken/index.ts"
export * as OAuthResource from "./OAuthResource/index.ts"
export * as Verification from "./Verification/index.ts"
