/**
 * Test data that lives beside the project, not in it (real webmail markup captured by others, which
 * must never be copied into the repository). A clone without it still passes its tests and is told
 * plainly what did not run; under CI=true the data is required and its absence fails the run.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export interface OptionalDataSet {
  /** What the suites check, in words. */
  name: string;
  /** The folder, as a newcomer would find it relative to the checkout. */
  shownPath: string;
  /** The folder's absolute path. */
  path: string;
  /** The test files (relative to the checkout) that need it. */
  suites: readonly string[];
}

const CHECKOUT = resolve(__dirname, '../..');

export const REAL_WEBMAIL_MARKUP: OptionalDataSet = {
  name: 'real webmail markup',
  shownPath: '../shared/fixtures/real',
  path: resolve(CHECKOUT, '../shared/fixtures/real'),
  suites: ['tests/unit/webmail/real-markup.test.ts'],
};

export const OPTIONAL_DATA: readonly OptionalDataSet[] = [REAL_WEBMAIL_MARKUP];

export type DataAvailability =
  | { state: 'present' }
  /** Absent on a developer's clone: the suites do not run, and the run says so. */
  | { state: 'absent'; reason: string }
  /** Absent under CI=true: the suites are required, so the run fails. */
  | { state: 'required-but-absent'; reason: string };

/** Whether a data set is there, and what its absence means in this environment. */
export function availability(data: OptionalDataSet, env: NodeJS.ProcessEnv = process.env): DataAvailability {
  if (existsSync(data.path)) return { state: 'present' };
  const required = env.CI === 'true' || env.CI === '1';
  if (required) {
    return { state: 'required-but-absent', reason: `${data.shownPath} is absent (${data.path}); it is required when CI=true` };
  }
  return { state: 'absent', reason: `${data.shownPath} absent` };
}

/** The line a run prints for a data set whose suites did not run, e.g. "real webmail markup: not run, ../shared/fixtures/real absent". */
export function notRunLine(data: OptionalDataSet, reason: string): string {
  return `${data.name}: not run, ${reason}`;
}
