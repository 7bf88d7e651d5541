import { describe, expect, it } from 'vitest';
import { CHECKLIST_PHASE, defaultSkips, emptyChecklist, isClosed, nextOpenItem, progress, stageOf } from '../../../offboarding/checklist';
import { setChecklistItem } from '../../../offboarding/checklist-changes';
import { CHECKLIST_KEYS, STAGES } from '../../../offboarding/types';
import type { ChecklistKey, Offboarding } from '../../../offboarding/types';

const T0 = '2025-03-01T09:00:00.000Z';
const T1 = '2025-03-02T10:00:00.000Z';
const T2 = '2025-03-03T11:00:00.000Z';

function offboarding(): Offboarding {
  return {
    id: 'ob-1',
    clientId: 'c-1',
    initiator: 'we',
    reason: 'fit',
    startedOn: '2025-03-01',
    checklist: emptyChecklist(),
    settlement: [],
    createdAt: T0,
    updatedAt: T0,
  };
}

function closeUpTo(ob: Offboarding, last: ChecklistKey): Offboarding {
  let result = ob;
  for (const key of CHECKLIST_KEYS) {
    result = setChecklistItem(result, key, { done: true }, T1);
    if (key === last) break;
  }
  return result;
}

describe('emptyChecklist and CHECKLIST_PHASE', () => {
  it('has every key open, in process order', () => {
    const checklist = emptyChecklist();
    expect(Object.keys(checklist)).toEqual([...CHECKLIST_KEYS]);
    expect(Object.values(checklist).every((entry) => !isClosed(entry))).toBe(true);
  });

  it('returns a fresh object each time', () => {
    const a = emptyChecklist();
    a.analysis.note = 'x';
    expect(emptyChecklist().analysis.note).toBeUndefined();
  });

  it('maps each item to its stage, and the stages appear in STAGES order', () => {
    expect(CHECKLIST_PHASE).toEqual({
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
    const order = CHECKLIST_KEYS.map((key) => STAGES.indexOf(CHECKLIST_PHASE[key]));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });
});

describe('isClosed', () => {
  it('is true for done or skipped only', () => {
    expect(isClosed({})).toBe(false);
    expect(isClosed({ note: 'later' })).toBe(false);
    expect(isClosed({ doneAt: T0 })).toBe(true);
    expect(isClosed({ skipped: true })).toBe(true);
    expect(isClosed({ skipped: false })).toBe(false);
    expect(isClosed(undefined)).toBe(false);
  });
});

describe('stageOf, nextOpenItem, progress', () => {
  it('starts in preparation at the analysis step', () => {
    const ob = offboarding();
    expect(stageOf(ob)).toBe('preparation');
    expect(nextOpenItem(ob)).toBe('analysis');
    expect(progress(ob)).toEqual({ done: 0, total: 13 });
  });

  it.each([
    ['documents', 'notice', 'notice'],
    ['notice', 'handover', 'handover'],
    ['personal-data', 'settlement', 'settlement'],
    ['settlement', 'closing-message', 'closing'],
    ['closing-message', 'feedback', 'follow-up'],
    ['referral', 'lessons', 'follow-up'],
  ] as const)('after closing everything up to %s the next item is %s, stage %s', (last, next, stage) => {
    const ob = closeUpTo(offboarding(), last);
    expect(nextOpenItem(ob)).toBe(next);
    expect(stageOf(ob)).toBe(stage);
  });

  it('is closed when every item is done or skipped, and skipped counts as done', () => {
    let ob = closeUpTo(offboarding(), 'referral');
    ob = setChecklistItem(ob, 'lessons', { done: false, skipped: true }, T2);
    expect(stageOf(ob)).toBe('closed');
    expect(nextOpenItem(ob)).toBeNull();
    expect(progress(ob)).toEqual({ done: 13, total: 13 });
  });

  it('follows the first open item even when later ones are done', () => {
    let ob = offboarding();
    for (const key of CHECKLIST_KEYS) if (key !== 'handover') ob = setChecklistItem(ob, key, { done: true }, T1);
    expect(stageOf(ob)).toBe('handover');
    expect(nextOpenItem(ob)).toBe('handover');
    expect(progress(ob)).toEqual({ done: 12, total: 13 });
  });
});

describe('setChecklistItem', () => {
  it('records doneAt, updates updatedAt and leaves the input untouched', () => {
    const before = offboarding();
    const snapshot = structuredClone(before);
    const after = setChecklistItem(before, 'analysis', { done: true, note: 'contract reviewed' }, T1);
    expect(after.checklist.analysis).toEqual({ doneAt: T1, note: 'contract reviewed' });
    expect(after.updatedAt).toBe(T1);
    expect(before).toEqual(snapshot);
    expect(after.checklist.conversation).toBe(before.checklist.conversation);
  });

  it('keeps the first doneAt when ticked again, clears it when unticked, and keeps the note', () => {
    const done = setChecklistItem(offboarding(), 'notice', { done: true, note: 'sent by e-mail' }, T1);
    const again = setChecklistItem(done, 'notice', { done: true }, T2);
    expect(again.checklist.notice).toEqual({ doneAt: T1, note: 'sent by e-mail' });
    const undone = setChecklistItem(again, 'notice', { done: false }, T2);
    expect(undone.checklist.notice).toEqual({ note: 'sent by e-mail' });
    expect(isClosed(undone.checklist.notice)).toBe(false);
  });

  it('replaces a note when given and removes it with an empty string', () => {
    const a = setChecklistItem(offboarding(), 'lessons', { done: false, note: 'first' }, T1);
    expect(setChecklistItem(a, 'lessons', { done: false, note: 'second' }, T2).checklist.lessons.note).toBe('second');
    expect(setChecklistItem(a, 'lessons', { done: false, note: '' }, T2).checklist.lessons).toEqual({});
  });

  it('skips and reopens an item', () => {
    const skipped = setChecklistItem(offboarding(), 'personal-data', { done: false, skipped: true, note: 'no personal data' }, T1);
    expect(skipped.checklist['personal-data']).toEqual({ skipped: true, note: 'no personal data' });
    const reopened = setChecklistItem(skipped, 'personal-data', { done: false }, T2);
    expect(reopened.checklist['personal-data']).toEqual({ note: 'no personal data' });
    const doneInstead = setChecklistItem(skipped, 'personal-data', { done: true }, T2);
    expect(doneInstead.checklist['personal-data']).toEqual({ doneAt: T2, note: 'no personal data' });
  });

  it('rejects bad input', () => {
    const ob = offboarding();
    expect(() => setChecklistItem(ob, 'nope' as ChecklistKey, { done: true }, T1)).toThrow(/Unknown checklist item "nope"/);
    expect(() => setChecklistItem(ob, 'analysis', { done: true, skipped: true }, T1)).toThrow(/both done and skipped/);
    expect(() => setChecklistItem(ob, 'analysis', { done: 'yes' } as unknown as { done: boolean }, T1)).toThrow(/done: boolean/);
    expect(() => setChecklistItem(ob, 'analysis', { done: true }, '2025-03-01')).toThrow(/nowIso/);
    expect(() => setChecklistItem(ob, 'analysis', { done: true, note: 5 as unknown as string }, T1)).toThrow(/note/);
  });
});

describe('defaultSkips', () => {
  it('skips only the conversation about our concerns when the client ended the cooperation', () => {
    expect(defaultSkips('client')).toEqual(['conversation']);
  });

  it('skips nothing when we or both sides end it', () => {
    expect(defaultSkips('we')).toEqual([]);
    expect(defaultSkips('mutual')).toEqual([]);
  });

  it('never skips the legal, money or data steps', () => {
    for (const initiator of ['we', 'client', 'mutual'] as const) {
      const skips = defaultSkips(initiator);
      for (const key of ['analysis', 'notice', 'handover', 'assets-access', 'personal-data', 'settlement'] as const) {
        expect(skips).not.toContain(key);
      }
    }
  });

  it('rejects an unknown initiator', () => {
    expect(() => defaultSkips('boss' as 'we')).toThrow(/Unknown initiator "boss"/);
  });
});
