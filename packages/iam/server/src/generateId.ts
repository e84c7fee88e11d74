/**
 * better-auth's `advanced.database.generateId`, producing our prefixed UUIDv7
 * IDs, so that rows better-auth writes carry the same IDs as rows our code
 * writes.
 *
 * @since 0.1.0
 */
import { IamEntityIds, SharedEntityIds } from "@beep/shared-domain"

/**
 * The ID schema of every model better-auth 1.7 (core + jwt + oauthProvider)
 * asks IDs for, keyed by its model name.
 *
 * @since 0.1.0
 */
export const entityIdsByModel = {
  user: SharedEntityIds.UserId,
  session: SharedEntityIds.SessionId,
  account: IamEntityIds.AccountId,
  verification: IamEntityIds.VerificationId,
  jwks: IamEntityIds.JwksId,
  oauthClient: IamEntityIds.OAuthClientId,
  oauthAccessToken: IamEntityIds.OAuthAccessTokenId,
  oauthRefreshToken: IamEntityIds.OAuthRefreshTokenId,
  oauthConsent: IamEntityIds.OAuthConsentId,
  oauthResource: IamEntityIds.OAuthResourceId,
  oauthClientResource: IamEntityIds.OAuthClientResourceId,
  oauthClientAssertion: IamEntityIds.OAuthClientAssertionId
} as const

/**
 * A fresh `<table>__<uuidv7>` ID for `model`. An unknown model is a
 * programming error (a plugin we did not model): it throws, naming the model,
 * rather than writing an ID of no table.
 *
 * @since 0.1.0
 */
export const generateId = ({ model }: { readonly model: string }): string => {
  const Id = entityIdsByModel[model as keyof typeof entityIdsByModel]
  if (Id === undefined) {
    throw new Error(`generateId: better-auth asked for an ID of model "${model}", which @beep models no table for`)
  }
  return Id.create()
}
