import { describe, expect, it } from 'vitest';
import { applyPatch, PatchError } from '../../../offboarding/patch';
import { newOffboarding } from '../../../offboarding/new-records';
import type { Offboarding } from '../../../offboarding/types';
import { improvementThemes } from '../../../offboarding/themes';
import { durationStats, feedbackStats } from '../../../offboarding/insights';

const NOW = '2026-03-02T10:00:00.000Z';
const base = (): Offboarding =>
  newOffboarding({ clientId: 'c1', initiator: 'we', reason: 'fit', startedOn: '2026-03-01' }, '2026-03-01T08:00:00.000Z', 'o1');
const ids = () => {
  let n = 0;
  return () => `r${++n}`;
};
const source = { provider: 'gmail' as const, threadId: 'th1', messageId: 'm7' };

describe('capturing what the client said (offboarding/after.ts through applyPatch)', () => {
  it('keeps feedback with its confirmed score and message, ticks the feedback step and logs the link', () => {
    const { offboarding, events } = applyPatch(base(), { op: 'feedback-add', feedback: { receivedOn: '2026-03-02', score: 9, quote: 'Dałbym 9.', source } }, NOW, ids());
    expect(offboarding.feedback).toEqual([{ id: 'r1', receivedOn: '2026-03-02', score: 9, quote: 'Dałbym 9.', source }]);
    expect(offboarding.checklist.feedback.doneAt).toBe(NOW);
    expect(events).toEqual([{ type: 'feedback-captured', data: { recordId: 'r1', threadId: 'th1', messageId: 'm7', score: 9 } }]);
  });

  it('keeps feedback without a score as a missing score, never zero', () => {
    const { offboarding, events } = applyPatch(base(), { op: 'feedback-add', feedback: { receivedOn: '2026-03-02', quote: 'Dziękujemy.' } }, NOW, ids());
    expect(offboarding.feedback?.[0]).not.toHaveProperty('score');
    expect(events[0]?.data.score).toBeNull();
  });

  it('refuses a score outside 0–10', () => {
    expect(() => applyPatch(base(), { op: 'feedback-add', feedback: { receivedOn: '2026-03-02', score: 11, quote: 'x' } }, NOW, ids())).toThrow(PatchError);
  });

  it('refuses a testimonial to publish with a name that has no credit, and accepts it anonymously', () => {
    const testimonial = { text: 'Polecam!', consent: 'yes' as const, placements: ['website' as const], givenOn: '2026-03-02' };
    expect(() => applyPatch(base(), { op: 'testimonial-add', testimonial }, NOW, ids())).toThrow(/credited/);
    const { offboarding, events } = applyPatch(base(), { op: 'testimonial-add', testimonial: { ...testimonial, consent: 'anonymous' } }, NOW, ids());
    expect(offboarding.testimonials?.[0]?.consent).toBe('anonymous');
    expect(offboarding.checklist.testimonial.doneAt).toBe(NOW);
    expect(events[0]).toEqual({ type: 'testimonial-captured', data: { recordId: 'r1', threadId: null, messageId: null, consent: 'anonymous' } });
  });

  it('lets the consent be withdrawn later, and refuses places to appear without consent', () => {
    const added = applyPatch(base(), { op: 'testimonial-add', testimonial: { text: 'Polecam!', credit: 'Anna Nowak', consent: 'yes', placements: ['website'], givenOn: '2026-03-02' } }, NOW, ids()).offboarding;
    expect(() => applyPatch(added, { op: 'testimonial-update', id: 'r1', changes: { consent: 'no' } }, NOW, ids())).toThrow(/no place/);
    const withdrawn = applyPatch(added, { op: 'testimonial-update', id: 'r1', changes: { consent: 'no', placements: [] } }, NOW, ids()).offboarding;
    expect(withdrawn.testimonials?.[0]).toMatchObject({ consent: 'no', placements: [], credit: 'Anna Nowak' });
  });

  it('records a referral and its later outcome, and removes a record by id', () => {
    const added = applyPatch(base(), { op: 'referral-add', referral: { who: 'Beta sp. z o.o.', on: '2026-03-02', outcome: 'pending' } }, NOW, ids()).offboarding;
    const won = applyPatch(added, { op: 'referral-update', id: 'r1', changes: { outcome: 'won' } }, NOW, ids()).offboarding;
    expect(won.referrals?.[0]?.outcome).toBe('won');
    expect(applyPatch(won, { op: 'capture-remove', kind: 'referral', id: 'r1' }, NOW, ids()).offboarding.referrals).toEqual([]);
    expect(() => applyPatch(won, { op: 'capture-remove', kind: 'referral', id: 'nope' }, NOW, ids())).toThrow(/No referral/);
  });

  it('writes the retrospective, ticks the lessons step, and keeps the first writing time when edited', () => {
    const first = applyPatch(base(), { op: 'retrospective', retrospective: { wentWell: ' Handover ', toImprove: 'Umowa', warningSigns: '', workAgain: 'maybe' } }, NOW, ids());
    expect(first.offboarding.retrospective).toEqual({ wentWell: 'Handover', toImprove: 'Umowa', warningSigns: '', workAgain: 'maybe', writtenAt: NOW, updatedAt: NOW });
    expect(first.offboarding.checklist.lessons.doneAt).toBe(NOW);
    expect(first.events).toEqual([{ type: 'retrospective-written', data: { first: true, workAgain: 'maybe' } }]);
    const later = '2026-04-01T10:00:00.000Z';
    const edited = applyPatch(first.offboarding, { op: 'retrospective', retrospective: { wentWell: 'x', toImprove: 'y', warningSigns: 'z' } }, later, ids());
    expect(edited.offboarding.retrospective).toMatchObject({ writtenAt: NOW, updatedAt: later });
    expect(edited.offboarding.retrospective).not.toHaveProperty('workAgain');
    expect(() => applyPatch(base(), { op: 'retrospective', retrospective: { wentWell: ' ', toImprove: '', warningSigns: '' } }, NOW, ids())).toThrow(/empty/);
  });

  it('marks a settlement item written off, never together with paid; paying it clears the mark', () => {
    const added = applyPatch(base(), { op: 'settlement-add', item: { direction: 'receivable', description: 'FV 1', amountMinor: 100, currency: 'PLN', paid: false, writtenOff: true } }, NOW, () => 's1').offboarding;
    expect(added.settlement[0]?.writtenOff).toBe(true);
    expect(() => applyPatch(added, { op: 'settlement-update', id: 's1', changes: { paid: true, writtenOff: true } }, NOW, ids())).toThrow(/both paid and written off/);
    const paid = applyPatch(added, { op: 'settlement-update', id: 's1', changes: { paid: true } }, NOW, ids()).offboarding;
    expect(paid.settlement[0]).not.toHaveProperty('writtenOff');
  });
});

