import { describe, expect, it } from 'vitest';
import { badgeText, collectAlerts, newAlerts } from '../../../background/alerts';
import type { SettlementItem } from '../../../offboarding/types';
import { makeClient, makeOffboarding } from './fixtures';

const client = makeClient();
// 30 days from 1 March 2026 (art. 111) end on 31 March 2026.
const served = makeOffboarding({
  notice: { servedOn: '2026-03-01', channel: 'email', acknowledgementRequested: true, servedBy: 'we' },
});

function receivable(overrides: Partial<SettlementItem> = {}): SettlementItem {
  return {
    id: 's1',
    direction: 'receivable',
    description: 'Faktura końcowa',
    amountMinor: 123_45,
    currency: 'PLN',
    paid: false,
    dueOn: '2026-03-10',
    ...overrides,
  };
}

describe('notice ending within 3 days', () => {
  it('is quiet four days before the end', () => {
    expect(collectAlerts([client], [served], '2026-03-27')).toEqual([]);
  });

  it('alerts three days before, with both languages', () => {
    const [alert, ...rest] = collectAlerts([client], [served], '2026-03-28');
    expect(rest).toEqual([]);
    expect(alert).toMatchObject({ what: 'notice-end', on: '2026-03-31', daysLeft: 3, overdue: false, clientId: 'c1' });
    expect(alert?.title.pl).toBe('Koniec okresu wypowiedzenia: Anna Nowak (Nowak Design)');
    expect(alert?.body.pl).toContain('za 3 dni');
    expect(alert?.body.en).toContain('in 3 days');
  });

  it('says "jutro" / "tomorrow" one day before and "dziś" / "today" on the day', () => {
    expect(collectAlerts([client], [served], '2026-03-30')[0]?.body.pl).toContain('jutro');
    const onTheDay = collectAlerts([client], [served], '2026-03-31')[0];
    expect(onTheDay?.body.pl).toContain('dziś');
    expect(onTheDay?.body.en).toContain('today');
  });

  it('stops once the end date has passed or the cooperation is closed', () => {
    expect(collectAlerts([client], [served], '2026-04-01')).toEqual([]);
    const closed = { ...served, closedOn: '2026-03-29' };
    expect(collectAlerts([client], [closed], '2026-03-30').filter((a) => a.what === 'notice-end')).toEqual([]);
  });

  it('is silent before any notice is served', () => {
    expect(collectAlerts([client], [makeOffboarding()], '2026-03-30')).toEqual([]);
  });
});

describe('payment overdue', () => {
  it('is not overdue on the due day, overdue the day after', () => {
    const ob = makeOffboarding({ settlement: [receivable()] });
    expect(collectAlerts([client], [ob], '2026-03-10')).toEqual([]);
    const [alert] = collectAlerts([client], [ob], '2026-03-11');
    expect(alert).toMatchObject({ what: 'payment-due', on: '2026-03-10', daysLeft: -1, overdue: true });
    expect(alert?.title.en).toBe('Payment overdue: Anna Nowak (Nowak Design)');
    expect(alert?.body.pl).toContain('wczoraj');
  });

  it('moves a Saturday due date to Monday (art. 115)', () => {
    const ob = makeOffboarding({ settlement: [receivable({ dueOn: '2026-03-14' })] });
    expect(collectAlerts([client], [ob], '2026-03-16')).toEqual([]);
    expect(collectAlerts([client], [ob], '2026-03-17')[0]).toMatchObject({ on: '2026-03-16', daysLeft: -1 });
  });

  it('counts the days late with Polish plural forms', () => {
    const ob = makeOffboarding({ settlement: [receivable()] });
    expect(collectAlerts([client], [ob], '2026-03-12')[0]?.body.pl).toContain('2 dni temu');
    expect(collectAlerts([client], [ob], '2026-03-15')[0]?.body.en).toContain('5 days ago');
  });

  it('ignores paid receivables and our own liabilities', () => {
    const ob = makeOffboarding({
      settlement: [receivable({ paid: true }), receivable({ id: 's2', direction: 'liability' })],
    });
    expect(collectAlerts([client], [ob], '2026-04-30')).toEqual([]);
  });
});

describe('feedback due after closing', () => {
  const closed = makeOffboarding({ closedOn: '2026-03-01' });

  it('comes due two weeks after closing, not a day earlier', () => {
    expect(collectAlerts([client], [closed], '2026-03-14')).toEqual([]);
    const [alert] = collectAlerts([client], [closed], '2026-03-15');
    expect(alert).toMatchObject({ what: 'feedback-due', on: '2026-03-15', daysLeft: 0 });
    expect(alert?.body.pl).toContain('14 dni temu');
    expect(alert?.title.pl).toBe('Czas poprosić o opinię: Anna Nowak (Nowak Design)');
  });

  it('stops once feedback was asked for', () => {
    const asked = { ...closed, checklist: { ...closed.checklist, feedback: { doneAt: '2026-03-16T09:00:00.000Z' } } };
    expect(collectAlerts([client], [asked], '2026-03-20')).toEqual([]);
  });
});

describe('collecting', () => {
  it('skips offboardings whose client is unknown and sorts by date', () => {
    const other = makeClient({ id: 'c2', name: 'Jan Kowalski', company: undefined });
    const late = makeOffboarding({ id: 'o2', clientId: 'c2', settlement: [receivable({ dueOn: '2026-03-02' })] });
    const orphan = makeOffboarding({ id: 'o3', clientId: 'missing', closedOn: '2026-01-01' });
    const alerts = collectAlerts([client, other], [served, late, orphan], '2026-03-29');
    expect(alerts.map((a) => [a.offboardingId, a.what])).toEqual([
      ['o2', 'payment-due'],
      ['o1', 'notice-end'],
    ]);
    expect(alerts[0]?.title.pl).toBe('Płatność po terminie: Jan Kowalski');
  });

  it("uses only the client's current offboarding", () => {
    const old = makeOffboarding({ id: 'o0', closedOn: '2025-01-01', createdAt: '2025-01-01T10:00:00.000Z' });
    const alerts = collectAlerts([client], [old, served], '2026-03-31');
    expect(alerts.map((a) => a.offboardingId)).toEqual(['o1']);
  });

  it('keeps the thread so a click can open the conversation', () => {
    const thread = { provider: 'gmail' as const, threadId: 't1', url: 'https://mail.google.com/mail/u/0/#inbox/t1' };
    const [alert] = collectAlerts([client], [{ ...served, thread }], '2026-03-31');
    expect(alert?.thread).toEqual(thread);
  });

  it('gives stable ids so notified items are not repeated', () => {
    const first = collectAlerts([client], [served], '2026-03-29');
    const second = collectAlerts([client], [served], '2026-03-30');
    expect(first[0]?.id).toBe(second[0]?.id);
    expect(newAlerts(second, new Set(first.map((a) => a.id)))).toEqual([]);
    expect(newAlerts(second, new Set(['other']))).toHaveLength(1);
  });

  it('formats the badge count', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(7)).toBe('7');
    expect(badgeText(100)).toBe('99+');
  });
});
