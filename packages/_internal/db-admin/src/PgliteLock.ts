/**
 * An inter-process lock for a PGlite data directory.
 *
 * PGlite keeps no lock of its own between processes, and two processes that
 * open the same data directory corrupt it. Every process that opens the
 * embedded database through `@beep/db-admin` first creates
 * `<dataDir>.lock` exclusively (holding its pid) and removes it when done; a
 * second process is refused with a message naming the holder. A lock left by a
 * process that no longer runs is taken over.
 *
 * @since 0.1.0
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from "node:fs"
import { dirname } from "node:path"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"

/**
 * Another live process holds the data directory.
 *
 * @since 0.1.0
 */
export class DatabaseLockedError extends Data.TaggedError("DatabaseLockedError")<{
  readonly dataDir: string
  readonly holderPid: number
}> {
  override get message() {
    return `the embedded database at ${this.dataDir} is in use by process ${this.holderPid} (lock file ${this.dataDir}.lock); stop that process first`
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM"
  }
}

const tryCreate = (lockFile: string): boolean => {
  try {
    const fd = openSync(lockFile, "wx")
    writeSync(fd, String(process.pid))
    closeSync(fd)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EEXIST") return false
    throw error
  }
}

const holder = (lockFile: string): number => {
  try {
    return Number.parseInt(readFileSync(lockFile, "utf8"), 10)
  } catch {
    return Number.NaN
  }
}

/**
 * Takes the lock of `dataDir` for the current scope.
 *
 * @since 0.1.0
 */
export const acquirePgliteLock = (
  dataDir: string
): Effect.Effect<void, DatabaseLockedError, import("effect/Scope").Scope> =>
  Effect.acquireRelease(
    Effect.suspend(() => {
      const lockFile = `${dataDir}.lock`
      mkdirSync(dirname(lockFile), { recursive: true })
      for (let attempt = 0; attempt < 2; attempt++) {
        if (tryCreate(lockFile)) return Effect.succeed(lockFile)
        const pid = holder(lockFile)
        if (Number.isInteger(pid) && pid !== process.pid && isAlive(pid)) {
          return Effect.fail(new DatabaseLockedError({ dataDir, holderPid: pid }))
        }
        rmSync(lockFile, { force: true })
      }
      return Effect.fail(new DatabaseLockedError({ dataDir, holderPid: holder(lockFile) }))
    }),
    (lockFile) =>
      Effect.sync(() => {
        if (holder(lockFile) === process.pid) rmSync(lockFile, { force: true })
      })
  ).pipe(Effect.asVoid)
