/**
 * Money for the final settlement: integer minor units only (grosze, cents). Decimal text is
 * converted digit by digit, never through floating-point arithmetic.
 */
import type { Lang, SettlementItem } from './types';
import { parseIsoDateParts } from './calendar';

export interface CurrencyTotals {
  currency: string;
  /** All receivables (the client owes us), paid or not. */
  receivable: number;
  /** All liabilities (we owe the client), paid or not. */
  liability: number;
  /** Unpaid and not written off. */
  receivableOpen: number;
  liabilityOpen: number;
  /** Receivables the user gave up on: neither paid nor open any more. */
  writtenOff: number;
  /** receivable − liability. */
  balance: number;
  /** receivableOpen − liabilityOpen: what is still to be settled; positive means the client owes us. */
  openBalance: number;
}

/** Per-currency totals in order of first appearance; amounts are never added across currencies. */
export function settlementTotals(items: readonly SettlementItem[]): CurrencyTotals[] {
  if (!Array.isArray(items)) throw new Error('settlementTotals: expected an array of settlement items');
  const byCurrency = new Map<string, CurrencyTotals>();
  for (const item of items) {
    assertSettlementItem(item);
    let totals = byCurrency.get(item.currency);
    if (!totals) {
      totals = { currency: item.currency, receivable: 0, liability: 0, receivableOpen: 0, liabilityOpen: 0, writtenOff: 0, balance: 0, openBalance: 0 };
      byCurrency.set(item.currency, totals);
    }
    if (item.direction === 'receivable') {
      totals.receivable = safeAdd(totals.receivable, item.amountMinor);
      if (isOutstanding(item)) totals.receivableOpen = safeAdd(totals.receivableOpen, item.amountMinor);
      else if (item.writtenOff === true) totals.writtenOff = safeAdd(totals.writtenOff, item.amountMinor);
    } else {
      totals.liability = safeAdd(totals.liability, item.amountMinor);
      if (isOutstanding(item)) totals.liabilityOpen = safeAdd(totals.liabilityOpen, item.amountMinor);
    }
  }
  return [...byCurrency.values()].map((totals) => ({
    ...totals,
    balance: totals.receivable - totals.liability,
    openBalance: totals.receivableOpen - totals.liabilityOpen,
  }));
}

/** Digits after the decimal point for a currency (PLN 2, JPY 0, KWD 3), as Intl knows them. */
export function minorDigits(currency: string): number {
  assertCurrency(currency);
  return currencyFormatter(currency, 'en').resolvedOptions().maximumFractionDigits ?? 2;
}

/** Formats minor units as the user's locale writes money: pl "1234,56 zł", en "PLN 1,234.56". */
export function formatMoney(amountMinor: number, currency: string, lang: Lang): string {
  assertMinorAmount(amountMinor, 'amountMinor', true);
  assertCurrency(currency);
  if (lang !== 'pl' && lang !== 'en') throw new Error(`formatMoney: unknown language "${String(lang)}"`);
  const formatter = currencyFormatter(currency, lang);
  // A decimal string keeps large amounts exact (Intl formats numeric strings as decimals).
  const decimal = minorToDecimalString(amountMinor, minorDigits(currency));
  // A narrow no-break space (some ICU versions group with it) is a plain no-break space, which every font has.
  return formatter.format(decimal as `${number}`).replace(/\u202f/g, '\u00a0');
}

/**
 * Reads an amount typed by a person into minor units. Accepts "1 234,56", "1234.56", "1,234.56",
 * "1.234,56", "1 234 zł", "PLN 1234", "€1,234.50". A lone separator followed by exactly three digits
 * is a thousands separator unless the currency has three minor digits. Rejects negative amounts,
 * more decimals than the currency has, another currency's symbol and anything else.
 */
