import { describe, expect, it } from 'vitest';
import { emptySettlementForm, formFromItem, itemFromForm } from '../../../components/sidebar/settlement-form';

describe('the final-invoice mark in the settlement form', () => {
  it('is kept only when the user ticks it, and only for a receivable', () => {
    const base = { ...emptySettlementForm('receivable', 'PLN'), description: 'Faktura za marzec', amount: '1 200,00', invoiceNo: 'FV/3' };
    const unticked = itemFromForm(base);
    expect(unticked.ok && unticked.item.final).toBeUndefined();
    const ticked = itemFromForm({ ...base, final: true });
    expect(ticked.ok && ticked.item.final).toBe(true);
    const liability = itemFromForm({ ...base, direction: 'liability', final: true });
    expect(liability.ok && liability.item.final).toBeUndefined();
  });

  it('round-trips through the form', () => {
    const form = formFromItem({ id: 'a', direction: 'receivable', description: 'X', amountMinor: 100, currency: 'PLN', paid: false, final: true }, 'pl');
    expect(form.final).toBe(true);
    expect(formFromItem({ id: 'b', direction: 'receivable', description: 'Y', amountMinor: 100, currency: 'PLN', paid: false }, 'pl').final).toBe(false);
  });
});
