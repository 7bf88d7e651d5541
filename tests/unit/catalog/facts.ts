/**
 * "The catalogue states no fact absent from the scenario", as checks over rendered texts: every
 * date, amount of money and invoice-like number a text states must be in its scenario or follow
 * from it by a rule of offboarding/ (notice end, art. 115, settlement totals). Anything else was
 * invented by a template or the engine.
 */
import { preActionRouteFor } from '../../../offboarding/uk-debt';
import { addDaysIso, parseIsoDateParts } from '../../../offboarding/calendar';
import { nextWorkingDayPL, noticeEnd } from '../../../offboarding/dates';
import { formatMoney, settlementTotals } from '../../../offboarding/settlement';
import type { Lang } from '../../../offboarding/types';
import type { Scenario } from '../../../catalog/scenarios';

const PL_MONTHS = ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const pad = (value: number): string => String(value).padStart(2, '0');
const iso = (year: number, month: number, day: number): string => `${year}-${pad(month)}-${pad(day)}`;

export interface DateMention {
  text: string;
  /** The date it names, or undefined when it names no calendar date (31 lutego). */
  iso: string | undefined;
}

function validIso(year: number, month: number, day: number): string | undefined {
  const value = iso(year, month, day);
  try {
    parseIsoDateParts(value);
    return value;
  } catch {
    return undefined;
  }
}

/** Every date-looking string: "5 marca 2026", "5 March 2026", "March 5, 2026", "2026-03-05", "05.03.2026". */
export function findDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  const months = (names: string[]) => names.join('|');
  for (const match of text.matchAll(new RegExp(`(\\d{1,2}) (${months(PL_MONTHS)}) (\\d{4})`, 'g'))) {
    found.push({ text: match[0], iso: validIso(Number(match[3]), PL_MONTHS.indexOf(match[2] ?? '') + 1, Number(match[1])) });
  }
  for (const match of text.matchAll(new RegExp(`(\\d{1,2}) (${months(EN_MONTHS)}),? (\\d{4})`, 'g'))) {
    found.push({ text: match[0], iso: validIso(Number(match[3]), EN_MONTHS.indexOf(match[2] ?? '') + 1, Number(match[1])) });
  }
  for (const match of text.matchAll(new RegExp(`(${months(EN_MONTHS)}) (\\d{1,2}),? (\\d{4})`, 'g'))) {
    found.push({ text: match[0], iso: validIso(Number(match[3]), EN_MONTHS.indexOf(match[1] ?? '') + 1, Number(match[2])) });
  }
  for (const match of text.matchAll(/\b(\d{4})-(\d{2})-(\d{2})\b/g)) {
    found.push({ text: match[0], iso: validIso(Number(match[1]), Number(match[2]), Number(match[3])) });
  }
  for (const match of text.matchAll(/\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/g)) {
    found.push({ text: match[0], iso: validIso(Number(match[3]), Number(match[2]), Number(match[1])) });
  }
  return found;
}

/** Every YYYY-MM-DD string anywhere in the scenario's records (fields added later included). */
export function datesInScenario(scenario: Scenario): Set<string> {
  const dates = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) dates.add(value);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk({ today: scenario.today, client: scenario.client, offboarding: scenario.offboarding, context: scenario.context });
  return dates;
}

/** The dates a notice period can run from: today (a notice sent now) and every date of the notice record. */
function noticeBases(scenario: Scenario): Set<string> {
  const bases = new Set([scenario.today]);
  for (const value of Object.values(scenario.offboarding?.notice ?? {})) {
    if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) bases.add(value);
  }
  return bases;
}

/**
 * Dates a text may state, with how each follows from the scenario. `allowances` are derivations
 * that are not facts of the record but are still produced today; each is named so it can go.
 */
