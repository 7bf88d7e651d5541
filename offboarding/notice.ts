/**
 * When a notice takes effect: a declaration of intent is made when it reaches the recipient so that
 * they could read it (art. 61 k.c.), so the notice period runs from delivery, not from sending.
 * Pure functions on ISO dates; the period arithmetic itself is offboarding/dates.ts's noticeEnd.
 */
import { nextWorkingDayPL, noticeEnd } from './dates';
import type { GoverningLaw } from './governing-law';
import { ukNonBusinessDay } from './uk-bank-holidays';
import { addDaysIso, daysBetweenIso, parseIsoDateParts } from './calendar';
import type { Contract, NoticeChannel, NoticePeriod, NoticeRecord } from './types';

/** Whether a contract's notice period has any length: an empty one ({} or all zeros) means it has none. */
export function hasNoticePeriod(period: NoticePeriod): boolean {
  return (period.months ?? 0) > 0 || (period.weeks ?? 0) > 0 || (period.days ?? 0) > 0;
}

/** Channels that reach the recipient the moment they are sent (or handed over). */
const SAME_DAY_CHANNELS: ReadonlySet<NoticeChannel> = new Set(['email', 'qes', 'in-person']);

/** Channels that can carry a statement in written form (a signature by hand or a QES). */
export const WRITTEN_FORM_CHANNELS: ReadonlySet<NoticeChannel> = new Set(['letter', 'courier', 'qes', 'in-person']);

export interface NoticeDelivery {
  /** The day the notice reached (or is expected to reach) the recipient. */
  on: string;
  /** recorded: the user recorded it (or the channel delivers on sending); expected: an estimate. */
  status: 'recorded' | 'expected';
  /**
   * The day is the sending day, not a recorded delivery: for an e-mail, a QES e-mail or a hand-over
   * it is the legal presumption the dates are computed from, never a fact to state as delivered.
   */
  fromSending: boolean;
}

/**
 * The delivery day the end date is computed from: the recorded delivery; else the expected one;
 * else the sending day, which is the delivery for an e-mail, a QES e-mail or a hand-over and only a
 * first estimate for a letter or courier (shown as expected until delivery is recorded).
 */
export function noticeDelivery(notice: Pick<NoticeRecord, 'servedOn' | 'channel' | 'deliveredOn' | 'expectedDeliveryOn'>): NoticeDelivery {
  parseIsoDateParts(notice.servedOn, 'notice.servedOn');
  if (notice.deliveredOn !== undefined) {
    parseIsoDateParts(notice.deliveredOn, 'notice.deliveredOn');
    if (notice.deliveredOn < notice.servedOn) {
      throw new Error(`noticeDelivery: delivery (${notice.deliveredOn}) cannot precede sending (${notice.servedOn})`);
    }
    return { on: notice.deliveredOn, status: 'recorded', fromSending: false };
  }
  if (notice.expectedDeliveryOn !== undefined) {
    parseIsoDateParts(notice.expectedDeliveryOn, 'notice.expectedDeliveryOn');
    if (notice.expectedDeliveryOn < notice.servedOn) {
      throw new Error(`noticeDelivery: expected delivery (${notice.expectedDeliveryOn}) cannot precede sending (${notice.servedOn})`);
    }
    return { on: notice.expectedDeliveryOn, status: 'expected', fromSending: false };
  }
  return { on: notice.servedOn, status: SAME_DAY_CHANNELS.has(notice.channel) ? 'recorded' : 'expected', fromSending: true };
}

/** The contract's end date for a notice delivered on a day, under the contract's period and rule. */
export function endFromDelivery(contract: Pick<Contract, 'noticePeriod' | 'endOfMonth'>, deliveredOn: string): string {
  return noticeEnd({ servedOn: deliveredOn, period: contract.noticePeriod, endOfMonth: contract.endOfMonth });
}

export interface NoticeOutcome {
  delivery: NoticeDelivery;
  /** The end date, expected as long as the delivery is. */
  endsOn: string;
}

