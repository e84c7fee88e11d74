/**
 * `@beep/shared-tables`: `Table.make`, column helpers, the `user` and `session`
 * tables, their relations and the type-equality helpers that prove tables and
 * models agree.
 *
 * @since 0.1.0
 */

export * from "./alignment.ts"
export * from "./columns.ts"
export * from "./pglite-parsers.ts"
export * from "./relations.ts"
export * as Table from "./Table.ts"
export * from "./tables/index.ts"
