import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as dates from '../../../offboarding/dates';
import { isPolishPublicHoliday, nextWorkingDayPL, noticeEnd } from '../../../offboarding/dates';

describe('dates module surface', () => {
  it('exports exactly noticeEnd, isPolishPublicHoliday, nextWorkingDayPL and lastWorkingDayOnOrBeforePL', () => {
    expect(Object.keys(dates).sort()).toEqual(['isPolishPublicHoliday', 'lastWorkingDayOnOrBeforePL', 'nextWorkingDayPL', 'noticeEnd']);
  });
});

describe('noticeEnd: days (art. 111, the serving day is not counted)', () => {
  it.each([
    ['2025-03-01', 30, '2025-03-31'],
    ['2025-03-01', 1, '2025-03-02'],
    ['2025-01-31', 1, '2025-02-01'],
    ['2025-02-20', 14, '2025-03-06'],
    ['2024-02-20', 14, '2024-03-05'],
    ['2025-12-20', 14, '2026-01-03'],
    ['2024-12-31', 1, '2025-01-01'],
    ['2025-11-15', 60, '2026-01-14'],
    ['2025-01-01', 365, '2026-01-01'],
    ['2024-01-01', 365, '2024-12-31'],
  ])('%s + %i days → %s', (servedOn, days, expected) => {
    expect(noticeEnd({ servedOn, period: { days } })).toBe(expected);
  });
});

describe('noticeEnd: months (art. 112, corresponding day or the last day of the month)', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2028-01-31', 1, '2028-02-29'],
    ['2100-01-31', 1, '2100-02-28'],
    ['2000-01-31', 1, '2000-02-29'],
    ['2025-10-24', 1, '2025-11-24'],
    ['2024-11-30', 3, '2025-02-28'],
    ['2023-11-30', 3, '2024-02-29'],
    ['2025-01-31', 2, '2025-03-31'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-08-31', 1, '2025-09-30'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-11-30', 3, '2026-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-02-28', 1, '2025-03-28'],
  ])('%s + %i months → %s', (servedOn, months, expected) => {
    expect(noticeEnd({ servedOn, period: { months } })).toBe(expected);
  });
});

describe('noticeEnd: weeks, combined parts, endOfMonth, immediate effect', () => {
  it('counts weeks as seven days each, across month and year ends', () => {
    expect(noticeEnd({ servedOn: '2025-03-03', period: { weeks: 2 } })).toBe('2025-03-17');
    expect(noticeEnd({ servedOn: '2025-12-24', period: { weeks: 2 } })).toBe('2026-01-07');
    expect(noticeEnd({ servedOn: '2024-02-22', period: { weeks: 1 } })).toBe('2024-02-29');
    expect(noticeEnd({ servedOn: '2025-02-22', period: { weeks: 1 } })).toBe('2025-03-01');
  });

  it('adds months first, then weeks, then days', () => {
    // 31 Jan + 1 month = 28 Feb, + 1 week = 7 Mar, + 3 days = 10 Mar.
    expect(noticeEnd({ servedOn: '2025-01-31', period: { days: 3, weeks: 1, months: 1 } })).toBe('2025-03-10');
    // Days first would give 3 Feb + 1 month = 3 Mar, so the order is observable.
    expect(noticeEnd({ servedOn: '2025-01-31', period: { days: 3, months: 1 } })).toBe('2025-03-03');
    expect(noticeEnd({ servedOn: '2025-01-30', period: { days: 1, months: 1 } })).toBe('2025-03-01');
  });

  it('moves the end to the last day of the month in which the period ends', () => {
    expect(noticeEnd({ servedOn: '2025-03-10', period: { months: 1 }, endOfMonth: true })).toBe('2025-04-30');
    expect(noticeEnd({ servedOn: '2024-01-15', period: { months: 1 }, endOfMonth: true })).toBe('2024-02-29');
    expect(noticeEnd({ servedOn: '2025-01-15', period: { months: 1 }, endOfMonth: true })).toBe('2025-02-28');
    expect(noticeEnd({ servedOn: '2025-12-20', period: { days: 14 }, endOfMonth: true })).toBe('2026-01-31');
    expect(noticeEnd({ servedOn: '2025-03-31', period: { months: 1 }, endOfMonth: true })).toBe('2025-04-30');
    expect(noticeEnd({ servedOn: '2025-03-10', period: { months: 1 }, endOfMonth: false })).toBe('2025-04-10');
  });

  it('treats an empty period as immediate effect', () => {
    expect(noticeEnd({ servedOn: '2025-03-10', period: {} })).toBe('2025-03-10');
    expect(noticeEnd({ servedOn: '2025-03-10', period: { days: 0, weeks: 0, months: 0 } })).toBe('2025-03-10');
    expect(noticeEnd({ servedOn: '2025-03-10', period: {}, endOfMonth: true })).toBe('2025-03-31');
    expect(noticeEnd({ servedOn: '2024-02-01', period: {}, endOfMonth: true })).toBe('2024-02-29');
  });

  it('handles years before 100 without the Date constructor mapping them to 19xx', () => {
    expect(noticeEnd({ servedOn: '0050-01-31', period: { months: 1 } })).toBe('0050-02-28');
  });
});