export function allowedDates(scenario: Scenario, allowances: readonly DateAllowance[] = []): Map<string, string> {
  const allowed = new Map<string, string>();
  const add = (date: string, how: string): void => {
    if (!allowed.has(date)) allowed.set(date, how);
  };
  for (const date of datesInScenario(scenario)) add(date, 'in the scenario');
  for (const [date, act] of STATUTE_DATES) add(date, act);
  const contract = scenario.client?.contract;
  if (contract) {
    for (const base of noticeBases(scenario)) {
      for (const endOfMonth of [false, true]) add(noticeEnd({ servedOn: base, period: contract.noticePeriod, endOfMonth }), `notice end from ${base}`);
    }
    // The auto-renewal clause's last day for the non-renewal (offboarding/deadlines.ts).
    if (contract.fixedTermEndsOn !== undefined && contract.nonRenewalNoticeDays !== undefined) {
      add(addDaysIso(contract.fixedTermEndsOn, -contract.nonRenewalNoticeDays), 'non-renewal deadline');
    }
  }
  // Statutory interest runs from the day after each invoice's last day for payment (art. 481, 115 k.c.).
  for (const item of scenario.offboarding?.settlement ?? []) {
    if (item.dueOn !== undefined) add(addDaysIso(nextWorkingDayPL(item.dueOn), 1), 'interest from the day after the last day for payment');
  }
  // A Letter of Claim's reply date: 30 days from the letter's own date (Pre-Action Protocol for Debt Claims, para 5.1).
  add(addDaysIso(scenario.today, 30), 'the Debt Claims Protocol reply date, 30 days from today');
  // A letter before claim's reply date: 14 days from its date (Practice Direction – Pre-Action Conduct, para 6(b)).
  // Only where the demand is one: a company client in England and Wales, not under Polish law.
  if (scenario.client && preActionRouteFor(scenario.client, 'en') === 'letter-before-claim') add(addDaysIso(scenario.today, 14), 'the letter before claim reply date, 14 days from today');
  for (const allowance of allowances) {
    const date = allowance.date(scenario);
    if (date !== undefined) add(date, allowance.name);
  }
  // Art. 115: a deadline on a non-working day moves to the next working day.
  for (const [date, how] of [...allowed]) add(nextWorkingDayPL(date), `${how}, moved by art. 115`);
  return allowed;
}

/** Dates in the names of the statutes a message cites: the law's own date, not a fact of the case. */
const STATUTE_DATES: ReadonlyArray<readonly [string, string]> = [
  ['2013-03-08', 'the act of 8 March 2013 on excessive delays in commercial transactions (cited by name)'],
];

export interface DateAllowance {
  name: string;
  date: (scenario: Scenario) => string | undefined;
}

// ——— money ———

/** Money-looking strings: "3690,00 zł", "12 500,00 zł", "1200,00 €", "€1,200.00", "PLN 18,950.00". */
export function findAmounts(text: string): string[] {
  const number = String.raw`\d[\d\u00a0\u202f ,.]*\d|\d`;
  const symbol = String.raw`zł|€|£|\$|[A-Z]{3}`;
  const pattern = new RegExp(String.raw`(?:(?:${symbol})[\u00a0 ]?(?:${number}))|(?:(?:${number})[\u00a0 ]?(?:${symbol}))`, 'g');
  return [...text.matchAll(pattern)].map((match) => normalizeSpaces(match[0])).filter((text) => /\d/.test(text));
}

function normalizeSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ');
}

/** Every amount a text may state: each item and every per-currency total (settlementTotals). */
export function allowedAmounts(scenario: Scenario, lang: Lang): Set<string> {
  const items = scenario.offboarding?.settlement ?? [];
  const amounts = new Set<string>();
  const add = (minor: number, currency: string): void => {
    amounts.add(normalizeSpaces(formatMoney(Math.abs(minor), currency, lang)));
  };
  for (const item of items) add(item.amountMinor, item.currency);
  // The flat compensation of art. 10 ust. 1 (EUR 40 / 70 / 100), a statutory amount; where the bracket
  // cannot be known (an invoice not in PLN) the text names the brackets ("EUR 40, 70 or 100").
  if (items.some((item) => item.direction === 'receivable')) {
    for (const eur of [40, 70, 100]) amounts.add(lang === 'en' ? `EUR ${eur}` : `${eur} euro`);
    amounts.add('EUR 40, 70');
  }
  for (const total of settlementTotals(items)) {
    for (const value of [total.receivable, total.liability, total.receivableOpen, total.liabilityOpen, total.balance, total.openBalance]) add(value, total.currency);
  }
  return amounts;
}

// ——— document numbers ———

/** Invoice-like numbers: "FV/2026/031", "INV-2026-031", "KOR/2026/002", "CN-2026-002". */
export function findDocumentNumbers(text: string): string[] {
  return [...text.matchAll(/\b[A-Z]{2,4}(?:[/-][0-9A-Z]+){2,}\b/g)].map((match) => match[0]);
}

export function documentNumbersInScenario(scenario: Scenario): Set<string> {
  return new Set((scenario.offboarding?.settlement ?? []).map((item) => item.invoiceNo?.trim() ?? '').filter(Boolean));
}