/** Delivery and the end date computed from it (art. 61 with art. 111–112 k.c.). */
export function noticeOutcome(contract: Pick<Contract, 'noticePeriod' | 'endOfMonth'>, notice: NoticeRecord): NoticeOutcome {
  const delivery = noticeDelivery(notice);
  return { delivery, endsOn: endFromDelivery(contract, delivery.on) };
}

/**
 * The latest day an e-mail sent on a day can count as delivered: the next working day where the
 * contract's law is (art. 61 § 2 k.c.: when the client could read it; sent out of hours or before a
 * day off, that is the next working day). Under England and Wales law its business days; under
 * another law, the later of the two calendars, so that the end is hedged rather than overstated.
 */
export function latestEmailDelivery(servedOn: string, law: GoverningLaw | undefined): string {
  const dayAfter = addDaysIso(servedOn, 1);
  if (law === 'england-wales') return nextUkBusinessDay(dayAfter);
  if (law === 'other') {
    const polish = nextWorkingDayPL(dayAfter);
    const english = nextUkBusinessDay(dayAfter);
    return polish > english ? polish : english;
  }
  return nextWorkingDayPL(dayAfter);
}

function nextUkBusinessDay(date: string): string {
  let current = date;
  // A run of UK non-business days is at most 4 long (Christmas on a weekend); the bound is a guard.
  for (let step = 0; step < 14; step += 1) {
    if (ukNonBusinessDay(current, 'england-wales') === undefined) return current;
    current = addDaysIso(current, 1);
  }
  throw new Error(`nextUkBusinessDay: no business day found within two weeks of ${date}`);
}

export interface LaterEnd {
  /** The latest day the e-mail can count as delivered. */
  deliveredOn: string;
  /** The end date if it was delivered then. */
  endsOn: string;
}

/**
 * For an e-mail (or a QES e-mail) known only by its sending day: the other end date it can give,
 * delivered on the latest day it counts as delivered (unless the client acknowledged it sooner);
 * undefined when every such day gives the same end, or when delivery is recorded, expected or
 * handed over — then there is no second date to tell.
 */
export function laterEndIfReadLater(
  contract: Pick<Contract, 'noticePeriod' | 'endOfMonth' | 'governingLaw'>,
  notice: Pick<NoticeRecord, 'servedOn' | 'channel' | 'deliveredOn' | 'expectedDeliveryOn' | 'acknowledgedOn'>,
  delivery: NoticeDelivery = noticeDelivery(notice),
): LaterEnd | undefined {
  if (delivery.status === 'expected' || !delivery.fromSending || notice.channel === 'in-person') return undefined;
  const latestByLaw = latestEmailDelivery(notice.servedOn, contract.governingLaw);
  const acknowledged = notice.acknowledgedOn;
  const latest = acknowledged !== undefined && acknowledged < latestByLaw ? acknowledged : latestByLaw;
  const endsOn = endFromDelivery(contract, latest);
  return endsOn === endFromDelivery(contract, notice.servedOn) ? undefined : { deliveredOn: latest, endsOn };
}

/**
 * Whether the end date is a fact rather than a date that hangs on the delivery day. A recorded
 * delivery or a hand-over fixes it; an expected delivery does not; an e-mail known only by its
 * sending day fixes it only when every day it could count as delivered gives the same end.
 */
export function endDateSettled(
  contract: Pick<Contract, 'noticePeriod' | 'endOfMonth' | 'governingLaw'>,
  notice: Pick<NoticeRecord, 'servedOn' | 'channel' | 'deliveredOn' | 'expectedDeliveryOn' | 'acknowledgedOn'>,
): boolean {
  const delivery = noticeDelivery(notice);
  if (delivery.status === 'expected') return false;
  return laterEndIfReadLater(contract, notice, delivery) === undefined;
}

/** The channel is an e-mail, which alone does not satisfy a written-form clause. */
export function channelSatisfiesWrittenForm(channel: NoticeChannel): boolean {
  return WRITTEN_FORM_CHANNELS.has(channel);
}

