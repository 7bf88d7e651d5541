/** The reply dates a demand proposes from today (the sidebar needs them, not the demand's wording). */
import { addDaysIso } from '../offboarding/calendar';

/**
 * The days a reply date is proposed from the letter's date: the Practice Direction – Pre-Action
 * Conduct, para 6(b) (14 days in a straightforward case), and the Pre-Action Protocol for Debt
 * Claims, para 4.1 (30 days). The date is the user's to set: proposed, never filled in by itself.
 */
export const REPLY_PERIOD_DAYS: Readonly<Record<string, number>> = { 'demand.replyBy': 14, 'demand.protocolReplyBy': 30 };

/** A reply date to propose for a missing one: the period's days from today, in ISO form. */
export function proposedReplyDates(missing: readonly string[], today: string): Array<{ path: string; value: string; days: number }> {
  return Object.entries(REPLY_PERIOD_DAYS)
    .filter(([path]) => missing.includes(path))
    .map(([path, days]) => ({ path, value: addDaysIso(today, days), days }));
}
