/**
 * The twelve tables, keyed by better-auth's model names, for the tests.
 */
import { session, user } from "@beep/shared-tables"
import * as IamTables from "../src/tables/index.ts"

export const tables = { user, session, ...IamTables }
export type TableKey = keyof typeof tables
