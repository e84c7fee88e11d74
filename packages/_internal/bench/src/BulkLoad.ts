/**
 * Fills the token tables with many rows in bulk SQL (`INSERT … SELECT
 * generate_series`), not through the API, so the scale part can measure
 * lookups against 10⁶ rows in seconds rather than hours.
 *
 * Rows look like better-auth's own: hashed tokens (base64 SHA-256, the
 * length better-auth stores), 1 000 users, 100 clients, each access token
 * tied to the refresh token of the same number. IDs follow each side's
 * generator: ours `<table>__<uuidv7>` with the time part rising row by row
 * (as UUIDv7s from successive inserts do), the reference's 32 random-looking
 * characters (an MD5 digest, like better-auth's default random string in
 * length and disorder).
 *
 * @since 0.1.0
 */
import type { SqlConnection } from "@beep/db-admin"
import type { SideName } from "./Side.ts"

/**
 * Users and clients the bulk tokens belong to.
 *
 * @since 0.1.0
 */
export const BULK_USERS = 1_000
/**
 * See {@link BULK_USERS}.
 *
 * @since 0.1.0
 */
export const BULK_CLIENTS = 100

/**
 * The SQL expression of row `g`'s ID in `table` for `side`; `base` is the
 * load's base time in epoch milliseconds (an integer the bench chooses).
 *
 * @since 0.1.0
 */
export const idSql = (side: SideName, table: string, g: string, base: number): string =>
  side === "ours"
    ? `'${table}__' || (lpad(to_hex(${Math.trunc(base)}::bigint + ${g}), 12, '0') || '7' || substr(md5('${table}' || ${g}), 1, 3) || '8' || substr(md5('${table}' || ${g}), 4, 15))::uuid::text`
    : `md5('${table}' || ${g})`

/**
 * Inserts the bulk users and clients (once, before the first tokens).
 *
 * @since 0.1.0
 */
export const loadActors = async (sql: SqlConnection, side: SideName, base: number): Promise<void> => {
  await sql.query(
    `INSERT INTO "user" (id, name, email, email_verified, created_at, updated_at)
     SELECT ${idSql(side, "user", "g", base)}, 'Bulk user ' || g, 'bulk' || g || '@example.test', true, now(), now()
     FROM generate_series(1, ${BULK_USERS}) g`
  )
  await sql.query(
    `INSERT INTO oauth_client (id, client_id, client_secret, redirect_uris, token_endpoint_auth_method, grant_types,
       response_types, scopes, name, created_at, updated_at)
     SELECT ${idSql(side, "oauth_client", "g", base)}, 'bulk-client-' || g, encode(sha256(('secret' || g)::bytea), 'base64'),
       ARRAY['https://bulk.example.test/callback'], 'client_secret_basic', ARRAY['authorization_code', 'refresh_token'],
       ARRAY['code'], ARRAY['openid', 'profile', 'email', 'offline_access'], 'Bulk client ' || g, now(), now()
     FROM generate_series(1, ${BULK_CLIENTS}) g`
  )
}

/**
 * Adds refresh and access tokens numbered `from` (inclusive) to `to`
 * (exclusive), then lets the database settle (see {@link settle}).
 *
 * @since 0.1.0
 */
export const loadTokens = async (
  sql: SqlConnection,
  side: SideName,
  base: number,
  from: number,
  to: number
): Promise<void> => {
  if (to <= from) return
  const user = idSql(side, "user", `(g % ${BULK_USERS} + 1)`, base)
  const client = `'bulk-client-' || (g % ${BULK_CLIENTS} + 1)`
  await sql.query(
    `INSERT INTO oauth_refresh_token (id, token, client_id, user_id, expires_at, created_at, scopes)
     SELECT ${idSql(side, "oauth_refresh_token", "g", base)}, encode(sha256(('refresh' || g)::bytea), 'base64'), ${client}, ${user},
       now() + interval '30 days', now(), ARRAY['openid', 'profile', 'email', 'offline_access']
     FROM generate_series(${from}, ${to - 1}) g`
  )
  await sql.query(
    `INSERT INTO oauth_access_token (id, token, client_id, user_id, refresh_id, expires_at, created_at, scopes)
     SELECT ${idSql(side, "oauth_access_token", "g", base)}, encode(sha256(('access' || g)::bytea), 'base64'), ${client}, ${user},
       ${idSql(side, "oauth_refresh_token", "g", base)}, now() + interval '1 hour', now(), ARRAY['openid', 'profile', 'email', 'offline_access']
     FROM generate_series(${from}, ${to - 1}) g`
  )
  await settle(sql)
}

/**
 * Lets the database settle after a bulk load, so its background work does
 * not land in the next measurement: `VACUUM (ANALYZE)` gives the planner the
 * new sizes and sets the visibility map; `CHECKPOINT` writes the dirty pages
 * now instead of during the timed requests (skipped where not permitted).
 *
 * @since 0.1.0
 */
export const settle = async (sql: SqlConnection): Promise<void> => {
  for (const table of ['"user"', "oauth_client", "oauth_refresh_token", "oauth_access_token"]) {
    await sql.exec(`VACUUM (ANALYZE) ${table}`)
  }
  try {
    await sql.exec("CHECKPOINT")
  } catch {}
}

/**
 * Heap and index bytes of the two token tables (and of their primary-key
 * indexes, where the ID format shows).
 *
 * @since 0.1.0
 */
export const tokenStorage = async (
  sql: SqlConnection
): Promise<ReadonlyArray<{ table: string; heap: number; indexes: number; primaryKey: number }>> => {
  const rows = await sql.query<{ table: string; heap: string; indexes: string; primary_key: string }>(
    `SELECT c.relname AS table, pg_relation_size(c.oid) AS heap, pg_indexes_size(c.oid) AS indexes,
       pg_relation_size(i.indexrelid) AS primary_key
     FROM pg_class c JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary
     WHERE c.relname IN ('oauth_access_token', 'oauth_refresh_token') AND c.relnamespace = 'public'::regnamespace
     ORDER BY c.relname`
  )
  return rows.map((r) => ({
    table: r.table,
    heap: Number(r.heap),
    indexes: Number(r.indexes),
    primaryKey: Number(r.primary_key)
  }))
}

/**
 * Row counts of the tables, as the planner sees them after `ANALYZE`.
 *
 * @since 0.1.0
 */
export const tableSizes = async (sql: SqlConnection): Promise<ReadonlyMap<string, number>> => {
  const rows = await sql.query<{ relname: string; rows: number | string }>(
    `SELECT relname, greatest(reltuples, 0)::bigint AS rows FROM pg_class
     WHERE relkind = 'r' AND relnamespace = 'public'::regnamespace`
  )
  return new Map(rows.map((r) => [r.relname, Number(r.rows)]))
}
