/**
 * The tests that backdate a time write it straight into the extension's database. Since an import
 * switches the store to a fresh database (storage/live-db.ts), the live one is whichever the pointer
 * database `offboard-live` names (its row `live`: a name, and the storage bucket it is in where the
 * browser has buckets), and `offboard` only while no import has run.
 */
import type { Page } from 'playwright-core';

export interface MetaRow {
  key: string;
  value: unknown;
}

/** Runs in the extension page: reads one meta row of the live database, or writes one when `row` is given. */
function liveMeta(args: { key: string; row: MetaRow | null }): Promise<MetaRow | undefined> {
  const request = <T>(req: IDBRequest<T>) =>
    new Promise<T>((resolve, reject) => {
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  const open = (name: string, factory: IDBFactory = indexedDB) => {
    const req = factory.open(name);
    return request(req);
  };
  type Buckets = { open(name: string): Promise<{ indexedDB: IDBFactory }>; keys(): Promise<string[]> };
  return (async () => {
    let name = 'offboard';
    let bucket: string | undefined;
    // Opening a database that does not exist would create it: ask first.
    const existing = await indexedDB.databases();
    if (existing.some((db) => db.name === 'offboard-live')) {
      const pointers = await open('offboard-live');
      try {
        const row = (await request(pointers.transaction('pointer').objectStore('pointer').get('live'))) as { name: string; bucket?: string } | undefined;
        if (row) ({ name, bucket } = row);
      } finally {
        pointers.close();
      }
    }
    let factory: IDBFactory = indexedDB;
    if (bucket !== undefined) {
      const buckets = (navigator as unknown as { storageBuckets: Buckets }).storageBuckets;
      if (!(await buckets.keys()).includes(bucket)) throw new Error(`the live bucket ${bucket} does not exist`);
      factory = (await buckets.open(bucket)).indexedDB;
    }
    if (!(await factory.databases()).some((db) => db.name === name)) throw new Error(`the live database ${name} does not exist`);
    const db = await open(name, factory);
    try {
      const tx = db.transaction('meta', args.row ? 'readwrite' : 'readonly');
      const meta = tx.objectStore('meta');
      if (!args.row) return (await request(meta.get(args.key))) as MetaRow | undefined;
      await request(meta.put(args.row));
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      return args.row;
    } finally {
      db.close();
    }
  })();
}

export function readLiveMeta(page: Page, key: string): Promise<MetaRow | undefined> {
  return page.evaluate(liveMeta, { key, row: null });
}

export async function writeLiveMeta(page: Page, row: MetaRow): Promise<void> {
  await page.evaluate(liveMeta, { key: row.key, row });
}
