/**
 * Which rows each OAuth grant reads, inserts, updates and deletes, observed
 * rather than claimed: the grants run against a real server on an embedded
 * database, and a Drizzle logger records every statement better-auth sends.
 *
 * @since 0.1.0
 */
import { CookieJar, makeHttp, pgliteBackend, pkce, type RegisteredClient, startServer } from "@beep/iam-server/testing"
import * as Effect from "effect/Effect"

/**
 * What a statement does to which table.
 *
 * @since 0.1.0
 */
export type Verb = "read" | "insert" | "update" | "delete"

/**
 * Per grant, per table, the verbs observed.
 *
 * @since 0.1.0
 */
export type GrantTrace = ReadonlyArray<{
  readonly grant: string
  readonly steps: string
  readonly tables: ReadonlyArray<{ readonly table: string; readonly verbs: ReadonlyArray<Verb> }>
}>

const VERBS: ReadonlyArray<Verb> = ["read", "insert", "update", "delete"]

/**
 * The tables a SQL statement touches, and how.
 *
 * @since 0.1.0
 */
export const classify = (sql: string): ReadonlyArray<{ readonly table: string; readonly verb: Verb }> => {
  const text = sql.trim()
  const first = /^(insert into|update|delete from)\s+"(\w+)"/i.exec(text)
  const out: Array<{ table: string; verb: Verb }> = []
  if (first) {
    const verb = first[1]!.toLowerCase()
    out.push({ table: first[2]!, verb: verb === "insert into" ? "insert" : verb === "update" ? "update" : "delete" })
  }
  for (const m of text.matchAll(/\b(?:from|join)\s+"(\w+)"/gi)) {
    if (first && first[1]!.toLowerCase() === "delete from" && m[1] === first[2]) continue
    out.push({ table: m[1]!, verb: "read" })
  }
  return out
}

/**
 * Runs the grants on a fresh embedded database and reports what each touched.
 *
 * @since 0.1.0
 */
export const traceGrants: Effect.Effect<GrantTrace> = Effect.scoped(
  Effect.gen(function* () {
    let recording: Array<string> | undefined
    const server = yield* startServer(pgliteBackend, {
      logger: { logQuery: (query) => recording?.push(query) }
    })
    const http = makeHttp(server.origin)
    const record = async <A>(run: () => Promise<A>) => {
      recording = []
      const result = await run()
      const statements = recording
      recording = undefined
      return { result, statements }
    }
    const trace = yield* Effect.promise(async () => {
      const user = new CookieJar()
      const admin = new CookieJar()
      const password = "correct horse battery staple"
      await http.request("/jwks")
      for (const [jar, email] of [
        [user, "user@example.test"],
        [admin, "admin@example.test"]
      ] as const) {
        await http.request("/sign-up/email", { json: { email, password, name: email } })
        await http.request("/sign-in/email", { jar, json: { email, password } })
      }
      const web = (
        await http.request("/oauth2/register", {
          jar: user,
          json: { redirect_uris: ["https://app.example.test/cb"], token_endpoint_auth_method: "client_secret_basic" }
        })
      ).body as RegisteredClient
      const machine = (await server.auth.api.adminCreateOAuthClient({
        headers: new Headers({ cookie: admin.header }),
        body: {
          grant_types: ["client_credentials"],
          token_endpoint_auth_method: "client_secret_basic",
          client_credentials_scopes: ["read:things"]
        }
      })) as unknown as RegisteredClient

      const code = await record(async () => {
        const { verifier, challenge } = pkce()
        const start = await http.request("/oauth2/authorize", {
          jar: user,
          query: {
            response_type: "code",
            client_id: web.client_id,
            redirect_uri: web.redirect_uris[0],
            scope: "openid profile email offline_access",
            state: "s",
            nonce: "n",
            code_challenge: challenge,
            code_challenge_method: "S256"
          }
        })
        const consent = await http.request("/oauth2/consent", {
          jar: user,
          json: { accept: true, oauth_query: start.location!.search.slice(1) }
        })
        const callback = new URL(consent.body.url)
        const tokens = await http.asClient("/oauth2/token", web, {
          grant_type: "authorization_code",
          code: callback.searchParams.get("code")!,
          redirect_uri: web.redirect_uris[0],
          code_verifier: verifier
        })
        if (tokens.status !== 200) throw new Error(`authorization code grant failed: ${JSON.stringify(tokens.body)}`)
        return tokens.body as { access_token: string; refresh_token: string }
      })
      const refresh = await record(async () => {
        const reply = await http.asClient("/oauth2/token", web, {
          grant_type: "refresh_token",
          refresh_token: code.result.refresh_token
        })
        if (reply.status !== 200) throw new Error(`refresh failed: ${JSON.stringify(reply.body)}`)
        return reply.body as { access_token: string }
      })
      const clientCredentials = await record(async () => {
        const reply = await http.asClient("/oauth2/token", machine, { grant_type: "client_credentials" })
        if (reply.status !== 200) throw new Error(`client_credentials failed: ${JSON.stringify(reply.body)}`)
      })
      const revoke = await record(async () => {
        const reply = await http.asClient("/oauth2/revoke", web, { token: refresh.result.access_token })
        if (reply.status !== 200) throw new Error(`revoke failed: ${JSON.stringify(reply.body)}`)
      })
      return [
        {
          grant: "Authorization code (with PKCE and consent)",
          steps:
            "`GET /oauth2/authorize` → `POST /oauth2/consent` → `POST /oauth2/token` (`grant_type=authorization_code`)",
          statements: code.statements
        },
        {
          grant: "Refresh",
          steps: "`POST /oauth2/token` (`grant_type=refresh_token`), rotating the refresh token",
          statements: refresh.statements
        },
        {
          grant: "Client credentials",
          steps: "`POST /oauth2/token` (`grant_type=client_credentials`) by a machine client",
          statements: clientCredentials.statements
        },
        { grant: "Revoke", steps: "`POST /oauth2/revoke` of an access token", statements: revoke.statements }
      ]
    })
    return trace.map(({ grant, steps, statements }) => {
      const byTable = new Map<string, Set<Verb>>()
      for (const { table, verb } of statements.flatMap(classify)) {
        const verbs = byTable.get(table) ?? new Set<Verb>()
        verbs.add(verb)
        byTable.set(table, verbs)
      }
      return {
        grant,
        steps,
        tables: [...byTable]
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([table, verbs]) => ({ table, verbs: VERBS.filter((v) => verbs.has(v)) }))
      }
    })
  })
)
