import { describe, expect, it } from 'vitest';
import { endDateFallsOnNonWorkingDay, feedbackDueFor, noticeEndFor, paymentDueFor } from '../../../offboarding/deadlines';
import { dueItems, isOverdue, nextDeadline, openDeadlines } from '../../../offboarding/open-deadlines';
import { emptyChecklist } from '../../../offboarding/checklist';
import { setChecklistItem } from '../../../offboarding/checklist-changes';
import type { Client, Contract, Offboarding, SettlementItem } from '../../../offboarding/types';

const NOW = '2025-03-01T09:00:00.000Z';

function client(contract: Partial<Contract> = {}, language: Client['language'] = 'pl'): Pick<Client, 'contract' | 'language'> {
  return { language, contract: { type: 'service', noticePeriod: { months: 1 }, endOfMonth: false, requiredForm: 'documentary', ...contract } };
}

function receivable(overrides: Partial<SettlementItem>): SettlementItem {
  return { id: 'r', direction: 'receivable', description: 'FV', amountMinor: 1000, currency: 'PLN', paid: false, ...overrides };
}

function offboarding(overrides: Partial<Offboarding> = {}): Offboarding {
  return {
    id: 'ob-1',
    clientId: 'c-1',
    initiator: 'we',
    reason: 'fit',
    startedOn: '2025-03-01',
    checklist: emptyChecklist(),
    settlement: [],
    createdAt: NOW,
    updatedAt: NOW,
    ...overrides,
  };
}

const served = (servedOn: string) => ({ servedOn, channel: 'email' as const, acknowledgementRequested: true, servedBy: 'we' as const });

describe('noticeEndFor', () => {
  it('is null until notice is served', () => {
    expect(noticeEndFor(client(), offboarding())).toBeNull();
  });

  it('uses the contract period and endOfMonth', () => {
    expect(noticeEndFor(client(), offboarding({ notice: served('2025-01-31') }))).toBe('2025-02-28');
    expect(noticeEndFor(client({ endOfMonth: true }), offboarding({ notice: served('2025-03-10') }))).toBe('2025-04-30');
    expect(noticeEndFor(client({ noticePeriod: {} }), offboarding({ notice: served('2025-03-10') }))).toBe('2025-03-10');
    expect(noticeEndFor(client({ noticePeriod: { days: 30 } }), offboarding({ notice: served('2025-03-01') }))).toBe('2025-03-31');
  });
});

describe('paymentDueFor', () => {
  it('takes the earliest unpaid receivable and moves it past weekends and holidays', () => {
    const ob = offboarding({
      settlement: [
        receivable({ dueOn: '2025-05-20' }),
        receivable({ dueOn: '2025-05-01' }), // holiday → Fri 2 May
        receivable({ dueOn: '2025-04-01', paid: true }),
        receivable({ dueOn: '2025-04-02', direction: 'liability' }),
        receivable({}), // no due date
      ],
    });
    expect(paymentDueFor(ob)).toBe('2025-05-02');
  });

  it('compares moved dates: Saturday 3 May 2025 → Monday 5 May', () => {
    expect(paymentDueFor(offboarding({ settlement: [receivable({ dueOn: '2025-05-03' })] }))).toBe('2025-05-05');
  });

  it('is null when nothing is owed to us', () => {
    expect(paymentDueFor(offboarding({ settlement: [receivable({ dueOn: '2025-05-20', paid: true })] }))).toBeNull();
    expect(paymentDueFor(offboarding())).toBeNull();
  });
});

describe('feedbackDueFor', () => {
  it('is 14 days after closing while feedback is open', () => {
    expect(feedbackDueFor(offboarding({ closedOn: '2025-12-20' }))).toBe('2026-01-03');
  });

  it('is null before closing or once feedback is done or skipped', () => {
    expect(feedbackDueFor(offboarding())).toBeNull();
    const done = setChecklistItem(offboarding({ closedOn: '2025-03-01' }), 'feedback', { done: true }, NOW);
    expect(feedbackDueFor(done)).toBeNull();
    const skipped = setChecklistItem(offboarding({ closedOn: '2025-03-01' }), 'feedback', { done: false, skipped: true }, NOW);
    expect(feedbackDueFor(skipped)).toBeNull();
  });
});

