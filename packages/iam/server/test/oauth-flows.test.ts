/**
 * better-auth's OAuth 2.1 / OpenID Connect provider, running on our tables,
 * driven through real HTTP on loopback. Each step is checked in the response
 * and in the database rows. Runs on PGlite, and on the PostgreSQL server when
 * one is reachable (required in CI).
 *
 * The steps share one server and run in order.
 */

import { schema } from "@beep/db-admin"
import { postgresAvailability } from "@beep/db-admin/testing"
import { modelsByName } from "@beep/iam-domain"
import { afterAll, assert, beforeAll, describe, it } from "@effect/vitest"
import { and, eq, is, isNull } from "drizzle-orm"
import { getTableConfig, PgTable } from "drizzle-orm/pg-core"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"
import * as Schema from "effect/Schema"
import * as Scope from "effect/Scope"
import { createRemoteJWKSet, decodeJwt, jwtVerify } from "jose"
import { entityIdsByModel } from "../src/generateId.ts"
import { CookieJar, type Http, makeHttp, pkce, type RegisteredClient } from "../testing/http.ts"
import {
  ADMIN_EMAIL,
  API,
  type Backend,
  pgliteBackend,
  postgresBackend,
  type Running,
  startServer
} from "../testing/server.ts"

const WEB_CALLBACK = "https://app.example.test/callback"
const NATIVE_CALLBACK = "http://127.0.0.1:8765/callback"
const LOGOUT = "https://app.example.test/logged-out"
const PASSWORD = "correct horse battery staple"

const pg = await postgresAvailability()
const backends: Array<Backend> = "adminUrl" in pg ? [pgliteBackend, postgresBackend(pg.adminUrl)] : [pgliteBackend]
if ("skip" in pg) describe.skip(pg.skip, () => it("needs PostgreSQL", () => {}))

// Assertion rows appear only with private_key_jwt clients, which these flows do not use.
const { oauthClientAssertion: _assertion, ...models } = modelsByName

