/** documentMoney: the document's amount from the same exact decimal formatMoney formats. */
import { describe, expect, it } from 'vitest';
import { documentMoney } from '../../../documents/money';
import { formatMoney } from '../../../offboarding/settlement';

const nbsp = (text: string) => text.replace(/ /g, '\u00a0');

describe('documentMoney', () => {
  it('groups four-digit Polish amounts and writes a foreign currency by its code', () => {
    expect(documentMoney(430_500, 'PLN', 'pl')).toBe(nbsp('4 305,00 zł'));
    expect(documentMoney(120_000, 'EUR', 'pl')).toBe(nbsp('1 200,00 EUR'));
    expect(documentMoney(99, 'PLN', 'pl')).toBe(nbsp('0,99 zł'));
  });

  it('keeps the digits of the currency and large amounts exact', () => {
    expect(documentMoney(1_234_567, 'JPY', 'pl')).toBe(nbsp('1 234 567 JPY'));
    expect(documentMoney(9_007_199_254_740_991, 'PLN', 'pl')).toBe(nbsp('90 071 992 547 409,91 zł'));
  });

  it('keeps a negative amount negative (the decimal carries the sign)', () => {
    expect(documentMoney(-150, 'PLN', 'pl')).toMatch(/^-1,50\u00a0zł$/);
  });

  it('writes English as formatMoney does, and refuses what formatMoney refuses', () => {
    expect(documentMoney(120_000, 'EUR', 'en')).toBe(formatMoney(120_000, 'EUR', 'en'));
    expect(() => documentMoney(1.5, 'PLN', 'pl')).toThrow(/whole number/);
    expect(() => documentMoney(100, 'XYZ1', 'pl')).toThrow();
  });
});
