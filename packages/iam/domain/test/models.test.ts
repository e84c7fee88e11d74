/**
 * Every IAM model against the model contract, with rows shaped like the ones
 * better-auth 1.7.7 / oauth-provider 1.7.5 write (hashes are base64url
 * SHA-256, 43 characters; public client ids are 32 letters; `metadata` is a
 * JSON string scalar; the jwks private key is a JSON-quoted encrypted string).
 */
import { createHash, randomBytes } from "node:crypto"
import { IamEntityIds, SharedEntityIds } from "@beep/shared-domain"
import { describeModel } from "@beep/shared-domain/testing"
import { assert } from "@effect/vitest"
import * as DateTime from "effect/DateTime"
import * as Option from "effect/Option"
import * as Redacted from "effect/Redacted"
import * as Schema from "effect/Schema"
import {
  Account,
  Jwks,
  OAuthAccessToken,
  OAuthClient,
  OAuthClientAssertion,
  OAuthClientPublicId,
  OAuthClientResource,
  OAuthConsent,
  OAuthRefreshToken,
  OAuthResource,
  OAuthResourceIdentifier,
  Verification
} from "../src/index.ts"

const hash = (s: string) => createHash("sha256").update(s).digest("base64url")
const letters = (n: number) =>
  Array.from(randomBytes(n), (b) => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"[b % 52]).join("")

const now = new Date("2026-12-03T12:00:00.000Z")
const later = (seconds: number) => new Date(now.getTime() + seconds * 1000)
const userId = SharedEntityIds.UserId.create()
const sessionId = SharedEntityIds.SessionId.create()
const clientId = Schema.decodeUnknownSync(OAuthClientPublicId)(letters(32))
const resourceId = Schema.decodeUnknownSync(OAuthResourceIdentifier)("https://api.example.com")
const refreshId = IamEntityIds.OAuthRefreshTokenId.create()
const codeHash = hash(`code-${letters(8)}`)
const scopes = ["openid", "profile", "email", "offline_access"]

describeModel("Account", {
  model: Account.Model,
  id: IamEntityIds.AccountId,
  sensitive: ["accessToken", "refreshToken", "idToken", "password"],
  row: {
    id: IamEntityIds.AccountId.create(),
    accountId: userId,
    providerId: "credential",
    userId,
    accessToken: null,
    refreshToken: null,
    idToken: null,
    accessTokenExpiresAt: null,
    refreshTokenExpiresAt: null,
    scope: null,
    password: `${randomBytes(16).toString("hex")}:${randomBytes(64).toString("hex")}`,
    createdAt: now,
    updatedAt: now
  },
  moreRows: [
    {
      id: IamEntityIds.AccountId.create(),
      accountId: "4711",
      providerId: "github",
      userId,
      accessToken: `gho_${letters(36)}`,
      refreshToken: `ghr_${letters(76)}`,
      idToken: `eyJhbGciOiJSUzI1NiJ9.${letters(40)}.${letters(40)}`,
      accessTokenExpiresAt: later(28_800),
      refreshTokenExpiresAt: later(15_811_200),
      scope: "read:user,user:email",
      password: null,
      createdAt: now,
      updatedAt: now
    }
  ],
  expectDecoded: (account) => {
    assert.strictEqual(account.providerId, "credential")
    assert.isTrue(Option.isSome(account.password) && Redacted.isRedacted(account.password.value))
    assert.isTrue(Option.isNone(account.accessToken))
  },
  wrongType: { key: "accessTokenExpiresAt", value: "2026-12-03" }
})

describeModel("Verification", {
  model: Verification.Model,
  id: IamEntityIds.VerificationId,
  sensitive: ["value"],
  row: {
    id: IamEntityIds.VerificationId.create(),
    identifier: codeHash,
    value: JSON.stringify({ type: "authorization_code", userId, sessionId, query: { client_id: clientId } }),
    expiresAt: later(600),
    createdAt: now,
    updatedAt: now
  },
  moreRows: [
    {
      id: Schema.decodeUnknownSync(IamEntityIds.VerificationId)(hash("reserve:magic-link:ada@example.com")),
      identifier: "magic-link:ada@example.com",
      value: letters(32),
      expiresAt: later(300),
      createdAt: now,
      updatedAt: now
    }
  ],
  expectDecoded: (verification) => {
    assert.strictEqual(verification.identifier, codeHash)
    assert.include(Redacted.value(verification.value), "authorization_code")
  },
  wrongType: { key: "identifier", value: 42 }
})

describeModel("Jwks", {
  model: Jwks.Model,
  id: IamEntityIds.JwksId,
  sensitive: ["privateKey"],
  row: {
    id: IamEntityIds.JwksId.create(),
    publicKey: JSON.stringify({ kty: "OKP", crv: "Ed25519", x: randomBytes(32).toString("base64url") }),
    privateKey: JSON.stringify(randomBytes(120).toString("hex")),
    createdAt: now,
    updatedAt: now,
    expiresAt: null,
    alg: "EdDSA",
    crv: "Ed25519"
  },
  expectDecoded: (jwks) => {
    assert.deepStrictEqual(jwks.alg, Option.some("EdDSA"))
    assert.isTrue(Option.isNone(jwks.expiresAt))
  },
  wrongType: { key: "alg", value: ["EdDSA"] }
})

const clientRow = {
  id: IamEntityIds.OAuthClientId.create(),
  clientId,
  clientSecret: hash(letters(32)),
  clientDiscoveryId: null,
  disabled: false,
  skipConsent: null,
  enableEndSession: null,
  subjectType: null,
  scopes: ["openid", "profile", "email", "offline_access"],
  clientCredentialsScopes: [],
  userId,
  name: "Example web app",
  uri: "https://app.example.com",
  icon: null,
  contacts: ["admin@example.com"],
  tos: null,
  policy: null,
  softwareId: null,
  softwareVersion: null,
  softwareStatement: null,
  redirectUris: ["https://app.example.com/callback"],
  postLogoutRedirectUris: null,
  backchannelLogoutUri: null,
  backchannelLogoutSessionRequired: null,
  tokenEndpointAuthMethod: "client_secret_basic",
  applicationType: "web",
  jwks: null,
  jwksUri: null,
  grantTypes: ["authorization_code", "refresh_token"],
  responseTypes: ["code"],
  requirePKCE: true,
  dpopBoundAccessTokens: false,
  referenceId: null,
  metadata: JSON.stringify({ registered_via: "dynamic_client_registration" }),
  createdAt: now,
  updatedAt: now
} as const

describeModel("OAuthClient", {
  model: OAuthClient.Model,
  id: IamEntityIds.OAuthClientId,
  sensitive: ["clientSecret"],
  row: clientRow,
  moreRows: [
    {
      ...clientRow,
      id: IamEntityIds.OAuthClientId.create(),
      clientId: Schema.decodeUnknownSync(OAuthClientPublicId)(letters(32)),
      clientSecret: null,
      tokenEndpointAuthMethod: "none",
      applicationType: "native",
      redirectUris: ["com.example.app:/callback"],
      metadata: null
    }
  ],
  expectDecoded: (client) => {
    assert.strictEqual(client.clientId, clientId)
    assert.deepStrictEqual(client.redirectUris, ["https://app.example.com/callback"])
    assert.deepStrictEqual(client.metadata, Option.some(clientRow.metadata))
    assert.isFalse(client.disabled)
  },
  wrongType: { key: "redirectUris", value: "https://app.example.com/callback" }
})

describeModel("OAuthAccessToken", {
  model: OAuthAccessToken.Model,
  id: IamEntityIds.OAuthAccessTokenId,
  sensitive: ["token"],
  row: {
    id: IamEntityIds.OAuthAccessTokenId.create(),
    token: hash(letters(32)),
    clientId,
    sessionId,
    userId,
    referenceId: null,
    authorizationCodeId: codeHash,
    resources: null,
    requestedUserInfoClaims: null,
    refreshId,
    expiresAt: later(3600),
    createdAt: now,
    updatedAt: now,
    revoked: null,
    confirmation: null,
    scopes
  },
  expectDecoded: (token) => {
    assert.deepStrictEqual(token.refreshId, Option.some(refreshId))
    assert.strictEqual(DateTime.toEpochMillis(token.expiresAt), later(3600).getTime())
    assert.deepStrictEqual(token.scopes, scopes)
  },
  wrongType: { key: "scopes", value: "openid profile" }
})

describeModel("OAuthRefreshToken", {
  model: OAuthRefreshToken.Model,
  id: IamEntityIds.OAuthRefreshTokenId,
  sensitive: ["token", "rotationReplayResponse"],
  row: {
    id: refreshId,
    token: hash(letters(32)),
    clientId,
    sessionId: null,
    userId,
    referenceId: null,
    authorizationCodeId: codeHash,
    resources: ["https://api.example.com"],
    requestedUserInfoClaims: null,
    expiresAt: later(2_592_000),
    createdAt: now,
    updatedAt: now,
    revoked: null,
    rotatedAt: later(60),
    rotationReplayResponse: randomBytes(96).toString("hex"),
    rotationReplayExpiresAt: later(90),
    authTime: now,
    confirmation: { jkt: randomBytes(32).toString("base64url") },
    scopes
  },
  expectDecoded: (token) => {
    assert.isTrue(Option.isNone(token.sessionId))
    assert.isTrue(Option.isSome(token.rotatedAt))
    assert.isTrue(Option.isSome(token.confirmation))
  },
  wrongType: { key: "revoked", value: true }
})

describeModel("OAuthConsent", {
  model: OAuthConsent.Model,
  id: IamEntityIds.OAuthConsentId,
  sensitive: [],
  row: {
    id: IamEntityIds.OAuthConsentId.create(),
    clientId,
    userId,
    referenceId: null,
    resources: null,
    requestedUserInfoClaims: null,
    scopes,
    createdAt: now,
    updatedAt: now
  },
  expectDecoded: (consent) => {
    assert.deepStrictEqual(consent.userId, Option.some(userId))
  },
  wrongType: { key: "clientId", value: "" }
})

describeModel("OAuthResource", {
  model: OAuthResource.Model,
  id: IamEntityIds.OAuthResourceId,
  sensitive: [],
  row: {
    id: IamEntityIds.OAuthResourceId.create(),
    identifier: resourceId,
    name: "Example API",
    accessTokenTtl: 900,
    refreshTokenTtl: null,
    signingAlgorithm: "EdDSA",
    signingKeyId: null,
    allowedScopes: ["read:things", "write:things"],
    customClaims: { tier: "gold" },
    dpopBoundAccessTokensRequired: false,
    disabled: false,
    policyVersion: 1,
    metadata: null,
    createdAt: now,
    updatedAt: now
  },
  expectDecoded: (resource) => {
    assert.strictEqual(resource.identifier, resourceId)
    assert.strictEqual(resource.policyVersion, 1)
    assert.deepStrictEqual(resource.accessTokenTtl, Option.some(900))
  },
  wrongType: { key: "accessTokenTtl", value: 2 ** 31 }
})

describeModel("OAuthClientResource", {
  model: OAuthClientResource.Model,
  id: IamEntityIds.OAuthClientResourceId,
  sensitive: [],
  row: {
    id: IamEntityIds.OAuthClientResourceId.create(),
    clientId,
    resourceId,
    metadata: null,
    createdAt: now,
    updatedAt: now
  },
  expectDecoded: (link) => {
    assert.strictEqual(link.resourceId, resourceId)
  },
  wrongType: { key: "resourceId", value: null }
})

describeModel("OAuthClientAssertion", {
  model: OAuthClientAssertion.Model,
  id: IamEntityIds.OAuthClientAssertionId,
  sensitive: [],
  row: {
    id: Schema.decodeUnknownSync(IamEntityIds.OAuthClientAssertionId)(
      createHash("sha256").update(`private_key_jwt:${clientId}:jti-1`).digest().subarray(0, 24).toString("base64url")
    ),
    expiresAt: later(300),
    createdAt: now,
    updatedAt: now
  },
  moreRows: [
    { id: IamEntityIds.OAuthClientAssertionId.create(), expiresAt: later(300), createdAt: now, updatedAt: now }
  ],
  expectDecoded: (assertion) => {
    assert.strictEqual(assertion.id.length, 32)
  },
  wrongType: { key: "expiresAt", value: 1_700_000_000 }
})
