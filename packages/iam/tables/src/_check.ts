/**
 * Compile-time proof that every model and its table agree, in both directions.
 *
 * For each of the twelve entities: `Model.select.Encoded` equals the table's
 * select row (same keys, same types, same nullability), and the model's insert
 * variant agrees with the table's insert row (no key on one side only, every
 * column the database requires is required by the model, same value types).
 * `bun run check` fails on any drift, and the error names the offending keys,
 * e.g. `Types of property 'keysOnlyInTable' are incompatible. Type '"legacy"'
 * is not assignable to type 'never'`.
 *
 * `test/alignment.types.ts` shows that each kind of drift is caught.
 *
 * @since 0.1.0
 */
import type {
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
import type { Session, User } from "@beep/shared-domain"
import type { AssertAligned, InsertReport, SelectReport, session, user } from "@beep/shared-tables"
import type {
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
} from "./tables/index.ts"

/**
 * The alignment reports of one entity: both must be all-`never`.
 *
 * @since 0.1.0
 */
export type Aligned<
  M extends { readonly select: { readonly Encoded: unknown }; readonly insert: { readonly Encoded: unknown } },
  T extends { $inferSelect: unknown; $inferInsert: unknown }
> = {
  readonly select: SelectReport<M["select"]["Encoded"], T["$inferSelect"]>
  readonly insert: InsertReport<M["insert"]["Encoded"], T["$inferInsert"]>
}

/** `User.Model` ⇄ `user`. @since 0.1.0 */
export type UserSelect = AssertAligned<Aligned<typeof User.Model, typeof user>["select"]>
/** @since 0.1.0 */
export type UserInsert = AssertAligned<Aligned<typeof User.Model, typeof user>["insert"]>
/** `Session.Model` ⇄ `session`. @since 0.1.0 */
export type SessionSelect = AssertAligned<Aligned<typeof Session.Model, typeof session>["select"]>
/** @since 0.1.0 */
export type SessionInsert = AssertAligned<Aligned<typeof Session.Model, typeof session>["insert"]>
/** `Account.Model` ⇄ `account`. @since 0.1.0 */
export type AccountSelect = AssertAligned<Aligned<typeof Account.Model, typeof account>["select"]>
/** @since 0.1.0 */
export type AccountInsert = AssertAligned<Aligned<typeof Account.Model, typeof account>["insert"]>
/** `Verification.Model` ⇄ `verification`. @since 0.1.0 */
export type VerificationSelect = AssertAligned<Aligned<typeof Verification.Model, typeof verification>["select"]>
/** @since 0.1.0 */
export type VerificationInsert = AssertAligned<Aligned<typeof Verification.Model, typeof verification>["insert"]>
/** `Jwks.Model` ⇄ `jwks`. @since 0.1.0 */
export type JwksSelect = AssertAligned<Aligned<typeof Jwks.Model, typeof jwks>["select"]>
/** @since 0.1.0 */
export type JwksInsert = AssertAligned<Aligned<typeof Jwks.Model, typeof jwks>["insert"]>
/** `OAuthClient.Model` ⇄ `oauthClient`. @since 0.1.0 */
export type OAuthClientSelect = AssertAligned<Aligned<typeof OAuthClient.Model, typeof oauthClient>["select"]>
/** @since 0.1.0 */
export type OAuthClientInsert = AssertAligned<Aligned<typeof OAuthClient.Model, typeof oauthClient>["insert"]>
/** `OAuthAccessToken.Model` ⇄ `oauthAccessToken`. @since 0.1.0 */
export type OAuthAccessTokenSelect = AssertAligned<
  Aligned<typeof OAuthAccessToken.Model, typeof oauthAccessToken>["select"]
>
/** @since 0.1.0 */
export type OAuthAccessTokenInsert = AssertAligned<
  Aligned<typeof OAuthAccessToken.Model, typeof oauthAccessToken>["insert"]
>
/** `OAuthRefreshToken.Model` ⇄ `oauthRefreshToken`. @since 0.1.0 */
export type OAuthRefreshTokenSelect = AssertAligned<
  Aligned<typeof OAuthRefreshToken.Model, typeof oauthRefreshToken>["select"]
>
/** @since 0.1.0 */
export type OAuthRefreshTokenInsert = AssertAligned<
  Aligned<typeof OAuthRefreshToken.Model, typeof oauthRefreshToken>["insert"]
>
/** `OAuthConsent.Model` ⇄ `oauthConsent`. @since 0.1.0 */
export type OAuthConsentSelect = AssertAligned<Aligned<typeof OAuthConsent.Model, typeof oauthConsent>["select"]>
/** @since 0.1.0 */
export type OAuthConsentInsert = AssertAligned<Aligned<typeof OAuthConsent.Model, typeof oauthConsent>["insert"]>
/** `OAuthResource.Model` ⇄ `oauthResource`. @since 0.1.0 */
export type OAuthResourceSelect = AssertAligned<Aligned<typeof OAuthResource.Model, typeof oauthResource>["select"]>
/** @since 0.1.0 */
export type OAuthResourceInsert = AssertAligned<Aligned<typeof OAuthResource.Model, typeof oauthResource>["insert"]>
/** `OAuthClientResource.Model` ⇄ `oauthClientResource`. @since 0.1.0 */
export type OAuthClientResourceSelect = AssertAligned<
  Aligned<typeof OAuthClientResource.Model, typeof oauthClientResource>["select"]
>
/** @since 0.1.0 */
export type OAuthClientResourceInsert = AssertAligned<
  Aligned<typeof OAuthClientResource.Model, typeof oauthClientResource>["insert"]
>
/** `OAuthClientAssertion.Model` ⇄ `oauthClientAssertion`. @since 0.1.0 */
export type OAuthClientAssertionSelect = AssertAligned<
  Aligned<typeof OAuthClientAssertion.Model, typeof oauthClientAssertion>["select"]
>
/** @since 0.1.0 */
export type OAuthClientAssertionInsert = AssertAligned<
  Aligned<typeof OAuthClientAssertion.Model, typeof oauthClientAssertion>["insert"]
>
