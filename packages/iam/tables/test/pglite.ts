/**
 * An in-memory PGlite database with the twelve tables created from the table
 * objects (drizzle-kit's own DDL generator), for tests that need real SQL
 * before `@beep/db-admin`'s migrations exist in the dependency graph.
 */

import { pgliteParsers } from "@beep/shared-tables"
import { PGlite } from "@electric-sql/pglite"
import { generateDrizzleJson, generateMigration } from "drizzle-kit/api"
import { drizzle } from "drizzle-orm/pglite"
import { tables } from "./schema.ts"

export const makeDatabase = async () => {
  const client = new PGlite({ parsers: pgliteParsers })
  const statements = await generateMigration(generateDrizzleJson({}), generateDrizzleJson(tables))
  for (const statement of statements) await client.exec(statement)
  return { client, db: drizzle(client, { schema: tables }) }
}
