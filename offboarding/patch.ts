/**
 * Field-level changes to an offboarding, as pure functions: the new offboarding and the events the
 * change is logged with. The store (storage/repo.ts) runs them inside its transaction, validates
 * the result and writes it with the log.
 */
import type { CallOutcome, ChecklistKey, NegotiationPosition, NoticeRecord, OffboardEvent, Offboarding, SettlementItem } from './types';
import { rederiveSkips, setChecklistItem } from './checklist-changes';
import { analysisFromInput, analysisProblems, outcomeProblems, positionProblems } from './preparation-changes';
import type { AnalysisInput } from './preparation';
import { retrospectiveIsEmpty, type CaptureKind, type NewFeedback, type NewReferral, type NewTestimonial, type RetrospectiveInput } from './after';
import { addCapture, capturesOf, feedbackProblems, referralProblems, removeCapture, testimonialProblems, writeRetrospective } from './after-changes';
import type { HandoverItem, HandoverState, ReferralRecord, TestimonialRecord } from './types';
import { INVENTORY_LIMITS, inventoryOf, type HandoverItemInput } from './inventory';
import { addInventoryItem, InventoryError, removeInventoryItem, replaceInventoryItem, setInventoryState } from './inventory-changes';

/** A field-level change, applied inside one transaction in the background (no lost updates). */
export type OffboardingPatch =
  | { op: 'checklist'; key: ChecklistKey; done: boolean; skipped?: boolean; note?: string }
  | { op: 'serve-notice'; notice: NoticeRecord }
  /** Replaces the recorded notice with the user's correction (date, channel, delivery, acknowledgement). */
  | { op: 'correct-notice'; notice: NoticeRecord }
  | { op: 'acknowledge-notice'; on: string }
  /** Records the delivery of the served notice, or changes its expected delivery. */
  | { op: 'notice-delivery'; deliveredOn?: string; expectedDeliveryOn?: string }
  | { op: 'settlement-add'; item: Omit<SettlementItem, 'id'> }
  | { op: 'settlement-update'; id: string; changes: Partial<Omit<SettlementItem, 'id'>> }
  | { op: 'settlement-remove'; id: string }
  /** Before the notice (issue 18): each replaces the whole record; null removes it. */
  | { op: 'analysis-set'; analysis: AnalysisInput | null }
  | { op: 'position-set'; position: NegotiationPosition | null }
  /** The call's outcome: the conversation step is done; a mutual end makes the ending mutual. */
  | { op: 'outcome-set'; outcome: CallOutcome | null }
  | { op: 'set'; changes: Partial<Pick<Offboarding, 'initiator' | 'reason' | 'reasonNote' | 'startedOn' | 'thread' | 'closedOn'>> }
  // After the end (offboarding/after.ts): what the client said, and the retrospective.
  | { op: 'feedback-add'; feedback: NewFeedback }
  | { op: 'testimonial-add'; testimonial: NewTestimonial }
  | { op: 'testimonial-update'; id: string; changes: Partial<Omit<TestimonialRecord, 'id'>> }
  | { op: 'referral-add'; referral: NewReferral }
  | { op: 'referral-update'; id: string; changes: Partial<Omit<ReferralRecord, 'id'>> }
  | { op: 'capture-remove'; kind: CaptureKind; id: string }
  | { op: 'retrospective'; retrospective: RetrospectiveInput }
  // The handover inventory (offboarding/inventory.ts); every change is an event in the timeline.
  | { op: 'inventory-add'; item: HandoverItemInput }
  /** Replaces the item's fields: a field left out is cleared. */
  | { op: 'inventory-update'; id: string; item: HandoverItemInput }
  | { op: 'inventory-state'; id: string; state: HandoverState; on?: string }
  | { op: 'inventory-remove'; id: string };

export type PatchErrorCode = 'not-found' | 'invalid' | 'conflict';

/** A change that cannot be applied, with a message fit to show. */
export class PatchError extends Error {
  constructor(
    readonly code: PatchErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PatchError';
  }
}

/** An event to log, without the id and time the store gives it. */
export type PatchEvent = Pick<OffboardEvent, 'type' | 'data'>;

export interface PatchResult {
  /** The same object as the input when nothing changed. */
  offboarding: Offboarding;
  events: PatchEvent[];
}

/**
 * Applies one change. `newId` names a new settlement item. Ticking an item records its time;
 * recording the notice is the checklist's notice step, so serve-notice ticks it too.
 */
