/**
 * Art. 115 k.c. (a due date on a Saturday or holiday moves to the next working day) is Polish law:
 * under another law the invoice's own date is the last day for payment, in the demand's interest
 * date, the statement's status and the day the statement asks payment by.
 */
import { describe, expect, it } from 'vitest';
import { buildVariables } from '../../../templates/variables';
import type { Client, Offboarding, SettlementItem } from '../../../offboarding/types';
import { englishClient, offboardingFor, settingsEn } from './fixtures';

// Saturday 7 March 2026; today is Sunday 8 March.
const saturdayInvoice: SettlementItem = { id: 's1', direction: 'receivable', description: 'March retainer', invoiceNo: 'INV-7', amountMinor: 120_000, currency: 'GBP', dueOn: '2026-03-07', paid: false };
const TODAY = '2026-03-08';

function variables(governingLaw: 'pl' | 'other') {
  const client: Client = { ...englishClient, trades: true, contract: { ...englishClient.contract, governingLaw } };
  const offboarding: Offboarding = offboardingFor(client, { settlement: [saturdayInvoice] });
  return buildVariables({ client, offboarding, settings: settingsEn, today: TODAY, lang: 'en', tone: 'formal' });
}
type Row = { paid?: unknown; interestFrom?: unknown; lastDay?: unknown };
const rowsOf = (vars: ReturnType<typeof variables>, group: 'settlement' | 'demand', list: string): Row[] =>
  ((vars[group] as Record<string, unknown>)[list] as Row[] | undefined) ?? [];

describe('the last day for payment by governing law', () => {
  it('under Polish law a Saturday due date moves to Monday: not yet overdue on Sunday, interest from Tuesday', () => {
    const vars = variables('pl');
    expect(rowsOf(vars, 'settlement', 'receivables')[0]?.paid).toBe('open (not yet due)');
  });

  it('under another law the Saturday itself is the last day: overdue on Sunday, interest from Sunday', () => {
    const vars = variables('other');
    expect(rowsOf(vars, 'settlement', 'receivables')[0]?.paid).toBe('overdue');
    const invoice = rowsOf(vars, 'demand', 'invoices')[0];
    expect(invoice?.interestFrom).toBe('8 March 2026');
    expect(invoice?.lastDay).toBeUndefined();
  });
});
