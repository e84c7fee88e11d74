/**
 * Type parsers to give PGlite so that Drizzle reads `json`/`jsonb` correctly.
 *
 * PGlite parses `jsonb` itself, and Drizzle's jsonb column then parses any
 * string it receives once more. A jsonb string scalar that looks like JSON
 * (better-auth stores `oauth_client.metadata` as exactly that, `"{\"a\":1}"`)
 * therefore reads back as an object, and `"1"` as the number 1. Handing the
 * raw text to Drizzle, as its postgres-js driver does, makes it parse exactly
 * once. Pass these as `new PGlite({ parsers: pgliteParsers })`.
 *
 * @since 0.1.0
 */

const JSON_OID = 114
const JSONB_OID = 3802
const raw = (text: string) => text

/**
 * PGlite `parsers` option: `json` and `jsonb` as raw text.
 *
 * @since 0.1.0
 */
export const pgliteParsers = { [JSON_OID]: raw, [JSONB_OID]: raw } as const
