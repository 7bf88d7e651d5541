import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import { OffboardDB } from '../../../storage/db';
import { Store } from '../../../storage/repo';

let counter = 0;

/** A database name no other test uses. */
export function uniqueDbName(prefix = 'offboard-test'): string {
  counter += 1;
  return `${prefix}-${counter}-${Math.random().toString(36).slice(2)}`;
}

export function openTestDb(name = uniqueDbName()): OffboardDB {
  return new OffboardDB(name, { indexedDB, IDBKeyRange });
}

/** A clock the test moves by hand; starts at 2025-03-10 09:00 UTC. */
export function testClock(start = '2025-03-10T09:00:00.000Z') {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    advance(ms: number) {
      current += ms;
    },
  };
}

export function openTestStore(clock = testClock()) {
  const db = openTestDb();
  const store = new Store(db, { now: clock.now });
  return { db, store, clock };
}

/**
 * Test stores that close after each test: call once at the top of a file (it registers the
 * afterEach), then call the function it returns for each store a test opens.
 */
export function closingTestStores(): () => ReturnType<typeof openTestStore> {
  const opened: OffboardDB[] = [];
  afterEach(() => {
    for (const db of opened.splice(0)) db.close();
  });
  return () => {
    const ctx = openTestStore();
    opened.push(ctx.db);
    return ctx;
  };
}

/** The import databases (storage/live-db.ts) left of the family named `base`: none once an import settled. */
export async function importDatabases(base: string): Promise<string[]> {
  return (await indexedDB.databases()).flatMap((info) => (info.name?.startsWith(`${base}-import-`) ? [info.name] : []));
}

/** The number of clients written so far by the import `session` into its fresh database. */
export async function clientsWritten(base: string, session: string): Promise<number> {
  const fresh = openTestDb(`${base}-import-${session}`);
  try {
    return await fresh.clients.count();
  } finally {
    fresh.close();
  }
}