for (const backend of backends) {
  describe(`OAuth 2.1 on our tables (${backend.name})`, () => {
    let scope: Scope.Closeable
    let server: Running
    let http: Http
    const tables = schema
    /** Every raw secret the server handed out: none may be stored. */
    const secrets = new Map<string, string>()
    const alice = new CookieJar()
    const admin = new CookieJar()
    let aliceId = ""
    let web: RegisteredClient
    let native: RegisteredClient
    let machine: RegisteredClient
    let firstTokens: { access_token: string; refresh_token: string; id_token: string }
    let rotated: { access_token: string; refresh_token: string }

    const db = () => server.database.db
    const remember = (label: string, value: unknown) => {
      if (typeof value === "string" && value.length > 0) secrets.set(`${label} #${secrets.size}`, value)
    }

    /** authorize → (consent) → code, for `client` as the user of `jar`. */
    const authorize = async (
      client: RegisteredClient,
      jar: CookieJar,
      options: {
        scope?: string
        resource?: string
        consent?: boolean
        verifier?: { verifier: string; challenge: string }
      } = {}
    ) => {
      const { verifier, challenge } = options.verifier ?? pkce()
      const redirectUri = client.redirect_uris[0]!
      const state = crypto.randomUUID()
      const start = await http.request("/oauth2/authorize", {
        jar,
        query: {
          response_type: "code",
          client_id: client.client_id,
          redirect_uri: redirectUri,
          scope: options.scope ?? "openid profile email offline_access",
          state,
          nonce: `nonce-${state}`,
          code_challenge: challenge,
          code_challenge_method: "S256",
          resource: options.resource
        }
      })
      assert.strictEqual(start.status, 302, JSON.stringify(start.body))
      let callback = start.location!
      if (callback.pathname === "/consent") {
        assert.notStrictEqual(options.consent, false, "consent was expected to be skipped")
        const consent = await http.request("/oauth2/consent", {
          jar,
          json: { accept: true, oauth_query: callback.search.slice(1) }
        })
        assert.strictEqual(consent.status, 200, JSON.stringify(consent.body))
        callback = new URL(consent.body.url)
      } else {
        assert.notStrictEqual(options.consent, true, `expected the consent page, got ${callback.href}`)
      }
      assert.strictEqual(`${callback.origin}${callback.pathname}`, redirectUri)
      assert.strictEqual(callback.searchParams.get("state"), state)
      assert.strictEqual(callback.searchParams.get("iss"), http.base)
      const code = callback.searchParams.get("code")!
      remember("authorization code", code)
      return { code, verifier, redirectUri, nonce: `nonce-${state}` }
    }

    const exchange = async (
      client: RegisteredClient,
      grant: { code: string; verifier: string; redirectUri: string }
    ) => {
      const reply = await http.asClient("/oauth2/token", client, {
        grant_type: "authorization_code",
        code: grant.code,
        redirect_uri: grant.redirectUri,
        code_verifier: grant.verifier
      })
      if (reply.status === 200) {
        remember("access token", reply.body.access_token)
        remember("refresh token", reply.body.refresh_token)
      }
      return reply
    }

    const introspect = (client: RegisteredClient, token: string) =>
      http.asClient("/oauth2/introspect", client, { token })

    beforeAll(async () => {
      scope = await Effect.runPromise(Scope.make())
      server = await Effect.runPromise(Scope.provide(startServer(backend), scope))
      http = makeHttp(server.origin)
    })
    afterAll(async () => {
      await Effect.runPromise(Scope.close(scope, Exit.void))
    })

    it("serves the discovery documents and the JWKS, whose key is a jwks row with our ID", async () => {
      const oidc = await http.request("/.well-known/openid-configuration")
      assert.strictEqual(oidc.status, 200)
      assert.strictEqual(oidc.body.issuer, http.base)
      assert.strictEqual(oidc.body.token_endpoint, `${http.base}/oauth2/token`)
      assert.strictEqual(oidc.body.registration_endpoint, `${http.base}/oauth2/register`)
      assert.deepStrictEqual(oidc.body.code_challenge_methods_supported, ["S256"])
      const as = await http.request("/.well-known/oauth-authorization-server")
      assert.strictEqual(as.status, 200)
      assert.strictEqual(as.body.issuer, http.base)
      const jwks = await http.request("/jwks")
      assert.strictEqual(jwks.body.keys.length, 1)
      const [row] = await db().select().from(tables.jwks)
      assert.strictEqual(jwks.body.keys[0].kid, row!.id)
      assert.isTrue(row!.id.startsWith("jwks__"))
    })

    it("signs up and signs in with email and password", async () => {
      for (const [jar, email, name] of [
        [alice, "alice@example.test", "Alice"],
        [admin, ADMIN_EMAIL, "Admin"]
      ] as const) {
        const up = await http.request("/sign-up/email", { json: { email, password: PASSWORD, name } })
        assert.strictEqual(up.status, 200, JSON.stringify(up.body))
        const signIn = await http.request("/sign-in/email", { jar, json: { email, password: PASSWORD } })
        assert.strictEqual(signIn.status, 200)
        assert.include(jar.header, "better-auth.session_token=")
      }
      const wrong = await http.request("/sign-in/email", { json: { email: "alice@example.test", password: "nope" } })
      assert.strictEqual(wrong.status, 401)
      const session = await http.request("/get-session", { jar: alice })
      aliceId = session.body.user.id
      assert.isTrue(aliceId.startsWith("user__"))
      const [account] = await db()
        .select()
        .from(tables.account)
        .where(eq(tables.account.userId, aliceId as never))
      assert.strictEqual(account!.providerId, "credential")
      assert.notInclude(account!.password ?? "", PASSWORD, "the password is stored hashed")
      remember("password", PASSWORD)
      const sessions = await db()
        .select()
        .from(tables.session)
        .where(eq(tables.session.userId, aliceId as never))
      assert.strictEqual(sessions.length, 2, "sign-up and sign-in each made a session")
    })

    it("registers a confidential web client and a public native client (RFC 7591)", async () => {
      const webReply = await http.request("/oauth2/register", {
        jar: alice,
        json: {
          client_name: "Example web app",
          redirect_uris: [WEB_CALLBACK],
          token_endpoint_auth_method: "client_secret_basic",
          grant_types: ["authorization_code", "refresh_token"]
        }
      })
      assert.strictEqual(webReply.status, 201, JSON.stringify(webReply.body))
      web = webReply.body
      assert.isString(web.client_secret)
      remember("client secret", web.client_secret)
      const nativeReply = await http.request("/oauth2/register", {
        jar: alice,
        json: {
          client_name: "Example native app",
          redirect_uris: [NATIVE_CALLBACK],
          token_endpoint_auth_method: "none",
          application_type: "native"
        }
      })
      assert.strictEqual(nativeReply.status, 201, JSON.stringify(nativeReply.body))
      native = nativeReply.body
      assert.isUndefined(native.client_secret)
      const [webRow] = await db()
        .select()
        .from(tables.oauthClient)
        .where(eq(tables.oauthClient.clientId, web.client_id as never))
      assert.isTrue(webRow!.id.startsWith("oauth_client__"))
      assert.strictEqual(webRow!.userId, aliceId)
      assert.isNotNull(webRow!.clientSecret)
      assert.notStrictEqual(webRow!.clientSecret, web.client_secret, "the client secret is stored hashed")
      const [nativeRow] = await db()
        .select()
        .from(tables.oauthClient)
        .where(eq(tables.oauthClient.clientId, native.client_id as never))
      assert.strictEqual(nativeRow!.tokenEndpointAuthMethod, "none")
      assert.isNull(nativeRow!.clientSecret)
    })

    it("lets a client admin, and only a client admin, create a machine client", async () => {
      const body = {
        client_name: "Nightly job",
        grant_types: ["client_credentials"],
        token_endpoint_auth_method: "client_secret_basic" as const,
        client_credentials_scopes: ["read:things"]
      }
      const denied = await Effect.runPromiseExit(
        Effect.tryPromise(() =>
          server.auth.api.adminCreateOAuthClient({ headers: new Headers({ cookie: alice.header }), body })
        )
      )
      assert.isTrue(Exit.isFailure(denied), "alice is no client admin")
      const created = await server.auth.api.adminCreateOAuthClient({
        headers: new Headers({ cookie: admin.header }),
        body
      })
      machine = created as unknown as RegisteredClient
      remember("client secret", machine.client_secret)
      const [row] = await db()
        .select()
        .from(tables.oauthClient)
        .where(eq(tables.oauthClient.clientId, machine.client_id as never))
      assert.deepStrictEqual(row!.grantTypes, ["client_credentials"])
      assert.deepStrictEqual(row!.clientCredentialsScopes, ["read:things"])
    })

    it("runs authorization code + PKCE → consent → token; the id_token verifies against /jwks", async () => {
      const grant = await authorize(web, alice, { consent: true })
      const [consent] = await db()
        .select()
        .from(tables.oauthConsent)
        .where(eq(tables.oauthConsent.clientId, web.client_id as never))
      assert.strictEqual(consent!.userId, aliceId)
      assert.deepStrictEqual([...consent!.scopes].sort(), ["email", "offline_access", "openid", "profile"])
      const reply = await exchange(web, grant)
      assert.strictEqual(reply.status, 200, JSON.stringify(reply.body))
      firstTokens = reply.body
      assert.strictEqual(reply.body.token_type, "Bearer")
      const jwks = createRemoteJWKSet(new URL(`${http.base}/jwks`))
      const { payload } = await jwtVerify(firstTokens.id_token, jwks, { issuer: http.base, audience: web.client_id })
      assert.strictEqual(payload.sub, aliceId)
      assert.strictEqual(payload.nonce, grant.nonce)
      const [access] = await db()
        .select()
        .from(tables.oauthAccessToken)
        .where(eq(tables.oauthAccessToken.clientId, web.client_id as never))
      assert.isTrue(access!.id.startsWith("oauth_access_token__"))
      assert.notStrictEqual(access!.token, firstTokens.access_token, "access tokens are stored hashed")
      assert.strictEqual(access!.userId, aliceId)
      assert.isNotNull(access!.refreshId)
      const [refresh] = await db()
        .select()
        .from(tables.oauthRefreshToken)
        .where(eq(tables.oauthRefreshToken.id, access!.refreshId!))
      assert.strictEqual(refresh!.clientId, web.client_id)
    })

    it("answers userinfo and introspection for the access token", async () => {
      const info = await http.request("/oauth2/userinfo", {
        headers: { authorization: `Bearer ${firstTokens.access_token}` }
      })
      assert.strictEqual(info.status, 200)
      assert.strictEqual(info.body.sub, aliceId)
      assert.strictEqual(info.body.email, "alice@example.test")
      const intro = await introspect(web, firstTokens.access_token)
      assert.strictEqual(intro.body.active, true)
      assert.strictEqual(intro.body.client_id, web.client_id)
      assert.strictEqual(intro.body.sub, aliceId)
    })

    it("rotates the refresh token and revokes the old one", async () => {
      const reply = await http.asClient("/oauth2/token", web, {
        grant_type: "refresh_token",
        refresh_token: firstTokens.refresh_token
      })
      assert.strictEqual(reply.status, 200, JSON.stringify(reply.body))
      rotated = reply.body
      remember("access token", rotated.access_token)
      remember("refresh token", rotated.refresh_token)
      assert.notStrictEqual(rotated.refresh_token, firstTokens.refresh_token)
      const rows = await db()
        .select()
        .from(tables.oauthRefreshToken)
        .where(
          and(
            eq(tables.oauthRefreshToken.clientId, web.client_id as never),
            eq(tables.oauthRefreshToken.userId, aliceId as never)
          )
        )
      assert.strictEqual(rows.length, 2)
      assert.strictEqual(rows.filter((r) => r.revoked === null).length, 1, "only the new refresh token is live")
    })

    it("revokes an access token: introspection then says inactive", async () => {
      const revoke = await http.asClient("/oauth2/revoke", web, {
        token: rotated.access_token,
        token_type_hint: "access_token"
      })
      assert.strictEqual(revoke.status, 200)
      assert.strictEqual((await introspect(web, rotated.access_token)).body.active, false)
    })

    it("rejects a reused rotated refresh token with invalid_grant and revokes its family", async () => {
      const reuse = await http.asClient("/oauth2/token", web, {
        grant_type: "refresh_token",
        refresh_token: firstTokens.refresh_token
      })
      assert.strictEqual(reuse.status, 400)
      assert.strictEqual(reuse.body.error, "invalid_grant")
      const live = await db()
        .select()
        .from(tables.oauthRefreshToken)
        .where(
          and(eq(tables.oauthRefreshToken.clientId, web.client_id as never), isNull(tables.oauthRefreshToken.revoked))
        )
      assert.deepStrictEqual(live, [], "no refresh token of the family is usable")
      const newest = await http.asClient("/oauth2/token", web, {
        grant_type: "refresh_token",
        refresh_token: rotated.refresh_token
      })
      assert.strictEqual(newest.body.error, "invalid_grant")
    })

    it("skips consent on a second authorization, and revokes a replayed code's tokens", async () => {
      const grant = await authorize(web, alice, { consent: false })
      const first = await exchange(web, grant)
      assert.strictEqual(first.status, 200)
      assert.strictEqual((await introspect(web, first.body.access_token)).body.active, true)
      const replay = await exchange(web, grant)
      assert.strictEqual(replay.status, 400)
      assert.strictEqual(replay.body.error, "invalid_grant")
      assert.strictEqual(
        (await introspect(web, first.body.access_token)).body.active,
        false,
        "the replay revoked the code's tokens"
      )
      const refresh = await http.asClient("/oauth2/token", web, {
        grant_type: "refresh_token",
        refresh_token: first.body.refresh_token
      })
      assert.strictEqual(refresh.body.error, "invalid_grant")
    })

    it("issues client_credentials tokens to the machine client, with no user", async () => {
      const reply = await http.asClient("/oauth2/token", machine, {
        grant_type: "client_credentials",
        scope: "read:things"
      })
      assert.strictEqual(reply.status, 200, JSON.stringify(reply.body))
      remember("access token", reply.body.access_token)
      assert.strictEqual(reply.body.scope, "read:things")
      assert.isUndefined(reply.body.refresh_token)
      const [row] = await db()
        .select()
        .from(tables.oauthAccessToken)
        .where(eq(tables.oauthAccessToken.clientId, machine.client_id as never))
      assert.isNull(row!.userId)
      assert.deepStrictEqual(row!.scopes, ["read:things"])
      const wrongScope = await http.asClient("/oauth2/token", machine, {
        grant_type: "client_credentials",
        scope: "openid"
      })
      assert.strictEqual(wrongScope.body.error, "invalid_scope")
    })

    it("issues an audience-bound JWT access token for a registered resource", async () => {
      const [resource] = await db()
        .select()
        .from(tables.oauthResource)
        .where(eq(tables.oauthResource.identifier, API as never))
      assert.isTrue(resource!.id.startsWith("oauth_resource__"), "the seeded resource has our ID")
      await server.auth.api.adminLinkClientResource({
        headers: new Headers({ cookie: admin.header }),
        params: { identifier: API, client_id: web.client_id }
      } as never)
      const [link] = await db()
        .select()
        .from(tables.oauthClientResource)
        .where(eq(tables.oauthClientResource.clientId, web.client_id as never))
      assert.strictEqual(link!.resourceId, API)
      const grant = await authorize(web, alice, { resource: API, consent: true })
      const reply = await http.asClient("/oauth2/token", web, {
        grant_type: "authorization_code",
        code: grant.code,
        redirect_uri: grant.redirectUri,
        code_verifier: grant.verifier,
        resource: API
      })
      assert.strictEqual(reply.status, 200, JSON.stringify(reply.body))
      const jwks = createRemoteJWKSet(new URL(`${http.base}/jwks`))
      const { payload, protectedHeader } = await jwtVerify(reply.body.access_token, jwks, {
        issuer: http.base,
        audience: API
      })
      assert.strictEqual(protectedHeader.typ, "at+jwt")
      assert.strictEqual(payload.sub, aliceId)
      const other = await jwtVerify(reply.body.access_token, jwks, {
        issuer: http.base,
        audience: "https://other.example.test"
      }).catch((e) => e)
      assert.instanceOf(other, Error, "the token is not good for another audience")
      remember("refresh token", reply.body.refresh_token)
    })

    it("ends the session from an id_token_hint (RP-initiated logout)", async () => {
      const bob = new CookieJar()
      await http.request("/sign-up/email", { json: { email: "bob@example.test", password: PASSWORD, name: "Bob" } })
      await http.request("/sign-in/email", { jar: bob, json: { email: "bob@example.test", password: PASSWORD } })
      const created = (await server.auth.api.adminCreateOAuthClient({
        headers: new Headers({ cookie: admin.header }),
        body: {
          client_name: "Logout-capable app",
          redirect_uris: [WEB_CALLBACK],
          post_logout_redirect_uris: [LOGOUT],
          token_endpoint_auth_method: "client_secret_basic",
          grant_types: ["authorization_code"],
          enable_end_session: true,
          skip_consent: true
        }
      })) as unknown as RegisteredClient
      remember("client secret", created.client_secret)
      const grant = await authorize(created, bob, { scope: "openid", consent: false })
      const tokens = await exchange(created, grant)
      assert.strictEqual(tokens.status, 200)
      const sid = decodeJwt(tokens.body.id_token).sid as string
      assert.isTrue(sid.startsWith("session__"))
      const end = await http.request("/oauth2/end-session", {
        query: { id_token_hint: tokens.body.id_token, post_logout_redirect_uri: LOGOUT, state: "bye" }
      })
      assert.strictEqual(end.status, 302, JSON.stringify(end.body))
      assert.strictEqual(end.location!.href, `${LOGOUT}?state=bye`)
      const left = await db()
        .select()
        .from(tables.session)
        .where(eq(tables.session.id, sid as never))
      assert.deepStrictEqual(left, [], "the session is gone")
    })

    describe("rejections, with the OAuth error codes", () => {
      it("a public client without PKCE: invalid_request (RFC 7636 §4.4.1)", async () => {
        const reply = await http.request("/oauth2/authorize", {
          jar: alice,
          query: {
            response_type: "code",
            client_id: native.client_id,
            redirect_uri: NATIVE_CALLBACK,
            scope: "openid",
            state: "s"
          }
        })
        assert.strictEqual(reply.status, 302)
        assert.strictEqual(`${reply.location!.origin}${reply.location!.pathname}`, NATIVE_CALLBACK)
        assert.strictEqual(reply.location!.searchParams.get("error"), "invalid_request")
      })

      it("a wrong code_verifier: rejected, and the code cannot be retried", async () => {
        const grant = await authorize(native, alice, { scope: "openid", consent: true })
        const wrong = await exchange(native, { ...grant, verifier: pkce().verifier })
        assert.strictEqual(wrong.status === 400 || wrong.status === 401, true)
        // RFC 7636 §4.6 prescribes invalid_grant; better-auth 1.7.7 answers invalid_request (see the deviations note).
        assert.strictEqual(wrong.body.error, "invalid_request")
        assert.strictEqual((await exchange(native, grant)).body.error, "invalid_grant", "the code was consumed")
      })

      it("a redirect_uri that differs at the token endpoint: invalid_grant (RFC 6749 §4.1.3)", async () => {
        const grant = await authorize(native, alice, { scope: "openid", consent: false })
        const reply = await exchange(native, { ...grant, redirectUri: "http://127.0.0.1:8765/elsewhere" })
        assert.strictEqual(reply.status, 400)
        assert.strictEqual(reply.body.error, "invalid_grant")
      })

      it("a wrong client secret: invalid_client with 401 (RFC 6749 §5.2)", async () => {
        const reply = await http.asClient(
          "/oauth2/token",
          machine,
          { grant_type: "client_credentials" },
          "not-the-secret"
        )
        assert.strictEqual(reply.status, 401)
        assert.strictEqual(reply.body.error, "invalid_client")
      })

      it("a disabled client: invalid_client", async () => {
        await db()
          .update(tables.oauthClient)
          .set({ disabled: true })
          .where(eq(tables.oauthClient.clientId, machine.client_id as never))
        const reply = await http.asClient("/oauth2/token", machine, { grant_type: "client_credentials" })
        assert.strictEqual(reply.status, 401)
        assert.strictEqual(reply.body.error, "invalid_client")
        await db()
          .update(tables.oauthClient)
          .set({ disabled: false })
          .where(eq(tables.oauthClient.clientId, machine.client_id as never))
      })

      it("an expired access token: introspection says inactive, userinfo answers 401", async () => {
        const grant = await authorize(web, alice, { consent: false })
        const tokens = await exchange(web, grant)
        assert.strictEqual((await introspect(web, tokens.body.access_token)).body.active, true)
        await db()
          .update(tables.oauthAccessToken)
          .set({ expiresAt: new Date(Date.now() - 60_000) })
          .where(isNull(tables.oauthAccessToken.revoked))
        assert.strictEqual((await introspect(web, tokens.body.access_token)).body.active, false)
        const info = await http.request("/oauth2/userinfo", {
          headers: { authorization: `Bearer ${tokens.body.access_token}` }
        })
        assert.strictEqual(info.status, 401)
      })
    })

    it("every row better-auth wrote carries our <table>__<uuidv7> ID and decodes with our Model", async () => {
      const decoded: Record<string, number> = {}
      for (const [model, Model] of Object.entries(models)) {
        const table = tables[model as keyof typeof models] as PgTable
        const rows = (await db().select().from(table)) as Array<Record<string, unknown>>
        const Id = entityIdsByModel[model as keyof typeof models]
        for (const row of rows) {
          assert.isTrue(
            String(row.id).startsWith(Id.prefix) && Id.is(row.id),
            `${getTableConfig(table).name}: ${row.id}`
          )
          const exit = Schema.decodeUnknownExit(Model as Schema.Codec<unknown, unknown>)(row)
          assert.isTrue(Exit.isSuccess(exit), `${model} row does not decode: ${String(exit)}`)
          decoded[model] = (decoded[model] ?? 0) + 1
        }
      }
      // Verification rows (authorization codes) are deleted once used; every other table holds rows by now.
      for (const model of Object.keys(models).filter((m) => m !== "verification")) {
        assert.isAtLeast(decoded[model] ?? 0, 1, `no ${model} row was written`)
      }
    })

    it("stores no raw OAuth token, authorization code, client secret or password anywhere", async () => {
      assert.isAtLeast(secrets.size, 15)
      const tableObjects = Object.values(tables as Record<string, unknown>).filter((t): t is PgTable => is(t, PgTable))
      for (const table of tableObjects) {
        const text = JSON.stringify(await db().select().from(table))
        for (const [label, secret] of secrets) {
          assert.notInclude(text, secret, `${label} found in ${getTableConfig(table).name}`)
        }
      }
    })
  })
}

