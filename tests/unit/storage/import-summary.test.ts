/**
 * The overview summary of an import is written as its offboardings are staged
 * (storage/backup/import-summary.ts); whatever order the batches come in, the store the commit
 * switches to holds exactly the summary a rebuild from its clients and offboardings gives.
 */
import { describe, expect, it } from 'vitest';
import type { BackupRecord } from '../../../storage/backup/format';
import type { Store } from '../../../storage/repo';
import { rebuildOverviewSummary } from '../../../storage/overview-summary';
import { closingTestStores } from './helpers';

const setup = closingTestStores();

const TODAY = '2025-03-10';
const textOf = (batch: readonly BackupRecord[]) => batch.map((record) => JSON.stringify(record));

/** Three clients with their offboardings and events, exported as pages of records. */
async function source() {
  const { store } = setup();
  await store.offboardingStart({ name: 'Anna Nowak', email: 'anna@acme.pl', language: 'pl', initiator: 'we', reason: 'non-payment' });
  const { client } = await store.offboardingStart({ name: 'Łucja Żak', email: 'lucja@firma.pl', language: 'pl', initiator: 'client', reason: 'client-decision' });
  await store.eventsAppend({ clientId: client.id, type: 'note', data: { text: 'Notatka' } });
  await store.offboardingStart({ name: 'Piotr Wiśniewski', email: 'piotr@example.com', language: 'en', initiator: 'we', reason: 'capacity' });
  const page = async (table: 'clients' | 'offboardings' | 'timelines' | 'settings') => (await store.dataExportPage({ table, after: null, limit: 1_000 })).records;
  const records = { clients: await page('clients'), offboardings: await page('offboardings'), events: await page('timelines'), settings: await page('settings') };
  return { records, summary: await store.overviewSummary({ today: TODAY, limit: 10 }), list: await store.overviewList({ today: TODAY }) };
}

async function importInBatches(batches: ReadonlyArray<readonly BackupRecord[]>, counts: { clients: number; offboardings: number; events: number }) {
  const { store } = setup();
  const { session } = await store.dataImportBegin();
  for (const batch of batches) await store.dataImportBatch({ session, lines: textOf(batch) });
  await store.dataImportCommit({ session, counts: { ...counts, templates: 0 } });
  return store;
}

describe("an import's overview summary", () => {
  it('is the summary of the imported clients when the events come after the clients and offboardings', async () => {
    const { records, summary, list } = await source();
    expect(summary.rows.length).toBe(3);
    const counts = { clients: records.clients.length, offboardings: records.offboardings.length, events: records.events.length };
    const store = await importInBatches([records.clients, records.offboardings, records.events, records.settings], counts);
    expect(await store.overviewSummary({ today: TODAY, limit: 10 })).toEqual(summary);
    expect(await store.overviewList({ today: TODAY })).toEqual(list);
  });

  it('holds a client and an offboarding staged after the events', async () => {
    const { records, summary, list } = await source();
    const counts = { clients: records.clients.length, offboardings: records.offboardings.length, events: records.events.length };
    const withOffboarding = new Set(records.offboardings.map((entry) => (entry.kind === 'offboarding' ? entry.record.clientId : '')));
    const late = records.clients.find((entry) => entry.kind === 'client' && withOffboarding.has(entry.record.id))!;
    const lateId = late.kind === 'client' ? late.record.id : '';
    const lateOffboardings = records.offboardings.filter((entry) => entry.kind === 'offboarding' && entry.record.clientId === lateId);
    const lateEvents = records.events.filter((entry) => entry.kind === 'event' && entry.record.clientId === lateId);
    const store = await importInBatches(
      [
        records.clients.filter((entry) => entry !== late),
        records.offboardings.filter((entry) => !lateOffboardings.includes(entry)),
        records.events.filter((entry) => !lateEvents.includes(entry)),
        [late, ...lateOffboardings],
        [...lateEvents, ...records.settings],
      ],
      counts,
    );
    expect(await store.overviewSummary({ today: TODAY, limit: 10 })).toEqual(summary);
    expect(await store.overviewList({ today: TODAY })).toEqual(list);
  });

  it('is built at the commit when no batch follows the offboardings', async () => {
    const { records, summary } = await source();
    const counts = { clients: records.clients.length, offboardings: records.offboardings.length, events: 0 };
    const store = await importInBatches([[...records.clients, ...records.offboardings]], counts);
    expect(await store.overviewSummary({ today: TODAY, limit: 10 })).toEqual(summary);
  });

  it("keeps a client's current offboarding whichever of its offboardings comes first, in one batch or in two", async () => {
    const { records } = await source();
    const first = records.offboardings[0]!;
    if (first.kind !== 'offboarding') throw new Error('not an offboarding');
    // An older offboarding of the same client, closed: the summary must show the newer, running one.
    const older: BackupRecord = { kind: 'offboarding', record: { ...first.record, id: `${first.record.id}-older`, createdAt: '2020-01-01T00:00:00.000Z', closedOn: '2020-02-01' } };
    const counts = { clients: records.clients.length, offboardings: records.offboardings.length + 1, events: 0 };
    const orders: Array<ReadonlyArray<readonly BackupRecord[]>> = [
      [records.clients, records.offboardings, [older]],
      [records.clients, [older], records.offboardings],
      [records.clients, [older, ...records.offboardings]],
      [records.clients, [...records.offboardings, older]],
    ];
    for (const batches of orders) {
      const store = await importInBatches(batches, counts);
      const imported = await store.overviewSummary({ today: TODAY, limit: 10 });
      expect(imported.total).toBe(3);
      expect(imported.rows.map((row) => row.offboardingId)).toContain(first.record.id);
      expect(imported).toEqual(await rebuilt(store));
    }
  });
});

/** The summary a rebuild from the store's clients and offboardings gives (the oracle). */
async function rebuilt(store: Store) {
  const { db } = store;
  await db.transaction('rw', [db.clients, db.offboardings, db.overview, db.meta], () => rebuildOverviewSummary(db, TODAY));
  return store.overviewSummary({ today: TODAY, limit: 10 });
}
