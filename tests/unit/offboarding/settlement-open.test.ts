import { describe, expect, it } from 'vitest';
import { isOverdue, openBalances, paidBalance, settlementTotals } from '../../../offboarding/settlement';
import { currencyForLocales, messageLanguageForLocales } from '../../../offboarding/locale-defaults';
import type { SettlementItem } from '../../../offboarding/types';
import { defaultSettings } from '../../../storage/schemas';

const item = (over: Partial<SettlementItem>): SettlementItem => ({ id: 'i', direction: 'receivable', description: 'FV', amountMinor: 100_00, currency: 'PLN', paid: false, ...over });

describe('the open balance (issue 17, point 6)', () => {
  const items = [
    item({ id: 'a', amountMinor: 4_920_00, paid: true }),
    item({ id: 'b', amountMinor: 4_020_00 }),
    item({ id: 'c', direction: 'liability', amountMinor: 50_00, currency: 'EUR' }),
    item({ id: 'd', amountMinor: 10_00, currency: 'USD', paid: true }),
  ];

  it('leaves paid invoices out of what is open, and shows them as paid', () => {
    const [pln] = settlementTotals(items);
    expect(pln!.openBalance).toBe(4_020_00);
    expect(paidBalance(pln!)).toBe(4_920_00);
    expect(pln!.balance).toBe(8_940_00);
  });

  it('lists only currencies with money still open, signed by who pays', () => {
    expect(openBalances(items)).toEqual([{ currency: 'PLN', openBalance: 4_020_00 }, { currency: 'EUR', openBalance: -50_00 }]);
    expect(openBalances([item({ paid: true })])).toEqual([]);
    // An invoice and a credit of the same open amount settle each other.
    expect(openBalances([item({ id: 'x' }), item({ id: 'y', direction: 'liability' })])).toEqual([]);
  });

  it('calls an unpaid item overdue from the day after its due date', () => {
    expect(isOverdue({ paid: false, dueOn: '2026-03-10' }, '2026-03-10')).toBe(false);
    expect(isOverdue({ paid: false, dueOn: '2026-03-10' }, '2026-03-11')).toBe(true);
    expect(isOverdue({ paid: true, dueOn: '2026-03-10' }, '2026-04-01')).toBe(false);
    expect(isOverdue({ paid: false }, '2026-04-01')).toBe(false);
  });
});

describe('defaults from the browser’s locale (issue 17, point 7)', () => {
  it('takes the currency from a table of locales, never guessing from "en" alone', () => {
    expect(currencyForLocales(['en-GB', 'en'])).toBe('GBP');
    expect(currencyForLocales(['en-US'])).toBe('USD');
    expect(currencyForLocales(['pl'])).toBe('PLN');
    expect(currencyForLocales(['pl-PL', 'en-US'])).toBe('PLN');
    expect(currencyForLocales(['en'])).toBeUndefined();
    expect(currencyForLocales(['xx-YY', 'en-IE'])).toBe('EUR');
    expect(currencyForLocales([])).toBeUndefined();
  });

  it('writes English messages for an English browser, Polish for a Polish one', () => {
    expect(messageLanguageForLocales(['en-GB'])).toBe('en');
    expect(messageLanguageForLocales(['de-DE', 'pl'])).toBe('pl');
    expect(messageLanguageForLocales(['de-DE', 'en-US', 'pl'])).toBe('en');
    expect(messageLanguageForLocales([])).toBe('pl');
    expect(defaultSettings(['en-GB']).defaultLanguage).toBe('en');
    expect(defaultSettings(['pl-PL']).defaultLanguage).toBe('pl');
  });
});
