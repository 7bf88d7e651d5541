import { describe, expect, it } from 'vitest';
import { formatDisplayDate } from '../../../common/display-date';
import { errorText } from '../../../common/errors';
import { todayIso } from '../../../offboarding/calendar';

describe('one way to show a date in the UI', () => {
  it('writes the same date the same way in every view, in both languages', () => {
    expect(formatDisplayDate('2026-03-03', 'pl')).toBe('3 mar 2026');
    expect(formatDisplayDate('2026-03-03', 'en')).toBe('3 Mar 2026');
    expect(formatDisplayDate('2026-12-31', 'pl')).toBe('31 gru 2026');
  });

  it('leaves what is not an ISO date as it is, rather than inventing one', () => {
    expect(formatDisplayDate('soon', 'en')).toBe('soon');
  });
});

describe('today', () => {
  it("is the local calendar date, not UTC's", () => {
    expect(todayIso(new Date(2026, 0, 31, 23, 59))).toBe('2026-01-31');
    expect(todayIso(new Date(2026, 1, 1, 0, 1))).toBe('2026-02-01');
  });
});

describe('errorText', () => {
  it('gives the message of an Error and the text of anything else', () => {
    expect(errorText(new Error('refused'))).toBe('refused');
    expect(errorText('plain')).toBe('plain');
    expect(errorText(42)).toBe('42');
  });
});
