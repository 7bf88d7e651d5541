/**
 * When each deadline falls: the notice's end, the client's last day to pay, the day to ask for
 * feedback, the last day for a no-renewal message. Which of them are still open today, and which
 * deserve a notification, is open-deadlines.ts. All dates are ISO calendar dates.
 */
import type { Client, Offboarding, SettlementItem } from './types';
import { lastWorkingDayOnOrBeforePL, nextWorkingDayPL } from './dates';
import { isClosed } from './checklist';
import { noticeOutcome } from './notice';
import { addDaysIso } from './calendar';
import { isOutstanding } from './settlement';

export type DeadlineKind = 'notice-end' | 'payment-due' | 'feedback-due' | 'non-renewal-by' | 'notice-by';

export interface Deadline {
  on: string;
  what: DeadlineKind;
  /**
   * A day by which something must reach the client that falls on a Saturday, Sunday or holiday:
   * the last working day before it, the safe day to plan for. `on` stays the legal day.
   */
  safeOn?: string;
}

/** Ask for feedback two weeks after the closing message. */
export const FEEDBACK_DELAY_DAYS = 14;
/**
 * The last day a no-renewal message may reach the client under an auto-renewal clause ("at least N
 * days before the end"): the end date minus N days. Never moved later by art. 115 k.c.: that rule
 * extends a term for performing an act, while this term is counted back from the end and a
 * statement counts when it reaches the client (art. 61 k.c.); arriving on the following Monday
 * would leave fewer than N days, and a late one renews the contract. Null when the contract records
 * no end date or no such clause. On a non-working day see nonRenewalSafeDayFor.
 */
export function nonRenewalDeadlineFor(client: Pick<Client, 'contract'>): string | null {
  const { fixedTermEndsOn, nonRenewalNoticeDays } = client.contract;
  if (fixedTermEndsOn === undefined || nonRenewalNoticeDays === undefined) return null;
  if (!Number.isSafeInteger(nonRenewalNoticeDays) || nonRenewalNoticeDays < 0) {
    throw new Error(`nonRenewalDeadlineFor: nonRenewalNoticeDays must be a non-negative whole number, got ${String(nonRenewalNoticeDays)}`);
  }
  return addDaysIso(fixedTermEndsOn, -nonRenewalNoticeDays);
}

/**
 * The practical last day for the no-renewal message: the legal day itself when it is a working day,
 * else the last working day before it (no post office or courier delivers on a Sunday or holiday,
 * and an e-mail arriving then may count only from the next working day). Null as above.
 */
export function nonRenewalSafeDayFor(client: Pick<Client, 'contract'>): string | null {
  const deadline = nonRenewalDeadlineFor(client);
  return deadline === null ? null : lastWorkingDayOnOrBeforePL(deadline);
}

/**
 * When the cooperation ends under the contract's notice period, counted from the notice's delivery
 * (recorded, else expected: art. 61 k.c.); null until notice is served.
 */
export function noticeEndFor(client: Pick<Client, 'contract'>, offboarding: Pick<Offboarding, 'notice'>): string | null {
  if (!offboarding.notice) return null;
  return noticeOutcome(client.contract, offboarding.notice).endsOn;
}

/** The last day for paying an invoice due on `dueOn`: art. 115 k.c. moves it past a Saturday or holiday only under Polish law; otherwise the invoice's own date. */
export function lastDayForPayment(dueOn: string, polishLaw: boolean): string {
  return polishLaw ? nextWorkingDayPL(dueOn) : dueOn;
}

/** Where an item stands on a day, the one reading every statement's status wording is built on. */
export type ItemStanding = 'settled' | 'not-yet-due' | 'overdue' | 'no-due-date';

/**
 * Settled (paid, or refunded for what the user owes), not yet due, overdue (past its last day for
 * payment: under Polish law moved past a Saturday or holiday, art. 115 k.c.), or open with no due
 * date. `dueOn` overrides the item's own (a statement's deadline for an item that has none).
 */
export function itemStanding(item: Pick<SettlementItem, 'paid' | 'dueOn'>, today: string, polishLaw: boolean, dueOn: string | undefined = item.dueOn): ItemStanding {
  if (item.paid) return 'settled';
  if (dueOn === undefined) return 'no-due-date';
  return lastDayForPayment(dueOn, polishLaw) >= today ? 'not-yet-due' : 'overdue';
}

/**
 * The earliest last day for payment among unpaid receivables (under Polish law moved past Saturdays
 * and holidays, art. 115 k.c.); null when nothing is due.
 */
export function paymentDueFor(offboarding: Pick<Offboarding, 'settlement'>, polishLaw = true): string | null {
  let earliest: string | null = null;
  for (const item of offboarding.settlement) {
    if (item.direction !== 'receivable' || !isOutstanding(item) || item.dueOn === undefined) continue;
    const due = lastDayForPayment(item.dueOn, polishLaw);
    if (earliest === null || due < earliest) earliest = due;
  }
  return earliest;
}

/** Two weeks after closing, while the feedback item is still open; null otherwise. */
export function feedbackDueFor(offboarding: Pick<Offboarding, 'closedOn' | 'checklist'>): string | null {
  if (offboarding.closedOn === undefined || isClosed(offboarding.checklist.feedback)) return null;
  return addDaysIso(offboarding.closedOn, FEEDBACK_DELAY_DAYS);
}

/**
 * A contract's end date is not moved by art. 115 (it is not a deadline for doing something), but
 * the user should see a warning when it falls on a Saturday, Sunday or public holiday.
 */
export function endDateFallsOnNonWorkingDay(date: string): boolean {
  return nextWorkingDayPL(date) !== date;
}
