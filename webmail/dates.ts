/**
 * Reads the dates Gmail and Outlook show, in the user's UI language, into an ISO string in the
 * user's time zone. No hand-made table per language: the page's locale (`<html lang>`) is asked of
 * Intl itself — its month names (every form Intl writes) and the order and separators of its date
 * formats (`formatToParts`) become the patterns read here, as do its AM/PM markers.
 *
 * What cannot be read with certainty yields undefined (the shown text is kept elsewhere): a date
 * in a non-Gregorian calendar, a date without a year, and a numeric date whose order no locale says
 * ("3/4/2024" on a page that does not say its language). A wrong date is worse than none.
 */

export interface DateReadOptions {
  /** The page's language tag (`document.documentElement.lang`), e.g. "pl", "en-GB", "zh-CN". */
  locale?: string;
}

interface Field {
  kind: 'day' | 'month' | 'year' | 'monthName';
}

interface LocalePatterns {
  /** Date patterns built from the locale's own formats, with the field each group holds. */
  patterns: Array<{ regex: RegExp; fields: Field['kind'][] }>;
  /** Lower-case month names without a trailing dot → month index. */
  months: Map<string, number>;
  /** Lower-case AM and PM markers without dots. */
  am: string[];
  pm: string[];
}

/** The product's own languages: month names that are read whatever the page says it is. */
const FALLBACK_WORD_LOCALES = ['en', 'en-GB', 'pl'];
const REFERENCE_YEAR = 2024;
const cache = new Map<string, LocalePatterns | null>();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const normalizeWord = (word: string) => word.toLocaleLowerCase().replace(/\.$/, '').normalize('NFC');

/** A supported Gregorian, Latin-digit locale for the tag, or null (then nothing is read by it). */
function canonicalLocale(tag: string | undefined): string | null {
  const trimmed = (tag ?? '').trim().replace(/_/g, '-');
  if (!trimmed) return null;
  try {
    const [supported] = Intl.DateTimeFormat.supportedLocalesOf([trimmed]);
    if (!supported) return null;
    const resolved = new Intl.DateTimeFormat(supported).resolvedOptions();
    if (resolved.calendar !== 'gregory' || resolved.numberingSystem !== 'latn') return null;
    return supported;
  } catch {
    return null;
  }
}

function partsOf(locale: string, options: Intl.DateTimeFormatOptions, date: Date): Intl.DateTimeFormatPart[] {
  return new Intl.DateTimeFormat(locale, options).formatToParts(date);
}

function literalPattern(value: string): string {
  const trimmed = value.trim();
  return trimmed ? `\\s*${escapeRegExp(trimmed)}\\s*` : '\\s*';
}

/** One regex from the parts of a formatted date: fields become groups, literals stay literal. */
function patternFrom(parts: Intl.DateTimeFormatPart[]): { regex: RegExp; fields: Field['kind'][] } | null {
  const fields: Field['kind'][] = [];
  let source = '';
  let pendingLiteral = '';
  for (const part of parts) {
    if (part.type === 'literal') {
      pendingLiteral += part.value;
      continue;
    }
    if (part.type !== 'day' && part.type !== 'month' && part.type !== 'year') continue;
    if (fields.length > 0) source += literalPattern(pendingLiteral);
    pendingLiteral = '';
    if (part.type === 'day') {
      source += '(?<!\\d)(\\d{1,2})(?!\\d)';
      fields.push('day');
    } else if (part.type === 'year') {
      source += '(?<!\\d)(\\d{4})(?!\\d)';
      fields.push('year');
    } else if (/\d/.test(part.value)) {
      // Numeric month, possibly with a suffix of its own ("3월").
      source += `(?<!\\d)(\\d{1,2})${escapeRegExp(part.value.replace(/\d/g, ''))}`;
      fields.push('month');
    } else {
      source += '([\\p{L}\\p{M}]+\\.?)';
      fields.push('monthName');
    }
  }
  if (fields.length !== 3) return null;
  return { regex: new RegExp(source, 'iu'), fields };
}

function dayPeriods(locale: string): { am: string[]; pm: string[] } {
  const period = (hour: number) =>
    partsOf(locale, { hour: 'numeric', hour12: true }, new Date(REFERENCE_YEAR, 0, 15, hour))
      .filter((p) => p.type === 'dayPeriod')
      .map((p) => p.value.toLocaleLowerCase().replace(/\./g, '').trim())
      .filter(Boolean);
  return { am: period(9), pm: period(21) };
}

function buildLocale(locale: string): LocalePatterns {
  // One formatter per option set, reused for the twelve months: constructing an Intl.DateTimeFormat
  // is the expensive part (72 of them took ~100 ms of the content script's first read on a busy machine).
  const formatters = new Map<string, Intl.DateTimeFormat>();
  const monthParts = (options: Intl.DateTimeFormatOptions, date: Date) => {
    const key = JSON.stringify(options);
    let formatter = formatters.get(key);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, options);
      formatters.set(key, formatter);
    }
    return formatter.formatToParts(date);
  };
  const months = new Map<string, number>();
  const conflicting = new Set<string>();
  const addMonth = (name: string, index: number) => {
    const key = normalizeWord(name);
    if (!key || /\d/.test(key)) return;
    const known = months.get(key);
    if (known !== undefined && known !== index) conflicting.add(key);
    months.set(key, index);
  };
  for (let m = 0; m < 12; m += 1) {
    const date = new Date(REFERENCE_YEAR, m, 15);
    for (const month of ['long', 'short'] as const) {
      // Standalone ("marzec", "март") and in a date ("marca", "марта", "мар.").
      for (const options of [{ month }, { day: 'numeric', month }, { year: 'numeric', month, day: 'numeric' }] as const) {
        for (const part of monthParts(options, date)) if (part.type === 'month') addMonth(part.value, m);
      }
    }
  }
  for (const key of conflicting) months.delete(key);

  const patterns: LocalePatterns['patterns'] = [];
  const seen = new Set<string>();
  for (const month of ['long', 'short', 'numeric'] as const) {
    const pattern = patternFrom(partsOf(locale, { year: 'numeric', month, day: 'numeric' }, new Date(REFERENCE_YEAR, 2, 4)));
    if (pattern && !seen.has(pattern.regex.source)) {
      seen.add(pattern.regex.source);
      patterns.push(pattern);
    }
  }
  return { patterns, months, ...dayPeriods(locale) };
}

