import { describe, expect, it } from 'vitest';
import { noticeForAgreedEnd, endFromDelivery } from '../../../offboarding/notice';
import { dueItems, noticeByDeadlineFor, openDeadlines } from '../../../offboarding/open-deadlines';
import { emptyChecklist } from '../../../offboarding/checklist';
import { setChecklistItem } from '../../../offboarding/checklist-changes';
import { citesPolishLaw } from '../../../offboarding/governing-law';
import { addDaysIso } from '../../../offboarding/calendar';
import type { Client, Contract, Offboarding } from '../../../offboarding/types';

const NOW = '2026-03-02T09:00:00.000Z';
const contract = (c: Partial<Contract> = {}): Contract => ({ type: 'service', noticePeriod: { months: 1 }, endOfMonth: false, requiredForm: 'documentary', ...c });
const client = (c: Partial<Contract> = {}): Pick<Client, 'contract' | 'language'> => ({ contract: contract(c), language: 'pl' });

function offboarding(overrides: Partial<Offboarding> = {}): Offboarding {
  return {
    id: 'ob-1', clientId: 'c-1', initiator: 'we', reason: 'fit', startedOn: '2026-03-02',
    checklist: emptyChecklist(), settlement: [], createdAt: NOW, updatedAt: NOW, ...overrides,
  };
}

describe('noticeForAgreedEnd: the last delivery that still ends the contract by the agreed day', () => {
  it('one month: delivered on 31 March ends on 30 April (art. 112: no 31 April), the agreed day', () => {
    const fit = noticeForAgreedEnd(contract(), '2026-04-30', '2026-03-02');
    expect(fit).toEqual({ agreedOn: '2026-04-30', endIfDeliveredToday: '2026-04-02', latestDelivery: '2026-03-31', endsOn: '2026-04-30' });
  });

  it('end of month: any delivery in March ends on 30 April; one in April ends on 31 May', () => {
    const fit = noticeForAgreedEnd(contract({ endOfMonth: true }), '2026-05-15', '2026-03-02');
    expect(fit.latestDelivery).toBe('2026-03-31');
    // The notice can end it only on 30 April, before the agreed 15 May: the caller must say so.
    expect(fit.endsOn).toBe('2026-04-30');
  });

  it('too late: a notice delivered today ends after the agreed day, so none can', () => {
    const fit = noticeForAgreedEnd(contract({ noticePeriod: { months: 3 } }), '2026-04-30', '2026-03-02');
    expect(fit.latestDelivery).toBeNull();
    expect(fit.endIfDeliveredToday).toBe('2026-06-02');
  });

  it('agrees with endFromDelivery on every day: the day after latestDelivery ends later than agreed', () => {
    for (const months of [1, 2, 3]) {
      for (const endOfMonth of [false, true]) {
        for (let offset = 20; offset < 200; offset += 7) {
          const agreed = addDaysIso('2026-01-10', offset);
          const c = contract({ noticePeriod: { months }, endOfMonth });
          const fit = noticeForAgreedEnd(c, agreed, '2026-01-10');
          if (fit.latestDelivery === null) {
            expect(endFromDelivery(c, '2026-01-10') > agreed).toBe(true);
            continue;
          }
          expect(endFromDelivery(c, fit.latestDelivery) <= agreed).toBe(true);
          expect(endFromDelivery(c, addDaysIso(fit.latestDelivery, 1)) > agreed).toBe(true);
        }
      }
    }
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => noticeForAgreedEnd(contract(), '2026-02-30', '2026-03-02')).toThrow(/agreedOn/);
  });
});

describe('the notice-by deadline from an agreed end date', () => {
  const agreed = { on: '2026-03-01', agreed: 'end-date' as const, endOn: '2026-04-30' };

  it('is open while no notice is recorded and is reminded a week ahead', () => {
    const ob = offboarding({ outcome: agreed });
    expect(openDeadlines(client(), ob, '2026-03-02')).toContainEqual({ on: '2026-03-31', what: 'notice-by' });
    expect(dueItems(client(), ob, '2026-03-23').map((d) => d.what)).not.toContain('notice-by');
    expect(dueItems(client(), ob, '2026-03-24').map((d) => d.what)).toContain('notice-by');
  });

  it('goes once the notice is recorded, the step is done, or the outcome is a mutual agreement', () => {
    const notice = { servedOn: '2026-03-10', channel: 'email' as const, acknowledgementRequested: true, servedBy: 'we' as const };
    expect(noticeByDeadlineFor(client(), offboarding({ outcome: agreed, notice }), '2026-03-12')).toBeNull();
    const done = setChecklistItem(offboarding({ outcome: agreed }), 'notice', { done: true }, NOW);
    expect(noticeByDeadlineFor(client(), done, '2026-03-12')).toBeNull();
    expect(noticeByDeadlineFor(client(), offboarding({ outcome: { ...agreed, agreed: 'mutual' } }), '2026-03-12')).toBeNull();
  });

  it('is not offered when even today is too late', () => {
    expect(noticeByDeadlineFor(client({ noticePeriod: { months: 3 } }), offboarding({ outcome: agreed }), '2026-03-02')).toBeNull();
  });
});

describe('citesPolishLaw', () => {
  it('follows the recorded law in both languages', () => {
    expect(citesPolishLaw({ governingLaw: 'pl' }, 'en')).toBe(true);
    expect(citesPolishLaw({ governingLaw: 'other' }, 'pl')).toBe(false);
  });
  it('with nothing recorded: a Polish message yes, an English one no', () => {
    expect(citesPolishLaw({}, 'pl')).toBe(true);
    expect(citesPolishLaw({}, 'en')).toBe(false);
  });
});
