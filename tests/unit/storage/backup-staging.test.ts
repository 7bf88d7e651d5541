import { describe, expect, it } from 'vitest';
import type { BackupRecord } from '../../../storage/backup/format';
import { Crc32, crc32Combine } from '../../../storage/backup/format';
import { ImportError } from '../../../storage/transfer';
import { clientsWritten, closingTestStores } from './helpers';

const setup = closingTestStores();

/** Records as an export writes them: two clients, their offboardings, their events, the settings. */
async function sourceRecords() {
  const { store } = setup();
  await store.offboardingStart({ name: 'Anna Nowak', email: 'anna@acme.pl', language: 'pl', initiator: 'we', reason: 'non-payment' });
  await store.offboardingStart({ name: 'Łucja Żak', email: 'lucja@firma.pl', language: 'pl', initiator: 'client', reason: 'client-decision' });
  const page = async (table: 'clients' | 'offboardings' | 'timelines' | 'settings') => (await store.dataExportPage({ table, after: null, limit: 1_000 })).records;
  return { clients: await page('clients'), offboardings: await page('offboardings'), events: await page('timelines'), settings: await page('settings') };
}

const textOf = (batch: readonly BackupRecord[]) => batch.map((record) => JSON.stringify(record));
const idOf = (entry: BackupRecord) => (entry.kind === 'client' ? entry.record.id : '');

