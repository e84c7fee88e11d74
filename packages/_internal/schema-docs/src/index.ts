/**
 * `@beep/schema-docs`: generates `docs/schema.md` (and the README's diagram)
 * from the aggregated schema, the models' annotations and observed SQL.
 *
 * @since 0.1.0
 */
export * from "./describeTables.ts"
export * from "./erDiagram.ts"
export * from "./grantTrace.ts"
export * from "./renderDocument.ts"
export * from "./SchemaDocuments.ts"
