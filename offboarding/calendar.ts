/**
 * Calendar-date plumbing shared by the offboarding modules: ISO `YYYY-MM-DD` strings in and out.
 *
 * Dates are held as local-time Date objects at noon and read back through their local calendar
 * fields. date-fns does its arithmetic on those same local fields, so the machine's time zone (and
 * any DST jump, which never happens at noon) cannot shift a calendar day.
 */
import { addDays, differenceInCalendarDays } from 'date-fns';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The parsed parts of a valid ISO calendar date. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** Parses a strict `YYYY-MM-DD` date, rejecting impossible days such as 2025-02-30. */
export function parseIsoDateParts(value: string, what = 'date'): DateParts {
  if (typeof value !== 'string') {
    throw new Error(`Invalid ${what}: expected an ISO date string YYYY-MM-DD, got ${typeof value}`);
  }
  const match = ISO_DATE.exec(value);
  if (!match) {
    throw new Error(`Invalid ${what} "${value}": expected an ISO date YYYY-MM-DD (e.g. 2025-01-05)`);
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`Invalid ${what} "${value}": no such calendar day`);
  }
  return { year, month, day };
}

/** Converts a valid ISO date to a local-noon Date for date-fns arithmetic. */
export function toLocalNoon(value: string, what = 'date'): Date {
  const { year, month, day } = parseIsoDateParts(value, what);
  // setFullYear instead of the constructor: the constructor maps years 0–99 to 1900–1999.
  const date = new Date(2000, 0, 1, 12, 0, 0, 0);
  date.setFullYear(year, month - 1, day);
  return date;
}

/** Formats a local Date's calendar fields as `YYYY-MM-DD`. */
export function fromLocalDate(date: Date): string {
  const year = date.getFullYear();
  if (!Number.isFinite(year) || year < 1 || year > 9999) {
    throw new Error('Date out of range: results must fall between years 0001 and 9999');
  }
  return `${pad(year, 4)}-${pad(date.getMonth() + 1, 2)}-${pad(date.getDate(), 2)}`;
}

/** The user's calendar date today (local time zone), as `YYYY-MM-DD`. */
export function todayIso(now: Date = new Date()): string {
  return fromLocalDate(now);
}

export function isoFromParts(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Adds whole calendar days to an ISO date. */
export function addDaysIso(value: string, days: number): string {
  return fromLocalDate(addDays(toLocalNoon(value), days));
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetweenIso(from: string, to: string): number {
  return differenceInCalendarDays(toLocalNoon(to), toLocalNoon(from));
}

/** 0 = Sunday … 6 = Saturday, by pure arithmetic (Zeller-style, proleptic Gregorian). */
export function weekdayOf(value: string): number {
  const { year, month, day } = parseIsoDateParts(value);
  // Sakamoto's method.
  const offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4] as const;
  const y = month < 3 ? year - 1 : year;
  const offset = offsets[month - 1] ?? 0;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + offset + day) % 7;
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Strict check for an ISO date-time as produced by `Date#toISOString` (or with an offset). */
export function assertIsoInstant(value: string, what = 'timestamp'): void {
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value) ||
    Number.isNaN(Date.parse(value))
  ) {
    throw new Error(`Invalid ${what} "${String(value)}": expected an ISO date-time such as 2025-03-01T09:30:00.000Z`);
  }
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}
