/**
 * Bank holidays of the three UK jurisdictions (Banking and Financial Dealings Act 1971 and the
 * annual proclamations), for telling the user that a notice's day of receipt is not a business day
 * there: many agreements deem a notice received on a non-business day to be received on the next
 * one (review7-en A14). The regular pattern only: a one-off proclamation (a jubilee, a coronation,
 * a moved early-May holiday) is not in it, so a "business day" here is a floor, never a promise.
 */
import { addDaysIso, isoFromParts, weekdayOf, daysInMonth } from './calendar';
import { easterSunday } from './easter';
import type { UkJurisdiction } from './uk-debt';

/** The first (n = 1) or last (n = -1) Monday of a month. */
function monday(year: number, month: number, n: 1 | -1): string {
  if (n === 1) {
    const first = isoFromParts(year, month, 1);
    return addDaysIso(first, (8 - weekdayOf(first)) % 7);
  }
  const last = isoFromParts(year, month, daysInMonth(year, month));
  return addDaysIso(last, -((weekdayOf(last) + 6) % 7));
}

/** Fixed-date holidays in order, each falling on a weekend taken on the next weekday not already taken. */
function substituted(days: readonly string[]): string[] {
  const taken: string[] = [];
  for (const day of days) {
    let on = day;
    while (weekdayOf(on) === 0 || weekdayOf(on) === 6 || taken.includes(on)) on = addDaysIso(on, 1);
    taken.push(on);
  }
  return taken;
}

export function ukBankHolidays(year: number, where: UkJurisdiction): Set<string> {
  const easter = easterSunday(year);
  const days = [addDaysIso(easter, -2), monday(year, 5, 1), monday(year, 5, -1)];
  if (where === 'scotland') {
    days.push(...substituted([isoFromParts(year, 1, 1), isoFromParts(year, 1, 2)]), monday(year, 8, 1), ...substituted([isoFromParts(year, 11, 30)]));
  } else {
    days.push(...substituted([isoFromParts(year, 1, 1)]), addDaysIso(easter, 1), monday(year, 8, -1));
    if (where === 'northern-ireland') days.push(...substituted([isoFromParts(year, 3, 17)]), ...substituted([isoFromParts(year, 7, 12)]));
  }
  days.push(...substituted([isoFromParts(year, 12, 25), isoFromParts(year, 12, 26)]));
  return new Set(days);
}

/** Why a day is no business day in the jurisdiction, or undefined when it is one. */
export function ukNonBusinessDay(date: string, where: UkJurisdiction | undefined): 'saturday' | 'sunday' | 'bank-holiday' | undefined {
  const weekday = weekdayOf(date);
  if (weekday === 6) return 'saturday';
  if (weekday === 0) return 'sunday';
  if (where && ukBankHolidays(Number(date.slice(0, 4)), where).has(date)) return 'bank-holiday';
  return undefined;
}
