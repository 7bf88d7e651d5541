import { describe, expect, it } from 'vitest';
import { noticeSummary } from '../../../components/sidebar/notice';
import { channelSatisfiesWrittenForm, deliveryWindow, hasNoticePeriod, endDateSettled, endFromDelivery, laterEndIfReadLater, latestEmailDelivery, noticeDelivery, noticeOutcome } from '../../../offboarding/notice';
import { nonRenewalDeadlineFor, nonRenewalSafeDayFor, noticeEndFor } from '../../../offboarding/deadlines';
import { dueItems, openDeadlines } from '../../../offboarding/open-deadlines';
import { emptyChecklist } from '../../../offboarding/checklist';
import { setChecklistItem } from '../../../offboarding/checklist-changes';
import type { Contract, NoticeRecord, Offboarding } from '../../../offboarding/types';

const NOW = '2026-02-01T09:00:00.000Z';
const contract = (changes: Partial<Contract> = {}): Contract => ({
  type: 'service', noticePeriod: { months: 1 }, endOfMonth: false, requiredForm: 'written', ...changes,
});
const notice = (changes: Partial<NoticeRecord> = {}): NoticeRecord => ({
  servedOn: '2026-01-30', channel: 'letter', acknowledgementRequested: true, servedBy: 'we', ...changes,
});
const offboarding = (changes: Partial<Offboarding> = {}): Offboarding => ({
  id: 'ob', clientId: 'c', initiator: 'we', reason: 'fit', startedOn: '2026-01-20', checklist: emptyChecklist(),
  settlement: [], createdAt: NOW, updatedAt: NOW, ...changes,
});

describe('when a notice takes effect (art. 61 k.c.)', () => {
  it('counts the period from the recorded delivery, not from sending', () => {
    const outcome = noticeOutcome(contract(), notice({ deliveredOn: '2026-02-03' }));
    expect(outcome.delivery).toEqual({ on: '2026-02-03', status: 'recorded', fromSending: false });
    expect(outcome.endsOn).toBe('2026-03-03');
    // From sending it would have been 28 February (30 Jan + 1 month).
    expect(endFromDelivery(contract(), '2026-01-30')).toBe('2026-02-28');
  });

  it('uses the expected delivery until delivery is recorded, and says it is expected', () => {
    expect(noticeOutcome(contract(), notice({ expectedDeliveryOn: '2026-02-04' }))).toEqual({
      delivery: { on: '2026-02-04', status: 'expected', fromSending: false },
      endsOn: '2026-03-04',
    });
    // A recorded delivery wins over an expected one.
    expect(noticeDelivery(notice({ expectedDeliveryOn: '2026-02-04', deliveredOn: '2026-02-06' }))).toEqual({ on: '2026-02-06', status: 'recorded', fromSending: false });
  });

  it('an e-mail, a QES e-mail or a hand-over arrives when sent; a letter with no date is only an estimate', () => {
    for (const channel of ['email', 'qes', 'in-person'] as const) {
      expect(noticeDelivery(notice({ channel }))).toEqual({ on: '2026-01-30', status: 'recorded', fromSending: true });
    }
    for (const channel of ['letter', 'courier', 'other'] as const) {
      expect(noticeDelivery(notice({ channel }))).toEqual({ on: '2026-01-30', status: 'expected', fromSending: true });
    }
  });

  it('keeps the contract rule: end of month from the delivery day', () => {
    expect(noticeOutcome(contract({ endOfMonth: true }), notice({ deliveredOn: '2026-02-02' })).endsOn).toBe('2026-03-31');
  });

  it('refuses a delivery before sending, with the dates in the message', () => {
    expect(() => noticeDelivery(notice({ deliveredOn: '2026-01-29' }))).toThrow(/2026-01-29.*2026-01-30/);
    expect(() => noticeDelivery(notice({ expectedDeliveryOn: '2026-01-01' }))).toThrow(/expected delivery/);
    expect(() => noticeDelivery(notice({ deliveredOn: '2026-02-30' }))).toThrow(/no such calendar day/);
  });

  it('knows which channels carry written form', () => {
    expect(['email', 'other'].map((c) => channelSatisfiesWrittenForm(c as NoticeRecord['channel']))).toEqual([false, false]);
    expect(['letter', 'courier', 'qes', 'in-person'].map((c) => channelSatisfiesWrittenForm(c as NoticeRecord['channel']))).toEqual([true, true, true, true]);
  });

  it('the deadlines (popup, alarm) use the delivery too', () => {
    expect(noticeEndFor({ contract: contract() }, { notice: notice({ expectedDeliveryOn: '2026-02-05' }) })).toBe('2026-03-05');
    expect(noticeEndFor({ contract: contract() }, { notice: notice({ channel: 'email', servedOn: '2026-01-31' }) })).toBe('2026-02-28');
  });
});

