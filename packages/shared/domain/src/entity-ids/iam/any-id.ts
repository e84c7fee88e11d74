/**
 * Any ID of a table the IAM slice owns.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Ids from "./ids.ts"

/** Union schema of every IAM-slice ID. @since 0.1.0 */
export const IamAnyId = Schema.Union([
  Ids.AccountId,
  Ids.VerificationId,
  Ids.JwksId,
  Ids.OAuthClientId,
  Ids.OAuthAccessTokenId,
  Ids.OAuthRefreshTokenId,
  Ids.OAuthConsentId,
  Ids.OAuthResourceId,
  Ids.OAuthClientResourceId,
  Ids.OAuthClientAssertionId
])
/** @since 0.1.0 */
export type IamAnyId = typeof IamAnyId.Type
