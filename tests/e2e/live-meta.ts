/**
 * The tests that backdate a time write it straight into the extension's database. Since an import
 * switches the store to a fresh database (storage/live-db.ts), the live one is whichever the pointer
 * database `offboard-live` names (its row `live`), and `offboard` only while no import has run.
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
  const open = (name: string) => {
    const req = indexedDB.open(name);
    return request(req);
  };
  return (async () => {
    let name = 'offboard';
    // Opening a database that does not exist would create it: ask first.
    const existing = await indexedDB.databases();
    if (existing.some((db) => db.name === 'offboard-live')) {
      const pointers = await open('offboard-live');
      try {
        const row = (await request(pointers.transaction('pointer').objectStore('pointer').get('live'))) as { name: string } | undefined;
        if (row) name = row.name;
      } finally {
        pointers.close();
      }
    }
    if (!existing.some((db) => db.name === name)) throw new Error(`the live database ${name} does not exist`);
    const db = await open(name);
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
