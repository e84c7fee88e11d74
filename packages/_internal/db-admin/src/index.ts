/**
 * `@beep/db-admin`: every table of every slice, the database client (PGlite by
 * default, PostgreSQL by `DATABASE_URL`), the migrator and the schema-drift
 * check behind `bun run db:*`.
 *
 * @since 0.1.0
 */
export * from "./Database.ts"
export * from "./DatabaseConfig.ts"
export * from "./Migrator.ts"
export * from "./PgliteLock.ts"
export { migrationsFolder } from "./paths.ts"
export * from "./SchemaDrift.ts"
export * as schema from "./schema.ts"