/**
 * Whether a notice sent this way is known to meet the contract's form: any way under documentary
 * form; only a signed one under written form, or while the form is not recorded (an e-mail may then
 * be void, so its delivery settles nothing).
 */
export function channelMeetsForm(form: Contract['requiredForm'], channel: NoticeChannel): boolean {
  return form === 'documentary' || channelSatisfiesWrittenForm(channel);
}

/**
 * The days of delivery, around an expected one, that end the contract on the same day: under an
 * end-of-month rule every delivery in the same month gives the same end. Never earlier than
 * `earliest` (the day it is sent). A signed statement can then say "if it is delivered by …".
 */
export function deliveryWindow(
  contract: Pick<Contract, 'noticePeriod' | 'endOfMonth'>,
  expectedOn: string,
  earliest: string,
): { from: string; to: string; endsOn: string } {
  const endsOn = endFromDelivery(contract, expectedOn);
  let from = expectedOn;
  let to = expectedOn;
  // A month and a day bound any window: the end moves at least once a month.
  for (let i = 0; i < 32; i += 1) {
    const before = addDaysIso(from, -1);
    if (before < earliest || endFromDelivery(contract, before) !== endsOn) break;
    from = before;
  }
  for (let i = 0; i < 32; i += 1) {
    const after = addDaysIso(to, 1);
    if (endFromDelivery(contract, after) !== endsOn) break;
    to = after;
  }
  return { from, to, endsOn };
}

/**
 * What a unilateral notice can do for an end date agreed in a call: its period runs from delivery
 * (art. 61 k.c.), so it ends the contract on the agreed day only if it is delivered early enough.
 * `latestDelivery` is the last day from today a delivered notice still ends the contract by the
 * agreed day (null: even one delivered today ends later — only a mutual agreement can end it then);
 * `endsOn` is the end that delivery gives, which under a period rule can fall before the agreed day.
 */
export interface NoticeForAgreedEnd {
  agreedOn: string;
  endIfDeliveredToday: string;
  latestDelivery: string | null;
  endsOn: string | null;
}

export function noticeForAgreedEnd(
  contract: Pick<Contract, 'noticePeriod' | 'endOfMonth'>,
  agreedOn: string,
  today: string,
): NoticeForAgreedEnd {
  parseIsoDateParts(agreedOn, 'agreedOn');
  parseIsoDateParts(today, 'today');
  const endIfDeliveredToday = endFromDelivery(contract, today);
  if (endIfDeliveredToday > agreedOn) return { agreedOn, endIfDeliveredToday, latestDelivery: null, endsOn: null };
  // The end never moves back as delivery moves on: search the days from today to the agreed day.
  let low = 0;
  let high = Math.max(0, daysBetweenIso(today, agreedOn));
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (endFromDelivery(contract, addDaysIso(today, middle)) <= agreedOn) low = middle;
    else high = middle - 1;
  }
  const latestDelivery = addDaysIso(today, low);
  return { agreedOn, endIfDeliveredToday, latestDelivery, endsOn: endFromDelivery(contract, latestDelivery) };
}

/** Whether a day lies before, on or after today (ISO dates compare as strings). */
export type DayTense = 'past' | 'today' | 'future';

export function dayTense(on: string, today: string): DayTense {
  parseIsoDateParts(on, 'on');
  parseIsoDateParts(today, 'today');
  return on < today ? 'past' : on === today ? 'today' : 'future';
}

/**
 * The "an e-mail is not enough" warning: the contract demands written form and the record does not
 * show a notice in it (none yet, or one recorded as an e-mail or "other"). A correction to a
 * letter, courier, QES or hand-over lifts it; a correction back to e-mail brings it back. A form not
 * recorded warns of nothing: the warning states written form as the contract's.
 */
export function writtenFormWarning(contract: Pick<Contract, 'requiredForm'>, notice: Pick<NoticeRecord, 'channel'> | undefined): boolean {
  return contract.requiredForm === 'written' && !(notice !== undefined && channelSatisfiesWrittenForm(notice.channel));
}
