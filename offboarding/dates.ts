/**
 * Deadlines under the Polish civil code (k.c. art. 110–116) on ISO calendar dates (YYYY-MM-DD).
 * Pure calendar arithmetic: the machine's time zone never changes a result.
 */
import { addDays, addMonths, lastDayOfMonth } from 'date-fns';
import type { NoticePeriod } from './types';
import { fromLocalDate, parseIsoDateParts, toLocalNoon, weekdayOf } from './calendar';
import { easterSunday } from './easter';

const PERIOD_PARTS = ['months', 'weeks', 'days'] as const;

/**
 * The day a notice period ends.
 * - days (art. 111): the serving day is not counted, so 30 days from 1 March end on 31 March.
 * - weeks and months (art. 112): the day corresponding to the start day; where the month has no
 *   such day, its last day (31 Jan + 1 month → 28/29 Feb).
 * - combined parts are applied months first, then weeks, then days.
 * - endOfMonth ("ze skutkiem na koniec miesiąca kalendarzowego"): the last day of the month in
 *   which the period ends.
 * An empty period means immediate effect: servedOn itself (or its month's last day with endOfMonth).
 */
export function noticeEnd(input: { servedOn: string; period: NoticePeriod; endOfMonth?: boolean }): string {
  if (input === null || typeof input !== 'object') {
    throw new Error('noticeEnd: expected { servedOn, period, endOfMonth? }');
  }
  const { servedOn, period, endOfMonth } = input;
  const start = toLocalNoon(servedOn, 'servedOn');
  const amounts = validatePeriod(period);
  if (endOfMonth !== undefined && typeof endOfMonth !== 'boolean') {
    throw new Error('noticeEnd: endOfMonth must be true, false or absent');
  }

  let end = start;
  // One addMonths call for the whole month count: 31 Jan + 2 months is 31 Mar, not 28 Mar.
  if (amounts.months > 0) end = addMonths(end, amounts.months);
  if (amounts.weeks > 0) end = addDays(end, amounts.weeks * 7);
  if (amounts.days > 0) end = addDays(end, amounts.days);
  if (endOfMonth === true) end = lastDayOfMonth(end);
  // lastDayOfMonth returns local midnight; reading the calendar fields is still exact.
  return fromLocalDate(end);
}

/** Polish statutory public holidays (ustawa o dniach wolnych od pracy), Sundays aside. */
export function isPolishPublicHoliday(date: string): boolean {
  const { year, month, day } = parseIsoDateParts(date);
  if (FIXED_HOLIDAYS.has(monthDay(month, day))) return true;
  // Christmas Eve became a public holiday in 2025.
  if (month === 12 && day === 24 && year >= 2025) return true;
  return movableHolidays(year).has(date);
}

/**
 * Art. 115: a deadline falling on a Saturday or a public holiday (every Sunday is one) moves to
 * the next day that is neither. Returns the date itself when it is already a working day.
 */
export function nextWorkingDayPL(date: string): string {
  let current = fromLocalDate(toLocalNoon(date));
  // A run of non-working days in Poland is at most 5 long (24–28 Dec 2025); the bound is a guard.
  for (let step = 0; step < 14; step += 1) {
    const weekday = weekdayOf(current);
    if (weekday !== 0 && weekday !== 6 && !isPolishPublicHoliday(current)) return current;
    current = fromLocalDate(addDays(toLocalNoon(current), 1));
  }
  throw new Error(`nextWorkingDayPL: no working day found within two weeks of ${date}`);
}

/**
 * The last working day on or before a date: the date itself when it is neither a Saturday nor a
 * public holiday (every Sunday is one). For a day by which a statement must REACH the other side
 * (art. 61 k.c.): art. 115 moves a term for performing an act to the next working day, but a term
 * counted back from the end ("at least 30 days before") cannot move later without being missed,
 * and on a Sunday or holiday no post office or courier delivers, so the safe day is the one before.
 */
export function lastWorkingDayOnOrBeforePL(date: string): string {
  let current = fromLocalDate(toLocalNoon(date));
  for (let step = 0; step < 14; step += 1) {
    const weekday = weekdayOf(current);
    if (weekday !== 0 && weekday !== 6 && !isPolishPublicHoliday(current)) return current;
    current = fromLocalDate(addDays(toLocalNoon(current), -1));
  }
  throw new Error(`lastWorkingDayOnOrBeforePL: no working day found within two weeks before ${date}`);
}

// 1 Jan, 6 Jan (Trzech Króli), 1 May, 3 May, 15 Aug, 1 Nov, 11 Nov, 25 Dec, 26 Dec.
const FIXED_HOLIDAYS = new Set(['01-01', '01-06', '05-01', '05-03', '08-15', '11-01', '11-11', '12-25', '12-26']);

function monthDay(month: number, day: number): string {
  return `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const movableCache = new Map<number, Set<string>>();

/** Easter Sunday and Monday, Pentecost Sunday (Easter + 49), Corpus Christi (Easter + 60). */
function movableHolidays(year: number): Set<string> {
  const cached = movableCache.get(year);
  if (cached) return cached;
  const easter = toLocalNoon(easterSunday(year));
  const dates = new Set([0, 1, 49, 60].map((offset) => fromLocalDate(addDays(easter, offset))));
  movableCache.set(year, dates);
  return dates;
}

function validatePeriod(period: NoticePeriod): Record<(typeof PERIOD_PARTS)[number], number> {
  if (period === null || typeof period !== 'object' || Array.isArray(period)) {
    throw new Error('noticeEnd: period must be an object such as { months: 1 } or {} for immediate effect');
  }
  for (const key of Object.keys(period)) {
    if (!(PERIOD_PARTS as readonly string[]).includes(key)) {
      throw new Error(`noticeEnd: unknown period part "${key}" (allowed: days, weeks, months)`);
    }
  }
  const amounts = { months: 0, weeks: 0, days: 0 };
  for (const part of PERIOD_PARTS) {
    const value: unknown = period[part];
    if (value === undefined) continue;
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
      throw new Error(`noticeEnd: period.${part} must be a non-negative whole number, got ${String(value)}`);
    }
    amounts[part] = value;
  }
  return amounts;
}
