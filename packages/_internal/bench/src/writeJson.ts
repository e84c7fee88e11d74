/**
 * Writes a JSON file the way the repository's formatter (biome) would, so
 * the committed results and baselines pass `bun run lint` unchanged:
 * written to `<file>.tmp`, formatted with biome, then renamed into place.
 * Fractions are rounded to three decimals: more digits would only be noise.
 *
 * @since 0.1.0
 */
import { spawnSync } from "node:child_process"
import { mkdirSync, renameSync, writeFileSync } from "node:fs"
import { dirname, join } from "node:path"
import { repositoryRoot } from "./Machine.ts"

const round = (_key: string, value: unknown) =>
  typeof value === "number" && !Number.isInteger(value) ? Math.round(value * 1000) / 1000 : value

/**
 * Writes `value` to `file` as formatted JSON.
 *
 * @since 0.1.0
 */
export const writeJson = (file: string, value: unknown): void => {
  mkdirSync(dirname(file), { recursive: true })
  const temporary = `${file}.tmp`
  writeFileSync(temporary, `${JSON.stringify(value, round, 2)}\n`)
  // biome infers the language from the extension, so it formats a copy named *.json via stdin.
  const formatted = spawnSync(
    join(repositoryRoot, "node_modules/.bin/biome"),
    ["format", `--stdin-file-path=${file}`],
    { input: JSON.stringify(value, round, 2), encoding: "utf8", cwd: repositoryRoot }
  )
  if (formatted.status === 0 && formatted.stdout !== "") writeFileSync(temporary, formatted.stdout)
  renameSync(temporary, file)
}