async function refusal(work: Promise<unknown>): Promise<ImportError> {
  const error = await work.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('staging an import', () => {
  it('refuses a client id staged by an earlier batch, naming the line', async () => {
    const records = await sourceRecords();
    const { store, db } = setup();
    const { session } = await store.dataImportBegin();
    await store.dataImportBatch({ session, lines: textOf(records.clients), firstLine: 2 });
    const error = await refusal(store.dataImportBatch({ session, lines: textOf([records.clients[1]!]), firstLine: 9 }));
    expect(error).toMatchObject({ code: 'inconsistent', params: { problem: 'duplicate-id', path: 'client.id', id: idOf(records.clients[1]!), line: 9 } });
    // The refused batch left nothing behind; the earlier one is still written.
    expect(await clientsWritten(db.name, session)).toBe(2);
  });

  it("a refused batch's clients are not written for the batches after it: their offboardings are refused", async () => {
    const records = await sourceRecords();
    const { store } = setup();
    const { session } = await store.dataImportBegin();
    await store.dataImportBatch({ session, lines: textOf([records.clients[0]!]), firstLine: 2 });
    // The second client with the first again: the whole batch is refused, the second client too.
    await refusal(store.dataImportBatch({ session, lines: textOf([records.clients[1]!, records.clients[0]!]), firstLine: 3 }));
    const second = records.offboardings.find((entry) => entry.kind === 'offboarding' && entry.record.clientId === idOf(records.clients[1]!))!;
    const error = await refusal(store.dataImportBatch({ session, lines: textOf([second]), firstLine: 5 }));
    expect(error).toMatchObject({ code: 'inconsistent', params: { problem: 'missing-client', path: 'offboarding.clientId', id: idOf(records.clients[1]!), line: 5 } });
    const first = records.offboardings.find((entry) => entry.kind === 'offboarding' && entry.record.clientId === idOf(records.clients[0]!))!;
    await expect(store.dataImportBatch({ session, lines: textOf([first]), firstLine: 6 })).resolves.toEqual({ staged: 1 });
  });

  it('refuses an id repeated within one batch at its second line', async () => {
    const records = await sourceRecords();
    const { store, db } = setup();
    const { session } = await store.dataImportBegin();
    const batch: BackupRecord[] = [records.clients[0]!, records.clients[1]!, records.clients[0]!];
    const error = await refusal(store.dataImportBatch({ session, lines: textOf(batch), firstLine: 2 }));
    expect(error).toMatchObject({ code: 'inconsistent', params: { problem: 'duplicate-id', id: idOf(records.clients[0]!), line: 4 } });
    expect(await clientsWritten(db.name, session)).toBe(0);
  });

  it("merges a client's events that arrive in several batches, and refuses an event id already staged by an earlier one", async () => {
    const source = setup().store;
    const { client, offboarding } = await source.offboardingStart({ name: 'Anna Nowak', email: 'anna@acme.pl', language: 'pl', initiator: 'we', reason: 'fit' });
    for (let k = 0; k < 4; k++) await source.eventsAppend({ clientId: client.id, ...(offboarding ? { offboardingId: offboarding.id } : {}), type: 'note', data: { text: `note ${k}` } });
    const page = async (table: 'clients' | 'offboardings' | 'timelines') => (await source.dataExportPage({ table, after: null, limit: 1_000 })).records;
    const [clients, offboardings, events] = [await page('clients'), await page('offboardings'), await page('timelines')];
    expect(events.length).toBeGreaterThanOrEqual(5);
    const expected = await source.eventsList({ clientId: client.id });

    const { store } = setup();
    const { session } = await store.dataImportBegin();
    await store.dataImportBatch({ session, lines: textOf([...clients, ...offboardings]) });
    // The client's events split over two batches (as a batch boundary falls in a real file); the
    // second, refused first for repeating an event of the first, is then sent as it should be.
    const cut = 2;
    await store.dataImportBatch({ session, lines: textOf(events.slice(0, cut)) });
    const refused = await refusal(store.dataImportBatch({ session, lines: textOf([...events.slice(cut), events[0]!]), firstLine: 20 }));
    expect(refused).toMatchObject({ code: 'inconsistent', params: { problem: 'duplicate-id', path: 'event.id', line: 20 + events.length - cut } });
    await store.dataImportBatch({ session, lines: textOf(events.slice(cut)) });
    await store.dataImportCommit({ session, counts: { clients: 1, offboardings: offboardings.length, events: events.length, templates: 0 } });
    expect(await store.eventsList({ clientId: client.id })).toEqual(expected);
  });

  it("refuses an event whose client is not written, with or without an offboarding, naming the line", async () => {
    const records = await sourceRecords();
    const event = records.events.find((entry) => entry.kind === 'event' && entry.record.offboardingId !== undefined)!;
    if (event.kind !== 'event') throw new Error('no event of an offboarding');
    const { store } = setup();
    const { session } = await store.dataImportBegin();
    await store.dataImportBatch({ session, lines: textOf([...records.clients, ...records.offboardings]) });
    const { offboardingId: _dropped, ...clientLevel } = event.record;
    const noClient = await refusal(store.dataImportBatch({ session, lines: textOf([{ kind: 'event', record: { ...clientLevel, clientId: 'ghost' } }]), firstLine: 7 }));
    expect(noClient).toMatchObject({ code: 'inconsistent', params: { problem: 'missing-client', path: 'event.clientId', id: 'ghost', line: 7 } });
    const ghostsOffboarding = await refusal(store.dataImportBatch({ session, lines: textOf([{ kind: 'event', record: { ...event.record, clientId: 'ghost' } }]), firstLine: 8 }));
    expect(ghostsOffboarding).toMatchObject({ code: 'inconsistent', params: { problem: 'other-client', path: 'event.offboardingId', line: 8 } });
  });

  it('stages batches in the order sent even when the next arrives before the last is written', async () => {
    const records = await sourceRecords();
    const { store } = setup();
    const { session } = await store.dataImportBegin();
    // Not awaited one by one: offboardings and events refer to clients of the batch before them.
    const sent = [records.clients, records.offboardings, records.events, records.settings].map((batch) => store.dataImportBatch({ session, lines: textOf(batch) }));
    expect((await Promise.all(sent)).map((answer) => answer.staged)).toEqual([2, 2, records.events.length, 1]);
    const result = await store.dataImportCommit({ session, counts: { clients: 2, offboardings: 2, events: records.events.length, templates: 0 } });
    expect(result).toEqual({ clients: 2, offboardings: 2, events: records.events.length, templates: 0 });
    expect((await store.clientsList()).map((client) => client.name)).toEqual(['Anna Nowak', 'Łucja Żak']);
  });

  it('a refused batch does not stop the next import: the queue goes on', async () => {
    const records = await sourceRecords();
    const { store } = setup();
    const { session } = await store.dataImportBegin();
    await refusal(store.dataImportBatch({ session, lines: textOf(records.offboardings) })); // their clients are not staged
    const again = await store.dataImportBegin();
    await expect(store.dataImportBatch({ session: again.session, lines: textOf(records.clients) })).resolves.toEqual({ staged: 2 });
  });
});

describe("events' offboardings are found whatever the batch's clients", () => {
  /** 40 clients, each with an offboarding and its events, as an export lists them (clients in key order). */
  async function manyClients() {
    const { store } = setup();
    for (let n = 0; n < 40; n += 1) {
      await store.offboardingStart({ name: `Klient ${n}`, email: `k${n}@firma${n}.pl`, language: 'pl', initiator: 'we', reason: 'other' });
    }
    const page = async (table: 'clients' | 'offboardings' | 'timelines') => (await store.dataExportPage({ table, after: null, limit: 1_000 })).records;
    return { clients: await page('clients'), offboardings: await page('offboardings'), events: await page('timelines') };
  }
  const eventOf = (entry: BackupRecord) => {
    if (entry.kind !== 'event') throw new Error('not an event');
    return entry.record;
  };

  it('a batch of the first and the last client (a range wider than its bound) stages and commits', async () => {
    const records = await manyClients();
    const clientIds = records.clients.map((entry) => (entry.kind === 'client' ? entry.record.id : '')).sort();
    const ends = new Set([clientIds[0], clientIds[clientIds.length - 1]]);
    const spread = records.events.filter((entry) => ends.has(eventOf(entry).clientId));
    const rest = records.events.filter((entry) => !ends.has(eventOf(entry).clientId));
    expect(spread.length).toBeGreaterThan(1);
    const { store } = setup();
    const { session } = await store.dataImportBegin();
    await store.dataImportBatch({ session, lines: textOf([...records.clients, ...records.offboardings]) });
    await store.dataImportBatch({ session, lines: textOf(spread) });
    await store.dataImportBatch({ session, lines: textOf(rest) });
    const counts = { clients: 40, offboardings: records.offboardings.length, events: records.events.length, templates: 0 };
    await expect(store.dataImportCommit({ session, counts })).resolves.toEqual(counts);
  });

  it("refuses an event naming another client's offboarding, near its client or far from it", async () => {
    const records = await manyClients();
    const offboardingOf = new Map(records.offboardings.map((entry) => (entry.kind === 'offboarding' ? [entry.record.clientId, entry.record.id] : ['', ''])));
    const clientIds = [...offboardingOf.keys()].sort();
    for (const other of [clientIds[1]!, clientIds[clientIds.length - 1]!]) {
      const event = records.events.map(eventOf).find((candidate) => candidate.clientId === clientIds[0] && candidate.offboardingId !== undefined)!;
      const forged: BackupRecord = { kind: 'event', record: { ...event, offboardingId: offboardingOf.get(other)! } };
      const { store } = setup();
      const { session } = await store.dataImportBegin();
      await store.dataImportBatch({ session, lines: textOf([...records.clients, ...records.offboardings]) });
      const error = await refusal(store.dataImportBatch({ session, lines: textOf([forged]), firstLine: 90 }));
      expect(error).toMatchObject({ code: 'inconsistent', params: { problem: 'other-client', path: 'event.offboardingId', line: 90 } });
    }
  });
});

describe('crc32Combine', () => {
  const bytes = (length: number, seed: number) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed * 7 + (i >> 3)) & 0xff);
  const crcOf = (...parts: Uint8Array[]) => {
    const crc = new Crc32();
    for (const part of parts) crc.update(part);
    return crc.value();
  };

  it('gives the CRC of the concatenation for lengths from 0 to beyond a megabyte', () => {
    for (const [a, b] of [
      [0, 0],
      [0, 5],
      [7, 0],
      [1, 1],
      [123, 4_567],
      [80, (1 << 20) + 3],
    ] as const) {
      const first = bytes(a, 1);
      const second = bytes(b, 2);
      expect(crc32Combine(crcOf(first), crcOf(second), b)).toBe(crcOf(first, second));
    }
  });

  it('differs when the order of the parts differs', () => {
    const first = bytes(10, 3);
    const second = bytes(20, 4);
    expect(crc32Combine(crcOf(second), crcOf(first), 10)).not.toBe(crcOf(first, second));
  });
});
