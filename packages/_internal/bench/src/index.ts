/**
 * `@beep/bench`: `bun run bench` (our schema against better-auth's own, at
 * scale, the floor, the type-check cost and the migrations) and
 * `bun run bench:types` (the type-check gate). Exported for its tests and
 * for anyone who wants one part programmatically.
 *
 * @since 0.1.0
 */
export * from "./BenchDatabase.ts"
export * from "./BothSides.ts"
export * from "./BulkLoad.ts"
export * from "./Explain.ts"
export * from "./Fixture.ts"
export * from "./format.ts"
export * from "./Interleave.ts"
export * from "./Load.ts"
export * from "./Machine.ts"
export * from "./makeReferenceAuth.ts"
export * from "./Options.ts"
export * from "./ReferenceSchema.ts"
export * from "./Report.ts"
export * from "./Resources.ts"
export * from "./runBench.ts"
export * from "./Scenario.ts"
export * from "./Side.ts"
export * from "./StatementLog.ts"
export * from "./stats.ts"
export * from "./TypeBaseline.ts"
export * from "./TypeCheck.ts"
export * from "./TypeGate.ts"
export * from "./writeJson.ts"