if ("adminUrl" in pg) {
  describe("refresh-token rotation under concurrency (PostgreSQL)", () => {
    let scope: Scope.Closeable
    let server: Running
    let http: Http

    beforeAll(async () => {
      scope = await Effect.runPromise(Scope.make())
      server = await Effect.runPromise(Scope.provide(startServer(postgresBackend(pg.adminUrl)), scope))
      http = makeHttp(server.origin)
    })
    afterAll(async () => {
      await Effect.runPromise(Scope.close(scope, Exit.void))
    })

    it("20 concurrent refreshes with one refresh token: exactly one succeeds, one live refresh token remains", async () => {
      const jar = new CookieJar()
      await http.request("/sign-up/email", { json: { email: "carol@example.test", password: PASSWORD, name: "Carol" } })
      await http.request("/sign-in/email", { jar, json: { email: "carol@example.test", password: PASSWORD } })
      const client = (
        await http.request("/oauth2/register", {
          jar,
          json: { redirect_uris: [WEB_CALLBACK], token_endpoint_auth_method: "client_secret_post" }
        })
      ).body as RegisteredClient
      const { verifier, challenge } = pkce()
      const start = await http.request("/oauth2/authorize", {
        jar,
        query: {
          response_type: "code",
          client_id: client.client_id,
          redirect_uri: WEB_CALLBACK,
          scope: "openid offline_access",
          state: "s",
          nonce: "n",
          code_challenge: challenge,
          code_challenge_method: "S256"
        }
      })
      const consent = await http.request("/oauth2/consent", {
        jar,
        json: { accept: true, oauth_query: start.location!.search.slice(1) }
      })
      const code = new URL(consent.body.url).searchParams.get("code")!
      const tokens = await http.asClient("/oauth2/token", client, {
        grant_type: "authorization_code",
        code,
        redirect_uri: WEB_CALLBACK,
        code_verifier: verifier
      })
      assert.strictEqual(tokens.status, 200)
      const replies = await Promise.all(
        Array.from({ length: 20 }, () =>
          http.asClient("/oauth2/token", client, {
            grant_type: "refresh_token",
            refresh_token: tokens.body.refresh_token
          })
        )
      )
      const statuses = replies.map((r) => r.status)
      assert.strictEqual(statuses.filter((s) => s === 200).length, 1, `statuses: ${statuses.join(",")}`)
      for (const r of replies.filter((r) => r.status !== 200)) assert.strictEqual(r.body.error, "invalid_grant")
      const live = await server.database.db
        .select()
        .from(schema.oauthRefreshToken)
        .where(
          and(
            eq(schema.oauthRefreshToken.clientId, client.client_id as never),
            isNull(schema.oauthRefreshToken.revoked)
          )
        )
      assert.strictEqual(live.length, 1, "one live refresh token for the grant")
    })
  })
}