describe('noticeEnd rejects bad input with a clear error', () => {
  it.each(['2025-02-30', '2025-1-5', '2025-13-01', '2025-00-10', '2025-04-31', '2023-02-29', '2100-02-29', '05.01.2025', '', '2025-01-05T00:00:00Z'])(
    'servedOn %j',
    (servedOn) => {
      expect(() => noticeEnd({ servedOn, period: { days: 1 } })).toThrow(/servedOn/);
    },
  );

  it.each([
    [{ days: -1 }, /days/],
    [{ months: 1.5 }, /months/],
    [{ weeks: Number.NaN }, /weeks/],
    [{ days: Number.POSITIVE_INFINITY }, /days/],
    [{ years: 1 } as unknown as { days: number }, /unknown period part "years"/],
  ])('period %o', (period, message) => {
    expect(() => noticeEnd({ servedOn: '2025-01-05', period })).toThrow(message);
  });

  it('rejects a missing period and a non-boolean endOfMonth', () => {
    expect(() => noticeEnd({ servedOn: '2025-01-05', period: null as unknown as {} })).toThrow(/period must be an object/);
    expect(() => noticeEnd({ servedOn: '2025-01-05', period: {}, endOfMonth: 'yes' as unknown as boolean })).toThrow(/endOfMonth/);
  });

  it('rejects a result past year 9999', () => {
    expect(() => noticeEnd({ servedOn: '9999-12-01', period: { months: 1 } })).toThrow(/out of range/);
  });
});

const EASTER: Record<number, string> = {
  2024: '2024-03-31',
  2025: '2025-04-20',
  2026: '2026-04-05',
  2027: '2027-03-28',
  2038: '2038-04-25',
};

/** Adds days by hand (UTC) so the expected values do not come from the code under test. */
function plusDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function everyDayOf(year: number): string[] {
  const days: string[] = [];
  for (let date = `${year}-01-01`; date.startsWith(String(year)); date = plusDays(date, 1)) days.push(date);
  return days;
}

describe('isPolishPublicHoliday', () => {
  for (const [yearText, easter] of Object.entries(EASTER)) {
    const year = Number(yearText);
    it(`knows exactly the holidays of ${year} (Easter ${easter})`, () => {
      const expected = [
        `${year}-01-01`,
        `${year}-01-06`,
        easter,
        plusDays(easter, 1),
        `${year}-05-01`,
        `${year}-05-03`,
        plusDays(easter, 49),
        plusDays(easter, 60),
        `${year}-08-15`,
        `${year}-11-01`,
        `${year}-11-11`,
        ...(year >= 2025 ? [`${year}-12-24`] : []),
        `${year}-12-25`,
        `${year}-12-26`,
      ].sort();
      expect(everyDayOf(year).filter(isPolishPublicHoliday)).toEqual(expected);
    });
  }

  it('has the well-known movable feasts right', () => {
    expect(isPolishPublicHoliday('2025-06-08')).toBe(true); // Pentecost 2025
    expect(isPolishPublicHoliday('2025-06-19')).toBe(true); // Corpus Christi 2025
    expect(isPolishPublicHoliday('2026-06-04')).toBe(true); // Corpus Christi 2026
    expect(isPolishPublicHoliday('2024-05-30')).toBe(true); // Corpus Christi 2024
    expect(isPolishPublicHoliday('2024-04-01')).toBe(true); // Easter Monday 2024
  });

  it('makes 24 December a holiday only from 2025 on', () => {
    expect(isPolishPublicHoliday('2024-12-24')).toBe(false);
    expect(isPolishPublicHoliday('2025-12-24')).toBe(true);
    expect(isPolishPublicHoliday('2030-12-24')).toBe(true);
  });

  it('does not call an ordinary Sunday or Saturday a holiday', () => {
    expect(isPolishPublicHoliday('2025-03-02')).toBe(false); // Sunday
    expect(isPolishPublicHoliday('2025-03-01')).toBe(false); // Saturday
    expect(isPolishPublicHoliday('2025-05-02')).toBe(false); // the "bridge" day is not a holiday
  });

  it('rejects invalid dates', () => {
    expect(() => isPolishPublicHoliday('2025-02-30')).toThrow(/no such calendar day/);
    expect(() => isPolishPublicHoliday('2025-5-1')).toThrow(/YYYY-MM-DD/);
  });
});

