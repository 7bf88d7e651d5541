import { describe, expect, it } from 'vitest';
import { templateNotOfferedFor } from '../../../templates/contract-types';
import type { Client } from '../../../offboarding/types';

const contract = (changes: Partial<Client['contract']>): Pick<Client, 'contract'> => ({
  contract: { type: 'service', noticePeriod: { months: 1 }, endOfMonth: false, requiredForm: 'documentary', ...changes },
});

describe('which termination-notice variant a contract allows', () => {
  it.each([
    [false, 'period', undefined],
    [false, 'end-of-month', 'end-of-month-rule'],
    [true, 'period', 'end-of-month-rule'],
    [true, 'end-of-month', undefined],
    [true, 'immediate', undefined],
    [false, 'immediate', undefined],
  ] as const)('endOfMonth %s, variant %s → %s', (endOfMonth, variant, expected) => {
    expect(templateNotOfferedFor({ kind: 'termination-notice', variant }, contract({ endOfMonth }))).toBe(expected);
  });

  it('offers both when the contract is unknown, and keeps the kind-level rule first', () => {
    expect(templateNotOfferedFor({ kind: 'termination-notice', variant: 'period' }, undefined)).toBeUndefined();
    expect(templateNotOfferedFor({ kind: 'termination-notice', variant: 'end-of-month' }, null)).toBeUndefined();
    expect(templateNotOfferedFor({ kind: 'termination-notice', variant: 'period' }, contract({ type: 'dzielo' }))).toBe('contract-type');
  });

  it('leaves the variants of other kinds alone', () => {
    expect(templateNotOfferedFor({ kind: 'payment-reminder', variant: 'before' }, contract({ endOfMonth: true }))).toBeUndefined();
  });
});

describe('which payment-reminder variant the day allows', () => {
  const unpaid = (dueOn: string) => ({
    settlement: [{ id: 'i1', direction: 'receivable' as const, description: 'Work', amountMinor: 100_00, currency: 'PLN' as const, paid: false, dueOn }],
  });

  it.each([
    ['2026-03-10', 'before', undefined],
    ['2026-03-10', 'on', 'payment-timing'],
    ['2026-03-10', 'after', 'payment-timing'],
    ['2026-03-16', 'on', undefined],
    ['2026-03-16', 'before', 'payment-timing'],
    ['2026-03-17', 'after', undefined],
    ['2026-03-17', 'on', 'payment-timing'],
  ] as const)('today %s, due 16 March: %s → %s', (today, variant, expected) => {
    expect(templateNotOfferedFor({ kind: 'payment-reminder', variant }, contract({}), { today, offboarding: unpaid('2026-03-16') })).toBe(expected);
  });

  it('moves a due date on a Saturday to Monday (art. 115 k.c.), as the ranking does', () => {
    // 14 March 2026 is a Saturday: the reminder on the day is on Monday the 16th.
    expect(templateNotOfferedFor({ kind: 'payment-reminder', variant: 'on' }, contract({}), { today: '2026-03-16', offboarding: unpaid('2026-03-14') })).toBeUndefined();
    expect(templateNotOfferedFor({ kind: 'payment-reminder', variant: 'after' }, contract({}), { today: '2026-03-16', offboarding: unpaid('2026-03-14') })).toBe('payment-timing');
  });

  it('offers every variant when no due date is recorded or nothing is known of the day', () => {
    expect(templateNotOfferedFor({ kind: 'payment-reminder', variant: 'on' }, contract({}), { today: '2026-03-10', offboarding: { settlement: [] } })).toBeUndefined();
    expect(templateNotOfferedFor({ kind: 'payment-reminder', variant: 'on' }, contract({}))).toBeUndefined();
  });
});

