/**
 * `makeFields`: the fields every entity carries, added to an entity's own.
 *
 * Every entity gets its typed `id`, `createdAt` and `updatedAt`. That is the
 * whole audit trail we keep in the row, on purpose: better-auth writes most
 * rows through its own adapter with no notion of an acting user, so a
 * `createdBy`/`updatedBy` column would be null on most rows and trusted by
 * nobody, and a `version` counter would not be bumped by better-auth's updates.
 * Who did what belongs in an append-only audit log, not in columns of the
 * rows themselves. Any column added here must be nullable or defaulted, since
 * better-auth ignores fields it does not know.
 *
 * @since 0.1.0
 */
import * as Effect from "effect/Effect"
import * as Schema from "effect/Schema"
import { Model, type VariantSchema } from "effect/schema"
import type * as EntityId from "../entity-ids/EntityId.ts"
import { CreatedAt, UpdatedAt } from "./fields.ts"

/**
 * The `id` field of an entity: present in `select`, `update` and `json`; in
 * `insert`, optional in the payload and filled in by `Id.create()` when left
 * out (a given ID is kept). Absent from `jsonCreate`/`jsonUpdate`: clients never
 * pick IDs.
 *
 * @since 0.1.0
 */
export const IdField = <I extends EntityId.EntityId<string, any>>(Id: I) =>
  Model.Field({
    select: Id,
    insert: Id.pipe(Schema.withDecodingDefaultKey(Effect.sync(() => Id.create() as I["Encoded"]))),
    update: Id,
    json: Id
  })

/** The keys {@link makeFields} owns; an entity redefining one is a type error. @since 0.1.0 */
export type CommonKeys = "id" | "createdAt" | "updatedAt"

/**
 * The fields of an entity built by {@link makeFields}.
 *
 * @since 0.1.0
 */
export type Fields<I extends EntityId.EntityId<string, any>, F> = {
  readonly id: ReturnType<typeof IdField<I>>
} & F & {
    readonly createdAt: typeof CreatedAt
    readonly updatedAt: typeof UpdatedAt
  }

/**
 * The fields of an entity: its own `fields` plus `id` (typed by `Id`),
 * `createdAt` and `updatedAt`. Passing one of those three in `fields` is a type
 * error: the kit owns them, so every table and model agree on them.
 *
 * @since 0.1.0
 */
export const makeFields = <I extends EntityId.EntityId<string, any>, const F extends VariantSchema.Struct.Fields>(
  Id: I,
  fields: F & { readonly [K in CommonKeys]?: never }
): Fields<I, F> => ({
  id: IdField(Id),
  ...fields,
  createdAt: CreatedAt,
  updatedAt: UpdatedAt
})
