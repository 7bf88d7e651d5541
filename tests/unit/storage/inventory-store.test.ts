/**
 * The handover inventory through the one store protocol (issue 13 item 1): each request checked by
 * the background's schema, each change an event in the client's timeline, a refusal that names
 * the field and leaves the record as it was; exported and imported (both backup formats) with
 * everything else; and a database of every earlier schema version takes its first item.
 */
import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import type { OffboardDB } from '../../../storage/db';
import { groupTimelines, OffboardDB as Database, tolerantMatchKeys } from '../../../storage/db';
import { methodName, Store } from '../../../storage/repo';
import type { StoreClient, StoreOperation, StoreOperations } from '../../../storage/protocol';
import { requestSchemas } from '../../../storage/schemas';
import { exportBackup, importBackup } from '../../../storage/backup/stream';
import { newOffboarding } from '../../../offboarding/new-records';
import { userErrorText } from '../../../common/user-errors';
import { firstIssueParams } from '../../../common/validation-issues';
import { openTestStore, uniqueDbName } from './helpers';

const opened: OffboardDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
function setup() {
  const ctx = openTestStore();
  opened.push(ctx.db);
  return ctx;
}

/** The store as the sidebar reaches it: every request parsed by the background's schema first. */
function clientOf(store: Store): StoreClient {
  return {
    async call<K extends StoreOperation>(op: K, req: StoreOperations[K]['req']): Promise<StoreOperations[K]['res']> {
      const parsed = requestSchemas[op].safeParse(req);
      if (!parsed.success) throw Object.assign(new Error(`Invalid request for "${op}"`), { code: 'invalid-request', params: firstIssueParams(parsed.error) });
      const method = store[methodName(op)] as unknown as (r: unknown) => Promise<StoreOperations[K]['res']>;
      return method.call(store, parsed.data);
    },
    onChanged: () => () => undefined,
  };
}

async function started(store: Store) {
  const { client, offboarding } = await store.offboardingStart({ name: 'Anna Nowak', company: 'Acme sp. z o.o.', email: 'anna@acme.pl', domain: 'acme.pl', language: 'pl', initiator: 'we', reason: 'fit' });
  return { clientId: client.id, id: offboarding!.id };
}

describe('inventory through the store protocol', () => {
  it('adds, edits, moves and removes items, each change an event in the timeline', async () => {
    const { store } = setup();
    const api = clientOf(store);
    const { clientId, id } = await started(store);
    let ob = await api.call('offboarding.patch', { id, patch: { op: 'inventory-add', item: { kind: 'domain', name: 'Domena acme.pl', state: 'to-hand-over', recipient: 'Jan Kowalski' } } });
    ob = await api.call('offboarding.patch', { id, patch: { op: 'inventory-add', item: { kind: 'credential', name: 'Konto administratora WordPress', state: 'to-hand-over' } } });
    const [domain, account] = ob.inventory!;
    ob = await api.call('offboarding.patch', { id, patch: { op: 'inventory-state', id: domain!.id, state: 'handed-over', on: '2025-03-10' } });
    ob = await api.call('offboarding.patch', { id, patch: { op: 'inventory-update', id: account!.id, item: { kind: 'account', name: 'Konto WordPress (właściciel: Acme)', state: 'revoked', note: 'Hasło zmienione przez klienta' } } });
    expect(ob.inventory).toEqual([
      { id: domain!.id, kind: 'domain', name: 'Domena acme.pl', state: 'handed-over', on: '2025-03-10', recipient: 'Jan Kowalski' },
      { id: account!.id, kind: 'account', name: 'Konto WordPress (właściciel: Acme)', state: 'revoked', note: 'Hasło zmienione przez klienta' },
    ]);
    ob = await api.call('offboarding.patch', { id, patch: { op: 'inventory-remove', id: account!.id } });
    expect(ob.inventory!.map((item) => item.name)).toEqual(['Domena acme.pl']);
    const logged = (await store.eventsList({ clientId })).filter((event) => event.type === 'inventory-changed').map((event) => [event.data.action, event.data.name]);
    expect(logged).toEqual([
      ['added', 'Domena acme.pl'],
      ['added', 'Konto administratora WordPress'],
      ['state', 'Domena acme.pl'],
      ['edited', 'Konto WordPress (właściciel: Acme)'],
      ['removed', 'Konto WordPress (właściciel: Acme)'],
    ]);
  });

  it('refuses a secret, a missing date and an over-long name with the field named in the user’s language; nothing changes', async () => {
    const { store } = setup();
    const api = clientOf(store);
    const { id } = await started(store);
    const refusal = (item: Record<string, unknown>) =>
      api.call('offboarding.patch', { id, patch: { op: 'inventory-add', item: item as never } }).then(() => null, (error: unknown) => error);
    const secret = await refusal({ kind: 'credential', name: 'Panel hostingu', state: 'to-hand-over', note: 'hasło: Lato2026!' });
    expect(userErrorText(secret, 'pl')).toBe('W polu „Uwagi” jest coś, co wygląda na hasło lub klucz. Wpisz tylko, czego dotyczy, a sam sekret przekaż bezpiecznym kanałem.');
    const undated = await refusal({ kind: 'files', name: 'Pliki', state: 'handed-over' });
    expect(userErrorText(undated, 'en')).toBe('Fill in “On”: this state needs the day it happened.');
    const long = await refusal({ kind: 'files', name: 'x'.repeat(401), state: 'to-hand-over' });
    expect(userErrorText(long, 'pl')).toBe('„Co to jest” może mieć najwyżej 400 znaków. Skróć tekst i zapisz ponownie.');
    const ob = await store.clientsGet({ id: (await store.clientsList())[0]!.id });
    expect(ob?.offboarding?.inventory ?? []).toEqual([]);
  });
});

