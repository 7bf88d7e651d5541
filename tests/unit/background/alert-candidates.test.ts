/**
 * The daily check reads only the pairs whose alertWindow holds today (issue 19). Its result must be
 * exactly the old full scan's: checked here as properties over random clients and offboardings, in
 * the pure rules (every due item lies in its pair's window) and through the store (collectAlerts on
 * the store's alertCandidates equals collectAlerts on every client and offboarding, after changes).
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import '../../support/fast-check-seed';
import { alertWindow, dueItems } from '../../../offboarding/open-deadlines';
import { addDaysIso } from '../../../offboarding/calendar';
import type { Client, Offboarding, SettlementItem } from '../../../offboarding/types';
import { collectAlerts } from '../../../background/alerts';
import type { OffboardDB, StoredClient } from '../../../storage/db';
import { openTestStore } from '../storage/helpers';
import { makeClient, makeOffboarding } from './fixtures';

const BASE = '2026-01-01';
const day = fc.integer({ min: 0, max: 400 }).map((n) => addDaysIso(BASE, n));
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const contract = fc.record({
  noticePeriod: fc.oneof(
    fc.record({ days: fc.integer({ min: 0, max: 90 }) }),
    fc.record({ weeks: fc.integer({ min: 0, max: 8 }) }),
    fc.record({ months: fc.integer({ min: 0, max: 3 }) }),
  ),
  endOfMonth: fc.boolean(),
  fixedTermEndsOn: maybe(day),
  nonRenewalNoticeDays: maybe(fc.integer({ min: 0, max: 60 })),
});

const settlementItem = (id: number) =>
  fc.record({ direction: fc.constantFrom('receivable', 'liability'), paid: fc.boolean(), writtenOff: maybe(fc.boolean()), dueOn: maybe(day) }).map(
    ({ direction, paid, writtenOff, dueOn }): SettlementItem => ({
      id: `s${id}`,
      direction: direction as SettlementItem['direction'],
      description: 'Faktura',
      amountMinor: 10_000,
      currency: 'PLN',
      paid,
      ...(writtenOff !== undefined && !paid ? { writtenOff } : {}),
      ...(dueOn !== undefined ? { dueOn } : {}),
    }),
  );

const entry = fc.constantFrom<Record<string, unknown>>({}, { doneAt: '2026-01-02T10:00:00.000Z' }, { skipped: true });

const offboardingParts = fc.record({
  notice: maybe(fc.record({ servedOn: day, deliveredOn: maybe(day) })),
  closedOn: maybe(day),
  noticeItem: entry,
  feedbackItem: entry,
  settlement: fc.array(fc.nat(), { maxLength: 3 }).chain((ids) => fc.tuple(...ids.map((_, i) => settlementItem(i)))),
  outcome: maybe(fc.record({ agreed: fc.constantFrom('end-date', 'mutual', 'kept', 'nothing-yet'), endOn: maybe(day) })),
});

type ValueOf<A> = A extends fc.Arbitrary<infer T> ? T : never;

function build(
  id: number,
  parts: { contract: ValueOf<typeof contract>; ob: ValueOf<typeof offboardingParts> },
  createdAt = '2026-01-01T10:00:00.000Z',
): { client: Client; offboarding: Offboarding } {
  const { noticePeriod, endOfMonth, fixedTermEndsOn, nonRenewalNoticeDays } = parts.contract;
  const client = makeClient({
    id: `c${id}`,
    name: `Klient ${id}`,
    emails: [`k${id}@firma${id}.pl`],
    domains: [`firma${id}.pl`],
    contract: {
      type: 'service',
      noticePeriod,
      endOfMonth,
      requiredForm: 'documentary',
      ...(fixedTermEndsOn !== undefined ? { fixedTermEndsOn } : {}),
      ...(nonRenewalNoticeDays !== undefined ? { nonRenewalNoticeDays } : {}),
    },
  });
  const { notice, closedOn, noticeItem, feedbackItem, settlement, outcome } = parts.ob;
  const base = makeOffboarding({ id: `o${id}`, clientId: client.id, settlement, createdAt });
  const offboarding: Offboarding = {
    ...base,
    checklist: { ...base.checklist, notice: noticeItem, feedback: feedbackItem },
    ...(notice ? { notice: { servedOn: notice.servedOn, channel: 'email', acknowledgementRequested: false, servedBy: 'we', ...(notice.deliveredOn ? { deliveredOn: notice.deliveredOn } : {}) } } : {}),
    ...(closedOn !== undefined ? { closedOn } : {}),
    ...(outcome ? { outcome: { on: BASE, agreed: outcome.agreed as NonNullable<Offboarding['outcome']>['agreed'], ...(outcome.endOn ? { endOn: outcome.endOn } : {}) } } : {}),
  };
  return { client, offboarding };
}

const pair = fc.record({ contract, ob: offboardingParts });
const today = fc.integer({ min: -30, max: 450 }).map((n) => addDaysIso(BASE, n));

/** Whether dueItems throws for this pair (then the window must hold every day). */
function dueOrThrow(client: Client, ob: Offboarding, on: string): ReturnType<typeof dueItems> | 'throws' {
  try {
    return dueItems(client, ob, on);
  } catch {
    return 'throws';
  }
}