describe('what the record of a notice and the contract leave out', () => {
  const served = (servedBy: 'we' | 'client') => ({
    settlement: [],
    notice: { servedOn: '2026-03-05', channel: 'qes' as const, acknowledgementRequested: true, servedBy },
  });
  const situation = (servedBy: 'we' | 'client') => ({ today: '2026-03-10', offboarding: served(servedBy) });

  it('offers no second notice and no reply to a client notice once the sender served one', () => {
    for (const variant of ['period', 'end-of-month', 'immediate'] as const) {
      expect(templateNotOfferedFor({ kind: 'termination-notice', variant }, contract({ endOfMonth: variant === 'end-of-month' }), situation('we'))).toBe('notice-served');
    }
    expect(templateNotOfferedFor({ kind: 'termination-ack' }, contract({}), situation('we'))).toBe('notice-served');
    expect(templateNotOfferedFor({ kind: 'termination-dispute' }, contract({}), situation('we'))).toBe('notice-served');
    // A call to remedy leads to an immediate notice, which a served notice has taken (review10 catalogue).
    expect(templateNotOfferedFor({ kind: 'breach-remedy' }, contract({}), situation('we'))).toBe('notice-served');
    expect(templateNotOfferedFor({ kind: 'breach-remedy' }, contract({}), { today: '2026-03-10', offboarding: null })).toBeUndefined();
    expect(templateNotOfferedFor({ kind: 'signed-notice-cover' }, contract({ requiredForm: 'written' }), situation('we'))).toBeUndefined();
  });

  it('offers no decision of the sender once the client ended the contract', () => {
    for (const kind of ['retention-reply', 'conversation-request', 'mutual-agreement', 'signed-notice-cover', 'breach-remedy'] as const) {
      expect(templateNotOfferedFor({ kind }, contract({ requiredForm: 'written' }), situation('client')), kind).toBe('client-ended');
    }
    // The breach call threatens the immediate notice: moot once the client ended it, or the record is closed (review4 PL N-A3, EN A5).
    expect(templateNotOfferedFor({ kind: 'breach-remedy' }, contract({}), { today: '2026-03-10', offboarding: { settlement: [], closedOn: '2026-03-09' } })).toBe('offboarding-closed');
    expect(templateNotOfferedFor({ kind: 'breach-remedy' }, contract({}), { today: '2026-03-10', offboarding: { settlement: [] } })).toBeUndefined();
    expect(templateNotOfferedFor({ kind: 'termination-ack' }, contract({}), situation('client'))).toBeUndefined();
  });

  it('offers a period notice with the period not entered (a missing value, issue 12), and the cover only under a written-form clause', () => {
    // An empty period is not "no notice period": the period notice stays, the immediate one for cause is no substitute.
    expect(templateNotOfferedFor({ kind: 'termination-notice', variant: 'period' }, contract({ noticePeriod: {} }))).toBeUndefined();
    expect(templateNotOfferedFor({ kind: 'termination-notice', variant: 'end-of-month' }, contract({ noticePeriod: {}, endOfMonth: true }))).toBeUndefined();
    expect(templateNotOfferedFor({ kind: 'termination-notice', variant: 'immediate' }, contract({ noticePeriod: {} }))).toBeUndefined();
    expect(templateNotOfferedFor({ kind: 'signed-notice-cover' }, contract({ requiredForm: 'documentary' }))).toBe('no-written-form');
    // The form neither recorded nor chosen: not yet (issue 12).
    expect(templateNotOfferedFor({ kind: 'signed-notice-cover' }, undefined)).toBe('form-unknown');
    expect(templateNotOfferedFor({ kind: 'signed-notice-cover' }, contract({ requiredForm: 'written' }))).toBeUndefined();
  });

  it('offers a payment demand only when something recorded is overdue', () => {
    const due = (dueOn: string) => ({ settlement: [{ id: 'a', direction: 'receivable' as const, description: 'x', amountMinor: 100, currency: 'PLN', paid: false, dueOn }] });
    expect(templateNotOfferedFor({ kind: 'payment-demand' }, contract({}), { today: '2026-12-15', offboarding: due('2026-12-21') })).toBe('nothing-overdue');
    expect(templateNotOfferedFor({ kind: 'payment-demand' }, contract({}), { today: '2026-12-22', offboarding: due('2026-12-21') })).toBeUndefined();
    expect(templateNotOfferedFor({ kind: 'payment-demand' }, contract({}), { today: '2026-12-22', offboarding: { settlement: [] } })).toBe('nothing-owed');
    // No offboarding recorded at all: nothing is known, and the demand stays offered with its missing values.
    expect(templateNotOfferedFor({ kind: 'payment-demand' }, contract({}), { today: '2026-12-22', offboarding: null })).toBeUndefined();
  });
  it('offers no second acknowledgement, no dispute and no handover plan against the record', () => {
    const acknowledged = { settlement: [], notice: { servedOn: '2026-03-01', channel: 'letter' as const, acknowledgementRequested: true, acknowledgedOn: '2026-03-02', servedBy: 'client' as const } };
    for (const kind of ['termination-ack', 'termination-dispute'] as const) {
      expect(templateNotOfferedFor({ kind }, contract({}), { today: '2026-03-05', offboarding: acknowledged }), kind).toBe('acknowledged');
    }
    // The dzieło reply claims the fee less savings (art. 644 k.c.), which an acknowledgement does not: still offered (review7 PL7-A5).
    expect(templateNotOfferedFor({ kind: 'dzielo-withdrawal-reply' }, contract({ type: 'dzielo' }), { today: '2026-03-05', offboarding: acknowledged })).toBeUndefined();
    expect(templateNotOfferedFor({ kind: 'handover-plan' }, contract({}), { today: '2026-03-05', offboarding: acknowledged })).toBeUndefined();
    expect(templateNotOfferedFor({ kind: 'handover-plan' }, contract({}), { today: '2026-03-10', offboarding: { ...acknowledged, closedOn: '2026-03-09' } })).toBe('offboarding-closed');
    expect(templateNotOfferedFor({ kind: 'termination-ack' }, contract({}), { today: '2026-03-10', offboarding: { settlement: [], closedOn: '2026-03-09' } })).toBe('offboarding-closed');
  });

  it('offers a reply to the client\'s withdrawal only where the sender is not the one ending it', () => {
    const dzielo = contract({ type: 'dzielo' });
    expect(templateNotOfferedFor({ kind: 'dzielo-withdrawal-reply' }, dzielo, { today: '2026-05-06', offboarding: { settlement: [], initiator: 'we' } })).toBe('no-client-withdrawal');
    expect(templateNotOfferedFor({ kind: 'dzielo-withdrawal-reply' }, dzielo, { today: '2026-05-06', offboarding: { settlement: [], initiator: 'client' } })).toBeUndefined();
    expect(templateNotOfferedFor({ kind: 'dzielo-withdrawal-reply' }, dzielo, { today: '2026-05-06', offboarding: null })).toBeUndefined();
  });

  it('offers no reminder or demand when every recorded receivable is paid, and no overdue reminder without a due date', () => {
    const item = (changes: Record<string, unknown>) => ({ id: 'a', direction: 'receivable' as const, description: 'x', amountMinor: 100, currency: 'PLN', paid: false, ...changes });
    const paid = { settlement: [item({ paid: true, dueOn: '2026-03-01' }), item({ id: 'b', direction: 'liability' as const })] };
    for (const variant of ['before', 'on', 'after'] as const) {
      expect(templateNotOfferedFor({ kind: 'payment-reminder', variant }, contract({}), { today: '2026-03-10', offboarding: paid }), variant).toBe('nothing-open');
    }
    expect(templateNotOfferedFor({ kind: 'payment-demand' }, contract({}), { today: '2026-03-10', offboarding: paid })).toBe('nothing-open');
    const noDueDate = { settlement: [item({})] };
    expect(templateNotOfferedFor({ kind: 'payment-reminder', variant: 'after' }, contract({}), { today: '2026-03-10', offboarding: noDueDate })).toBe('no-due-date');
    expect(templateNotOfferedFor({ kind: 'payment-reminder', variant: 'on' }, contract({}), { today: '2026-03-10', offboarding: noDueDate })).toBe('no-due-date');
    expect(templateNotOfferedFor({ kind: 'payment-reminder', variant: 'before' }, contract({}), { today: '2026-03-10', offboarding: noDueDate })).toBeUndefined();
    // Due on demand (art. 455 k.c.): a demand only after the first request for payment (review11-en A2).
    expect(templateNotOfferedFor({ kind: 'payment-demand' }, contract({}), { today: '2026-03-10', offboarding: noDueDate })).toBe('not-yet-requested');
    expect(templateNotOfferedFor({ kind: 'payment-demand' }, contract({}), { today: '2026-03-10', offboarding: noDueDate, paymentRequested: true })).toBeUndefined();
  });
});
