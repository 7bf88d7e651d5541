import { afterEach, describe, expect, it } from 'vitest';
import type { OffboardDB } from '../../../storage/db';
import type { Store } from '../../../storage/repo';
import { withCurrentOffboarding } from '../../../offboarding/current';
import { overviewRow } from '../../../offboarding/overview';
import { compareOverviewRows, polishSortKey } from '../../../storage/overview';
import { openTestStore } from './helpers';

const opened: OffboardDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** The overview as it was computed before the summary: every row from the data, sorted. */
async function recomputed(store: Store, today: string) {
  const { clients, offboardings } = await store.clientsAndOffboardings();
  return withCurrentOffboarding(clients, offboardings).map(([client, ob]) => overviewRow(client, ob, today)).sort(compareOverviewRows);
}

describe('the overview summary follows every change', () => {
  it('equals the overview computed from the data after starts, patches, edits and a delete', async () => {
    const ctx = openTestStore();
    opened.push(ctx.db);
    const { store } = ctx;
    const today = '2025-03-10';
    const a = await store.offboardingStart({ name: 'Żaneta', email: 'z@firma.pl', language: 'pl', initiator: 'we', reason: 'other' });
    const b = await store.offboardingStart({ name: 'Adam', email: 'adam@firma2.pl', language: 'pl', initiator: 'we', reason: 'other' });
    const c = await store.offboardingStart({ name: 'Ćwik', email: 'cwik@firma3.pl', language: 'pl', initiator: 'client', reason: 'client-decision' });
    await store.offboardingPatch({ id: a.offboarding!.id, patch: { op: 'serve-notice', notice: { servedOn: '2025-03-10', channel: 'email', acknowledgementRequested: false, servedBy: 'we' } } });
    await store.offboardingPatch({ id: b.offboarding!.id, patch: { op: 'checklist', key: 'analysis', done: true } });
    await store.clientsUpdate({ id: c.client.id, changes: { name: 'Bartosz Ćwik' } });
    expect((await store.overviewSummary({ today, limit: 50 })).rows).toEqual(await recomputed(store, today));

    await store.clientsDelete({ id: b.client.id });
    const summary = await store.overviewSummary({ today, limit: 1 });
    const expected = await recomputed(store, today);
    expect(summary.rows).toEqual(expected.slice(0, 1));
    expect(summary.total).toBe(2);
    expect(Object.values(summary.stages).reduce((sum, n) => sum + n, 0)).toBe(2);
    expect(await store.overviewList({ today })).toEqual(expected);
  });

  it('recomputes a row whose deadline passed when the day moves on', async () => {
    const ctx = openTestStore();
    opened.push(ctx.db);
    const { store } = ctx;
    const a = await store.offboardingStart({ name: 'Anna', email: 'anna@firma.pl', language: 'pl', initiator: 'we', reason: 'other' });
    await store.offboardingPatch({ id: a.offboarding!.id, patch: { op: 'serve-notice', notice: { servedOn: '2025-03-10', channel: 'email', acknowledgementRequested: false, servedBy: 'we' } } });
    const before = (await store.overviewSummary({ today: '2025-03-10', limit: 5 })).rows[0]!;
    expect(before.nextDeadline?.what).toBe('notice-end');
    const after = '2026-01-01'; // long past the notice's end
    const rows = (await store.overviewSummary({ today: after, limit: 5 })).rows;
    expect(rows).toEqual(await recomputed(store, after));
    expect(rows[0]!.nextDeadline?.what).not.toBe('notice-end');
    // A clock set back rebuilds the summary for the earlier day.
    expect((await store.overviewSummary({ today: '2025-03-10', limit: 5 })).rows).toEqual([before]);
  });
});

describe('a summary of an older row shape', () => {
  it('is rebuilt on the next read, so a field added to overviewRow reaches every stored row', async () => {
    const ctx = openTestStore();
    opened.push(ctx.db);
    const { store, db } = ctx;
    await store.offboardingStart({ name: 'Anna', email: 'anna@firma.pl', language: 'pl', initiator: 'we', reason: 'other' });
    const today = '2025-03-10';
    await store.overviewSummary({ today, limit: 5 });
    // A row as an earlier shape stored it, marked with that shape.
    const [stored] = await db.overview.toArray();
    await db.overview.put({ ...stored!, row: { ...stored!.row, name: 'stale' } });
    await db.meta.put({ key: 'overview-day', value: `${today}#0` });
    expect((await store.overviewSummary({ today, limit: 5 })).rows).toEqual(await recomputed(store, today));
  });
});

describe('polishSortKey', () => {
  it('orders Polish letters after their base letter, case aside', () => {
    const names = ['Żak', 'zabłocki', 'Źrebiec', 'Łoś', 'lis', 'Mazur', 'Ąbek', 'Azor', 'Bąk', 'Émile'];
    const sorted = [...names].sort((x, y) => (polishSortKey(x) < polishSortKey(y) ? -1 : 1));
    expect(sorted).toEqual(['Azor', 'Ąbek', 'Bąk', 'Émile', 'lis', 'Łoś', 'Mazur', 'zabłocki', 'Źrebiec', 'Żak']);
  });
});