describe('inventory in backups', () => {
  async function populated() {
    const source = setup();
    const { id } = await started(source.store);
    await source.store.offboardingPatch({ id, patch: { op: 'inventory-add', item: { kind: 'source-code', name: 'Repozytorium „sklep” (GitHub)', state: 'to-hand-over', note: 'Gałąź main' } } });
    await source.store.offboardingPatch({ id, patch: { op: 'inventory-add', item: { kind: 'personal-data', name: 'Lista klientów sklepu', state: 'deleted', on: '2025-03-09' } } });
    return source;
  }

  it('round-trips through the single-document format', async () => {
    const source = await populated();
    const exported = await source.store.dataExport();
    expect(JSON.parse(exported).offboardings[0].inventory).toHaveLength(2);
    const target = setup();
    await target.store.dataImport({ json: exported });
    expect(await target.store.dataExport()).toBe(exported);
  });

  it('round-trips through the streamed format', async () => {
    const source = await populated();
    const exported = await exportBackup(clientOf(source.store));
    expect(await exported.blob.text()).toContain('Lista klientów sklepu');
    const target = setup();
    await importBackup(clientOf(target.store), exported.blob);
    const [row] = await target.store.db.offboardings.toArray();
    expect(row?.inventory?.map((item) => [item.kind, item.state])).toEqual([['source-code', 'to-hand-over'], ['personal-data', 'deleted']]);
    expect(await target.store.dataExport()).toBe(await source.store.dataExport());
  });
});

describe('inventory after a schema upgrade', () => {
  const declarations: Record<number, Record<string, string | null>> = {
    1: { clients: 'id, *emails, *domains, updatedAt', offboardings: 'id, clientId, updatedAt', events: 'id, clientId, offboardingId, type', templates: 'id, kind', settings: '', meta: 'key' },
    2: { clients: 'id, *matchKeys, updatedAt', offboardings: 'id, clientId, updatedAt', events: 'id, clientId, offboardingId, [clientId+at], type', templates: 'id, kind', settings: '', meta: 'key' },
    3: { clients: 'id, *matchKeys', offboardings: 'id, clientId', timelines: 'clientId', templates: 'id, kind', settings: '', meta: 'key' },
  };
  const client = {
    id: 'c-old', name: 'Anna Nowak', emails: ['anna@acme.pl'], domains: ['acme.pl'], language: 'pl', notes: '',
    recipient: { form: 'pani', warm: false }, contract: { type: 'service', endOfMonth: false, requiredForm: 'documentary' },
    createdAt: '2025-01-15T08:30:00.000Z', updatedAt: '2025-01-15T08:30:00.000Z',
  };
  const offboarding = newOffboarding({ clientId: 'c-old', initiator: 'we', reason: 'fit', startedOn: '2025-02-01' }, '2025-02-01T08:00:00.000Z', 'ob-old');
  delete (offboarding as { inventory?: unknown }).inventory;

  for (const from of [1, 2, 3]) {
    it(`a version ${from} database opens and its offboarding takes an inventory item`, async () => {
      const name = uniqueDbName(`inventory-upgrade-v${from}`);
      const old = new Dexie(name, { indexedDB, IDBKeyRange });
      old.version(from).stores(declarations[from]!);
      await old.table('clients').add(from === 1 ? client : { ...client, matchKeys: tolerantMatchKeys(client as never) });
      await old.table('offboardings').add(offboarding);
      const event = { id: 'e1', clientId: 'c-old', offboardingId: 'ob-old', type: 'offboarding-started', at: '2025-02-01T08:00:00.000Z', data: {} };
      if (from >= 3) await old.table('timelines').add(groupTimelines([event as never])[0]);
      else await old.table('events').add(event);
      old.close();

      const db = new Database(name, { indexedDB, IDBKeyRange });
      opened.push(db);
      const store = new Store(db);
      expect((await store.clientsGet({ id: 'c-old' }))?.offboarding).not.toHaveProperty('inventory');
      const next = await store.offboardingPatch({ id: 'ob-old', patch: { op: 'inventory-add', item: { kind: 'hosting', name: 'Hosting w OVH', state: 'to-hand-over' } } });
      expect(next.inventory?.map((item) => item.name)).toEqual(['Hosting w OVH']);
      expect((await store.eventsList({ clientId: 'c-old' })).map((e) => e.type)).toEqual(['offboarding-started', 'inventory-changed']);
    });
  }
});
