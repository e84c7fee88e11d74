/**
 * The table names of the IAM slice, as a schema and a literal union, derived
 * from the ID schemas so a new ID cannot be forgotten here.
 *
 * @since 0.1.0
 */
import * as Schema from "effect/Schema"
import * as Ids from "./ids.ts"

/** Literal schema of the IAM slice's table names. @since 0.1.0 */
export const IamTableName = Schema.Literals([
  Ids.AccountId.tableName,
  Ids.VerificationId.tableName,
  Ids.JwksId.tableName,
  Ids.OAuthClientId.tableName,
  Ids.OAuthAccessTokenId.tableName,
  Ids.OAuthRefreshTokenId.tableName,
  Ids.OAuthConsentId.tableName,
  Ids.OAuthResourceId.tableName,
  Ids.OAuthClientResourceId.tableName,
  Ids.OAuthClientAssertionId.tableName
])
/** @since 0.1.0 */
export type IamTableName = typeof IamTableName.Type
