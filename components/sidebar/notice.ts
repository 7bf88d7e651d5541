/** What the sidebar says about a served notice: when the contract ends and what to watch out for. */
import type { Client, Offboarding } from '../../offboarding/types';
import { endDateFallsOnNonWorkingDay } from '../../offboarding/deadlines';
import { laterEndIfReadLater, noticeOutcome } from '../../offboarding/notice';
import type { LaterEnd, NoticeDelivery } from '../../offboarding/notice';

export interface NoticeSummary {
  /** The contract's end date (from the notice's delivery, art. 61 k.c.), null until notice is served. */
  endsOn: string | null;
  /** The delivery it is computed from; status 'expected' until the delivery is recorded. */
  delivery: NoticeDelivery | null;
  /** An e-mail known only by its sending day, read on a later day it can count as delivered, ends it then. */
  laterEnd: LaterEnd | null;
  /** The contract demands written form on pain of invalidity: an e-mail is not enough. */
  writtenFormRequired: boolean;
  /** The end date is a Saturday, Sunday or Polish public holiday (warn, never move it). */
  endsOnNonWorkingDay: boolean;
}

export function noticeSummary(client: Pick<Client, 'contract'>, offboarding: Pick<Offboarding, 'notice'>): NoticeSummary {
  const outcome = offboarding.notice ? noticeOutcome(client.contract, offboarding.notice) : null;
  const endsOn = outcome?.endsOn ?? null;
  return {
    endsOn,
    delivery: outcome?.delivery ?? null,
    // Only here, not in noticeOutcome: the deadlines and the overview summary read the end for every client.
    laterEnd: offboarding.notice && outcome ? (laterEndIfReadLater(client.contract, offboarding.notice, outcome.delivery) ?? null) : null,
    writtenFormRequired: client.contract.requiredForm === 'written',
    endsOnNonWorkingDay: endsOn !== null && endDateFallsOnNonWorkingDay(endsOn),
  };
}
