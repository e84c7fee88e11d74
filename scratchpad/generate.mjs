// Writes scratchpad/auth.schema.ts, the reference schema the better-auth CLI
// (`auth generate`, package `auth`) derives from scratchpad/auth.ts.
// Run with `bun run auth:generate`.
//
// - The CLI runs under Node, never Bun: under Bun it silently drops
//   `.defaultNow()` from the generated columns.
// - Node 20 lacks Object.groupBy (used by the CLI's Prisma parser dependency),
//   so scratchpad/object-groupby-polyfill.mjs is preloaded with `--import`.
// - scratchpad/ is not a workspace; NODE_PATH points the config's bare imports
//   (better-auth, plugins, drizzle) at @beep/iam-server's dependencies, so the
//   CLI builds its schema from exactly the versions the server pins.
import { spawnSync } from "node:child_process"
import { existsSync, readFileSync } from "node:fs"
import path from "node:path"
import { fileURLToPath, pathToFileURL } from "node:url"

if (process.versions.bun) {
  console.error("auth:generate must run under Node: the better-auth CLI drops .defaultNow() under Bun.")
  process.exit(1)
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..")
// @beep/iam-server's dependencies, wherever the install layout put them (its own node_modules, or hoisted).
const moduleDirs = [path.join(root, "packages/iam/server/node_modules"), path.join(root, "node_modules")]
const cliDir = moduleDirs.map((dir) => path.join(dir, "auth")).find((dir) => existsSync(path.join(dir, "package.json")))
if (cliDir === undefined) throw new Error("the better-auth CLI (package `auth`) is not installed: run bun install")
const cliBin = path.join(cliDir, JSON.parse(readFileSync(path.join(cliDir, "package.json"), "utf8")).bin.auth)
const serverModules = moduleDirs.join(path.delimiter)

const result = spawnSync(
  process.execPath,
  [
    "--import",
    pathToFileURL(path.join(root, "scratchpad/object-groupby-polyfill.mjs")).href,
    cliBin,
    "generate",
    "--cwd",
    root,
    "--config",
    "scratchpad/auth.ts",
    "--output",
    "scratchpad/auth.schema.ts",
    "--yes"
  ],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NODE_PATH: serverModules, BETTER_AUTH_TELEMETRY: "0" }
  }
)
if (result.error) throw result.error
process.exit(result.status ?? 1)
