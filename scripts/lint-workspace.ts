/**
 * Keeps the workspace consistent where biome cannot look: package manifests,
 * TypeScript project references and the solution tsconfig.
 *
 * Rules (each failure names the file and the rule):
 * - every dependency is pinned exactly (`1.2.3`) or is `workspace:*`;
 * - every `@beep/*` dependency is `workspace:*`, and the package's tsconfig
 *   references exactly the workspace packages it depends on;
 * - an external dependency has one version across the workspace;
 * - every package exports its source (`./src/index.ts`), has a `check` script,
 *   has a `test` script exactly when it has a `test/` folder, and is listed in
 *   the root solution `tsconfig.json`.
 *
 * Run by `bun run lint`.
 */
import { existsSync, readFileSync } from "node:fs"
import { dirname, join, relative, resolve } from "node:path"
import { Glob } from "bun"

interface Manifest {
  readonly name: string
  readonly exports?: Record<string, string>
  readonly scripts?: Record<string, string>
  readonly dependencies?: Record<string, string>
  readonly devDependencies?: Record<string, string>
  readonly workspaces?: ReadonlyArray<string>
}

const root = resolve(import.meta.dir, "..")
const readJson = <A>(file: string): A => JSON.parse(readFileSync(file, "utf8")) as A
const problems: Array<string> = []
const fail = (file: string, message: string) => problems.push(`${relative(root, file)}: ${message}`)

const rootManifest = readJson<Manifest>(join(root, "package.json"))
const packageFiles = (rootManifest.workspaces ?? []).flatMap((pattern) => [
  ...new Glob(`${pattern}/package.json`).scanSync({ cwd: root, absolute: true })
])
const packages = new Map(
  packageFiles.map((file) => {
    const manifest = readJson<Manifest>(file)
    return [manifest.name, { file, dir: dirname(file), manifest }] as const
  })
)

const EXACT = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/
const versions = new Map<string, Map<string, string>>()
for (const file of [join(root, "package.json"), ...packageFiles]) {
  const manifest = readJson<Manifest>(file)
  for (const [dep, version] of Object.entries({ ...manifest.dependencies, ...manifest.devDependencies })) {
    if (dep.startsWith("@beep/")) {
      if (version !== "workspace:*") fail(file, `${dep} must be "workspace:*", is "${version}"`)
      if (!packages.has(dep)) fail(file, `${dep} is not a workspace package`)
      continue
    }
    if (!EXACT.test(version)) fail(file, `${dep} must be pinned to an exact version, is "${version}"`)
    const seen = versions.get(dep) ?? new Map<string, string>()
    seen.set(relative(root, file), version)
    versions.set(dep, seen)
  }
}
for (const [dep, seen] of versions) {
  if (new Set(seen.values()).size > 1) {
    problems.push(`${dep} has different versions: ${[...seen].map(([f, v]) => `${f}=${v}`).join(", ")}`)
  }
}

const solution = readJson<{ references: ReadonlyArray<{ path: string }> }>(join(root, "tsconfig.json"))
const solutionPaths = new Set(solution.references.map((r) => resolve(root, r.path)))
for (const { file, dir, manifest } of packages.values()) {
  if (manifest.exports?.["."] !== "./src/index.ts") fail(file, `exports["."] must be "./src/index.ts"`)
  if (!manifest.scripts?.check) fail(file, `needs a "check" script`)
  const hasTests = existsSync(join(dir, "test"))
  if (hasTests !== Boolean(manifest.scripts?.test)) {
    fail(file, hasTests ? `has a test/ folder but no "test" script` : `has a "test" script but no test/ folder`)
  }
  if (!solutionPaths.has(dir)) fail(join(root, "tsconfig.json"), `does not reference ${relative(root, dir)}`)
  const tsconfigFile = join(dir, "tsconfig.json")
  const tsconfig = readJson<{ references?: ReadonlyArray<{ path: string }> }>(tsconfigFile)
  const referenced = new Set((tsconfig.references ?? []).map((r) => resolve(dir, r.path)))
  const depended = new Set(
    Object.keys({ ...manifest.dependencies, ...manifest.devDependencies })
      .filter((d) => d.startsWith("@beep/"))
      .flatMap((d) => {
        const p = packages.get(d)
        return p ? [p.dir] : []
      })
  )
  for (const d of depended) if (!referenced.has(d)) fail(tsconfigFile, `must reference ${relative(dir, d)}`)
  for (const r of referenced)
    if (!depended.has(r)) fail(tsconfigFile, `references ${relative(dir, r)}, not a dependency`)
}

if (problems.length > 0) {
  console.error(`workspace lint: ${problems.length} problem(s)\n${problems.map((p) => `  - ${p}`).join("\n")}`)
  process.exit(1)
}
console.log(`workspace lint: ${packages.size} packages consistent`)
