import { describe, expect, it } from 'vitest';
import { createPopupModel } from '../../../components/popup/overview-model';
import { defaultSettings } from '../../../storage/schemas';
import type { OverviewSummary } from '../../../storage/protocol';
import { fakeStore, settle } from './fake-store';
import { row } from './rows';

const summary = (name: string, total = 1): OverviewSummary => ({
  rows: [row({ name })],
  total,
  stages: { preparation: 1, notice: 0, handover: 0, settlement: 0, closing: 0, 'follow-up': 0, closed: 0, kept: 0 },
});

describe('the popup model', () => {
  it('drops an older load that answers after a newer one', async () => {
    const answers: Array<(s: OverviewSummary) => void> = [];
    const { store, emit } = fakeStore({
      'settings.get': () => defaultSettings(),
      'overview.summary': () => new Promise<OverviewSummary>((resolve) => answers.push(resolve)),
    });
    const model = createPopupModel({ store, today: '2026-03-01', languages: ['pl'] });
    const stop = model.start();
    emit({ type: 'offboard:store-changed', tables: ['clients'] });
    await settle();
    expect(answers).toHaveLength(2);
    answers[1]!(summary('Newer'));
    await settle();
    answers[0]!(summary('Older'));
    await settle();
    expect(model.getState().loaded?.summary.rows[0]?.name).toBe('Newer');
    expect(model.getState().loaded?.all).not.toBeNull();
    stop();
  });

  it('waits for the full list when the summary is a first page, and keeps it for that load only', async () => {
    const { store } = fakeStore({
      'settings.get': () => defaultSettings(),
      'overview.summary': () => summary('First', 2),
      'overview.list': () => [row({ name: 'First' }), row({ name: 'Second', clientId: 'c2', offboardingId: 'o2' })],
    });
    const model = createPopupModel({ store, today: '2026-03-01' });
    const stop = model.start();
    await settle();
    const loaded = model.getState().loaded;
    expect(loaded?.all).toBeNull();
    await model.loadFull(loaded!.load);
    expect(model.getState().loaded?.all?.map((r) => r.name)).toEqual(['First', 'Second']);
    await model.loadFull(loaded!.load - 1);
    expect(model.getState().loaded?.all).toHaveLength(2);
    stop();
  });

  it('keeps the error of a failed load to show', async () => {
    const { store } = fakeStore({ 'settings.get': () => { throw new Error('background asleep'); } });
    const model = createPopupModel({ store, today: '2026-03-01' });
    const stop = model.start();
    await settle();
    // Worded for the user (the browser's language before settings are known), not the raw message.
    expect(model.getState()).toEqual({ loaded: null, error: 'That did not work. Try again; if it keeps happening, reload the page.' });
    stop();
  });
});
