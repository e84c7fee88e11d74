/**
 * The actors every OAuth scenario needs on one side, created through the
 * API as an application would: a signed-in user, an admin, a confidential
 * web client (authorization code + refresh), a machine client
 * (`client_credentials`) and, per concurrent worker, a token pair from a real
 * authorization-code flow.
 *
 * @since 0.1.0
 */
import { ADMIN_EMAIL, CookieJar, type Http, pkce, type RegisteredClient, type Reply } from "@beep/iam-server/testing"
import type { RunningSide } from "./Side.ts"

const PASSWORD = "correct horse battery staple"
const CALLBACK = "https://app.example.test/callback"

/**
 * A request answered with an unexpected status: the scenario failed.
 *
 * @since 0.1.0
 */
export class UnexpectedReply extends Error {
  constructor(what: string, reply: Reply) {
    super(`${what}: HTTP ${reply.status} ${JSON.stringify(reply.body).slice(0, 300)}`)
  }
}

const expect = (what: string, reply: Reply, status: number): Reply => {
  if (reply.status !== status) throw new UnexpectedReply(what, reply)
  return reply
}

/**
 * One worker's tokens (refresh rotation replaces both).
 *
 * @since 0.1.0
 */
export interface Tokens {
  accessToken: string
  refreshToken: string
}

/**
 * The actors of one side.
 *
 * @since 0.1.0
 */
export interface Fixture {
  readonly side: RunningSide
  readonly user: CookieJar
  readonly web: RegisteredClient
  readonly machine: RegisteredClient
  readonly workers: Array<Tokens>
}

/**
 * authorize (with `prompt=consent`, so the consent step always runs) →
 * consent → token exchange, as `jar`'s user: one full authorization-code
 * flow, three requests.
 *
 * @since 0.1.0
 */
export const authorizationCodeFlow = async (http: Http, client: RegisteredClient, jar: CookieJar): Promise<Tokens> => {
  const { verifier, challenge } = pkce()
  const state = crypto.randomUUID()
  const start = expect(
    "authorize",
    await http.request("/oauth2/authorize", {
      jar,
      query: {
        response_type: "code",
        client_id: client.client_id,
        redirect_uri: CALLBACK,
        scope: "openid profile email offline_access",
        state,
        nonce: state,
        code_challenge: challenge,
        code_challenge_method: "S256",
        prompt: "consent"
      }
    }),
    302
  )
  if (start.location?.pathname !== "/consent") throw new UnexpectedReply("authorize: not sent to consent", start)
  const consent = expect(
    "consent",
    await http.request("/oauth2/consent", { jar, json: { accept: true, oauth_query: start.location.search.slice(1) } }),
    200
  )
  const code = new URL(consent.body.url).searchParams.get("code")
  if (code === null) throw new UnexpectedReply("consent: no code", consent)
  const tokens = expect(
    "token (authorization_code)",
    await http.asClient("/oauth2/token", client, {
      grant_type: "authorization_code",
      code,
      redirect_uri: CALLBACK,
      code_verifier: verifier
    }),
    200
  )
  return { accessToken: tokens.body.access_token, refreshToken: tokens.body.refresh_token }
}

/**
 * Creates the actors on `side`, with `workers` token pairs.
 *
 * @since 0.1.0
 */
export const setUpFixture = async (side: RunningSide, workers: number): Promise<Fixture> => {
  const { http, auth } = side
  const user = new CookieJar()
  const admin = new CookieJar()
  for (const [jar, email] of [
    [user, "alice@example.test"],
    [admin, ADMIN_EMAIL]
  ] as const) {
    expect("sign-up", await http.request("/sign-up/email", { json: { email, password: PASSWORD, name: email } }), 200)
    expect("sign-in", await http.request("/sign-in/email", { jar, json: { email, password: PASSWORD } }), 200)
  }
  const web = expect(
    "register",
    await http.request("/oauth2/register", {
      jar: user,
      json: {
        client_name: "Bench web app",
        redirect_uris: [CALLBACK],
        token_endpoint_auth_method: "client_secret_basic",
        grant_types: ["authorization_code", "refresh_token"]
      }
    }),
    201
  ).body as RegisteredClient
  const machine = (await auth.api.adminCreateOAuthClient({
    headers: new Headers({ cookie: admin.header }),
    body: {
      client_name: "Bench machine",
      grant_types: ["client_credentials"],
      token_endpoint_auth_method: "client_secret_basic",
      client_credentials_scopes: ["read:things"]
    }
  })) as RegisteredClient
  const tokens: Array<Tokens> = []
  for (let i = 0; i < workers; i++) tokens.push(await authorizationCodeFlow(http, web, user))
  return { side, user, web, machine, workers: tokens }
}
