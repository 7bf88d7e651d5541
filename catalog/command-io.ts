/** What the reviewer's commands (catalogue, documents) share: their output, their refusals, their exit codes. */
import { ScenarioFileError } from './scenarios';

export interface CommandIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** A wrong command line: told with the usage, exit code 2. */
export class UsageError extends Error {}

/** Tells why a command failed; returns its exit code (1 bad scenario file or failure, 2 usage). */
export function reportFailure(command: string, usage: string, error: unknown, io: CommandIo): number {
  if (error instanceof UsageError) {
    io.err(`${command}: ${error.message}\n\n${usage}\n`);
    return 2;
  }
  if (error instanceof ScenarioFileError) {
    io.err(`${command}: ${error.message}\n`);
    return 1;
  }
  io.err(`${command}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return 1;
}