describe('non-renewal deadline', () => {
  const fixed = { contract: contract({ fixedTermEndsOn: '2026-06-30', nonRenewalNoticeDays: 30 }), language: 'pl' as const };

  it('is the end date minus the clause days, and absent without both', () => {
    expect(nonRenewalDeadlineFor(fixed)).toBe('2026-05-31');
    expect(nonRenewalDeadlineFor({ contract: contract({ fixedTermEndsOn: '2026-06-30' }) })).toBeNull();
    expect(nonRenewalDeadlineFor({ contract: contract({ nonRenewalNoticeDays: 30 }) })).toBeNull();
    expect(() => nonRenewalDeadlineFor({ contract: contract({ fixedTermEndsOn: '2026-06-30', nonRenewalNoticeDays: -1 }) })).toThrow(/non-negative/);
  });

  it('is an open deadline while the notice step is open, and reminds within a week', () => {
    // 31 May 2026 is a Sunday: the legal day stays, with the Friday before as the safe day.
    expect(openDeadlines(fixed, offboarding(), '2026-05-01')).toContainEqual({ on: '2026-05-31', what: 'non-renewal-by', safeOn: '2026-05-29' });
    expect(dueItems(fixed, offboarding(), '2026-05-01').map((item) => item.what)).not.toContain('non-renewal-by');
    const due = dueItems(fixed, offboarding(), '2026-05-25');
    expect(due).toContainEqual(expect.objectContaining({ what: 'non-renewal-by', on: '2026-05-31', daysLeft: 6 }));
  });

  it('on a Sunday or holiday is never moved later (art. 115 k.c. does not apply to a day a statement must reach the client by): the safe day is the working day before', () => {
    expect(nonRenewalSafeDayFor(fixed)).toBe('2026-05-29');
    // 30 Apr 2026 is a Thursday: a working day is its own safe day, and no safeOn is added.
    const thursday = { contract: contract({ fixedTermEndsOn: '2026-05-30', nonRenewalNoticeDays: 30 }), language: 'pl' as const };
    expect(nonRenewalSafeDayFor(thursday)).toBe('2026-04-30');
    expect(openDeadlines(thursday, offboarding(), '2026-04-01')).toContainEqual({ on: '2026-04-30', what: 'non-renewal-by' });
    // 3 May 2026 (a Sunday and a holiday) after 1 May (Friday, a holiday) and 2 May (Saturday): Thursday 30 April.
    const mayDay = { contract: contract({ fixedTermEndsOn: '2026-06-02', nonRenewalNoticeDays: 30 }), language: 'pl' as const };
    expect(nonRenewalDeadlineFor(mayDay)).toBe('2026-05-03');
    expect(nonRenewalSafeDayFor(mayDay)).toBe('2026-04-30');
    // The warning week is counted to the safe day.
    expect(dueItems(mayDay, offboarding(), '2026-04-23').map((item) => item.what)).toContain('non-renewal-by');
  });

  it('goes away once the notice step is done, or once it has passed', () => {
    const sent = setChecklistItem(offboarding(), 'notice', { done: true }, NOW);
    expect(openDeadlines(fixed, sent, '2026-05-25').map((d) => d.what)).not.toContain('non-renewal-by');
    expect(openDeadlines(fixed, offboarding(), '2026-06-01').map((d) => d.what)).not.toContain('non-renewal-by');
  });
});

describe('deliveryWindow', () => {
  const monthToMonthEnd = { noticePeriod: { months: 1 }, endOfMonth: true };
  it('spans every delivery day that gives the same end: the rest of the month under an end-of-month rule', () => {
    expect(deliveryWindow(monthToMonthEnd, '2026-03-13', '2026-03-10')).toEqual({ from: '2026-03-10', to: '2026-03-31', endsOn: '2026-04-30' });
  });
  it('never starts before the day it is sent, and stops where the end moves', () => {
    expect(deliveryWindow(monthToMonthEnd, '2026-04-02', '2026-03-30')).toEqual({ from: '2026-04-01', to: '2026-04-30', endsOn: '2026-05-31' });
  });
  it('is the one day itself when every day of delivery moves the end', () => {
    expect(deliveryWindow({ noticePeriod: { days: 30 }, endOfMonth: false }, '2026-05-04', '2026-05-04')).toEqual({ from: '2026-05-04', to: '2026-05-04', endsOn: '2026-06-03' });
  });
});

