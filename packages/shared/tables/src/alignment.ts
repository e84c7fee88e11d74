/**
 * Type-level proof that a model and a table agree, with reports that name the
 * offending keys when they do not.
 *
 * A plain `Equals<A, B>` fails with a bare `false`; a one-way assignability
 * check misses a looser domain field and an extra column. Each report here is
 * an object of key unions that must all be `never`, so a failing
 * {@link AssertAligned} prints, for example,
 * `Types of property 'keysOnlyInTable' are incompatible. Type '"legacyFlag"' is
 * not assignable to type 'never'`.
 *
 * @since 0.1.0
 */

/**
 * Exact type equality (invariant in both directions; `any` equals only `any`).
 *
 * @since 0.1.0
 */
export type Equals<A, B> = (<G>() => G extends A ? 1 : 2) extends <G>() => G extends B ? 1 : 2 ? true : false

type RequiredKeys<T> = { [K in keyof T]-?: {} extends Pick<T, K> ? never : K }[keyof T]

type DifferentTypes<A, B> = {
  [K in keyof A & keyof B]-?: Equals<Exclude<A[K], undefined>, Exclude<B[K], undefined>> extends true ? never : K
}[keyof A & keyof B]

/**
 * How `Model.select.Encoded` and a table's select row differ (modulo
 * `readonly`): keys only one side has, and keys whose types differ (including
 * nullability, array element types and date modes).
 *
 * @since 0.1.0
 */
export type SelectReport<ModelRow, TableRow> = {
  readonly keysOnlyInModel: Exclude<keyof ModelRow, keyof TableRow>
  readonly keysOnlyInTable: Exclude<keyof TableRow, keyof ModelRow>
  readonly keysWithDifferentTypes: DifferentTypes<ModelRow, TableRow>
}

/**
 * How a model's insert variant (`Model.insert.Encoded`) and a table's insert
 * row differ: keys only one side has, columns the database requires that the
 * model leaves optional, and keys whose value types differ. The model may
 * require more than the database (a nullable column the model always writes).
 *
 * @since 0.1.0
 */
export type InsertReport<ModelInsert, TableInsert> = {
  readonly keysOnlyInModel: Exclude<keyof ModelInsert, keyof TableInsert>
  readonly keysOnlyInTable: Exclude<keyof TableInsert, keyof ModelInsert>
  readonly keysRequiredByTableNotByModel: Exclude<RequiredKeys<TableInsert>, RequiredKeys<ModelInsert>>
  readonly keysWithDifferentTypes: DifferentTypes<ModelInsert, TableInsert>
}

/**
 * Compiles only when every key union of the report is `never`.
 *
 * @since 0.1.0
 */
export type AssertAligned<Report extends { readonly [K in keyof Report]: never }> = Report
