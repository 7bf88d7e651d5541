import { afterEach, describe, expect, it } from 'vitest';
import { IDBFactory, IDBKeyRange, indexedDB } from 'fake-indexeddb';
import type { OffboardDB } from '../../../storage/db';
import { LiveDatabase, type StorageBuckets, type SwitchHooks } from '../../../storage/live-db';
import { gatedUntilOpen, Store } from '../../../storage/repo';
import type { BackupRecord } from '../../../storage/backup/format';
import { importDatabases, openTestDb, testClock, uniqueDbName } from './helpers';

const deps = { indexedDB, IDBKeyRange };
const opened: OffboardDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).flatMap((info) => (info.name === undefined ? [] : [info.name]));
}

/** A store over a fresh family of databases, with one client "Stary" in it. */
async function storeWithOldData(hooks?: SwitchHooks, buckets?: StorageBuckets) {
  // A bucket's name is at most 64 characters: `<base>-import-<uuid>` needs a short base, as the product's 'offboard'.
  const db = openTestDb(buckets ? uniqueDbName('t') : undefined);
  opened.push(db);
  const store = new Store(LiveDatabase.of(db, hooks, buckets), { now: testClock().now });
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

/** Storage buckets as Chrome keeps them: each its own IndexedDB; deleting one deletes its data. */
function fakeBuckets(): StorageBuckets & { names(): string[] } {
  const buckets = new Map<string, IDBFactory>();
  return {
    async open(name) {
      if (!/^[a-z0-9][a-z0-9_-]{0,63}$/.test(name)) throw new TypeError(`invalid bucket name ${name}`);
      const existing = buckets.get(name) ?? new IDBFactory();
      buckets.set(name, existing);
      return { indexedDB: existing };
    },
    async keys() {
      return [...buckets.keys()];
    },
    async delete(name) {
      buckets.delete(name);
    },
    names: () => [...buckets.keys()],
  };
}

/** A store with "Stary" in a browser with buckets, and an import of "Nowy" staged, not committed. */
async function stagedInBuckets(buckets = fakeBuckets()) {
  const { store, base } = await storeWithOldData(undefined, buckets);
  const backup = await newRecords();
  const { session } = await store.dataImportBegin();
  await store.dataImportBatch({ session, lines: backup.lines });
  return { buckets, store, base, backup, session };
}

describe('where the browser has storage buckets, the import database is in a bucket of its own', () => {
  it('the commit switches to the bucket; the old database is deleted, this browser’s meta rows carried, and a restart opens the bucket', async () => {
    const buckets = fakeBuckets();
    const { store, base } = await storeWithOldData(undefined, buckets);
    await store.dataBackupDone();
    const lastBackupAt = (await store.dataBackupStatus()).lastBackupAt;
    const backup = await newRecords();
    const { session } = await store.dataImportBegin();
    expect(buckets.names()).toEqual([`${base}-import-${session}`]);
    expect(await importDatabases(base)).toEqual([]); // nothing of it in the default bucket
    await store.dataImportBatch({ session, lines: backup.lines });
    await store.dataImportCommit({ session, counts: backup.counts });

    expect(await names(store)).toEqual(['Nowy']);
    expect(await databaseNames()).not.toContain(base);
    expect((await store.dataBackupStatus()).lastBackupAt).toBe(lastBackupAt);
    store.db.close();

    const restarted = new Store(LiveDatabase.open(base, deps, undefined, buckets));
    await restarted.live.ready;
    opened.push(restarted.db);
    expect(await names(restarted)).toEqual(['Nowy']);
    expect(buckets.names()).toEqual([`${base}-import-${session}`]);
  });

  it('a second import replaces the store in a bucket: the old bucket is deleted with its data', async () => {
    const buckets = fakeBuckets();
    const { store, base } = await storeWithOldData(undefined, buckets);
    const backup = await newRecords();
    const first = await store.dataImportBegin();
    await store.dataImportBatch({ session: first.session, lines: backup.lines });
    await store.dataImportCommit({ session: first.session, counts: backup.counts });
    const second = await store.dataImportBegin();
    await store.dataImportBatch({ session: second.session, lines: backup.lines });
    await store.dataImportCommit({ session: second.session, counts: backup.counts });

    expect(buckets.names()).toEqual([`${base}-import-${second.session}`]);
    expect(await names(store)).toEqual(['Nowy']);
  });

  it('a refused commit deletes the import’s bucket; the store is untouched', async () => {
    const { buckets, store, base, backup, session } = await stagedInBuckets();
    await expect(store.dataImportCommit({ session, counts: { ...backup.counts, clients: 2 } })).rejects.toMatchObject({ code: 'counts' });
    expect(buckets.names()).toEqual([]);
    expect(store.db.name).toBe(base);
    expect(await names(store)).toEqual(['Stary']);
  });

  it('a bucket the worker did not live to commit is deleted at the next start', async () => {
    const { buckets, store, base, backup, session } = await stagedInBuckets();
    expect(buckets.names()).toEqual([`${base}-import-${session}`]);

    const restarted = new Store(LiveDatabase.open(base, deps, undefined, buckets));
    await restarted.live.ready;
    opened.push(restarted.db);
    expect(buckets.names()).toEqual([]);
    expect(await names(restarted)).toEqual(['Stary']);
  });

  it('a bucket the browser refuses to open leaves the import in the default bucket, as without buckets', async () => {
    const buckets = fakeBuckets();
    const refusing: StorageBuckets = { ...buckets, open: () => Promise.reject(new Error('QuotaExceededError')) };
    const { store, base } = await storeWithOldData(undefined, refusing);
    const backup = await newRecords();
    const { session } = await store.dataImportBegin();
    await store.dataImportBatch({ session, lines: backup.lines });
    await store.dataImportCommit({ session, counts: backup.counts });
    expect(store.db.name).toBe(`${base}-import-${session}`);
    expect(await databaseNames()).toContain(`${base}-import-${session}`);
    expect(await names(store)).toEqual(['Nowy']);
  });

  it('a pointer naming a bucket in a browser without buckets is a clear error, not an empty store', async () => {
    const { buckets, store, base, backup, session } = await stagedInBuckets();
    await store.dataImportCommit({ session, counts: backup.counts });
    store.db.close();

    const live = LiveDatabase.open(base, deps);
    await expect(live.ready).rejects.toThrow(`storage bucket ${base}-import-${session}`);
  });
});

describe('this browser’s meta rows are never written to a store being replaced', () => {
  it('a backup recorded while the commit switches lands in the new store', async () => {
    let during: Promise<unknown> | undefined;
    const { store } = await storeWithOldData({
      beforePointer: () => {
        during = store.dataBackupDone(); // not awaited: it must wait for the switch, not deadlock it
      },
    });
    const backup = await newRecords();
    const { session } = await store.dataImportBegin();
    await store.dataImportBatch({ session, lines: backup.lines });
    await store.dataImportCommit({ session, counts: backup.counts });
    await during;
    expect((await store.dataBackupStatus()).lastBackupAt).toEqual(expect.any(String));
  });
});