describe('whether the end date is a fact or hangs on the delivery day (review 10, PL10-A1)', () => {
  const twoWeeks = contract({ noticePeriod: { weeks: 2 }, requiredForm: 'documentary' });
  it('an e-mail sent on a Saturday may count as delivered on Monday: the end is not settled', () => {
    // 28 March 2026 is a Saturday: 11 April from the Saturday, 13 April from Monday 30 March.
    const saturday = notice({ servedOn: '2026-03-28', channel: 'email' });
    expect(endFromDelivery(twoWeeks, '2026-03-28')).toBe('2026-04-11');
    expect(endFromDelivery(twoWeeks, '2026-03-30')).toBe('2026-04-13');
    expect(endDateSettled(twoWeeks, saturday)).toBe(false);
  });

  it('an acknowledgement on the sending day, or a recorded delivery, settles it', () => {
    expect(endDateSettled(twoWeeks, notice({ servedOn: '2026-03-28', channel: 'email', acknowledgedOn: '2026-03-28' }))).toBe(true);
    expect(endDateSettled(twoWeeks, notice({ servedOn: '2026-03-28', channel: 'email', acknowledgedOn: '2026-03-30' }))).toBe(false);
    expect(endDateSettled(twoWeeks, notice({ servedOn: '2026-03-28', channel: 'email', deliveredOn: '2026-03-30' }))).toBe(true);
  });

  it('under an end-of-month rule a day later changes nothing: settled', () => {
    const monthEnd = contract({ noticePeriod: { months: 1 }, endOfMonth: true, requiredForm: 'documentary' });
    expect(endDateSettled(monthEnd, notice({ servedOn: '2026-03-05', channel: 'email' }))).toBe(true);
    // Sent on the last working day of March: a delivery on 1 April would end it a month later.
    expect(endDateSettled(monthEnd, notice({ servedOn: '2026-03-31', channel: 'email' }))).toBe(false);
  });

  it('tells the later end and the day it hangs on; none once the client acknowledged on the sending day', () => {
    expect(laterEndIfReadLater(twoWeeks, notice({ servedOn: '2026-03-28', channel: 'email' }))).toEqual({ deliveredOn: '2026-03-30', endsOn: '2026-04-13' });
    expect(laterEndIfReadLater(twoWeeks, notice({ servedOn: '2026-03-28', channel: 'email', acknowledgedOn: '2026-03-28' }))).toBeUndefined();
    expect(noticeSummary({ contract: twoWeeks }, { notice: notice({ servedOn: '2026-03-28', channel: 'email' }) }).laterEnd).toEqual({ deliveredOn: '2026-03-30', endsOn: '2026-04-13' });
  });

  it('counts the next working day in the calendar of the contract\'s law', () => {
    // Friday 1 May 2026 is a Polish holiday (Labour Day) but a UK business day; Monday 4 May is the
    // UK Early May bank holiday and a Polish working day.
    expect(latestEmailDelivery('2026-04-30', 'pl')).toBe('2026-05-04');
    expect(latestEmailDelivery('2026-04-30', undefined)).toBe('2026-05-04');
    expect(latestEmailDelivery('2026-04-30', 'england-wales')).toBe('2026-05-01');
    expect(latestEmailDelivery('2026-05-01', 'england-wales')).toBe('2026-05-05');
    expect(latestEmailDelivery('2026-05-01', 'pl')).toBe('2026-05-04');
    // Another law: the later of the two calendars, so the end is hedged rather than overstated.
    expect(latestEmailDelivery('2026-05-01', 'other')).toBe('2026-05-05');
    const english = contract({ noticePeriod: { weeks: 2 }, requiredForm: 'documentary', governingLaw: 'england-wales' });
    expect(laterEndIfReadLater(english, notice({ servedOn: '2026-04-30', channel: 'email' }))).toEqual({ deliveredOn: '2026-05-01', endsOn: '2026-05-15' });
  });

  it('a letter on its way is not settled; a statement handed over in person is', () => {
    expect(endDateSettled(contract(), notice({ servedOn: '2026-03-05', channel: 'letter', expectedDeliveryOn: '2026-03-09' }))).toBe(false);
    expect(endDateSettled(contract(), notice({ servedOn: '2026-03-05', channel: 'in-person' }))).toBe(true);
  });
});

describe('hasNoticePeriod', () => {
  it('is false for an empty period or all zeros, true for any part above zero', () => {
    expect(hasNoticePeriod({})).toBe(false);
    expect(hasNoticePeriod({ days: 0, weeks: 0, months: 0 })).toBe(false);
    expect(hasNoticePeriod({ days: 1 })).toBe(true);
    expect(hasNoticePeriod({ weeks: 2 })).toBe(true);
    expect(hasNoticePeriod({ months: 0, days: 14 })).toBe(true);
  });
});
