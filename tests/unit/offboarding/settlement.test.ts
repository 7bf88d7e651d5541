import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assertSettlementItem,
  formatMoney,
  isValidCurrency,
  minorDigits,
  parseMoney,
  settlementItemProblems,
  settlementTotals,
} from '../../../offboarding/settlement';
import type { SettlementItem } from '../../../offboarding/types';

const NBSP = '\u00a0';

function item(overrides: Partial<SettlementItem>): SettlementItem {
  return { id: 'i', direction: 'receivable', description: 'Invoice', amountMinor: 100, currency: 'PLN', paid: false, ...overrides };
}

describe('settlementTotals', () => {
  it('sums per currency, in order of first appearance, open amounts from unpaid items only', () => {
    const totals = settlementTotals([
      item({ amountMinor: 1_000_00, paid: true }),
      item({ amountMinor: 250_50 }),
      item({ currency: 'EUR', amountMinor: 99 }),
      item({ direction: 'liability', amountMinor: 300_00 }),
      item({ direction: 'liability', amountMinor: 20_00, paid: true }),
    ]);
    expect(totals).toEqual([
      { currency: 'PLN', receivable: 1_250_50, liability: 320_00, receivableOpen: 250_50, liabilityOpen: 300_00, writtenOff: 0, balance: 930_50, openBalance: -49_50 },
      { currency: 'EUR', receivable: 99, liability: 0, receivableOpen: 99, liabilityOpen: 0, writtenOff: 0, balance: 99, openBalance: 99 },
    ]);
  });

  it('is empty for no items', () => {
    expect(settlementTotals([])).toEqual([]);
  });

  it('rejects an invalid item and an unsafe sum', () => {
    expect(() => settlementTotals([item({ amountMinor: 1.5 })])).toThrow(/amountMinor must be a whole number/);
    expect(() => settlementTotals([item({ amountMinor: Number.MAX_SAFE_INTEGER }), item({ amountMinor: 1 })])).toThrow(/too large/);
  });
});

describe('formatMoney', () => {
  it('writes Polish money as a contract does (no-break spaces, four digits grouped too, a foreign currency by its code)', () => {
    expect(formatMoney(123456, 'PLN', 'pl')).toBe(`1${NBSP}234,56${NBSP}zł`);
    expect(formatMoney(1234567, 'PLN', 'pl')).toBe(`12${NBSP}345,67${NBSP}zł`);
    expect(formatMoney(5, 'PLN', 'pl')).toBe(`0,05${NBSP}zł`);
    expect(formatMoney(-12345, 'PLN', 'pl')).toBe(`-123,45${NBSP}zł`);
    expect(formatMoney(1000, 'EUR', 'pl')).toBe(`10,00${NBSP}EUR`);
    expect(formatMoney(120000, 'EUR', 'pl')).toBe(`1${NBSP}200,00${NBSP}EUR`);
  });

  it('writes English money the way Intl en-GB does', () => {
    expect(formatMoney(123456, 'PLN', 'en')).toBe(`PLN${NBSP}1,234.56`);
    expect(formatMoney(123456, 'GBP', 'en')).toBe('£1,234.56');
    expect(formatMoney(50, 'EUR', 'en')).toBe('€0.50');
  });

  it('agrees with Intl for the same amount', () => {
    for (const [lang, locale] of [['pl', 'pl-PL'], ['en', 'en-GB']] as const) {
      expect(formatMoney(98765, 'PLN', lang)).toBe(new Intl.NumberFormat(locale, { style: 'currency', currency: 'PLN' }).format(987.65));
    }
  });

  it('respects currencies with 0 and 3 minor digits', () => {
    expect(minorDigits('JPY')).toBe(0);
    expect(minorDigits('KWD')).toBe(3);
    expect(minorDigits('PLN')).toBe(2);
    expect(formatMoney(1235, 'JPY', 'en')).toBe('JP¥1,235');
    expect(formatMoney(1234500, 'KWD', 'en')).toBe(`KWD${NBSP}1,234.500`);
    expect(formatMoney(1234500, 'KWD', 'pl')).toBe(`1${NBSP}234,500${NBSP}KWD`);
  });

  it('stays exact for amounts a float division would round', () => {
    expect(formatMoney(9_007_199_254_740_991, 'PLN', 'en')).toBe(`PLN${NBSP}90,071,992,547,409.91`);
  });

  it('rejects bad input', () => {
    expect(() => formatMoney(1.5, 'PLN', 'pl')).toThrow(/whole number of minor units/);
    expect(() => formatMoney(100, 'pln', 'pl')).toThrow(/Unknown currency "pln"/);
    expect(() => formatMoney(100, 'PLN', 'de' as 'pl')).toThrow(/unknown language/);
  });
});

