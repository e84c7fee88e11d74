/**
 * Type tests: compiled by `bun run check`; each `@ts-expect-error` fails the
 * check if the line it guards ever compiles.
 */
import { IamEntityIds, type IamTableName, SharedEntityIds } from "../src/index.ts"

const clientId: IamEntityIds.OAuthClientId = IamEntityIds.OAuthClientId.create()
const userId: SharedEntityIds.UserId = SharedEntityIds.UserId.create()

// @ts-expect-error an OAuthClientId is not a UserId
export const notAUser: SharedEntityIds.UserId = clientId
// @ts-expect-error a UserId is not an OAuthClientId
export const notAClient: IamEntityIds.OAuthClientId = userId
// @ts-expect-error a plain string is not an ID
export const plain: SharedEntityIds.UserId = "user__0190a0b0-0000-7000-8000-000000000000"
// an ID is still a string
export const asString: string = userId

export const table: "oauth_client" = IamEntityIds.OAuthClientId.tableName
// @ts-expect-error the table name is a literal type, not string
export const wrongTable: "user" = IamEntityIds.OAuthClientId.tableName
export const known: IamTableName = "oauth_refresh_token"
// @ts-expect-error not a table of the IAM slice
export const unknownTable: IamTableName = "user"

// The encoded side carries the brand too, so a Drizzle column typed as the ID
// is the model's encoded type exactly.
export const encoded: typeof IamEntityIds.OAuthClientId.Encoded = clientId
// @ts-expect-error the encoded side is not a plain string either
export const encodedPlain: typeof IamEntityIds.OAuthClientId.Encoded = "oauth_client__x"
