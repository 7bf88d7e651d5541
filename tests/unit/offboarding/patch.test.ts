import { describe, expect, it } from 'vitest';
import { applyPatch, PatchError } from '../../../offboarding/patch';
import { currentOffboarding, withCurrentOffboarding } from '../../../offboarding/current';
import { newOffboarding } from '../../../offboarding/new-records';
import type { Offboarding } from '../../../offboarding/types';

const NOW = '2026-03-02T10:00:00.000Z';
const base = (): Offboarding =>
  newOffboarding({ clientId: 'c1', initiator: 'we', reason: 'fit', startedOn: '2026-03-01' }, '2026-03-01T08:00:00.000Z', 'o1');
const noId = () => {
  throw new Error('no id expected');
};

describe('applyPatch (pure)', () => {
  it('ticks the notice step when the notice is recorded, and logs the notice', () => {
    const { offboarding, events } = applyPatch(
      base(),
      { op: 'serve-notice', notice: { servedOn: '2026-03-02', channel: 'email', acknowledgementRequested: true, servedBy: 'we' } },
      NOW,
      noId,
    );
    expect(offboarding.checklist.notice.doneAt).toBe(NOW);
    expect(events).toEqual([{ type: 'notice-served', data: { servedOn: '2026-03-02', channel: 'email', servedBy: 'we' } }]);
  });

  it('returns the same object and no event when a tick changes nothing', () => {
    const ob = applyPatch(base(), { op: 'checklist', key: 'analysis', done: true }, NOW, noId).offboarding;
    const again = applyPatch(ob, { op: 'checklist', key: 'analysis', done: true }, '2026-03-03T10:00:00.000Z', noId);
    expect(again.offboarding).toBe(ob);
    expect(again.events).toEqual([]);
  });

  it('names a new settlement item with the id it is given', () => {
    const { offboarding } = applyPatch(
      base(),
      { op: 'settlement-add', item: { direction: 'receivable', description: 'Faktura 1/2026', amountMinor: 10000, currency: 'PLN', paid: false } },
      NOW,
      () => 's1',
    );
    expect(offboarding.settlement.map((item) => item.id)).toEqual(['s1']);
  });

  it('refuses with a coded error', () => {
    expect(() => applyPatch(base(), { op: 'acknowledge-notice', on: '2026-03-02' }, NOW, noId)).toThrow(PatchError);
    try {
      applyPatch(base(), { op: 'settlement-remove', id: 'x' }, NOW, noId);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'not-found', message: expect.stringMatching(/settlement item with id "x"/) });
    }
  });
});

describe('currentOffboarding', () => {
  it('is the most recently created; clients without one are left out of the pairs', () => {
    const older = base();
    const newer = { ...base(), id: 'o2', createdAt: '2026-03-05T08:00:00.000Z' };
    expect(currentOffboarding([newer, older])?.id).toBe('o2');
    expect(withCurrentOffboarding([{ id: 'c1' }, { id: 'c2' }], [older, newer]).map(([c, o]) => [c.id, o.id])).toEqual([['c1', 'o2']]);
  });
});
