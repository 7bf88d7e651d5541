/**
 * Immutable updates of an offboarding's checklist, as the store (patch.ts) applies them. Apart from
 * checklist.ts because only the store changes records: the sidebar sends the change and does not
 * load these (issue 16).
 */
import { CHECKLIST_KEYS } from './types';
import type { ChecklistEntry, ChecklistKey, Initiator, Offboarding } from './types';
import { assertIsoInstant } from './calendar';
import { defaultSkips, isChecklistKey } from './checklist';

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
