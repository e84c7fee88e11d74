/**
 * `bun run bench`: measures our schema against better-auth's own at scale,
 * the floor of the database alone, the type-check cost and the migrations;
 * prints the tables and writes `bench/results/latest.json`.
 *
 * `bun run bench -- --help` lists the options.
 */
import { runBench } from "../src/runBench.ts"

process.exitCode = await runBench(process.argv.slice(2))