const canonicalCache = new Map<string, string | null>();

function localePatterns(tag: string | undefined): LocalePatterns | null {
  const key = tag ?? '';
  if (!canonicalCache.has(key)) {
    if (canonicalCache.size > 50) canonicalCache.clear();
    canonicalCache.set(key, canonicalLocale(tag));
  }
  const locale = canonicalCache.get(key) ?? null;
  if (!locale) return null;
  if (!cache.has(locale)) {
    let built: LocalePatterns | null = null;
    try {
      built = buildLocale(locale);
    } catch {
      built = null;
    }
    cache.set(locale, built);
  }
  return cache.get(locale) ?? null;
}

interface DayFound {
  y: number;
  m: number;
  d: number;
  /** The text without the date, for the time. */
  rest: string;
}

function matchLocale(text: string, data: LocalePatterns, wordsOnly: boolean): DayFound | undefined {
  for (const { regex, fields } of data.patterns) {
    if (wordsOnly && !fields.includes('monthName')) continue;
    const match = regex.exec(text);
    if (!match) continue;
    let y = NaN;
    let m = NaN;
    let d = NaN;
    fields.forEach((field, i) => {
      const value = match[i + 1]!;
      if (field === 'day') d = +value;
      else if (field === 'year') y = +value;
      else if (field === 'month') m = +value - 1;
      else m = data.months.get(normalizeWord(value)) ?? NaN;
    });
    if (Number.isNaN(y) || Number.isNaN(m) || Number.isNaN(d)) continue;
    return { y, m, d, rest: text.replace(match[0], ' ') };
  }
  return undefined;
}

const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/;
/** Day first with dots ("04.03.2024"): no locale writes the month first with dots. */
const DOTTED = /(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/;
const SLASHED = /(?<!\d)(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/;
const TIME = /(?<!\d)(\d{1,2}):(\d{2})(?::\d{2})?(?!\d)/;

function findDay(text: string, data: LocalePatterns | null): DayFound | undefined {
  const iso = ISO_DATE.exec(text);
  if (iso) return { y: +iso[1]!, m: +iso[2]! - 1, d: +iso[3]!, rest: text.replace(iso[0], ' ') };
  if (data) {
    const found = matchLocale(text, data, false);
    if (found) return found;
  }
  for (const fallback of FALLBACK_WORD_LOCALES) {
    const words = localePatterns(fallback);
    const found = words ? matchLocale(text, words, true) : undefined;
    if (found) return found;
  }
  const dotted = DOTTED.exec(text);
  if (dotted) return { y: +dotted[3]!, m: +dotted[2]! - 1, d: +dotted[1]!, rest: text.replace(dotted[0], ' ') };
  // Slashes without a locale: read only when one number cannot be a month; never guess the order.
  const slashed = SLASHED.exec(text);
  if (slashed) {
    const first = +slashed[1]!;
    const second = +slashed[2]!;
    const rest = text.replace(slashed[0], ' ');
    if (first > 12 && second <= 12) return { y: +slashed[3]!, m: second - 1, d: first, rest };
    if (second > 12 && first <= 12) return { y: +slashed[3]!, m: first - 1, d: second, rest };
  }
  return undefined;
}

function hasMarker(text: string, markers: string[]): boolean {
  return markers.some((marker) => new RegExp(`(?<![\\p{L}])${escapeRegExp(marker)}(?![\\p{L}])`, 'iu').test(text));
}

/** Parses a date the webmail shows; undefined unless the date is certain. */
export function parseMailDate(text: string | null | undefined, options: DateReadOptions = {}): string | undefined {
  if (!text) return undefined;
  // "(2 days ago)" and the like carry numbers that are not the date.
  const clean = text.replace(/\([^)]*\)/g, ' ').replace(/[\u00a0\u202f\u2009]/g, ' ').normalize('NFC').slice(0, 200);
  const data = localePatterns(options.locale);
  const day = findDay(clean, data);
  if (!day || day.m < 0 || day.m > 11 || day.d < 1 || day.d > 31 || day.y < 1990 || day.y > 2200) return undefined;

  let hours = 0;
  let minutes = 0;
  const time = TIME.exec(day.rest);
  if (time) {
    hours = +time[1]!;
    minutes = +time[2]!;
    const rest = day.rest.replace(time[0], ' ').toLocaleLowerCase().replace(/\./g, '');
    const am = ['am', ...(data?.am ?? [])];
    const pm = ['pm', ...(data?.pm ?? [])];
    const isPm = hasMarker(rest, pm);
    const isAm = !isPm && hasMarker(rest, am);
    if ((isPm || isAm) && (hours < 1 || hours > 12)) return undefined;
    if (isPm && hours < 12) hours += 12;
    if (isAm && hours === 12) hours = 0;
    if (hours > 23 || minutes > 59) return undefined;
  }
  const result = new Date(day.y, day.m, day.d, hours, minutes);
  if (Number.isNaN(result.getTime()) || result.getDate() !== day.d) return undefined;
  return result.toISOString();
}