export function applyPatch(ob: Offboarding, patch: OffboardingPatch, nowIso: string, newId: () => string): PatchResult {
  const silently = (offboarding: Offboarding): PatchResult => ({ offboarding, events: [] });
  switch (patch.op) {
    case 'checklist': {
      const change = dropUndefined({ done: patch.done, skipped: patch.skipped, note: patch.note });
      const next = setChecklistItem(ob, patch.key, change, nowIso);
      if (sameEntry(ob, next, patch.key)) return silently(ob);
      return {
        offboarding: next,
        events: [{ type: 'checklist-changed', data: { key: patch.key, done: patch.done, skipped: patch.skipped === true } }],
      };
    }
    case 'serve-notice': {
      const { notice } = patch;
      assertNoticeDatesInOrder(notice);
      const withNotice = { ...ob, notice };
      return {
        offboarding: ob.checklist.notice.doneAt ? withNotice : setChecklistItem(withNotice, 'notice', { done: true }, nowIso),
        events: [{ type: 'notice-served', data: { servedOn: notice.servedOn, channel: notice.channel, servedBy: notice.servedBy } }],
      };
    }
    case 'correct-notice': {
      const previous = ob.notice;
      if (!previous) throw new PatchError('conflict', 'No notice has been recorded yet, so there is nothing to correct');
      const notice = dropUndefined({ ...patch.notice });
      assertNoticeDatesInOrder(notice);
      // A correction confirms the notice step: a step reopened by unticking is closed again.
      const ticked = ob.checklist.notice.doneAt ? ob : setChecklistItem(ob, 'notice', { done: true }, nowIso);
      if (JSON.stringify(previous) === JSON.stringify(notice) && ticked === ob) return silently(ob);
      return {
        offboarding: { ...ticked, notice, updatedAt: nowIso },
        events: [{ type: 'notice-corrected', data: noticeCorrectionData(previous, notice) }],
      };
    }
    case 'acknowledge-notice': {
      if (!ob.notice) throw new PatchError('conflict', 'No notice has been served yet, so there is nothing to acknowledge');
      if (patch.on < ob.notice.servedOn) {
        throw new PatchError('invalid', `The acknowledgement (${patch.on}) cannot precede the notice (${ob.notice.servedOn})`);
      }
      return silently({ ...ob, notice: { ...ob.notice, acknowledgedOn: patch.on } });
    }
    case 'notice-delivery': {
      if (!ob.notice) throw new PatchError('conflict', 'No notice has been served yet, so there is no delivery to record');
      for (const [field, on] of [['delivery', patch.deliveredOn], ['expected delivery', patch.expectedDeliveryOn]] as const) {
        if (on !== undefined && on < ob.notice.servedOn) {
          throw new PatchError('invalid', `The ${field} (${on}) cannot precede the notice (${ob.notice.servedOn})`);
        }
      }
      const notice = { ...ob.notice };
      if (patch.deliveredOn !== undefined) notice.deliveredOn = patch.deliveredOn;
      if (patch.expectedDeliveryOn !== undefined) notice.expectedDeliveryOn = patch.expectedDeliveryOn;
      return silently({ ...ob, notice });
    }
    case 'settlement-add':
      refuseIf(writtenOffProblems(patch.item));
      return silently({ ...ob, settlement: [...ob.settlement, { ...patch.item, id: newId() }] });
    case 'settlement-update': {
      const index = ob.settlement.findIndex((item) => item.id === patch.id);
      const item = ob.settlement[index];
      if (!item) throw settlementItemNotFound(patch.id);
      const settlement = [...ob.settlement];
      const changed = dropUndefined({ ...item, ...patch.changes, id: item.id });
      // A written-off item the client pays after all is simply paid.
      if (patch.changes.paid === true && patch.changes.writtenOff === undefined) delete changed.writtenOff;
      refuseIf(writtenOffProblems(changed));
      settlement[index] = changed;
      return silently({ ...ob, settlement });
    }
    case 'settlement-remove': {
      if (!ob.settlement.some((item) => item.id === patch.id)) throw settlementItemNotFound(patch.id);
      return silently({ ...ob, settlement: ob.settlement.filter((item) => item.id !== patch.id) });
    }
    case 'analysis-set': {
      if (patch.analysis === null) return silently(without(ob, 'analysis'));
      const analysis = analysisFromInput(patch.analysis, newId);
      throwIfAny(analysisProblems(analysis));
      return silently({ ...ob, analysis });
    }
    case 'position-set': {
      if (patch.position === null) return silently(without(ob, 'position'));
      throwIfAny(positionProblems(patch.position));
      return silently({ ...ob, position: patch.position });
    }
    case 'outcome-set': {
      if (patch.outcome === null) return silently(without(ob, 'outcome'));
      const { outcome } = patch;
      throwIfAny(outcomeProblems(outcome, ob.startedOn));
      let next: Offboarding = { ...ob, outcome, ...(outcome.agreed === 'mutual' ? { initiator: 'mutual' as const } : {}) };
      if (next.checklist.conversation.doneAt === undefined) next = setChecklistItem(next, 'conversation', { done: true }, nowIso);
      return {
        offboarding: next,
        events: [{ type: 'call-outcome', data: { on: outcome.on, agreed: outcome.agreed, endOn: outcome.endOn ?? null } }],
      };
    }
    case 'set': {
      const next = { ...ob, ...patch.changes };
      if (next.closedOn !== undefined && next.closedOn < next.startedOn) {
        throw new PatchError('invalid', `The closing date (${next.closedOn}) cannot precede the start (${next.startedOn})`);
      }
      if (next.initiator === ob.initiator) return silently(next);
      // "Conversation (not applicable)" follows who ended it: re-derived, never left stale.
      const { checklist, changed } = rederiveSkips(ob.checklist, ob.initiator, next.initiator);
      if (changed.length === 0) return silently(next);
      return {
        offboarding: { ...next, checklist, updatedAt: nowIso },
        events: changed.map((key) => ({
          type: 'checklist-changed' as const,
          data: { key, done: false, skipped: checklist[key]?.skipped === true },
        })),
      };
    }
    case 'feedback-add': {
      refuseIf(feedbackProblems(patch.feedback));
      const record = { ...dropUndefined(patch.feedback), id: newId() };
      return {
        offboarding: addCapture(ob, 'feedback', record, nowIso),
        events: [{ type: 'feedback-captured', data: captureEventData(record.id, record.source, { score: record.score ?? null }) }],
      };
    }
    case 'testimonial-add': {
      refuseIf(testimonialProblems(patch.testimonial));
      const record = { ...dropUndefined(patch.testimonial), id: newId() };
      return {
        offboarding: addCapture(ob, 'testimonial', record, nowIso),
        events: [{ type: 'testimonial-captured', data: captureEventData(record.id, record.source, { consent: record.consent }) }],
      };
    }
    case 'testimonial-update': {
      const items = ob.testimonials ?? [];
      const index = items.findIndex((item) => item.id === patch.id);
      const item = items[index];
      if (!item) throw captureNotFound('testimonial', patch.id);
      const changed = dropUndefined({ ...item, ...patch.changes, id: item.id });
      refuseIf(testimonialProblems(changed));
      const testimonials = [...items];
      testimonials[index] = changed;
      return silently({ ...ob, testimonials });
    }
    case 'referral-add': {
      refuseIf(referralProblems(patch.referral));
      const record = { ...dropUndefined(patch.referral), id: newId() };
      return {
        offboarding: addCapture(ob, 'referral', record, nowIso),
        events: [{ type: 'referral-captured', data: captureEventData(record.id, record.source, { outcome: record.outcome }) }],
      };
    }
    case 'referral-update': {
      const items = ob.referrals ?? [];
      const index = items.findIndex((item) => item.id === patch.id);
      const item = items[index];
      if (!item) throw captureNotFound('referral', patch.id);
      const changed = dropUndefined({ ...item, ...patch.changes, id: item.id });
      refuseIf(referralProblems(changed));
      const referrals = [...items];
      referrals[index] = changed;
      return silently({ ...ob, referrals });
    }
    case 'capture-remove': {
      if (!capturesOf(ob, patch.kind).some((item) => item.id === patch.id)) throw captureNotFound(patch.kind, patch.id);
      return silently(removeCapture(ob, patch.kind, patch.id));
    }
    case 'retrospective': {
      if (retrospectiveIsEmpty(patch.retrospective)) {
        throw new PatchError('invalid', 'The retrospective is empty: write at least one answer');
      }
      const first = ob.retrospective === undefined;
      return {
        offboarding: writeRetrospective(ob, patch.retrospective, nowIso),
        events: [{ type: 'retrospective-written', data: { first, workAgain: patch.retrospective.workAgain ?? null } }],
      };
    }
    case 'inventory-add':
    case 'inventory-update':
    case 'inventory-state':
    case 'inventory-remove':
      return applyInventoryPatch(ob, patch, newId);
    default:
      throw new PatchError('invalid', `Unknown change "${String((patch as { op?: unknown }).op)}"`);
  }
}

