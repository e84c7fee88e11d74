/**
 * The model of every table better-auth reads and writes (both slices), keyed
 * by better-auth's model name: what a row better-auth wrote must decode with,
 * and what the schema document and the round-trip tests iterate over.
 *
 * @since 0.1.0
 */
import { Session, User } from "@beep/shared-domain"
import {
  Account,
  Jwks,
  OAuthAccessToken,
  OAuthClient,
  OAuthClientAssertion,
  OAuthClientResource,
  OAuthConsent,
  OAuthRefreshToken,
  OAuthResource,
  Verification
} from "./entities/index.ts"

/**
 * `Model` classes by better-auth model name.
 *
 * @since 0.1.0
 */
export const modelsByName = {
  user: User.Model,
  session: Session.Model,
  account: Account.Model,
  verification: Verification.Model,
  jwks: Jwks.Model,
  oauthClient: OAuthClient.Model,
  oauthAccessToken: OAuthAccessToken.Model,
  oauthRefreshToken: OAuthRefreshToken.Model,
  oauthConsent: OAuthConsent.Model,
  oauthResource: OAuthResource.Model,
  oauthClientResource: OAuthClientResource.Model,
  oauthClientAssertion: OAuthClientAssertion.Model
} as const
