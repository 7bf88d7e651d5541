/**
 * The deadlines that still ask for something today (the popup's list), what deserves a notification
 * and on which days it can (the daily alarm). All dates are ISO calendar dates; `today` is the
 * user's local date. Apart from deadlines.ts because only the store and the popup read them: the
 * sidebar does not load these (issue 16).
 */
import type { Client, Offboarding } from './types';
import { lastWorkingDayOnOrBeforePL } from './dates';
import { citesPolishLaw } from './governing-law';
import { isClosed } from './checklist';
import { noticeForAgreedEnd } from './notice';
import { addDaysIso, daysBetweenIso, parseIsoDateParts } from './calendar';
import { feedbackDueFor, nonRenewalDeadlineFor, noticeEndFor, paymentDueFor, type Deadline } from './deadlines';

export interface DueItem extends Deadline {
  /** Stable per offboarding, kind and date, so an alarm can avoid notifying twice. */
  key: string;
  offboardingId: string;
  clientId: string;
  /** Calendar days from today (negative when overdue). */
  daysLeft: number;
  overdue: boolean;
}

/** Warn about a notice ending within this many days. */
export const NOTICE_WARNING_DAYS = 3;
/** Remind about the last day for a no-renewal message this many days ahead. */
export const NON_RENEWAL_WARNING_DAYS = 7;
/** Remind about the last day a notice can reach the client for the end agreed in the call. */
export const NOTICE_BY_WARNING_DAYS = 7;

/**
 * The last day our notice can reach the client and still end the contract by the end date agreed in
 * the call (outcome "end-date"); null once a notice is recorded, the step is done or closed, or when
 * even a notice delivered today ends later (then only a mutual agreement ends it on that day).
 */
export function noticeByDeadlineFor(client: Pick<Client, 'contract'>, offboarding: Offboarding, today: string): string | null {
  const outcome = offboarding.outcome;
  if (outcome?.agreed !== 'end-date' || outcome.endOn === undefined) return null;
  if (offboarding.notice !== undefined || offboarding.closedOn !== undefined || isClosed(offboarding.checklist.notice)) return null;
  return noticeForAgreedEnd(client.contract, outcome.endOn, today).latestDelivery;
}

/** What the deadlines read of a client: its contract, and its language where the contract names no law. */
type DeadlineClient = Pick<Client, 'contract' | 'language'>;

/**
 * A due date moves past a Saturday or a holiday (art. 115 k.c.) only where Polish law governs, as in
 * the messages (offboarding/governing-law.ts): the popup and the alarms say the same day they do.
 */
function paymentUnderPolishLaw(client: DeadlineClient): boolean {
  return citesPolishLaw(client.contract, client.language);
}

/**
 * Every deadline that still asks for something: a notice end that has not passed (and only while
 * the cooperation is not closed), any unpaid receivable's due date (overdue ones included), the
 * feedback request and, while the notice step is open, the last day for a no-renewal message and the
 * last day a notice can reach the client for the end agreed in the call. Sorted by date; ties keep
 * the order notice, payment, feedback.
 */
export function openDeadlines(client: DeadlineClient, offboarding: Offboarding, today: string): Deadline[] {
  parseIsoDateParts(today, 'today');
  const deadlines: Deadline[] = [];
  const notice = offboarding.closedOn === undefined ? noticeEndFor(client, offboarding) : null;
  if (notice !== null && notice >= today) deadlines.push({ on: notice, what: 'notice-end' });
  const payment = paymentDueFor(offboarding, paymentUnderPolishLaw(client));
  if (payment !== null) deadlines.push({ on: payment, what: 'payment-due' });
  const feedback = feedbackDueFor(offboarding);
  if (feedback !== null) deadlines.push({ on: feedback, what: 'feedback-due' });
  // Until the notice step is done (the no-renewal message is this contract's notice).
  const nonRenewal = offboarding.closedOn === undefined && !isClosed(offboarding.checklist.notice) ? nonRenewalDeadlineFor(client) : null;
  if (nonRenewal !== null && nonRenewal >= today) {
    const safe = lastWorkingDayOnOrBeforePL(nonRenewal);
    deadlines.push(safe === nonRenewal ? { on: nonRenewal, what: 'non-renewal-by' } : { on: nonRenewal, what: 'non-renewal-by', safeOn: safe });
  }
  const noticeBy = noticeByDeadlineFor(client, offboarding, today);
  if (noticeBy !== null) deadlines.push({ on: noticeBy, what: 'notice-by' });
  // ISO dates sort as strings; Array#sort is stable, so ties keep the push order.
  return deadlines.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0));
}

/** The earliest open deadline, or undefined when nothing is pending. */
export function nextDeadline(client: DeadlineClient, offboarding: Offboarding, today: string): Deadline | undefined {
  return openDeadlines(client, offboarding, today)[0];
}

