import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { emptyChecklist } from '../../../offboarding/checklist';
import type { Client, Offboarding, OffboardEvent, Settings } from '../../../offboarding/types';
import { alertWindow } from '../../../offboarding/open-deadlines';
import { groupTimelines, OffboardDB, SCHEMA_VERSIONS, SETTINGS_KEY, tolerantMatchKeys } from '../../../storage/db';
import { todayIso } from '../../../offboarding/calendar';
import { withCurrentOffboarding } from '../../../offboarding/current';
import { overviewRow } from '../../../offboarding/overview';
import { compareOverviewRows } from '../../../storage/overview';
import { Store } from '../../../storage/repo';
import { uniqueDbName } from './helpers';

/** Rows as the first release wrote them: clients without matchKeys. */
function firstReleaseRows() {
  const clients: Client[] = [
    {
      id: '7d1f7a36-3c0e-4f51-9a43-1b6c7ad5d001',
      name: 'Anna Nowak',
      company: 'Acme sp. z o.o.',
      emails: ['anna.nowak@acme.pl', 'biuro@acme.pl'],
      domains: ['acme.pl'],
      language: 'pl',
      recipient: { form: 'pani', firstName: 'Anna', lastName: 'Nowak', warm: false },
      contract: {
        type: 'service',
        title: 'umowa o świadczenie usług marketingowych',
        signedOn: '2023-05-02',
        clause: '§ 7 ust. 2',
        noticePeriod: { months: 1 },
        endOfMonth: true,
        requiredForm: 'documentary',
      },
      notes: 'Zaległe faktury za styczeń i luty.',
      createdAt: '2025-01-15T08:30:00.000Z',
      updatedAt: '2025-02-01T10:00:00.000Z',
    },
    {
      id: '7d1f7a36-3c0e-4f51-9a43-1b6c7ad5d002',
      name: 'John Smith',
      emails: ['john.smith@gmail.com'],
      domains: [],
      language: 'en',
      recipient: { form: 'pan', firstName: 'John', lastName: 'Smith', warm: true },
      contract: { type: 'other', noticePeriod: { days: 30 }, endOfMonth: false, requiredForm: 'written' },
      notes: '',
      createdAt: '2025-01-20T12:00:00.000Z',
      updatedAt: '2025-01-20T12:00:00.000Z',
    },
  ];
  const checklist = emptyChecklist();
  checklist.analysis = { doneAt: '2025-02-01T10:00:00.000Z', note: 'Trzy zaległe płatności' };
  const offboardings: Offboarding[] = [
    {
      id: 'ob-0001',
      clientId: clients[0]!.id,
      initiator: 'we',
      reason: 'non-payment',
      reasonNote: 'Brak płatności od dwóch miesięcy',
      startedOn: '2025-02-01',
      checklist,
      settlement: [
        { id: 'si-1', direction: 'receivable', description: 'FV 2/2025', amountMinor: 1_230_000, currency: 'PLN', paid: false, dueOn: '2025-02-14', invoiceNo: 'FV 2/2025' },
      ],
      thread: { provider: 'gmail', threadId: 'FMfcgzQXJwhatever', subject: 'Płatność' },
      createdAt: '2025-02-01T10:00:00.000Z',
      updatedAt: '2025-02-01T10:00:00.000Z',
    },
  ];
  const events: OffboardEvent[] = [
    { id: 'ev-2', clientId: clients[0]!.id, offboardingId: 'ob-0001', type: 'checklist-changed', at: '2025-02-01T10:05:00.000Z', data: { key: 'analysis', done: true, skipped: false } },
    { id: 'ev-1', clientId: clients[0]!.id, offboardingId: 'ob-0001', type: 'offboarding-started', at: '2025-02-01T10:00:00.000Z', data: { initiator: 'we', reason: 'non-payment' } },
    { id: 'ev-3', clientId: clients[1]!.id, type: 'note', at: '2025-01-21T09:00:00.000Z', data: { text: 'Call' } },
  ];
  const settings: Settings = {
    profile: { name: 'Ewa Wiśniewska', senderForm: 'f', signature: 'template' },
    defaultLanguage: 'pl',
    defaultTone: 'formal',
    defaultNoticePeriod: { months: 1 },
    uiLanguage: 'pl',
  };
  return { clients, offboardings, events, settings };
}

