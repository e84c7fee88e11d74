/**
 * Where our tables differ on purpose from the reference schema that
 * better-auth's CLI generates (`scratchpad/auth.schema.ts`), each with its
 * reason. The drift gate (`test/reference-drift.test.ts`) accepts exactly
 * these differences and fails on any other, so a better-auth upgrade that adds
 * or changes a field fails CI instead of failing requests in production.
 *
 * Keys are `<model>.<field>` (better-auth's names).
 *
 * @since 0.1.0
 */

/**
 * Every `timestamp` of the reference is `timestamp with time zone` here:
 * they are instants, and `DateTime.Utc` in the models.
 *
 * @since 0.1.0
 */
export const timestampsWithTimeZone = true

const auditColumn =
  "the model-field kit gives every entity createdAt/updatedAt (NOT NULL DEFAULT now(), updatedAt set on each update); better-auth ignores columns it does not know"

/**
 * Columns we have that the reference lacks.
 *
 * @since 0.1.0
 */
export const extraColumns: Readonly<Record<string, string>> = {
  "jwks.updatedAt": auditColumn,
  "oauthAccessToken.updatedAt": auditColumn,
  "oauthRefreshToken.updatedAt": auditColumn,
  "oauthClientResource.updatedAt": auditColumn,
  "oauthClientAssertion.createdAt": auditColumn,
  "oauthClientAssertion.updatedAt": auditColumn
}

const alwaysWritten =
  "better-auth's field has a default it always writes (or our kit's audit default fills it), so NOT NULL only makes the stored value what the model says"

/**
 * Columns the reference leaves nullable that are `NOT NULL` (with a default)
 * here.
 *
 * @since 0.1.0
 */
export const stricterNotNull: Readonly<Record<string, string>> = {
  "oauthClient.createdAt": alwaysWritten,
  "oauthClient.updatedAt": alwaysWritten,
  "oauthClient.disabled": alwaysWritten,
  "oauthClient.clientCredentialsScopes": alwaysWritten,
  "oauthClient.dpopBoundAccessTokens": alwaysWritten,
  "oauthResource.createdAt": alwaysWritten,
  "oauthResource.updatedAt": alwaysWritten,
  "oauthResource.dpopBoundAccessTokensRequired": alwaysWritten,
  "oauthResource.disabled": alwaysWritten,
  "oauthResource.policyVersion": alwaysWritten,
  "oauthClientResource.createdAt": alwaysWritten
}

/**
 * Indexes of the reference we do not have, and why nothing is lost.
 *
 * @since 0.1.0
 */
export const droppedIndexes: Readonly<Record<string, string>> = {
  "oauthClientResource.clientId":
    "the unique index on (client_id, resource_id) has client_id as its leading column and serves the same lookups"
}

/**
 * Indexes we add, and the lookup each serves.
 *
 * @since 0.1.0
 */
export const extraIndexes: Readonly<Record<string, string>> = {
  "account.providerId,accountId":
    "better-auth finds a provider's account by (providerId, accountId) on every social sign-in"
}