/** A deadline is overdue from the day after it. */
export function isOverdue(deadline: Pick<Deadline, 'on'>, today: string): boolean {
  parseIsoDateParts(deadline.on, 'deadline');
  parseIsoDateParts(today, 'today');
  return deadline.on < today;
}

/**
 * What deserves a notification today: a notice ending within three days, a payment already
 * overdue, a feedback request that has come due, and a no-renewal or agreed-end notice deadline
 * within a week.
 */
export function dueItems(client: DeadlineClient, offboarding: Offboarding, today: string): DueItem[] {
  const items: DueItem[] = [];
  for (const deadline of openDeadlines(client, offboarding, today)) {
    const daysLeft = daysBetweenIso(today, deadline.on);
    const due =
      (deadline.what === 'notice-end' && daysLeft >= 0 && daysLeft <= NOTICE_WARNING_DAYS) ||
      (deadline.what === 'payment-due' && daysLeft < 0) ||
      (deadline.what === 'feedback-due' && daysLeft <= 0) ||
      // The warning week is counted to the safe day, so a Sunday deadline still leaves a week to send.
      (deadline.what === 'non-renewal-by' && daysLeft >= 0 && daysBetweenIso(today, deadline.safeOn ?? deadline.on) <= NON_RENEWAL_WARNING_DAYS) ||
      (deadline.what === 'notice-by' && daysLeft >= 0 && daysLeft <= NOTICE_BY_WARNING_DAYS);
    if (!due) continue;
    items.push({
      ...deadline,
      key: `${offboarding.id}:${deadline.what}:${deadline.on}`,
      offboardingId: offboarding.id,
      clientId: offboarding.clientId,
      daysLeft,
      overdue: daysLeft < 0,
    });
  }
  return items;
}

/** Sorts before every ISO date. */
const ALWAYS_BEFORE = '';
/** Sorts after every ISO date. */
const ALWAYS_AFTER = '~';

/**
 * The days on which dueItems can return anything for this client and offboarding, whatever `today`
 * is: `from` (inclusive; '' before every date) through `until` (inclusive; '~' after every date),
 * or null when no day can. Computed without a today, so a store can keep it in each change's
 * transaction and the daily check read only the pairs whose window holds today; the check still
 * runs dueItems on them, so a wider window costs reads, never a wrong answer. Per kind, from
 * dueItems and openDeadlines above:
 * - notice end N (not closed): due from N − NOTICE_WARNING_DAYS through N;
 * - payment P: overdue from the day after P, with no end (it stays due until paid);
 * - feedback F: due from F, with no end (until the item is done);
 * - non-renewal R (not closed, notice step open): from its safe day − NON_RENEWAL_WARNING_DAYS through R;
 * - notice-by for the agreed end E (no notice yet, not closed, notice step open): the latest
 *   delivery lies between today and E, so any day through E (its start depends on today).
 * A record these rules cannot read (the functions throw) gets every day: the check then meets the
 * same error it always did.
 */
export function alertWindow(client: DeadlineClient, offboarding: Offboarding): { from: string; until: string } | null {
  const windows: Array<{ from: string; until: string }> = [];
  try {
    const notice = offboarding.closedOn === undefined ? noticeEndFor(client, offboarding) : null;
    if (notice !== null) windows.push({ from: addDaysIso(notice, -NOTICE_WARNING_DAYS), until: notice });
    const payment = paymentDueFor(offboarding, paymentUnderPolishLaw(client));
    if (payment !== null) windows.push({ from: addDaysIso(payment, 1), until: ALWAYS_AFTER });
    const feedback = feedbackDueFor(offboarding);
    if (feedback !== null) windows.push({ from: feedback, until: ALWAYS_AFTER });
    const open = offboarding.closedOn === undefined && !isClosed(offboarding.checklist.notice);
    const nonRenewal = open ? nonRenewalDeadlineFor(client) : null;
    if (nonRenewal !== null) windows.push({ from: addDaysIso(lastWorkingDayOnOrBeforePL(nonRenewal), -NON_RENEWAL_WARNING_DAYS), until: nonRenewal });
    const outcome = offboarding.outcome;
    if (open && offboarding.notice === undefined && outcome?.agreed === 'end-date' && outcome.endOn !== undefined) {
      parseIsoDateParts(outcome.endOn, 'agreedOn');
      windows.push({ from: ALWAYS_BEFORE, until: outcome.endOn });
    }
  } catch {
    return { from: ALWAYS_BEFORE, until: ALWAYS_AFTER };
  }
  if (windows.length === 0) return null;
  let from = windows[0]!.from;
  let until = windows[0]!.until;
  for (const window of windows) {
    if (window.from < from) from = window.from;
    if (window.until > until) until = window.until;
  }
  return { from, until };
}
