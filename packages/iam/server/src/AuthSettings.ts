/**
 * The server's settings for better-auth, validated in one place.
 *
 * A missing or short secret, a base URL that is not http(s), a trusted origin
 * that is not an origin, a login or consent page that is not a path, or a
 * scope with spaces fails with an error naming the setting; the secret itself
 * never appears in an error, a log or `String(settings)`.
 *
 * @since 0.1.0
 */
import * as Config from "effect/Config"
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"

const HttpUrl = Schema.String.check(
  Schema.makeFilter((s: string) => {
    if (!URL.canParse(s)) return "is not a URL"
    const url = new URL(s)
    return (
      url.protocol === "http:" || url.protocol === "https:" || `has scheme "${url.protocol}", expected http: or https:`
    )
  })
)

const Origin = Schema.String.check(
  Schema.makeFilter(
    (s: string) => (URL.canParse(s) && new URL(s).origin === s) || "is not an origin (scheme://host[:port])"
  )
)

const PagePath = Schema.String.check(
  Schema.makeFilter((s: string) => s.startsWith("/") || "must be a path starting with /")
)

const Scope = Schema.String.check(
  Schema.makeFilter(
    (s: string) => /^[\x21\x23-\x5B\x5D-\x7E]+$/.test(s) || "is not an OAuth scope token (RFC 6749 §3.3)"
  )
)

/**
 * The settings, as a schema (decode untrusted input with it).
 *
 * @since 0.1.0
 */
export class AuthSettings extends Schema.Class<AuthSettings>("AuthSettings")({
  /** Where the server is reached; better-auth mounts under `<baseUrl>/api/auth`. */
  baseUrl: HttpUrl,
  /** Signs cookies and derives encryption keys: at least 32 characters. */
  secret: Schema.RedactedFromValue(
    Schema.String.check(Schema.makeFilter((s: string) => s.length >= 32 || "must be at least 32 characters"))
  ),
  /** Origins allowed to post to the auth endpoints with a session cookie (besides `baseUrl`'s own). */
  trustedOrigins: Schema.Array(Origin),
  /** The application's sign-in page, where `/oauth2/authorize` sends a user without a session. */
  loginPage: PagePath,
  /** The application's consent page. */
  consentPage: PagePath,
  /** Scopes the provider knows; `openid`, `profile`, `email`, `offline_access` plus the APIs' own. */
  scopes: Schema.Array(Scope),
  /** Protected resources (RFC 8707) seeded into `oauth_resource`; tokens for them are audience-bound JWTs. */
  resources: Schema.Array(Schema.Struct({ identifier: HttpUrl, name: Schema.String })),
  /** `off`, `authenticated` (a signed-in user registers clients) or `open` (RFC 7591 without authentication). */
  dynamicClientRegistration: Schema.Literals(["off", "authenticated", "open"]),
  /** Users (by email) who may give machine clients `client_credentials` scopes. */
  clientAdmins: Schema.Array(Schema.String)
}) {}

/**
 * The environment variables the server reads (`BETTER_AUTH_SECRET` is
 * required; there is no default secret).
 *
 * @since 0.1.0
 */
export const loadAuthSettings = Effect.gen(function* () {
  const list = (name: string, fallback: ReadonlyArray<string>) =>
    Config.withDefault(
      Config.String(name).pipe(
        Config.map((s) =>
          s
            .split(",")
            .map((x) => x.trim())
            .filter((x) => x !== "")
        )
      ),
      fallback
    )
  const raw = {
    baseUrl: yield* Config.String("BETTER_AUTH_URL"),
    secret: yield* Config.String("BETTER_AUTH_SECRET"),
    trustedOrigins: yield* list("BETTER_AUTH_TRUSTED_ORIGINS", []),
    loginPage: yield* Config.withDefault(Config.String("OAUTH_LOGIN_PAGE"), "/sign-in"),
    consentPage: yield* Config.withDefault(Config.String("OAUTH_CONSENT_PAGE"), "/consent"),
    scopes: yield* list("OAUTH_SCOPES", ["openid", "profile", "email", "offline_access"]),
    resources: [],
    dynamicClientRegistration: yield* Config.withDefault(Config.String("OAUTH_DYNAMIC_CLIENT_REGISTRATION"), "off"),
    clientAdmins: yield* list("OAUTH_CLIENT_ADMINS", [])
  }
  return yield* Schema.decodeUnknownEffect(AuthSettings)(raw)
})
