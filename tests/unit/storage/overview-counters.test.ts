/**
 * The summary's stage counters (kept in `meta`, bumped in each change's own transaction) against a
 * recount from the data, after random sequences of changes: starts, checklist ticks and unticks
 * (which move a client between stages), closing, edits, deletes, a re-import and a new day.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { OffboardDB } from '../../../storage/db';
import type { Store } from '../../../storage/repo';
import { CHECKLIST_KEYS } from '../../../offboarding/types';
import { withCurrentOffboarding } from '../../../offboarding/current';
import { overviewRow } from '../../../offboarding/overview';
import { compareOverviewRows, countStages } from '../../../storage/overview';
import { openTestStore } from './helpers';

const opened: OffboardDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A small seeded generator (mulberry32), so a failing sequence can be replayed from its seed. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]! };
}

async function recount(store: Store, today: string) {
  const { clients, offboardings } = await store.clientsAndOffboardings();
  const rows = withCurrentOffboarding(clients, offboardings).map(([client, ob]) => overviewRow(client, ob, today)).sort(compareOverviewRows);
  return { rows, total: rows.length, stages: countStages(rows) };
}

type Step = 'start' | 'tick' | 'untick' | 'close' | 'rename' | 'delete' | 'reimport' | 'next-day';
const STEPS: readonly Step[] = ['start', 'start', 'tick', 'tick', 'tick', 'untick', 'close', 'rename', 'delete', 'reimport', 'next-day'];

async function runSequence(seed: number, length: number): Promise<void> {
  const ctx = openTestStore();
  opened.push(ctx.db);
  const { store, clock } = ctx;
  const rng = random(seed);
  const live: Array<{ clientId: string; offboardingId: string }> = [];
  let made = 0;
  const day = () => clock.now().toISOString().slice(0, 10);
  const done: string[] = [];
  for (let step = 0; step < length; step += 1) {
    const kind = live.length === 0 ? 'start' : rng.pick(STEPS);
    const target = live.length === 0 ? undefined : rng.pick(live);
    done.push(kind);
    switch (kind) {
      case 'start': {
        made += 1;
        const started = await store.offboardingStart({ name: `Klient ${made}`, email: `k${made}@firma${made}.pl`, language: 'pl', initiator: rng.next() < 0.5 ? 'we' : 'client', reason: 'other' });
        live.push({ clientId: started.client.id, offboardingId: started.offboarding!.id });
        break;
      }
      case 'tick':
      case 'untick':
        await store.offboardingPatch({ id: target!.offboardingId, patch: { op: 'checklist', key: rng.pick(CHECKLIST_KEYS), done: kind === 'tick' } });
        break;
      case 'close':
        await store.offboardingPatch({ id: target!.offboardingId, patch: { op: 'set', changes: { closedOn: day() } } });
        break;
      case 'rename':
        await store.clientsUpdate({ id: target!.clientId, changes: { name: `Zmieniony ${step}` } });
        break;
      case 'delete':
        await store.clientsDelete({ id: target!.clientId });
        live.splice(live.indexOf(target!), 1);
        break;
      case 'reimport':
        await store.dataImport({ json: await store.dataExport() });
        break;
      case 'next-day':
        clock.advance(24 * 60 * 60 * 1000);
        break;
    }
    const today = day();
    const summary = await store.overviewSummary({ today, limit: 1_000 });
    const expected = await recount(store, today);
    const context = `seed ${seed}, after ${done.join(' → ')}`;
    expect(summary.stages, context).toEqual(expected.stages);
    expect(summary.total, context).toBe(expected.total);
    expect(summary.rows, context).toEqual(expected.rows);
  }
}

describe('the summary counters equal a recount after any sequence of changes', () => {
  for (const seed of [1, 2, 3, 4, 5, 6]) {
    it(`seed ${seed}`, async () => {
      await runSequence(seed, 30);
    });
  }
});
