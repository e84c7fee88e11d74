/**
 * A small HTTP client for the end-to-end tests: real `fetch` against the
 * server on loopback, no redirects followed, a cookie jar per user, and the
 * three ways a client authenticates at the token endpoint.
 */
import { createHash, randomBytes } from "node:crypto"

export interface Reply {
  readonly status: number
  readonly headers: Headers
  readonly body: any
  readonly location: URL | null
}

export interface RegisteredClient {
  readonly client_id: string
  readonly client_secret?: string
  readonly token_endpoint_auth_method: "client_secret_basic" | "client_secret_post" | "none"
  readonly redirect_uris: ReadonlyArray<string>
}

export class CookieJar {
  private readonly cookies = new Map<string, string>()
  take(headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair = "", ...attributes] = line.split(";")
      const at = pair.indexOf("=")
      const name = pair.slice(0, at).trim()
      const value = pair.slice(at + 1)
      if (value === "" || attributes.some((a) => /^\s*max-age=0\s*$/i.test(a))) this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }
  get header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ")
  }
}

export const pkce = () => {
  const verifier = randomBytes(32).toString("base64url")
  return { verifier, challenge: createHash("sha256").update(verifier).digest("base64url") }
}

export const makeHttp = (origin: string) => {
  const base = `${origin}/api/auth`
  const request = async (
    path: string,
    init: {
      readonly method?: string
      readonly query?: Record<string, string | undefined>
      readonly json?: unknown
      readonly form?: Record<string, string | undefined>
      readonly jar?: CookieJar
      readonly headers?: Record<string, string>
    } = {}
  ): Promise<Reply> => {
    const url = new URL(path.startsWith("http") ? path : `${base}${path}`)
    for (const [k, v] of Object.entries(init.query ?? {})) if (v !== undefined) url.searchParams.set(k, v)
    const headers = new Headers(init.headers)
    let body: string | undefined
    if (init.json !== undefined) {
      headers.set("content-type", "application/json")
      body = JSON.stringify(init.json)
    } else if (init.form !== undefined) {
      headers.set("content-type", "application/x-www-form-urlencoded")
      body = new URLSearchParams(
        Object.entries(init.form).filter((e): e is [string, string] => e[1] !== undefined)
      ).toString()
    }
    if (init.jar) headers.set("cookie", init.jar.header)
    const method = init.method ?? (body === undefined ? "GET" : "POST")
    if (method !== "GET") headers.set("origin", origin)
    const response = await fetch(url, { method, headers, body, redirect: "manual" })
    init.jar?.take(response.headers)
    const text = await response.text()
    let parsed: unknown = text
    try {
      parsed = JSON.parse(text)
    } catch {}
    const location = response.headers.get("location")
    return {
      status: response.status,
      headers: response.headers,
      body: parsed,
      location: location ? new URL(location, url) : null
    }
  }

  /** Form fields and headers that authenticate `client` at the token, introspection and revocation endpoints. */
  const clientAuth = (
    client: RegisteredClient,
    secret = client.client_secret
  ): { form: Record<string, string | undefined>; headers: Record<string, string> } => {
    switch (client.token_endpoint_auth_method) {
      case "client_secret_basic":
        return {
          form: {},
          headers: {
            authorization: `Basic ${btoa(`${encodeURIComponent(client.client_id)}:${encodeURIComponent(secret ?? "")}`)}`
          }
        }
      case "client_secret_post":
        return { form: { client_id: client.client_id, client_secret: secret }, headers: {} }
      case "none":
        return { form: { client_id: client.client_id }, headers: {} }
    }
  }

  const asClient = (
    path: string,
    client: RegisteredClient,
    form: Record<string, string | undefined>,
    secret?: string
  ) => {
    const auth = clientAuth(client, secret ?? client.client_secret)
    return request(path, { form: { ...form, ...auth.form }, headers: auth.headers })
  }

  return { base, request, asClient }
}

export type Http = ReturnType<typeof makeHttp>