describe('insights helpers', () => {
  it('finds recurring improvement themes, counted once per answer, stop words dropped', () => {
    const themes = improvementThemes([
      'Wcześniej ustalić zakres prac w umowie.',
      'Zakres prac zmieniał się co tydzień; zakres prac!',
      'Define the scope earlier, and the scope of invoices.',
      'Clearer scope and faster invoices.',
      'Nic.',
    ]);
    expect(themes).toEqual([
      { phrase: 'zakres prac', count: 2 },
      { phrase: 'invoices', count: 2 },
      { phrase: 'scope', count: 2 },
    ]);
  });

  it('computes the median and the middle half of durations, and NPS from the distribution', () => {
    expect(durationStats([30, 10, 20, 40], 1)).toEqual({ count: 4, missing: 1, medianDays: 25, q1Days: 10, q3Days: 30, minDays: 10, maxDays: 40 });
    expect(durationStats([], 2).medianDays).toBeNull();
    const distribution = [1, 0, 0, 0, 0, 0, 1, 1, 0, 1, 2];
    expect(feedbackStats(distribution, 3)).toEqual({ scored: 6, unscored: 3, distribution, promoters: 3, passives: 1, detractors: 2, nps: 17 });
    expect(feedbackStats(new Array(11).fill(0), 0).nps).toBeNull();
  });
});
