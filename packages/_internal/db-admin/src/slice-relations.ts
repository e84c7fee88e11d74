/**
 * The relations that only one slice defines, re-exported unchanged.
 *
 * @since 0.1.0
 */
export {
  accountRelations,
  oauthAccessTokenRelations,
  oauthClientRelations,
  oauthClientResourceRelations,
  oauthConsentRelations,
  oauthRefreshTokenRelations,
  oauthResourceRelations
} from "@beep/iam-tables"
