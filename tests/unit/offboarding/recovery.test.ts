import { describe, expect, it } from 'vitest';
import { flatCompensation, overdueReceivables } from '../../../offboarding/recovery';
import type { SettlementItem } from '../../../offboarding/types';

describe('flatCompensation (art. 10 ust. 1 of the 2013 act on late payment)', () => {
  it.each([
    [1, 40],
    [500_000, 40], // 5 000.00 zł: "nie przekracza 5000 złotych"
    [500_001, 70], // 5 000.01 zł
    [4_999_999, 70], // 49 999.99 zł: "niższa niż 50 000 złotych"
    [5_000_000, 100], // 50 000.00 zł: "równa lub wyższa od 50 000 złotych"
    [5_000_001, 100], // 50 000.01 zł
  ])('%i grosze → EUR %i', (amountMinor, eur) => {
    expect(flatCompensation(amountMinor, 'PLN')).toEqual({ applies: true, eur });
  });

  it('does not bracket another currency: its value in złoty needs a rate the product does not know', () => {
    expect(flatCompensation(100_00, 'EUR')).toEqual({ applies: false, reason: 'not-pln' });
  });

  it('refuses bad input with a clear error', () => {
    expect(() => flatCompensation(0, 'PLN')).toThrow(/positive whole number/);
    expect(() => flatCompensation(10.5, 'PLN')).toThrow(/positive whole number/);
    expect(() => flatCompensation(100, 'pln')).toThrow(/ISO 4217/);
  });
});

describe('overdueReceivables', () => {
  const item = (changes: Partial<SettlementItem>): SettlementItem => ({
    id: 'x', direction: 'receivable', description: 'Usługi', amountMinor: 100_00, currency: 'PLN', paid: false, ...changes,
  });

  it('keeps unpaid receivables past their due date, moved by art. 115', () => {
    const items = [
      item({ id: 'late', dueOn: '2026-02-02' }),
      item({ id: 'paid', dueOn: '2026-02-02', paid: true }),
      item({ id: 'ours', dueOn: '2026-02-02', direction: 'liability' }),
      item({ id: 'no-date' }),
      // Due Saturday 7 February 2026: payable on Monday 9 February, so not late on the 9th.
      item({ id: 'saturday', dueOn: '2026-02-07' }),
    ];
    expect(overdueReceivables(items, '2026-02-09', true).map((line) => line.item.id)).toEqual(['late']);
    expect(overdueReceivables(items, '2026-02-10', true).map((line) => line.item.id)).toEqual(['late', 'saturday']);
    // Art. 115 k.c. is Polish law: under another the Saturday itself was the last day.
    expect(overdueReceivables(items, '2026-02-08', false).map((line) => line.item.id)).toEqual(['late', 'saturday']);
  });

  it('refuses a bad date', () => {
    expect(() => overdueReceivables([], '10.02.2026', true)).toThrow(/YYYY-MM-DD/);
  });
});
