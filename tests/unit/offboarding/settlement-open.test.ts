import { describe, expect, it } from 'vitest';
import { isOutstanding, isOverdue, openBalances, paidBalance, settlementTotals } from '../../../offboarding/settlement';
import { paymentDueFor } from '../../../offboarding/deadlines';
import { overdueReceivables } from '../../../offboarding/recovery';
import { applyPatch } from '../../../offboarding/patch';
import { newOffboarding } from '../../../offboarding/new-records';
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

describe('a written-off receivable (issue 14: money written off)', () => {
  const items = [
    item({ id: 'a', amountMinor: 1_000_00, paid: true }),
    item({ id: 'b', amountMinor: 300_00, writtenOff: true, dueOn: '2026-01-10' }),
    item({ id: 'c', amountMinor: 200_00, dueOn: '2026-02-10' }),
  ];

  it('is neither paid nor open: the open balance and the paid part leave it out', () => {
    const [pln] = settlementTotals(items);
    expect(pln!.openBalance).toBe(200_00);
    expect(pln!.writtenOff).toBe(300_00);
    expect(paidBalance(pln!)).toBe(1_000_00);
    expect(pln!.balance).toBe(1_500_00);
    expect(isOutstanding(items[1]!)).toBe(false);
    expect(isOutstanding(items[2]!)).toBe(true);
  });

  it('is not chased: not overdue, not the next due date, not claimed in a demand', () => {
    expect(isOverdue(items[1]!, '2026-12-01')).toBe(false);
    expect(paymentDueFor({ settlement: items })).toBe('2026-02-10');
    expect(overdueReceivables(items, '2026-12-01', true).map((line) => line.item.id)).toEqual(['c']);
    expect(paymentDueFor({ settlement: [items[0]!, items[1]!] })).toBeNull();
  });

  it('can only be a receivable: we cannot write off what we owe the client', () => {
    const NOW = '2026-12-01T10:00:00.000Z';
    const ob = newOffboarding({ clientId: 'c1', initiator: 'we', reason: 'fit', startedOn: '2026-11-01' }, NOW, 'o1');
    const liability = { direction: 'liability' as const, description: 'Zaliczka', amountMinor: 100_00, currency: 'PLN', paid: false };
    const withLiability = applyPatch(ob, { op: 'settlement-add', item: liability }, NOW, () => 'l1').offboarding;
    expect(() => applyPatch(withLiability, { op: 'settlement-update', id: 'l1', changes: { writtenOff: true } }, NOW, () => 'x')).toThrow(/Only a receivable/);
    expect(() => applyPatch(ob, { op: 'settlement-add', item: { ...liability, writtenOff: true } }, NOW, () => 'l2')).toThrow(/Only a receivable/);
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
