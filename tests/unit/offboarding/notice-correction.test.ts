import { describe, expect, it } from 'vitest';
import { applyPatch, PatchError } from '../../../offboarding/patch';
import { newOffboarding } from '../../../offboarding/new-records';
import { rederiveSkips } from '../../../offboarding/checklist-changes';
import { dayTense, writtenFormWarning } from '../../../offboarding/notice';
import type { NoticeRecord, Offboarding } from '../../../offboarding/types';

const NOW = '2026-03-02T10:00:00.000Z';
const LATER = '2026-03-09T10:00:00.000Z';
const noId = () => {
  throw new Error('no id expected');
};
const base = (initiator: Offboarding['initiator'] = 'we'): Offboarding =>
  newOffboarding({ clientId: 'c1', initiator, reason: 'fit', startedOn: '2026-03-01' }, '2026-03-01T08:00:00.000Z', 'o1');
const email: NoticeRecord = { servedOn: '2026-03-02', channel: 'email', acknowledgementRequested: true, servedBy: 'we' };
const served = () => applyPatch(base(), { op: 'serve-notice', notice: email }, NOW, noId).offboarding;

describe('correcting a recorded notice (correct-notice)', () => {
  it('replaces the notice and logs what it was before', () => {
    const letter: NoticeRecord = { ...email, servedOn: '2026-03-03', channel: 'letter', deliveredOn: '2026-03-05' };
    const { offboarding, events } = applyPatch(served(), { op: 'correct-notice', notice: letter }, LATER, noId);
    expect(offboarding.notice).toEqual(letter);
    expect(offboarding.updatedAt).toBe(LATER);
    expect(events).toEqual([
      {
        type: 'notice-corrected',
        data: { servedOn: '2026-03-03', channel: 'letter', servedBy: 'we', previousServedOn: '2026-03-02', previousChannel: 'email', deliveredOn: '2026-03-05' },
      },
    ]);
  });

  it('keeps the time the step was ticked, and ticks it again after it was unticked', () => {
    const ticked = served();
    const kept = applyPatch(ticked, { op: 'correct-notice', notice: { ...email, channel: 'qes' } }, LATER, noId).offboarding;
    expect(kept.checklist.notice.doneAt).toBe(NOW);
    const unticked = applyPatch(ticked, { op: 'checklist', key: 'notice', done: false }, LATER, noId).offboarding;
    expect(unticked.checklist.notice.doneAt).toBeUndefined();
    expect(unticked.notice).toEqual(email);
    // Confirming the same notice again closes the step without inventing a change.
    const again = applyPatch(unticked, { op: 'correct-notice', notice: email }, LATER, noId);
    expect(again.offboarding.checklist.notice.doneAt).toBe(LATER);
    expect(again.offboarding.notice).toEqual(email);
  });

  it('returns the same object when the correction changes nothing', () => {
    const ob = served();
    const result = applyPatch(ob, { op: 'correct-notice', notice: { ...email } }, LATER, noId);
    expect(result.offboarding).toBe(ob);
    expect(result.events).toEqual([]);
  });

  it('refuses a correction with nothing recorded, and dates out of order', () => {
    expect(() => applyPatch(base(), { op: 'correct-notice', notice: email }, NOW, noId)).toThrow(PatchError);
    expect(() => applyPatch(served(), { op: 'correct-notice', notice: { ...email, channel: 'letter', deliveredOn: '2026-03-01' } }, NOW, noId)).toThrow(
      /cannot reach the client \(2026-03-01\) before it was sent/,
    );
    expect(() => applyPatch(served(), { op: 'correct-notice', notice: { ...email, acknowledgedOn: '2026-02-28' } }, NOW, noId)).toThrow(/acknowledged before/);
  });

  it('drops a delivery left undefined rather than storing undefined', () => {
    const posted = applyPatch(served(), { op: 'correct-notice', notice: { ...email, channel: 'letter', expectedDeliveryOn: '2026-03-04' } }, NOW, noId).offboarding;
    const back = applyPatch(posted, { op: 'correct-notice', notice: { ...email, expectedDeliveryOn: undefined } as NoticeRecord }, LATER, noId).offboarding;
    expect(Object.keys(back.notice ?? {})).not.toContain('expectedDeliveryOn');
  });
});

describe('the written-form warning follows the record', () => {
  const written = { requiredForm: 'written' as const };
  it('warns until a written-form notice is recorded and again when the record says e-mail', () => {
    expect(writtenFormWarning(written, undefined)).toBe(true);
    expect(writtenFormWarning(written, { channel: 'email' })).toBe(true);
    for (const channel of ['letter', 'courier', 'qes', 'in-person'] as const) expect(writtenFormWarning(written, { channel })).toBe(false);
    expect(writtenFormWarning(written, { channel: 'other' })).toBe(true);
    expect(writtenFormWarning({ requiredForm: 'documentary' }, { channel: 'email' })).toBe(false);
  });
});

describe('dayTense', () => {
  it('tells past, today and future apart, and refuses what is not a date', () => {
    expect(dayTense('2026-03-01', '2026-03-02')).toBe('past');
    expect(dayTense('2026-03-02', '2026-03-02')).toBe('today');
    expect(dayTense('2026-03-03', '2026-03-02')).toBe('future');
    expect(() => dayTense('3 March', '2026-03-02')).toThrow();
  });
});

describe('the conversation step follows the initiator', () => {
  it('reopens "conversation (not applicable)" when the initiator changes from the client to us', () => {
    const ob = base('client');
    expect(ob.checklist.conversation.skipped).toBe(true);
    const { offboarding, events } = applyPatch(ob, { op: 'set', changes: { initiator: 'we' } }, LATER, noId);
    expect(offboarding.initiator).toBe('we');
    expect(offboarding.checklist.conversation.skipped).toBeUndefined();
    expect(events).toEqual([{ type: 'checklist-changed', data: { key: 'conversation', done: false, skipped: false } }]);
    // And back: the client's decision makes the conversation not applicable again.
    const back = applyPatch(offboarding, { op: 'set', changes: { initiator: 'client' } }, LATER, noId).offboarding;
    expect(back.checklist.conversation.skipped).toBe(true);
  });

  it('never touches a step the user ticked, and keeps its note', () => {
    const withNote = { ...base('we'), checklist: { ...base('we').checklist, conversation: { doneAt: NOW, note: 'Rozmowa 1.03' } } };
    const { checklist, changed } = rederiveSkips(withNote.checklist, 'we', 'client');
    expect(changed).toEqual([]);
    expect(checklist.conversation).toEqual({ doneAt: NOW, note: 'Rozmowa 1.03' });
    const skippedWithNote = { ...base('client').checklist, conversation: { skipped: true, note: 'n' } };
    expect(rederiveSkips(skippedWithNote, 'client', 'mutual').checklist.conversation).toEqual({ note: 'n' });
  });
});
