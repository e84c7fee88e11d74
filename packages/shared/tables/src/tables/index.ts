/**
 * The shared slice's tables.
 *
 * @since 0.1.0
 */
export * from "./session.table.ts"
export * from "./user.table.ts"