describe('schema upgrade from version 1', () => {
  it('keeps every row and builds the matchKeys index for existing clients', async () => {
    const name = uniqueDbName('upgrade');
    const rows = firstReleaseRows();

    // The first release's schema, declared independently of storage/db.ts.
    const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
    v1.version(1).stores({
      clients: 'id, *emails, *domains, updatedAt',
      offboardings: 'id, clientId, updatedAt',
      events: 'id, clientId, offboardingId, type',
      templates: 'id, kind',
      settings: '',
      meta: 'key',
    });
    await v1.table('clients').bulkAdd(rows.clients);
    await v1.table('offboardings').bulkAdd(rows.offboardings);
    await v1.table('events').bulkAdd(rows.events);
    await v1.table('settings').put(rows.settings, SETTINGS_KEY);
    await v1.table('meta').put({ key: 'installedAt', value: '2025-01-15T08:30:00.000Z' });
    v1.close();

    const db = new OffboardDB(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);

    const clients = await db.clients.toArray();
    expect(clients.map(({ matchKeys: _k, ...client }) => client)).toEqual(rows.clients);
    expect(clients[0]?.matchKeys.sort()).toEqual(['domain:acme.pl', 'email:anna.nowak@acme.pl', 'email:biuro@acme.pl']);
    expect(clients[1]?.matchKeys).toEqual(['email:john.smith@gmail.com']);
    expect(await db.offboardings.toArray()).toEqual(rows.offboardings);
    // Every event is kept, in its client's timeline, oldest first.
    const timelines = await db.timelines.toArray();
    expect(timelines.map((row) => [row.clientId, row.events.map((e) => e.id)]).sort()).toEqual([
      [rows.clients[0]!.id, ['ev-1', 'ev-2']],
      [rows.clients[1]!.id, ['ev-3']],
    ]);
    expect(timelines.flatMap((row) => row.events).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      [...rows.events].sort((a, b) => a.id.localeCompare(b.id)),
    );
    expect(await db.settings.get(SETTINGS_KEY)).toEqual(rows.settings);
    expect(await db.meta.get('installedAt')).toEqual({ key: 'installedAt', value: '2025-01-15T08:30:00.000Z' });

    // The new indexes answer.
    expect((await db.clients.where('matchKeys').equals('domain:acme.pl').first())?.name).toBe('Anna Nowak');
    const store = new Store(db, { now: () => new Date('2025-03-01T00:00:00.000Z') });
    expect((await store.clientsMatch({ emails: ['ksiegowosc@acme.pl'] }))?.offboarding?.id).toBe('ob-0001');
    expect((await store.clientsMatch({ emails: ['John.Smith@gmail.com'] }))?.client.name).toBe('John Smith');
    expect(await store.clientsMatch({ emails: ['someone@gmail.com'] })).toBeNull();
    expect((await store.eventsList({ clientId: rows.clients[0]!.id })).map((e) => e.id)).toEqual(['ev-1', 'ev-2']);
    db.close();
  });

  it('moves the events of a version 2 database into timelines and drops the events table', async () => {
    const name = uniqueDbName('upgrade-v2');
    const rows = firstReleaseRows();
    const v2 = new Dexie(name, { indexedDB, IDBKeyRange });
    v2.version(2).stores({
      clients: 'id, *matchKeys, updatedAt',
      offboardings: 'id, clientId, updatedAt',
      events: 'id, clientId, offboardingId, [clientId+at], type',
      templates: 'id, kind',
      settings: '',
      meta: 'key',
    });
    await v2.table('clients').bulkAdd(rows.clients.map((client) => ({ ...client, matchKeys: tolerantMatchKeys(client) })));
    await v2.table('offboardings').bulkAdd(rows.offboardings);
    await v2.table('events').bulkAdd(rows.events);
    v2.close();

    const db = new OffboardDB(name, { indexedDB, IDBKeyRange });
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(db.tables.map((t) => t.name)).not.toContain('events');
    const store = new Store(db, { now: () => new Date('2025-03-01T00:00:00.000Z') });
    expect((await store.eventsList({ clientId: rows.clients[0]!.id })).map((e) => e.id)).toEqual(['ev-1', 'ev-2']);
    expect(await store.eventsList({ clientId: rows.clients[1]!.id })).toEqual([rows.events[2]]);
    // A new event lands after the migrated ones.
    await store.eventsAppend({ clientId: rows.clients[1]!.id, type: 'note', data: { text: 'After upgrade' } });
    expect((await store.eventsList({ clientId: rows.clients[1]!.id })).map((e) => e.id)).toEqual(['ev-3', expect.any(String)]);
    db.close();
  });

  it('indexes what it can of a row with an address that is no longer accepted, instead of failing to open', () => {
    expect(tolerantMatchKeys({ emails: ['not an address', 'ok@firma.pl'], domains: ['firma.pl', '???'] })).toEqual([
      'email:ok@firma.pl',
      'domain:firma.pl',
    ]);
  });
});

