/** The test harness's own rules: optional data beside the project, and the fast-check seed. */
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { DEFAULT_FC_SEED, fastCheckSeed } from '../../support/fast-check-seed';
import { availability, notRunLine, type OptionalDataSet } from '../../support/optional-data';

const here: OptionalDataSet = { name: 'a folder that exists', shownPath: 'tmp', path: tmpdir(), suites: [] };
const gone: OptionalDataSet = { name: 'real webmail markup', shownPath: '../shared/fixtures/real', path: '/nonexistent/offboard/shared', suites: [] };

describe('optional data beside the project', () => {
  it('runs the suites where the folder is present, in CI or not', () => {
    expect(availability(here, {})).toEqual({ state: 'present' });
    expect(availability(here, { CI: 'true' })).toEqual({ state: 'present' });
  });

  it('does not run them on a developer clone without it, and says so in one line', () => {
    const status = availability(gone, {});
    expect(status).toEqual({ state: 'absent', reason: '../shared/fixtures/real absent' });
    expect(notRunLine(gone, (status as { reason: string }).reason)).toBe('real webmail markup: not run, ../shared/fixtures/real absent');
  });

  it('requires them under CI=true', () => {
    expect(availability(gone, { CI: 'true' }).state).toBe('required-but-absent');
    expect(availability(gone, { CI: '1' }).state).toBe('required-but-absent');
    expect(availability(gone, { CI: 'false' }).state).toBe('absent');
  });
});

describe('fast-check seed', () => {
  it('is fixed by default and can be overridden with OFFBOARD_FC_SEED', () => {
    expect(fastCheckSeed({})).toBe(DEFAULT_FC_SEED);
    expect(fastCheckSeed({ OFFBOARD_FC_SEED: '' })).toBe(DEFAULT_FC_SEED);
    expect(fastCheckSeed({ OFFBOARD_FC_SEED: ' 42 ' })).toBe(42);
    expect(fastCheckSeed({ OFFBOARD_FC_SEED: '-7' })).toBe(-7);
  });

  it('refuses a seed that is not an integer, with a clear error', () => {
    expect(() => fastCheckSeed({ OFFBOARD_FC_SEED: 'abc' })).toThrow('OFFBOARD_FC_SEED must be an integer, got "abc"');
    expect(() => fastCheckSeed({ OFFBOARD_FC_SEED: '1.5' })).toThrow('OFFBOARD_FC_SEED must be an integer');
  });
});