type InventoryPatch = Extract<OffboardingPatch, { op: `inventory-${string}` }>;

/** An inventory change and its timeline entry (what changed, the item's name, kind and state). */
function applyInventoryPatch(ob: Offboarding, patch: InventoryPatch, newId: () => string): PatchResult {
  const inventory = inventoryOf(ob);
  const logged = (next: HandoverItem[], action: string, item: HandoverItem, before?: HandoverItem): PatchResult => {
    const data: PatchEvent['data'] = { action, itemId: item.id, kind: item.kind, name: item.name, state: item.state, on: item.on ?? null };
    if (before && before.state !== item.state) data.previousState = before.state;
    return { offboarding: { ...ob, inventory: next }, events: [{ type: 'inventory-changed', data }] };
  };
  try {
    switch (patch.op) {
      case 'inventory-add': {
        const { inventory: next, item } = addInventoryItem(inventory, patch.item, newId(), INVENTORY_LIMITS.items);
        return logged(next, 'added', item);
      }
      case 'inventory-update': {
        const { inventory: next, before, item } = replaceInventoryItem(inventory, patch.id, patch.item);
        if (JSON.stringify(before) === JSON.stringify(item)) return { offboarding: ob, events: [] };
        return logged(next, 'edited', item, before);
      }
      case 'inventory-state': {
        const { inventory: next, before, item } = setInventoryState(inventory, patch.id, patch.state, patch.on);
        if (JSON.stringify(before) === JSON.stringify(item)) return { offboarding: ob, events: [] };
        return logged(next, 'state', item, before);
      }
      case 'inventory-remove': {
        const { inventory: next, item } = removeInventoryItem(inventory, patch.id);
        return logged(next, 'removed', item);
      }
    }
  } catch (error) {
    if (error instanceof InventoryError) throw new PatchError(error.code, error.message);
    throw error;
  }
}

