/**
 * The shared slice's entities, each a namespace with its `Model`.
 *
 * @since 0.1.0
 */
export * as Session from "./Session/index.ts"
export * as User from "./User/index.ts"
