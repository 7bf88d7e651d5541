/**
 * The offboarding checklist: process order, the stage derived from it, and immutable updates.
 */
import { CHECKLIST_KEYS } from './types';
import type { ChecklistEntry, ChecklistKey, Initiator, Offboarding, Stage } from './types';
import { assertIsoInstant } from './calendar';

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

export interface ChecklistChange {
  done: boolean;
  /** Not applicable. Absent means "not skipped". Cannot be combined with done. */
  skipped?: boolean;
  /** Replaces the note when given; an empty string removes it; absent keeps the current note. */
  note?: string;
}

/**
 * Returns a new offboarding with one item changed. Ticking records doneAt (an item that was already
 * done keeps its original time); unticking clears it. The note survives unless replaced.
 */
export function setChecklistItem(
  offboarding: Offboarding,
  key: ChecklistKey,
  change: ChecklistChange,
  nowIso: string,
): Offboarding {
  if (!isChecklistKey(key)) throw new Error(`Unknown checklist item "${String(key)}"`);
  assertIsoInstant(nowIso, 'nowIso');
  if (change === null || typeof change !== 'object' || typeof change.done !== 'boolean') {
    throw new Error('setChecklistItem: change must be { done: boolean, skipped?: boolean, note?: string }');
  }
  if (change.skipped !== undefined && typeof change.skipped !== 'boolean') {
    throw new Error('setChecklistItem: skipped must be a boolean');
  }
  if (change.note !== undefined && typeof change.note !== 'string') {
    throw new Error('setChecklistItem: note must be a string');
  }
  if (change.done && change.skipped === true) {
    throw new Error(`Checklist item "${key}" cannot be both done and skipped`);
  }

  const current = offboarding.checklist[key] ?? {};
  const entry: ChecklistEntry = {};
  if (change.done) entry.doneAt = current.doneAt ?? nowIso;
  if (change.skipped === true) entry.skipped = true;
  const note = change.note !== undefined ? change.note : current.note;
  if (note !== undefined && note !== '') entry.note = note;

  return {
    ...offboarding,
    checklist: { ...offboarding.checklist, [key]: entry },
    updatedAt: nowIso,
  };
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

/**
 * The checklist after the initiator changed: a step skipped only because of who ended it (the
 * conversation when the client did) reopens, and a step the new initiator rules out is skipped if
 * it is still open. A step the user ticked is never touched. Returns the keys that changed.
 */
export function rederiveSkips(
  checklist: Offboarding['checklist'],
  from: Initiator,
  to: Initiator,
): { checklist: Offboarding['checklist']; changed: ChecklistKey[] } {
  const before = new Set(defaultSkips(from));
  const after = new Set(defaultSkips(to));
  const next = { ...checklist };
  const changed: ChecklistKey[] = [];
  for (const key of CHECKLIST_KEYS) {
    const entry = next[key] ?? {};
    if (entry.doneAt !== undefined) continue;
    if (before.has(key) && !after.has(key) && entry.skipped === true) {
      const { skipped: _dropped, ...rest } = entry;
      next[key] = rest;
      changed.push(key);
    } else if (after.has(key) && !before.has(key) && entry.skipped !== true) {
      next[key] = { ...entry, skipped: true };
      changed.push(key);
    }
  }
  return { checklist: next, changed };
}
