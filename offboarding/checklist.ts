/**
 * The offboarding checklist: process order and the stage derived from it. The immutable updates
 * the store applies are in checklist-changes.ts.
 */
import { CHECKLIST_KEYS } from './types';
import type { ChecklistEntry, ChecklistKey, Initiator, Offboarding, Stage } from './types';

/** Which stage each checklist item belongs to; the stage is the phase of the first open item. */
export const CHECKLIST_PHASE: Readonly<Record<ChecklistKey, Stage>> = Object.freeze({
  analysis: 'preparation',
  conversation: 'preparation',
  documents: 'preparation',
  notice: 'notice',
  handover: 'handover',
  'assets-access': 'handover',
  'personal-data': 'handover',
  settlement: 'settlement',
  'closing-message': 'closing',
  feedback: 'follow-up',
  testimonial: 'follow-up',
  referral: 'follow-up',
  lessons: 'follow-up',
});

/** A checklist with every item open, in process order. */
export function emptyChecklist(): Record<ChecklistKey, ChecklistEntry> {
  const checklist = {} as Record<ChecklistKey, ChecklistEntry>;
  for (const key of CHECKLIST_KEYS) checklist[key] = {};
  return checklist;
}

export function isChecklistKey(value: unknown): value is ChecklistKey {
  return typeof value === 'string' && (CHECKLIST_KEYS as readonly string[]).includes(value);
}

/** Done or marked not applicable. */
export function isClosed(entry: ChecklistEntry | undefined): boolean {
  return entry !== undefined && (entry.doneAt !== undefined || entry.skipped === true);
}

/** The first open item in process order, or null when everything is closed. */
export function nextOpenItem(offboarding: Pick<Offboarding, 'checklist'>): ChecklistKey | null {
  for (const key of CHECKLIST_KEYS) {
    if (!isClosed(offboarding.checklist[key])) return key;
  }
  return null;
}

/**
 * Derived, never stored: 'kept' when the call kept the cooperation (a retention accepted), else the
 * phase of the first open item; 'closed' when nothing is open.
 */
export function stageOf(offboarding: Pick<Offboarding, 'checklist'> & Partial<Pick<Offboarding, 'outcome'>>): Stage {
  if (offboarding.outcome?.agreed === 'kept') return 'kept';
  const key = nextOpenItem(offboarding);
  return key === null ? 'closed' : CHECKLIST_PHASE[key];
}

/** Closed items out of all items (a skipped item counts as done). */
export function progress(offboarding: Pick<Offboarding, 'checklist'>): { done: number; total: number } {
  const done = CHECKLIST_KEYS.filter((key) => isClosed(offboarding.checklist[key])).length;
  return { done, total: CHECKLIST_KEYS.length };
}

/**
 * Items that start as not applicable, by who initiated the end. Deliberately conservative: only
 * what cannot apply is skipped, and the user can reopen any of it.
 * - client: the article's step 1.1 ("conversation") is a talk about *our* concerns before *we*
 *   decide (DOMAIN.md message 1, "before any notice"). When the client has already decided there is
 *   nothing of ours to consult about; we reply to their notice instead (message 2). Everything else
 *   still applies: analysis (review the contract, notice period, form), documents, recording the
 *   notice received, handover, access, personal data, settlement, closing and the follow-up.
 * - we: nothing is skipped; the conversation is exactly what the article asks for.
 * - mutual: nothing is skipped; the talk is how the mutual agreement comes about, and the
 *   agreement still has to be recorded in the notice step.
 */
export function defaultSkips(initiator: Initiator): ChecklistKey[] {
  switch (initiator) {
    case 'client':
      return ['conversation'];
    case 'we':
    case 'mutual':
      return [];
    default:
      throw new Error(`Unknown initiator "${String(initiator)}" (expected we, client or mutual)`);
  }
}
