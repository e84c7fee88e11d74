/**
 * Running a db-admin command as a process: errors become a message and exit
 * code 1, never a stack trace with connection details.
 *
 * @since 0.1.0
 */
import * as Cause from "effect/Cause"
import * as Data from "effect/Data"
import * as Effect from "effect/Effect"
import * as Exit from "effect/Exit"

/**
 * A command refused or failed for a reason its message explains.
 *
 * @since 0.1.0
 */
export class CommandError extends Data.TaggedError("CommandError")<{ readonly message: string }> {}

/**
 * Runs `program`; on failure prints the error's message to stderr and exits 1.
 *
 * @since 0.1.0
 */
export const runCommand = async <A, E>(program: Effect.Effect<A, E>): Promise<void> => {
  const exit = await Effect.runPromiseExit(program)
  if (Exit.isSuccess(exit)) return
  const failure = Cause.findErrorOption(exit.cause)
  const message =
    failure._tag === "Some" && failure.value instanceof Error ? failure.value.message : Cause.pretty(exit.cause)
  process.stderr.write(`error: ${message}\n`)
  process.exitCode = 1
}