describe('nextWorkingDayPL (art. 115)', () => {
  it.each([
    ['2025-03-04', '2025-03-04', 'an ordinary Tuesday stays'],
    ['2025-03-01', '2025-03-03', 'Saturday → Monday'],
    ['2025-03-02', '2025-03-03', 'Sunday → Monday'],
    ['2026-04-04', '2026-04-07', 'Easter Saturday → Tuesday after Easter Monday'],
    ['2026-04-05', '2026-04-07', 'Easter Sunday → Tuesday'],
    ['2025-12-24', '2025-12-29', '24–28 Dec 2025 are all free'],
    ['2024-12-24', '2024-12-24', '24 Dec 2024 was a working Tuesday'],
    ['2024-12-25', '2024-12-27', '25–26 Dec 2024 → Friday'],
    ['2025-05-01', '2025-05-02', '1 May 2025 (Thu) → Fri 2 May'],
    ['2025-05-03', '2025-05-05', '3 May 2025 is a Saturday → Monday'],
    ['2026-05-01', '2026-05-04', '1 May 2026 (Fri), 2 Sat, 3 Sun → Mon 4 May'],
    ['2024-05-01', '2024-05-02', '1 May 2024 (Wed) → Thu'],
    ['2024-05-03', '2024-05-06', '3 May 2024 (Fri) → Mon'],
    ['2025-11-11', '2025-11-12', '11 Nov 2025 (Tue) → Wed'],
    ['2024-11-09', '2024-11-12', 'Sat 9 Nov 2024, Sun, Mon 11 Nov → Tue'],
    ['2025-11-01', '2025-11-03', '1 Nov 2025 is a Saturday → Monday'],
    ['2025-12-31', '2025-12-31', 'New Year’s Eve is a working day'],
    ['2026-01-01', '2026-01-02', '1 Jan 2026 (Thu) → Fri'],
    ['2027-01-01', '2027-01-04', '1 Jan 2027 (Fri) → Mon'],
    ['2025-01-06', '2025-01-07', 'Epiphany'],
    ['2025-06-19', '2025-06-20', 'Corpus Christi 2025 → Friday'],
    ['2025-08-15', '2025-08-18', '15 Aug 2025 (Fri) → Mon'],
  ])('%s → %s (%s)', (input, expected) => {
    expect(nextWorkingDayPL(input)).toBe(expected);
  });

  it('rejects invalid dates', () => {
    expect(() => nextWorkingDayPL('2025-02-29')).toThrow(/no such calendar day/);
  });
});

// ——— properties ———

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

function utcWeekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

function isLastDayOfMonth(iso: string): boolean {
  return plusDays(iso, 1).slice(8) === '01';
}

describe('properties', () => {
  it('a months period never ends before servedOn, and lands on the same or an earlier day number', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 120 }), (servedOn, months) => {
        const end = noticeEnd({ servedOn, period: { months } });
        expect(end >= servedOn).toBe(true);
        const startDay = Number(servedOn.slice(8));
        const endDay = Number(end.slice(8));
        expect(endDay === startDay || (endDay < startDay && isLastDayOfMonth(end))).toBe(true);
      }),
    );
  });

  it('a days period ends exactly that many days later', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: 0, max: 1000 }), (servedOn, days) => {
        expect(noticeEnd({ servedOn, period: { days } })).toBe(plusDays(servedOn, days));
      }),
    );
  });

  it('with endOfMonth the result is always the last day of a month, not before servedOn', () => {
    fc.assert(
      fc.property(
        isoDate,
        fc.record({ days: fc.integer({ min: 0, max: 400 }), weeks: fc.integer({ min: 0, max: 60 }), months: fc.integer({ min: 0, max: 36 }) }),
        (servedOn, period) => {
          const end = noticeEnd({ servedOn, period, endOfMonth: true });
          expect(isLastDayOfMonth(end)).toBe(true);
          expect(end >= servedOn).toBe(true);
        },
      ),
    );
  });

  it('nextWorkingDayPL is never a weekend or holiday, never before the input, and the days skipped are all free', () => {
    fc.assert(
      fc.property(isoDate, (date) => {
        const next = nextWorkingDayPL(date);
        expect(next >= date).toBe(true);
        expect([0, 6]).not.toContain(utcWeekday(next));
        expect(isPolishPublicHoliday(next)).toBe(false);
        for (let day = date; day < next; day = plusDays(day, 1)) {
          expect(utcWeekday(day) === 0 || utcWeekday(day) === 6 || isPolishPublicHoliday(day)).toBe(true);
        }
      }),
    );
  });
});

describe('time zone independence', () => {
  it('gives the same results whatever the machine time zone', () => {
    const original = process.env.TZ;
    const compute = () => [
      noticeEnd({ servedOn: '2025-01-31', period: { months: 1 } }),
      noticeEnd({ servedOn: '2025-03-29', period: { days: 1 } }), // across the EU DST change
      noticeEnd({ servedOn: '2025-10-25', period: { weeks: 1 }, endOfMonth: true }),
      nextWorkingDayPL('2026-04-04'),
    ];
    const offsets = new Set<number>();
    try {
      for (const zone of ['UTC', 'Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/Sao_Paulo', 'Europe/Warsaw']) {
        process.env.TZ = zone;
        offsets.add(new Date(2025, 0, 1).getTimezoneOffset());
        expect(compute()).toEqual(['2025-02-28', '2025-03-30', '2025-11-30', '2026-04-07']);
      }
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
    // The zone switch really took effect, so the loop above tested something.
    expect(offsets.size).toBeGreaterThan(3);
  });
});
