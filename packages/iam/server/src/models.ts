/**
 * The model of every table better-auth reads and writes, keyed by its model
 * name, next to `entityIdsByModel`: what a row better-auth wrote must decode
 * with.
 *
 * @since 0.1.0
 */
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
} from "@beep/iam-domain"
import { Session, User } from "@beep/shared-domain"

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
