import { describe, expect, it } from 'vitest';
import { requestPersistence, SCHEMA_VERSIONS } from '../../../storage/db';
import { openTestStore } from './helpers';

describe('requestPersistence', () => {
  it('reports what the browser granted and never throws', async () => {
    expect(await requestPersistence({ persist: async () => true })).toBe(true);
    expect(await requestPersistence({ persist: async () => false })).toBe(false);
    expect(await requestPersistence({})).toBe(false);
    expect(await requestPersistence(undefined)).toBe(false);
    expect(
      await requestPersistence({
        persist: async () => {
          throw new Error('not allowed in this context');
        },
      }),
    ).toBe(false);
  });
});

describe('OffboardDB', () => {
  it('declares its versions in ascending order and opens at the newest', async () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    const { db } = openTestStore();
    await db.open();
    expect(db.verno).toBe(versions.at(-1));
    expect(db.tables.map((t) => t.name).sort()).toEqual(['clients', 'meta', 'offboardings', 'overview', 'settings', 'templates', 'timelines']);
    expect(db.clients.schema.indexes.find((i) => i.name === 'matchKeys')?.multi).toBe(true);
    // Timelines are found by primary key; every extra index is a cost paid on each write.
    expect(db.timelines.schema.primKey.keyPath).toBe('clientId');
    expect(db.timelines.schema.indexes).toEqual([]);
    db.close();
  });

  it('keeps client addresses unique and lower case', async () => {
    const { db, store } = openTestStore();
    const { client } = await store.offboardingStart({ name: 'X', email: 'a@firma.pl', language: 'en', initiator: 'mutual', reason: 'other' });
    const updated = await store.clientsUpdate({ id: client.id, changes: { emails: ['A@Firma.pl', 'a@firma.pl', 'b@firma.pl'] } });
    expect(updated.emails).toEqual(['a@firma.pl', 'b@firma.pl']);
    expect((await db.clients.get(client.id))?.matchKeys).toEqual(['email:a@firma.pl', 'email:b@firma.pl']);
    db.close();
  });
});
