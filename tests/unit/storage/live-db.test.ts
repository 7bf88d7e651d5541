import { afterEach, describe, expect, it } from 'vitest';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { OffboardDB } from '../../../storage/db';
import { LiveDatabase, type SwitchHooks } from '../../../storage/live-db';
import { gatedUntilOpen, Store } from '../../../storage/repo';
import type { BackupRecord } from '../../../storage/backup/format';
import { importDatabases, openTestDb, testClock } from './helpers';

const deps = { indexedDB, IDBKeyRange };
const opened: OffboardDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).flatMap((info) => (info.name === undefined ? [] : [info.name]));
}

/** A store over a fresh family of databases, with one client "Stary" in it. */
async function storeWithOldData(hooks?: SwitchHooks) {
  const db = openTestDb();
  opened.push(db);
  const store = new Store(LiveDatabase.of(db, hooks), { now: testClock().now });
  await store.offboardingStart({ name: 'Stary', email: 'stary@example.com', language: 'pl', initiator: 'we', reason: 'other' });
  return { db, store, base: db.name };
}

/** Records of a backup holding one client "Nowy" with its offboarding and events. */
async function newRecords(): Promise<{ lines: string[]; counts: { clients: number; offboardings: number; events: number; templates: number } }> {
  const source = openTestDb();
  opened.push(source);
  const store = new Store(source, { now: testClock().now });
  await store.offboardingStart({ name: 'Nowy', email: 'nowy@example.com', language: 'pl', initiator: 'client', reason: 'other' });
  const records: BackupRecord[] = [];
  for (const table of ['clients', 'offboardings', 'timelines'] as const) records.push(...(await store.dataExportPage({ table, after: null, limit: 100 })).records);
  const count = (kind: BackupRecord['kind']) => records.filter((record) => record.kind === kind).length;
  return { lines: records.map((record) => JSON.stringify(record)), counts: { clients: count('client'), offboardings: count('offboarding'), events: count('event'), templates: 0 } };
}

async function names(store: Store): Promise<string[]> {
  return (await store.clientsList()).map((client) => client.name);
}

describe('an import switches the store to a fresh database', () => {
  it('after a commit the store reads the imported data, the old database is gone, and a restart finds the new one', async () => {
    const { store, base } = await storeWithOldData();
    await store.dataBackupDone();
    const lastBackupAt = (await store.dataBackupStatus()).lastBackupAt;
    const backup = await newRecords();
    const { session } = await store.dataImportBegin();
    await store.dataImportBatch({ session, lines: backup.lines });
    await store.dataImportCommit({ session, counts: backup.counts });

    expect(await names(store)).toEqual(['Nowy']);
    expect(store.db.name).toBe(`${base}-import-${session}`);
    expect(await databaseNames()).not.toContain(base);
    // This browser's own meta rows (the last backup) are carried over; the summary is the new data's.
    expect((await store.dataBackupStatus()).lastBackupAt).toBe(lastBackupAt);
    expect((await store.overviewSummary({ today: '2025-03-10', limit: 10 })).rows.map((row) => row.name)).toEqual(['Nowy']);

    store.db.close();
    const restarted = new Store(LiveDatabase.open(base, deps));
    await restarted.live.ready;
    opened.push(restarted.db);
    expect(await names(restarted)).toEqual(['Nowy']);
  });

  it('a failure before the switch (counts that disagree) deletes the fresh database; the store is untouched', async () => {
    const { store, base } = await storeWithOldData();
    const backup = await newRecords();
    const { session } = await store.dataImportBegin();
    await store.dataImportBatch({ session, lines: backup.lines });
    await expect(store.dataImportCommit({ session, counts: { ...backup.counts, clients: 2 } })).rejects.toMatchObject({ code: 'counts' });
    expect(await names(store)).toEqual(['Stary']);
    expect(store.db.name).toBe(base);
    expect(await importDatabases(base)).toEqual([]);
  });

  it('a failure during the switch (the fresh database complete, the pointer not yet written) leaves the old store live', async () => {
    const { store, base } = await storeWithOldData({
      beforePointer: () => {
        throw new Error('worker stopped');
      },
    });
    const backup = await newRecords();
    const { session } = await store.dataImportBegin();
    await store.dataImportBatch({ session, lines: backup.lines });
    await expect(store.dataImportCommit({ session, counts: backup.counts })).rejects.toThrow('worker stopped');
    expect(await names(store)).toEqual(['Stary']);
    expect(await importDatabases(base)).toEqual([]);

    const restarted = new Store(LiveDatabase.open(base, deps));
    await restarted.live.ready;
    opened.push(restarted.db);
    expect(await names(restarted)).toEqual(['Stary']);
  });

  it('a failure after the switch (the old database not deleted) keeps the new store; the next start removes the old one', async () => {
    const { store, base } = await storeWithOldData({
      afterPointer: () => {
        throw new Error('worker stopped');
      },
    });
    const backup = await newRecords();
    const { session } = await store.dataImportBegin();
    await store.dataImportBatch({ session, lines: backup.lines });
    await expect(store.dataImportCommit({ session, counts: backup.counts })).resolves.toEqual(backup.counts);
    expect(await names(store)).toEqual(['Nowy']);
    expect(await databaseNames()).toContain(base); // left behind

    const restarted = new Store(LiveDatabase.open(base, deps));
    await restarted.live.ready;
    opened.push(restarted.db);
    expect(await names(restarted)).toEqual(['Nowy']);
    expect(await databaseNames()).not.toContain(base);
  });

  it('an import the worker did not live to commit is removed at the next start', async () => {
    const { store, base } = await storeWithOldData();
    const backup = await newRecords();
    const { session } = await store.dataImportBegin();
    await store.dataImportBatch({ session, lines: backup.lines });
    expect(await importDatabases(base)).toEqual([`${base}-import-${session}`]);

    const restarted = new Store(LiveDatabase.open(base, deps));
    await restarted.live.ready;
    opened.push(restarted.db);
    expect(await importDatabases(base)).toEqual([]);
    expect(await names(restarted)).toEqual(['Stary']);
  });

  it('a second import started meanwhile drops the first: its batches and commit are refused as interrupted', async () => {
    const { store, base } = await storeWithOldData();
    const backup = await newRecords();
    const first = await store.dataImportBegin();
    const second = await store.dataImportBegin();
    await expect(store.dataImportBatch({ session: first.session, lines: backup.lines })).rejects.toMatchObject({ code: 'interrupted' });
    await expect(store.dataImportCommit({ session: first.session, counts: backup.counts })).rejects.toMatchObject({ code: 'interrupted' });
    expect(await importDatabases(base)).toEqual([`${base}-import-${second.session}`]);
    await store.dataImportAbort({ session: second.session });
    expect(await importDatabases(base)).toEqual([]);
    expect(await names(store)).toEqual(['Stary']);
  });
});

describe('the background store waits for the pointer', () => {
  it('a call made before the live database is known is answered from the database the pointer names', async () => {
    const { store, base } = await storeWithOldData();
    const backup = await newRecords();
    const { session } = await store.dataImportBegin();
    await store.dataImportBatch({ session, lines: backup.lines });
    await store.dataImportCommit({ session, counts: backup.counts });
    store.db.close();

    const live = LiveDatabase.open(base, deps);
    const gated = gatedUntilOpen(new Store(live));
    const answer = gated.clientsList(); // sent at once, as a message that woke the worker would be
    expect((await answer).map((client) => client.name)).toEqual(['Nowy']);
    opened.push(gated.db);
  });
});
