import { describe, expect, it } from 'vitest';
import { applyPatch, PatchError } from '../../../offboarding/patch';
import { newOffboarding } from '../../../offboarding/new-records';
import { stageOf } from '../../../offboarding/checklist';
import { isRunning } from '../../../offboarding/current';
import { agreedEndOn, conversationSettled } from '../../../offboarding/preparation';
import type { Offboarding } from '../../../offboarding/types';

const NOW = '2026-03-05T10:00:00.000Z';
const base = (): Offboarding =>
  newOffboarding({ clientId: 'c1', initiator: 'we', reason: 'fit', startedOn: '2026-03-01' }, '2026-03-01T08:00:00.000Z', 'o1');
const ids = () => {
  let n = 0;
  return () => `id-${++n}`;
};

describe('the analysis, the position and the outcome as changes (issue 18)', () => {
  it('gives new facts and attempts ids, keeps given ones and trims the texts', () => {
    const { offboarding } = applyPatch(
      base(),
      {
        op: 'analysis-set',
        analysis: {
          facts: [
            { id: 'f-old', text: ' Raporty spóźnione trzy razy ', on: '2026-02-10', message: { threadId: 't1', messageId: 'm3' } },
            { text: 'Zakres rośnie bez aneksu' },
          ],
          attempts: [{ text: 'Cotygodniowe spotkania', result: '  ' }],
          decision: '  Kończymy współpracę  ',
        },
      },
      NOW,
      ids(),
    );
    expect(offboarding.analysis).toEqual({
      facts: [
        { id: 'f-old', text: 'Raporty spóźnione trzy razy', on: '2026-02-10', message: { threadId: 't1', messageId: 'm3' } },
        { id: 'id-1', text: 'Zakres rośnie bez aneksu' },
      ],
      attempts: [{ id: 'id-2', text: 'Cotygodniowe spotkania' }],
      decision: 'Kończymy współpracę',
    });
  });

  it('refuses an empty fact with a message that says what to do', () => {
    expect(() => applyPatch(base(), { op: 'analysis-set', analysis: { facts: [{ text: '  ' }], attempts: [] } }, NOW, ids())).toThrow(
      /Problem 1 has no text/,
    );
  });

  it('refuses conditions for staying when not open to staying', () => {
    expect(() =>
      applyPatch(base(), { op: 'position-set', position: { openToStay: false, conditions: { price: '+20%' } } }, NOW, ids()),
    ).toThrow(PatchError);
    const ok = applyPatch(base(), { op: 'position-set', position: { openToStay: true, conditions: { price: '+20%' }, latestEndOn: '2026-05-31' } }, NOW, ids());
    expect(ok.offboarding.position?.conditions?.price).toBe('+20%');
  });

  it('a recorded outcome ticks the conversation step and logs the call', () => {
    const { offboarding, events } = applyPatch(base(), { op: 'outcome-set', outcome: { on: '2026-03-04', agreed: 'nothing-yet' } }, NOW, ids());
    expect(offboarding.checklist.conversation.doneAt).toBe(NOW);
    expect(events).toEqual([{ type: 'call-outcome', data: { on: '2026-03-04', agreed: 'nothing-yet', endOn: null } }]);
    expect(conversationSettled(offboarding)).toBe(true);
    expect(conversationSettled(base())).toBe(false);
  });

  it('an agreed mutual end makes the ending mutual and gives the agreed date', () => {
    const { offboarding } = applyPatch(base(), { op: 'outcome-set', outcome: { on: '2026-03-04', agreed: 'mutual', endOn: '2026-04-30' } }, NOW, ids());
    expect(offboarding.initiator).toBe('mutual');
    expect(agreedEndOn(offboarding)).toBe('2026-04-30');
  });

  it('refuses an end-date outcome without the date, and a date before the call', () => {
    expect(() => applyPatch(base(), { op: 'outcome-set', outcome: { on: '2026-03-04', agreed: 'end-date' } }, NOW, ids())).toThrow(/which end date/);
    expect(() =>
      applyPatch(base(), { op: 'outcome-set', outcome: { on: '2026-03-04', agreed: 'end-date', endOn: '2026-03-01' } }, NOW, ids()),
    ).toThrow(/cannot precede the call/);
    expect(() => applyPatch(base(), { op: 'outcome-set', outcome: { on: '2026-02-01', agreed: 'nothing-yet' } }, NOW, ids())).toThrow(
      /cannot precede the start/,
    );
  });

  it('a retention accepted ends the offboarding as kept: its own stage, no longer running', () => {
    const { offboarding } = applyPatch(base(), { op: 'outcome-set', outcome: { on: '2026-03-04', agreed: 'kept' } }, NOW, ids());
    expect(stageOf(offboarding)).toBe('kept');
    expect(isRunning(offboarding)).toBe(false);
    expect(stageOf(base())).toBe('preparation');
    // Removing the outcome brings the process back.
    const undone = applyPatch(offboarding, { op: 'outcome-set', outcome: null }, NOW, ids()).offboarding;
    expect(undone.outcome).toBeUndefined();
    expect(stageOf(undone)).toBe('preparation');
  });
});