function throwIfAny(problems: string[]): void {
  if (problems.length > 0) throw new PatchError('invalid', problems.join('; '));
}

function without<K extends 'analysis' | 'position' | 'outcome'>(ob: Offboarding, key: K): Offboarding {
  if (ob[key] === undefined) return ob;
  const next = { ...ob };
  delete next[key];
  return next;
}

/** Acknowledgement and delivery cannot precede sending (art. 61 k.c.: a notice reaches after it leaves). */
function assertNoticeDatesInOrder(notice: NoticeRecord): void {
  if (notice.acknowledgedOn !== undefined && notice.acknowledgedOn < notice.servedOn) {
    throw new PatchError('invalid', 'The notice cannot be acknowledged before it was served');
  }
  for (const on of [notice.deliveredOn, notice.expectedDeliveryOn]) {
    if (on !== undefined && on < notice.servedOn) {
      throw new PatchError('invalid', `The notice cannot reach the client (${on}) before it was sent (${notice.servedOn})`);
    }
  }
}

/** The timeline entry of a correction: what the record said before and what it says now. */
function noticeCorrectionData(before: NoticeRecord, after: NoticeRecord): PatchEvent['data'] {
  const data: PatchEvent['data'] = { servedOn: after.servedOn, channel: after.channel, servedBy: after.servedBy };
  if (before.servedOn !== after.servedOn) data.previousServedOn = before.servedOn;
  if (before.channel !== after.channel) data.previousChannel = before.channel;
  if (after.deliveredOn !== undefined) data.deliveredOn = after.deliveredOn;
  if (after.acknowledgedOn !== undefined) data.acknowledgedOn = after.acknowledgedOn;
  return data;
}

function settlementItemNotFound(id: string): PatchError {
  return new PatchError('not-found', `No settlement item with id "${id}" (it may have been deleted)`);
}

function writtenOffProblems(item: Pick<SettlementItem, 'paid' | 'writtenOff' | 'direction'>): string[] {
  if (item.writtenOff !== true) return [];
  // We cannot give up on what we owe: only the client's debt to us can be written off.
  if (item.direction !== 'receivable') return ['Only a receivable (what the client owes) can be written off'];
  return item.paid ? ['An item cannot be both paid and written off; untick one'] : [];
}

function refuseIf(problems: string[]): void {
  if (problems.length > 0) throw new PatchError('invalid', problems.join('; '));
}

function captureNotFound(kind: CaptureKind, id: string): PatchError {
  return new PatchError('not-found', `No ${kind} with id "${id}" (it may have been deleted)`);
}

/** A captured record's event names it and the message it came from, so the timeline links back. */
function captureEventData(
  recordId: string,
  source: { threadId: string; messageId?: string } | undefined,
  extra: Record<string, string | number | null>,
): PatchEvent['data'] {
  return { recordId, threadId: source?.threadId ?? null, messageId: source?.messageId ?? null, ...extra };
}

function sameEntry(a: Offboarding, b: Offboarding, key: ChecklistKey): boolean {
  return JSON.stringify(a.checklist[key]) === JSON.stringify(b.checklist[key]);
}

/** Drops keys whose value is undefined: an absent optional field is stored absent, not as undefined. */
function dropUndefined<T extends object>(value: T): T {
  const out = { ...value };
  for (const key of Object.keys(out) as Array<keyof T>) {
    if (out[key] === undefined) delete out[key];
  }
  return out;
}