describe('parseMoney', () => {
  it.each([
    ['1 234,56', 123456],
    ['1234.56', 123456],
    ['1,234.56', 123456],
    ['1.234,56', 123456],
    ['1 234 zł', 123400],
    ['1234,56 zł', 123456],
    ['1 234,56 PLN', 123456],
    ['PLN 1234', 123400],
    ['10 zl', 1000],
    [`12${NBSP}345,67${NBSP}zł`, 1234567],
    ['12\u202f345,67', 1234567],
    ["1'234.50", 123450],
    ['1,234', 123400],
    ['1.234.567', 123456700],
    ['0,5', 50],
    ['0', 0],
    ['  7 ', 700],
    ['007,10', 710],
  ])('PLN %j → %i', (input, expected) => {
    expect(parseMoney(input, 'PLN')).toBe(expected);
  });

  it('reads other currencies and their symbols', () => {
    expect(parseMoney('€1,234.50', 'EUR')).toBe(123450);
    expect(parseMoney('10,00 €', 'EUR')).toBe(1000);
    expect(parseMoney('US$12', 'USD')).toBe(1200);
    expect(parseMoney('$12.5', 'USD')).toBe(1250);
    expect(parseMoney('1,234', 'JPY')).toBe(1234);
    expect(parseMoney('JP¥1,235', 'JPY')).toBe(1235);
    expect(parseMoney('1,234', 'KWD')).toBe(1234);
    expect(parseMoney('1 234,5', 'KWD')).toBe(1234500);
  });

  it('reads back what formatMoney writes, in both languages', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.constantFrom('PLN', 'EUR', 'USD', 'GBP', 'JPY', 'KWD', 'CHF'),
        fc.constantFrom('pl' as const, 'en' as const),
        (amount, currency, lang) => {
          expect(parseMoney(formatMoney(amount, currency, lang), currency)).toBe(amount);
        },
      ),
    );
  });

  it.each([
    ['', /Enter an amount/],
    ['abc', /not an amount in PLN/],
    ['12abc', /not an amount in PLN/],
    ['€10', /not an amount in PLN/],
    ['-5', /must not be negative/],
    ['−5 zł', /must not be negative/],
    ['1,2345', /more than 2 decimal places/],
    ['1 234,567', /more than 2 decimal places/],
    ['12,34,567', /misplaced thousands separators/],
    ['1234,567', /misplaced thousands separators/],
    ['1 23,45', /misplaced thousands separators/],
    ['1,234.567,89', /more than one decimal mark/],
    ['1e5', /not an amount/],
    ['1,', /not an amount/],
    [',5', /not an amount/],
    ['99999999999999999', /too large/],
  ])('rejects %j', (input, message) => {
    expect(() => parseMoney(input, 'PLN')).toThrow(message);
  });

  it('rejects decimals for a currency without a minor unit and an unknown currency', () => {
    expect(() => parseMoney('1.5', 'JPY')).toThrow(/JPY has no minor unit/);
    expect(() => parseMoney('1', 'XYZ')).toThrow(/Unknown currency "XYZ"/);
  });
});

describe('currency and item validation', () => {
  it('knows ISO codes in upper case only', () => {
    expect(isValidCurrency('PLN')).toBe(true);
    expect(isValidCurrency('EUR')).toBe(true);
    expect(isValidCurrency('pln')).toBe(false);
    expect(isValidCurrency('PL')).toBe(false);
    expect(isValidCurrency('XYZ')).toBe(false);
    expect(isValidCurrency(42)).toBe(false);
  });

  it('accepts a valid item', () => {
    const valid = item({ dueOn: '2025-03-10', invoiceNo: 'FV/1/2025' });
    expect(settlementItemProblems(valid)).toEqual([]);
    expect(() => assertSettlementItem(valid)).not.toThrow();
  });

  it.each([
    [{ amountMinor: 1.5 }, /whole number/],
    [{ amountMinor: -1 }, /must not be negative/],
    [{ amountMinor: 2 ** 53 }, /too large/],
    [{ amountMinor: '100' }, /whole number/],
    [{ currency: 'pln' }, /three-letter upper-case/],
    [{ currency: 'EURO' }, /three-letter upper-case/],
    [{ currency: 'QQQ' }, /not a known ISO 4217 code/],
    [{ direction: 'debt' }, /direction/],
    [{ paid: 'no' }, /paid/],
    [{ dueOn: '2025-02-30' }, /dueOn/],
    [{ id: '' }, /id/],
  ])('reports %o', (overrides, message) => {
    const bad: unknown = { ...item({}), ...overrides };
    expect(settlementItemProblems(bad)).not.toEqual([]);
    expect(() => assertSettlementItem(bad)).toThrow(message);
  });

  it('reports a non-object', () => {
    expect(settlementItemProblems(null)).toEqual(['a settlement item must be an object']);
  });
});
