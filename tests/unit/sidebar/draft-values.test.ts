import { describe, expect, it } from 'vitest';
import { emptySettlementForm, formFromItem, itemFromForm } from '../../../components/sidebar/settlement-form';
import { clientNoticeFromOverrides } from '../../../components/sidebar/drafts';
import { newOffboarding } from '../../../offboarding/new-records';

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

describe('clientNoticeFromOverrides', () => {
  const offboarding = { ...newOffboarding({ clientId: 'c', initiator: 'client', reason: 'client-decision', startedOn: '2026-03-01' }, '2026-03-01T08:00:00.000Z', 'o') };

  it("records the client's notice from the thread's date the user confirmed", () => {
    expect(clientNoticeFromOverrides(offboarding, { 'receipt.noticeReceivedOn': '2026-03-02' }, '2026-03-02')).toEqual({
      servedOn: '2026-03-02', channel: 'email', acknowledgementRequested: false,
    });
  });

  it('keeps a hand-typed date, a notice already recorded and our own notice out of the record', () => {
    expect(clientNoticeFromOverrides(offboarding, { 'receipt.noticeReceivedOn': '2026-03-01' }, '2026-03-02')).toBeNull();
    expect(clientNoticeFromOverrides(offboarding, { 'receipt.noticeReceivedOn': '2026-03-02' }, undefined)).toBeNull();
    const served = { ...offboarding, notice: { servedOn: '2026-03-02', channel: 'email' as const, acknowledgementRequested: false, servedBy: 'client' as const } };
    expect(clientNoticeFromOverrides(served, { 'receipt.noticeReceivedOn': '2026-03-02' }, '2026-03-02')).toBeNull();
    expect(clientNoticeFromOverrides({ ...offboarding, initiator: 'we' }, { 'receipt.noticeReceivedOn': '2026-03-02' }, '2026-03-02')).toBeNull();
  });
});