export function parseMoney(input: string, currency: string): number {
  assertCurrency(currency);
  if (typeof input !== 'string') throw new Error('parseMoney: expected text');
  const digits = minorDigits(currency);
  let text = input.trim();
  if (text === '') throw new Error('Enter an amount');

  for (const symbol of currencySymbols(currency)) {
    const lower = text.toLowerCase();
    const needle = symbol.toLowerCase();
    if (lower.startsWith(needle)) {
      text = text.slice(symbol.length).trim();
      break;
    }
    if (lower.endsWith(needle)) {
      text = text.slice(0, text.length - symbol.length).trim();
      break;
    }
  }
  if (/^[-−–]/.test(text) || /-$/.test(text)) throw new Error(`Amount "${input}" must not be negative`);
  // Spaces of every kind (Intl writes U+00A0 or U+202F) and apostrophes only ever group thousands.
  const compact = text.replace(/[\s\u00a0\u202f\u2009']+/g, ' ');
  if (!/^\d[\d ,.]*$/.test(compact) || /[ ,.]$/.test(compact)) {
    throw new Error(`"${input}" is not an amount in ${currency}: use digits, e.g. 1 234,56`);
  }

  const { integerPart, fractionPart } = splitDecimal(compact, digits, input);
  if (fractionPart.length > digits) {
    throw new Error(
      digits === 0
        ? `${currency} has no minor unit: "${input}" must be a whole amount`
        : `"${input}" has more than ${digits} decimal places for ${currency}`,
    );
  }
  const minorText = (integerPart + fractionPart.padEnd(digits, '0')).replace(/^0+(?=\d)/, '');
  const minor = Number(minorText);
  if (!Number.isSafeInteger(minor)) throw new Error(`"${input}" is too large`);
  return minor;
}

/** A well-formed ISO 4217 code (upper case) that this browser's Intl knows. */
export function isValidCurrency(code: unknown): code is string {
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) return false;
  return knownCurrencies().has(code);
}

/** Every problem with a settlement item, as readable sentences; empty when valid. */
export function settlementItemProblems(value: unknown): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return ['a settlement item must be an object'];
  const item = value as Record<string, unknown>;
  const problems: string[] = [];
  if (typeof item.id !== 'string' || item.id === '') problems.push('id must be a non-empty string');
  if (item.direction !== 'receivable' && item.direction !== 'liability') {
    problems.push('direction must be "receivable" or "liability"');
  }
  if (typeof item.description !== 'string') problems.push('description must be a string');
  const amount = item.amountMinor;
  if (typeof amount !== 'number' || !Number.isInteger(amount)) {
    problems.push('amountMinor must be a whole number of minor units (e.g. grosze)');
  } else if (amount < 0) {
    problems.push('amountMinor must not be negative (use direction for who owes whom)');
  } else if (!Number.isSafeInteger(amount)) {
    problems.push('amountMinor is too large');
  }
  if (typeof item.currency !== 'string' || !/^[A-Z]{3}$/.test(item.currency)) {
    problems.push('currency must be a three-letter upper-case ISO 4217 code such as PLN');
  } else if (!isValidCurrency(item.currency)) {
    problems.push(`currency ${item.currency} is not a known ISO 4217 code`);
  }
  if (typeof item.paid !== 'boolean') problems.push('paid must be true or false');
  if (item.dueOn !== undefined) {
    try {
      parseIsoDateParts(item.dueOn as string, 'dueOn');
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (item.invoiceNo !== undefined && typeof item.invoiceNo !== 'string') problems.push('invoiceNo must be a string');
  if (item.final !== undefined && typeof item.final !== 'boolean') problems.push('final must be true, false or absent');
  return problems;
}

export function assertSettlementItem(value: unknown): asserts value is SettlementItem {
  const problems = settlementItemProblems(value);
  if (problems.length > 0) throw new Error(`Invalid settlement item: ${problems.join('; ')}`);
}

// ——— helpers ———

function splitDecimal(compact: string, digits: number, input: string): { integerPart: string; fractionPart: string } {
  const separators = [...compact.matchAll(/[,.]/g)].map((match) => ({ char: match[0], index: match.index }));
  const hasSpaces = compact.includes(' ');
  let decimalIndex = -1;
  const last = separators[separators.length - 1];
  if (last) {
    const kinds = new Set(separators.map((separator) => separator.char));
    const trailing = compact.length - last.index - 1;
    if (kinds.size === 2) {
      decimalIndex = last.index; // "1.234,56" or "1,234.56": the last one is the decimal mark
      if (separators.filter((separator) => separator.char === last.char).length > 1) {
        throw new Error(`"${input}" has more than one decimal mark`);
      }
    } else if (separators.length === 1) {
      // "1,234": thousands for 2-digit currencies, decimals only where 3 decimals exist (KWD).
      const looksGrouped = trailing === 3 && digits !== 3 && !hasSpaces;
      decimalIndex = looksGrouped ? -1 : last.index;
    }
    // Several separators of one kind ("1.234.567") group thousands.
  }
  const integerRaw = decimalIndex === -1 ? compact : compact.slice(0, decimalIndex);
  const fractionPart = decimalIndex === -1 ? '' : compact.slice(decimalIndex + 1);
  if (!/^\d*$/.test(fractionPart)) throw new Error(`"${input}" is not a valid amount`);
  const groups = integerRaw.split(/[ ,.]/);
  const groupingMarks = new Set(integerRaw.match(/[ ,.]/g) ?? []);
  if (groups.length > 1) {
    const [first, ...rest] = groups;
    const valid = groupingMarks.size === 1 && first !== undefined && /^\d{1,3}$/.test(first) && rest.every((group) => /^\d{3}$/.test(group));
    if (!valid) throw new Error(`"${input}" has misplaced thousands separators`);
  }
  return { integerPart: groups.join(''), fractionPart };
}

/** Minor units as an exact decimal string ("-1234.50" for -123450 with 2 digits): what Intl formats. */
export function minorToDecimalString(amountMinor: number, digits: number): string {
  const sign = amountMinor < 0 ? '-' : '';
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  if (digits === 0) return sign + text;
  return `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

function assertMinorAmount(value: unknown, what: string, allowNegative: boolean): asserts value is number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new Error(`${what} must be a whole number of minor units (e.g. grosze), got ${String(value)}`);
  }
  if (!allowNegative && value < 0) throw new Error(`${what} must not be negative`);
}

function assertCurrency(currency: unknown): asserts currency is string {
  if (!isValidCurrency(currency)) {
    throw new Error(`Unknown currency "${String(currency)}": use a three-letter upper-case ISO 4217 code such as PLN`);
  }
}

function safeAdd(a: number, b: number): number {
  const sum = a + b;
  if (!Number.isSafeInteger(sum)) throw new Error('Settlement total is too large to add up exactly');
  return sum;
}

const formatters = new Map<string, Intl.NumberFormat>();

function currencyFormatter(currency: string, lang: Lang): Intl.NumberFormat {
  const key = `${lang}:${currency}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    // Polish as a contract and an invoice write it: four-digit amounts grouped like larger ones
    // ("4 305,00 zł"; EU Interinstitutional Style Guide 6.5) and a foreign currency by its ISO
    // code ("1 200,00 EUR"), the same in a message, a document and the sidebar (review 9, PL9-C1).
    formatter = new Intl.NumberFormat(
      lang === 'pl' ? 'pl-PL' : 'en-GB',
      lang === 'pl'
        ? ({ style: 'currency', currency, currencyDisplay: currency === 'PLN' ? 'symbol' : 'code', useGrouping: 'always' } as Intl.NumberFormatOptions)
        : { style: 'currency', currency },
    );
    formatters.set(key, formatter);
  }
  return formatter;
}

/** The code and the symbols Intl prints for it in Polish and English, longest first. */
function currencySymbols(currency: string): string[] {
  const symbols = new Set<string>([currency]);
  // People type "zl" when the keyboard has no Polish layout.
  if (currency === 'PLN') symbols.add('zl');
  for (const locale of ['pl-PL', 'en-GB', 'en-US']) {
    for (const currencyDisplay of ['symbol', 'narrowSymbol'] as const) {
      const parts = new Intl.NumberFormat(locale, { style: 'currency', currency, currencyDisplay }).formatToParts(1);
      for (const part of parts) if (part.type === 'currency') symbols.add(part.value);
    }
  }
  return [...symbols].sort((a, b) => b.length - a.length);
}

let currencyList: Set<string> | undefined;

function knownCurrencies(): Set<string> {
  if (!currencyList) {
    const supported = (Intl as { supportedValuesOf?: (key: 'currency') => string[] }).supportedValuesOf;
    // Older engines without supportedValuesOf: fall back to the common ones.
    currencyList = new Set(supported ? supported('currency') : ['PLN', 'EUR', 'USD', 'GBP', 'CHF', 'CZK', 'SEK', 'NOK', 'DKK', 'JPY', 'HUF', 'UAH']);
  }
  return currencyList;
}

/** What is still open, per currency, leaving out currencies that are settled (open balance 0). */
export function openBalances(items: readonly SettlementItem[]): Array<{ currency: string; openBalance: number }> {
  return settlementTotals(items)
    .filter((totals) => totals.openBalance !== 0)
    .map(({ currency, openBalance }) => ({ currency, openBalance }));
}

/** Paid so far, per currency: what the client paid minus what we paid (written-off amounts are not paid). */
export function paidBalance(totals: CurrencyTotals): number {
  return totals.balance - totals.openBalance - totals.writtenOff;
}

/**
 * Still to be settled: neither paid nor written off. A written-off receivable is no longer chased
 * (no reminder, no demand, not in the open balance), though the client's debt itself remains.
 */
export function isOutstanding(item: Pick<SettlementItem, 'paid' | 'writtenOff'>): boolean {
  return !item.paid && item.writtenOff !== true;
}

/** An outstanding item whose due date has passed (the due day itself is not late yet). */
export function isOverdue(item: Pick<SettlementItem, 'paid' | 'dueOn' | 'writtenOff'>, today: string): boolean {
  return isOutstanding(item) && item.dueOn !== undefined && item.dueOn < today;
}