describe('schema upgrade to version 4: the overview summary', () => {
  const declarations: Record<number, Record<string, string | null>> = {
    1: { clients: 'id, *emails, *domains, updatedAt', offboardings: 'id, clientId, updatedAt', events: 'id, clientId, offboardingId, type', templates: 'id, kind', settings: '', meta: 'key' },
    2: { clients: 'id, *matchKeys, updatedAt', offboardings: 'id, clientId, updatedAt', events: 'id, clientId, offboardingId, [clientId+at], type', templates: 'id, kind', settings: '', meta: 'key' },
    3: { clients: 'id, *matchKeys', offboardings: 'id, clientId', timelines: 'clientId', templates: 'id, kind', settings: '', meta: 'key' },
  };

  for (const from of [1, 2, 3]) {
    it(`builds the summary from the rows of a version ${from} database`, async () => {
      const name = uniqueDbName(`upgrade-summary-v${from}`);
      const rows = firstReleaseRows();
      const old = new Dexie(name, { indexedDB, IDBKeyRange });
      old.version(from).stores(declarations[from]!);
      await old.table('clients').bulkAdd(from === 1 ? rows.clients : rows.clients.map((client) => ({ ...client, matchKeys: tolerantMatchKeys(client) })));
      await old.table('offboardings').bulkAdd(rows.offboardings);
      if (from === 3) await old.table('timelines').bulkAdd(groupTimelines(rows.events));
      else await old.table('events').bulkAdd(rows.events);
      old.close();

      const db = new OffboardDB(name, { indexedDB, IDBKeyRange });
      await db.open();
      expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
      const today = todayIso(new Date());
      // What the overview was before v4, computed from the rows themselves.
      const expected = withCurrentOffboarding(rows.clients, rows.offboardings).map(([client, ob]) => overviewRow(client, ob, today)).sort(compareOverviewRows);
      expect(expected.length).toBeGreaterThan(0);
      expect((await db.overview.toArray()).map((entry) => entry.row).sort(compareOverviewRows)).toEqual(expected);
      const store = new Store(db);
      const summary = await store.overviewSummary({ today, limit: 50 });
      expect(summary.rows).toEqual(expected);
      expect(summary.total).toBe(expected.length);
      expect(summary.stages[expected[0]!.stage]).toBeGreaterThan(0);
      // v5: every row carries its pair's alert window (the badge check's index).
      const pairs = new Map(withCurrentOffboarding(rows.clients, rows.offboardings).map(([client, ob]) => [client.id, alertWindow(client, ob)]));
      expect((await db.overview.where('alertUntil').aboveOrEqual('').count())).toBeGreaterThan(0); // the unpaid invoice's
      for (const entry of await db.overview.toArray()) {
        const window = pairs.get(entry.clientId) ?? null;
        expect(window === null ? undefined : { from: window.from, until: window.until }).toEqual(entry.alertUntil === undefined ? undefined : { from: entry.alertFrom, until: entry.alertUntil });
      }
      db.close();
    });
  }
});
