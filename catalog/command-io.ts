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

/**
 * `--name value` options and `--flag` switches, the two commands' shared command line: an unknown
 * argument or a missing value is a UsageError; `--scenarios` and `--out` are always required.
 */
export function parseCommandLine<V extends string, F extends string>(
  argv: readonly string[],
  spec: { values: readonly V[]; flags: readonly F[] },
): { scenarios: string; out: string; values: Partial<Record<V, string>>; flags: Record<F, boolean> } {
  const values: Partial<Record<string, string>> = {};
  const flags = Object.fromEntries(spec.flags.map((flag) => [flag, false])) as Record<F, boolean>;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const name = arg.startsWith('--') ? arg.slice(2) : '';
    if (name === 'scenarios' || name === 'out' || (spec.values as readonly string[]).includes(name)) {
      const next = argv[index + 1];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${arg} needs a value`);
      values[name] = next;
      index += 1;
    } else if ((spec.flags as readonly string[]).includes(name)) {
      flags[name as F] = true;
    } else {
      throw new UsageError(`unknown argument "${arg}"`);
    }
  }
  const { scenarios, out } = values;
  if (scenarios === undefined) throw new UsageError('--scenarios FILE.json is required');
  if (out === undefined) throw new UsageError('--out DIR is required');
  return { scenarios, out, values: values as Partial<Record<V, string>>, flags };
}
