/** UK bank holidays: the regular pattern, substitute days included, per jurisdiction (review7-en A14). */
import { describe, expect, it } from 'vitest';
import { ukBankHolidays, ukNonBusinessDay } from '../../../offboarding/uk-bank-holidays';

describe('UK bank holidays', () => {
  it('England and Wales, 2026: Easter from the computus, the May and August Mondays, Boxing Day moved off the Saturday', () => {
    expect([...ukBankHolidays(2026, 'england-wales')].sort()).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
    ]);
  });

  it('Scotland and Northern Ireland have their own days', () => {
    expect([...ukBankHolidays(2026, 'scotland')].sort()).toEqual([
      '2026-01-01', '2026-01-02', '2026-04-03', '2026-05-04', '2026-05-25', '2026-08-03', '2026-11-30', '2026-12-25', '2026-12-28',
    ]);
    const ni = ukBankHolidays(2026, 'northern-ireland');
    expect(ni.has('2026-03-17')).toBe(true);
    // 12 July 2026 is a Sunday: taken on Monday 13 July.
    expect(ni.has('2026-07-13')).toBe(true);
    expect(ni.has('2026-07-12')).toBe(false);
  });

  it('Christmas on a Saturday and Boxing Day on a Sunday become Monday and Tuesday; New Year on a Saturday, Monday', () => {
    const days = ukBankHolidays(2027, 'england-wales');
    expect(days.has('2027-12-27') && days.has('2027-12-28')).toBe(true);
    expect(ukBankHolidays(2022, 'england-wales').has('2022-01-03')).toBe(true);
  });

  it('says why a day is no business day, and knows no bank holiday where the jurisdiction is unknown', () => {
    expect(ukNonBusinessDay('2026-05-04', 'england-wales')).toBe('bank-holiday');
    expect(ukNonBusinessDay('2026-05-04', undefined)).toBeUndefined();
    expect(ukNonBusinessDay('2026-05-02', undefined)).toBe('saturday');
    expect(ukNonBusinessDay('2026-05-03', 'scotland')).toBe('sunday');
    expect(ukNonBusinessDay('2026-05-05', 'england-wales')).toBeUndefined();
  });
});