describe('nextDeadline and openDeadlines', () => {
  it('is undefined when nothing is pending', () => {
    expect(nextDeadline(client(), offboarding(), '2025-03-01')).toBeUndefined();
  });

  it('picks the earliest open deadline', () => {
    const ob = offboarding({ notice: served('2025-03-10'), settlement: [receivable({ dueOn: '2025-03-20' })] });
    expect(nextDeadline(client(), ob, '2025-03-12')).toEqual({ on: '2025-03-20', what: 'payment-due' });
    expect(nextDeadline(client({ noticePeriod: { days: 7 } }), ob, '2025-03-12')).toEqual({ on: '2025-03-17', what: 'notice-end' });
  });

  it('drops a notice end that has passed or once the cooperation is closed, but keeps an overdue payment', () => {
    const ob = offboarding({ notice: served('2025-03-01'), settlement: [receivable({ dueOn: '2025-03-05' })] });
    expect(openDeadlines(client(), ob, '2025-03-10')).toEqual([
      { on: '2025-03-05', what: 'payment-due' },
      { on: '2025-04-01', what: 'notice-end' },
    ]);
    expect(openDeadlines(client(), ob, '2025-04-02')).toEqual([{ on: '2025-03-05', what: 'payment-due' }]);
    expect(openDeadlines(client(), { ...ob, closedOn: '2025-03-20' }, '2025-03-21')).toEqual([
      { on: '2025-03-05', what: 'payment-due' },
      { on: '2025-04-03', what: 'feedback-due' },
    ]);
  });

  it("moves a payment due on a Saturday to Monday only under Polish law, as the messages do (art. 115 k.c.)", () => {
    // 7 March 2026 is a Saturday.
    const ob = offboarding({ settlement: [receivable({ dueOn: '2026-03-07' })] });
    expect(openDeadlines(client(), ob, '2026-03-01')).toEqual([{ on: '2026-03-09', what: 'payment-due' }]);
    expect(openDeadlines(client({ governingLaw: 'england-wales' }, 'pl'), ob, '2026-03-01')).toEqual([{ on: '2026-03-07', what: 'payment-due' }]);
    // No law recorded: an English client is not read as under Polish law; overdue from Sunday.
    expect(openDeadlines(client({}, 'en'), ob, '2026-03-01')).toEqual([{ on: '2026-03-07', what: 'payment-due' }]);
    expect(dueItems(client({}, 'en'), ob, '2026-03-08').map((item) => item.what)).toContain('payment-due');
    expect(dueItems(client(), ob, '2026-03-08').map((item) => item.what)).not.toContain('payment-due');
  });

  it('keeps the notice end on its day (today counts as open)', () => {
    const ob = offboarding({ notice: served('2025-03-01') });
    expect(nextDeadline(client(), ob, '2025-04-01')).toEqual({ on: '2025-04-01', what: 'notice-end' });
  });

  it('rejects a bad today', () => {
    expect(() => nextDeadline(client(), offboarding(), '1.03.2025')).toThrow(/today/);
  });
});

describe('isOverdue', () => {
  it('is overdue from the day after', () => {
    expect(isOverdue({ on: '2025-03-05' }, '2025-03-05')).toBe(false);
    expect(isOverdue({ on: '2025-03-05' }, '2025-03-06')).toBe(true);
    expect(isOverdue({ on: '2025-03-05' }, '2025-03-04')).toBe(false);
    expect(() => isOverdue({ on: '2025-3-5' }, '2025-03-06')).toThrow(/deadline/);
  });
});

describe('dueItems', () => {
  const ob = offboarding({
    notice: served('2025-03-01'), // ends 2025-04-01
    settlement: [receivable({ dueOn: '2025-03-14' })], // Friday
  });

  it('reports nothing while deadlines are far and nothing is overdue', () => {
    expect(dueItems(client(), ob, '2025-03-10')).toEqual([]);
  });

  it('reports a payment only once it is overdue', () => {
    expect(dueItems(client(), ob, '2025-03-14')).toEqual([]);
    expect(dueItems(client(), ob, '2025-03-15')).toEqual([
      { on: '2025-03-14', what: 'payment-due', key: 'ob-1:payment-due:2025-03-14', offboardingId: 'ob-1', clientId: 'c-1', daysLeft: -1, overdue: true },
    ]);
  });

  it('reports the notice end from three days before until the day itself', () => {
    const paid = { ...ob, settlement: [] };
    expect(dueItems(client(), paid, '2025-03-28')).toEqual([]);
    expect(dueItems(client(), paid, '2025-03-29').map((item) => [item.what, item.daysLeft, item.overdue])).toEqual([['notice-end', 3, false]]);
    expect(dueItems(client(), paid, '2025-04-01').map((item) => [item.what, item.daysLeft])).toEqual([['notice-end', 0]]);
    expect(dueItems(client(), paid, '2025-04-02')).toEqual([]);
  });

  it('reports feedback from its due day on', () => {
    const closed = offboarding({ closedOn: '2025-03-01' });
    expect(dueItems(client(), closed, '2025-03-14')).toEqual([]);
    expect(dueItems(client(), closed, '2025-03-15').map((item) => [item.what, item.key])).toEqual([['feedback-due', 'ob-1:feedback-due:2025-03-15']]);
    expect(dueItems(client(), closed, '2025-03-20').map((item) => [item.daysLeft, item.overdue])).toEqual([[-5, true]]);
  });
});

describe('endDateFallsOnNonWorkingDay', () => {
  it('warns for Saturdays, Sundays and holidays only', () => {
    expect(endDateFallsOnNonWorkingDay('2025-03-31')).toBe(false); // Monday
    expect(endDateFallsOnNonWorkingDay('2025-05-31')).toBe(true); // Saturday
    expect(endDateFallsOnNonWorkingDay('2025-08-31')).toBe(true); // Sunday
    expect(endDateFallsOnNonWorkingDay('2025-12-24')).toBe(true); // holiday from 2025
    expect(endDateFallsOnNonWorkingDay('2024-12-24')).toBe(false);
  });
});
