/**
 * The five OAuth operations the throughput and scale parts time. Each is one
 * call of `run(fixture, worker)`; it throws when the server answers anything
 * but success, so an error is counted, never timed as a fast reply.
 *
 * @since 0.1.0
 */
import { authorizationCodeFlow, type Fixture, UnexpectedReply } from "./Fixture.ts"
import type { ScenarioName } from "./Options.ts"

/**
 * An operation and how many HTTP requests it makes.
 *
 * @since 0.1.0
 */
export interface Scenario {
  readonly name: ScenarioName
  readonly requests: number
  readonly describe: string
  readonly run: (fixture: Fixture, worker: number) => Promise<void>
}

const ok = (what: string) => (reply: { status: number; body: any }) => {
  if (reply.status !== 200) throw new UnexpectedReply(what, reply as never)
  return reply
}

/**
 * Every scenario, by name.
 *
 * @since 0.1.0
 */
export const scenarioByName: Readonly<Record<ScenarioName, Scenario>> = {
  client_credentials: {
    name: "client_credentials",
    requests: 1,
    describe: "POST /oauth2/token grant_type=client_credentials (machine client, client_secret_basic)",
    run: async ({ side, machine }) => {
      ok("client_credentials")(
        await side.http.asClient("/oauth2/token", machine, { grant_type: "client_credentials", scope: "read:things" })
      )
    }
  },
  refresh: {
    name: "refresh",
    requests: 1,
    describe: "POST /oauth2/token grant_type=refresh_token, rotating: each worker continues its own chain",
    run: async ({ side, web, workers }, worker) => {
      const tokens = workers[worker % workers.length]!
      const reply = ok("refresh")(
        await side.http.asClient("/oauth2/token", web, {
          grant_type: "refresh_token",
          refresh_token: tokens.refreshToken
        })
      )
      tokens.refreshToken = reply.body.refresh_token
      tokens.accessToken = reply.body.access_token
    }
  },
  authorization_code: {
    name: "authorization_code",
    requests: 3,
    describe: "GET /oauth2/authorize (prompt=consent) → POST /oauth2/consent → POST /oauth2/token (PKCE)",
    run: async ({ side, web, user }) => {
      await authorizationCodeFlow(side.http, web, user)
    }
  },
  introspect: {
    name: "introspect",
    requests: 1,
    describe: "POST /oauth2/introspect of an opaque access token (confidential client)",
    run: async ({ side, web, workers }, worker) => {
      const reply = ok("introspect")(
        await side.http.asClient("/oauth2/introspect", web, { token: workers[worker % workers.length]!.accessToken })
      )
      if (reply.body.active !== true) throw new UnexpectedReply("introspect: inactive", reply as never)
    }
  },
  userinfo: {
    name: "userinfo",
    requests: 1,
    describe: "GET /oauth2/userinfo with an opaque bearer access token",
    run: async ({ side, workers }, worker) => {
      ok("userinfo")(
        await side.http.request("/oauth2/userinfo", {
          headers: { authorization: `Bearer ${workers[worker % workers.length]!.accessToken}` }
        })
      )
    }
  }
}
