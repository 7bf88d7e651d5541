/**
 * Before the notice (issue 18, the article's steps 1, 1.1 and 3): the analysis, the negotiation
 * position and the call's outcome as pure rules. What the user did not write stays absent: nothing
 * here fills a value in. The checks and changes the store applies are in preparation-changes.ts.
 */
import type { Analysis, Offboarding } from './types';

/** An analysis as a change carries it: new facts and attempts have no id yet. */
export interface AnalysisInput {
  facts: Array<Omit<Analysis['facts'][number], 'id'> & { id?: string }>;
  attempts: Array<Omit<Analysis['attempts'][number], 'id'> & { id?: string }>;
  decision?: string;
}

/** The call took place (an outcome is recorded) or the user marked the talk not wanted. */
export function conversationSettled(offboarding: Pick<Offboarding, 'checklist' | 'outcome'>): boolean {
  const entry = offboarding.checklist.conversation;
  return offboarding.outcome !== undefined || entry.doneAt !== undefined || entry.skipped === true;
}

/** The end date the call agreed, when it agreed one. */
export function agreedEndOn(offboarding: Pick<Offboarding, 'outcome'>): string | null {
  const outcome = offboarding.outcome;
  if (outcome === undefined || (outcome.agreed !== 'end-date' && outcome.agreed !== 'mutual')) return null;
  return outcome.endOn ?? null;
}
