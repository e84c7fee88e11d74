/**
 * What the figures were measured on: the machine, the runtimes, the package
 * versions and the commit. Printed above every run and stored with the
 * results, because a figure without its machine means little.
 *
 * @since 0.1.0
 */
import { execFileSync } from "node:child_process"
import { readFileSync } from "node:fs"
import { cpus, freemem, loadavg, totalmem } from "node:os"
import { fileURLToPath } from "node:url"

/**
 * The repository root.
 *
 * @since 0.1.0
 */
export const repositoryRoot = fileURLToPath(new URL("../../../../", import.meta.url))

const versionOf = (pkg: string): string => {
  try {
    return (
      JSON.parse(readFileSync(`${repositoryRoot}node_modules/${pkg}/package.json`, "utf8")) as { version: string }
    ).version
  } catch {
    return "not installed"
  }
}

const git = (...args: Array<string>): string => {
  try {
    return execFileSync("git", args, {
      cwd: repositoryRoot,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"]
    }).trim()
  } catch {
    return "unknown"
  }
}

/**
 * The packages whose versions the figures depend on.
 *
 * @since 0.1.0
 */
export const measuredPackages = [
  "better-auth",
  "@better-auth/oauth-provider",
  "@better-auth/drizzle-adapter",
  "drizzle-orm",
  "drizzle-kit",
  "postgres",
  "@electric-sql/pglite",
  "effect",
  "typescript",
  "@effect/tsgo"
] as const

/**
 * The machine description.
 *
 * @since 0.1.0
 */
export interface Machine {
  readonly date: string
  readonly cpu: string
  readonly cores: number
  readonly memoryGiB: number
  readonly freeMemoryGiB: number
  readonly loadAverage: ReadonlyArray<number>
  readonly platform: string
  readonly bun: string
  readonly nodeCompat: string
  readonly node: string
  readonly postgresServer: string
  readonly nodeEnv: string
  readonly commit: string
  readonly dirty: boolean
  readonly packages: Readonly<Record<string, string>>
}

/**
 * Describes this machine now; `postgresServer` is the server's `version()`
 * when the bench can reach one.
 *
 * @since 0.1.0
 */
export const describeMachine = (postgresServer: string): Machine => {
  let node = "not found"
  try {
    node = execFileSync("node", ["--version"], { encoding: "utf8" }).trim()
  } catch {}
  return {
    date: new Date().toISOString(),
    cpu: cpus()[0]?.model ?? "unknown",
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    freeMemoryGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    platform: `${process.platform} ${process.arch}`,
    bun: process.versions.bun ?? "not bun",
    nodeCompat: process.version,
    node,
    postgresServer,
    nodeEnv: process.env.NODE_ENV ?? "(unset: better-auth's rate limiter is off)",
    commit: git("rev-parse", "--short", "HEAD"),
    // The results file this run is about to replace does not make the tree dirty.
    dirty: git("status", "--porcelain", "--", ".", ":(exclude)bench/results") !== "",
    packages: Object.fromEntries(measuredPackages.map((p) => [p, versionOf(p)]))
  }
}

/**
 * The description as a few lines.
 *
 * @since 0.1.0
 */
export const machineLines = (m: Machine): ReadonlyArray<string> => [
  `date ${m.date} · commit ${m.commit}${m.dirty ? " (uncommitted changes)" : ""}`,
  `machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGiB} GiB (${m.freeMemoryGiB} GiB free), ${m.platform}, load ${m.loadAverage.join(" ")}`,
  `runtime: bun ${m.bun} (node compat ${m.nodeCompat}); node ${m.node}; NODE_ENV ${m.nodeEnv}`,
  `PostgreSQL server: ${m.postgresServer}`,
  `packages: ${Object.entries(m.packages)
    .map(([p, v]) => `${p} ${v}`)
    .join(" · ")}`
]