describe('alertWindow: every due item of a pair lies in its window, whatever the day', () => {
  it('holds for random contracts, notices, settlements, outcomes and days', () => {
    let due = 0;
    fc.assert(
      fc.property(pair, today, (parts, on) => {
        const { client, offboarding } = build(1, parts);
        const items = dueOrThrow(client, offboarding, on);
        const window = alertWindow(client, offboarding);
        if (items === 'throws') return window !== null && window.from <= on && on <= window.until;
        if (items.length === 0) return true;
        due += 1;
        return window !== null && window.from <= on && on <= window.until;
      }),
      { numRuns: 3_000 },
    );
    // The property must have met due items, or it proved nothing.
    expect(due).toBeGreaterThan(100);
  });

  it('is null for a pair with nothing that can ever come due, and bounded for a notice end', () => {
    const { client, offboarding } = build(1, { contract: { noticePeriod: { days: 30 }, endOfMonth: false, fixedTermEndsOn: undefined, nonRenewalNoticeDays: undefined }, ob: { notice: undefined, closedOn: undefined, noticeItem: {}, feedbackItem: {}, settlement: [], outcome: undefined } });
    expect(alertWindow(client, offboarding)).toBeNull();
    const served = { ...offboarding, notice: { servedOn: '2026-03-02', channel: 'email' as const, acknowledgementRequested: false, servedBy: 'we' as const } };
    expect(alertWindow(client, served)).toEqual({ from: '2026-03-29', until: '2026-04-01' });
  });
});

const opened: OffboardDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('the store: collectAlerts on alertCandidates equals collectAlerts on everything', () => {
  it('agrees on random stores, on many days, after edits, a delete and a second offboarding', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(pair, { minLength: 1, maxLength: 12 }), fc.array(today, { minLength: 1, maxLength: 4 }), fc.nat(), async (pairs, days, pick) => {
        const ctx = openTestStore();
        opened.push(ctx.db);
        const { db, store } = ctx;
        const built = pairs.map((parts, i) => build(i, parts));
        // Written as an import's commit would leave them, then the summary rebuilt (import and upgrade do that).
        await db.clients.bulkPut(built.map(({ client }) => ({ ...client, matchKeys: [`email:${client.emails[0]!}`] }) as StoredClient));
        await db.offboardings.bulkPut(built.map(({ offboarding }) => offboarding));
        await store.dataImport({ json: await store.dataExport() });
        const compare = async () => {
          for (const on of days) {
            const all = await store.clientsAndOffboardings();
            const some = await store.alertCandidates(on);
            const full = safeAlerts(all.clients, all.offboardings, on);
            expect(safeAlerts(some.clients, some.offboardings, on)).toEqual(full);
            expect(some.clients.length).toBeLessThanOrEqual(all.clients.length);
          }
        };
        await compare();
        // Changes through the store's own operations keep the index in their transactions.
        const target = built[pick % built.length]!;
        await store.offboardingPatch({ id: target.offboarding.id, patch: { op: 'checklist', key: 'notice', done: true } });
        await store.clientsUpdate({ id: target.client.id, changes: { contract: { ...target.client.contract, fixedTermEndsOn: days[0]!, nonRenewalNoticeDays: 3 } } });
        await compare();
        const other = built[(pick + 1) % built.length]!;
        await store.offboardingStart({ name: other.client.name, email: other.client.emails[0]!, language: 'pl', initiator: 'we', reason: 'other' });
        await compare();
        await store.clientsDelete({ id: target.client.id });
        await compare();
      }),
      { numRuns: 40 },
    );
  });

  it('reads only the pairs that can be due, not the store', async () => {
    const ctx = openTestStore();
    opened.push(ctx.db);
    const { store } = ctx;
    for (let i = 0; i < 20; i += 1) await store.offboardingStart({ name: `Klient ${i}`, email: `k${i}@firma${i}.pl`, language: 'pl', initiator: 'we', reason: 'other' });
    const due = await store.offboardingStart({ name: 'Spóźniony', email: 'late@firma-late.pl', language: 'pl', initiator: 'we', reason: 'non-payment' });
    await store.offboardingPatch({ id: due.offboarding!.id, patch: { op: 'serve-notice', notice: { servedOn: '2025-03-10', channel: 'email', acknowledgementRequested: false, servedBy: 'we' } } });
    const candidates = await store.alertCandidates('2025-04-08');
    expect(candidates.clients.map((client) => client.id)).toEqual([due.client.id]);
    expect(collectAlerts(candidates.clients, candidates.offboardings, '2025-04-08').map((alert) => alert.what)).toEqual(['notice-end']);
    // Long after the notice ended, nothing is read at all.
    expect((await store.alertCandidates('2026-01-01')).clients).toEqual([]);
  });
});

/** collectAlerts, or the error it throws (the check must meet the same error on both paths). */
function safeAlerts(clients: readonly Client[], offboardings: readonly Offboarding[], on: string): unknown {
  try {
    return collectAlerts(clients, offboardings, on);
  } catch (error) {
    return { throws: String(error) };
  }
}

describe('data.backupStatus: whether any client exists, not a count', () => {
  it('is false for an empty store, true once a client exists, false again after it is deleted', async () => {
    const ctx = openTestStore();
    opened.push(ctx.db);
    const { store } = ctx;
    expect((await store.dataBackupStatus()).hasClients).toBe(false);
    const started = await store.offboardingStart({ name: 'Anna', email: 'anna@firma.pl', language: 'pl', initiator: 'we', reason: 'other' });
    await store.offboardingStart({ name: 'Beata', email: 'beata@firma2.pl', language: 'pl', initiator: 'we', reason: 'other' });
    expect((await store.dataBackupStatus()).hasClients).toBe(true);
    await store.clientsDelete({ id: started.client.id });
    expect((await store.dataBackupStatus()).hasClients).toBe(true);
    await store.dataDeleteAll({ confirm: 'DELETE' });
    expect((await store.dataBackupStatus()).hasClients).toBe(false);
  });
});
