import { describe, expect, it } from 'vitest';
import { CHECKLIST_KEYS } from '../../../offboarding/types';
import type { ChecklistKey } from '../../../offboarding/types';
import type { StartOffboardingInput } from '../../../storage/protocol';
import { StoreError, type Store } from '../../../storage/repo';
import { closingTestStores } from './helpers';

const setup = closingTestStores();

const annaStart: StartOffboardingInput = {
  name: 'Anna Nowak',
  company: 'Acme sp. z o.o.',
  email: 'Anna@Acme.pl',
  domain: 'acme.pl',
  language: 'pl',
  initiator: 'we',
  reason: 'non-payment',
  thread: { provider: 'gmail', threadId: 'FMfcgzQ123', subject: 'Faktura 12/2025' },
};

async function startAnna(store: Store) {
  return store.offboardingStart(annaStart);
}

describe('clients.match', () => {
  it('finds a client by any of its addresses and by its company domain', async () => {
    const { store } = setup();
    const { client } = await startAnna(store);
    await store.clientsUpdate({ id: client.id, changes: { emails: ['anna@acme.pl', 'biuro@acme.pl'] } });

    expect((await store.clientsMatch({ emails: ['biuro@acme.pl'] }))?.client.id).toBe(client.id);
    expect((await store.clientsMatch({ emails: ['ANNA@acme.pl'] }))?.client.id).toBe(client.id);
    // Someone else at the same company: found through the domain.
    const byDomain = await store.clientsMatch({ emails: ['jan.kowalski@acme.pl'] });
    expect(byDomain?.client.id).toBe(client.id);
    expect(byDomain?.offboarding?.clientId).toBe(client.id);
    expect(byDomain?.stage).toBe('preparation');
    expect(await store.clientsMatch({ emails: ['someone@other.pl'] })).toBeNull();
  });

  it('never matches by a free-mail domain', async () => {
    const { store } = setup();
    const { client } = await store.offboardingStart({
      ...annaStart,
      email: 'anna.nowak@gmail.com',
      domain: undefined,
    });
    expect(client.domains).toEqual([]);
    expect((await store.clientsMatch({ emails: ['anna.nowak@gmail.com'] }))?.client.id).toBe(client.id);
    expect(await store.clientsMatch({ emails: ['jan@gmail.com'] })).toBeNull();
    // A free-mail domain cannot even be stored as a company domain.
    await expect(store.clientsUpdate({ id: client.id, changes: { domains: ['gmail.com'] } })).rejects.toThrow(
      /public e-mail provider/,
    );
  });

  it('prefers an exact address over a domain, whatever the order of the participants', async () => {
    const { store } = setup();
    const acme = (await startAnna(store)).client;
    const other = (
      await store.offboardingStart({ ...annaStart, name: 'Piotr Zieliński', email: 'piotr@acme-partner.pl', domain: undefined })
    ).client;
    // piotr's own address beats acme's domain even though the acme participant is listed first.
    const found = await store.clientsMatch({ emails: ['kto@acme.pl', 'piotr@acme-partner.pl'] });
    expect(found?.client.id).toBe(other.id);
    expect(found?.client.id).not.toBe(acme.id);
  });

  it('skips text that is not an address and returns null when nothing is left', async () => {
    const { store } = setup();
    await startAnna(store);
    expect(await store.clientsMatch({ emails: ['Anna Nowak', ''] })).toBeNull();
    expect((await store.clientsMatch({ emails: ['Anna Nowak', 'anna@acme.pl'] }))?.client.name).toBe('Anna Nowak');
  });
});

describe('offboarding.start', () => {
  it('creates the client and the offboarding from a conversation, with a started event', async () => {
    const { store } = setup();
    const started = await startAnna(store);
    expect(started.client).toMatchObject({
      name: 'Anna Nowak',
      company: 'Acme sp. z o.o.',
      emails: ['anna@acme.pl'],
      domains: ['acme.pl'],
      language: 'pl',
      createdAt: '2025-03-10T09:00:00.000Z',
    });
    expect(started.client).not.toHaveProperty('matchKeys');
    expect(started.offboarding).toMatchObject({
      clientId: started.client.id,
      initiator: 'we',
      reason: 'non-payment',
      thread: annaStart.thread,
      settlement: [],
    });
    expect(Object.keys(started.offboarding?.checklist ?? {})).toEqual([...CHECKLIST_KEYS]);
    expect(started.stage).toBe('preparation');

    const events = await store.eventsList({ clientId: started.client.id });
    expect(events.map((e) => e.type)).toEqual(['offboarding-started']);
    expect(events[0]).toMatchObject({ offboardingId: started.offboarding?.id, data: { initiator: 'we', reason: 'non-payment' } });
  });

  it('reuses the client known by the address and returns the running offboarding on a second start', async () => {
    const { store } = setup();
    const first = await startAnna(store);
    const second = await store.offboardingStart({ ...annaStart, email: 'anna@acme.pl', reason: 'fit' });
    expect(second.client.id).toBe(first.client.id);
    expect(second.offboarding?.id).toBe(first.offboarding?.id);
    expect(second.offboarding?.reason).toBe('non-payment');
    expect(await store.clientsList()).toHaveLength(1);
    expect((await store.eventsList({ clientId: first.client.id })).length).toBe(1);
  });

  it('starts a new engagement offboarding for an existing client once the previous one is closed', async () => {
    const { store, clock } = setup();
    const first = await startAnna(store);
    await store.offboardingPatch({ id: first.offboarding!.id, patch: { op: 'set', changes: { closedOn: '2025-03-10' } } });
    clock.advance(60_000);
    const next = await store.offboardingStart({ ...annaStart, clientId: first.client.id, email: 'nowy@acme.pl' });
    expect(next.offboarding?.id).not.toBe(first.offboarding?.id);
    expect(next.client.emails).toEqual(['anna@acme.pl', 'nowy@acme.pl']);
    expect((await store.clientsGet({ id: first.client.id }))?.offboarding?.id).toBe(next.offboarding?.id);
  });

  it('refuses an unknown client id', async () => {
    const { store } = setup();
    await expect(store.offboardingStart({ ...annaStart, clientId: 'nope' })).rejects.toThrow(/No client with id "nope"/);
  });
});

describe('offboarding.patch', () => {
  it('ticks checklist items, derives the stage and logs checklist and stage changes', async () => {
    const { store, clock } = setup();
    const { client, offboarding } = await startAnna(store);
    const id = offboarding!.id;
    clock.advance(1000);
    const afterAnalysis = await store.offboardingPatch({ id, patch: { op: 'checklist', key: 'analysis', done: true } });
    expect(afterAnalysis.checklist.analysis.doneAt).toBe('2025-03-10T09:00:01.000Z');
    expect(afterAnalysis.updatedAt).toBe('2025-03-10T09:00:01.000Z');

    await store.offboardingPatch({ id, patch: { op: 'checklist', key: 'conversation', done: true, note: 'Rozmowa 10.03' } });
    clock.advance(1000);
    const moved = await store.offboardingPatch({ id, patch: { op: 'checklist', key: 'documents', done: true } });
    expect(moved.checklist.conversation.note).toBe('Rozmowa 10.03');

    const view = await store.clientsGet({ id: client.id });
    expect(view?.stage).toBe('notice');
    expect(view?.offboarding).not.toHaveProperty('stage');

    const events = await store.eventsList({ clientId: client.id });
    expect(events.map((e) => e.type)).toEqual([
      'offboarding-started',
      'checklist-changed',
      'checklist-changed',
      'checklist-changed',
      'stage-changed',
    ]);
    expect(events.at(-1)?.data).toEqual({ from: 'preparation', to: 'notice' });
    expect(events.at(-2)?.data).toEqual({ key: 'documents', done: true, skipped: false });

    // Unticking moves the stage back, and that is logged too.
    clock.advance(1000);
    await store.offboardingPatch({ id, patch: { op: 'checklist', key: 'analysis', done: false } });
    const last = (await store.eventsList({ clientId: client.id })).filter((e) => e.type === 'stage-changed').at(-1);
    expect(last?.data).toEqual({ from: 'notice', to: 'preparation' });
  });

  it('records a served notice, ticks the notice step and accepts a later acknowledgement only', async () => {
    const { store } = setup();
    const { offboarding, client } = await startAnna(store);
    const id = offboarding!.id;
    const served = await store.offboardingPatch({
      id,
      patch: {
        op: 'serve-notice',
        notice: { servedOn: '2025-03-10', channel: 'email', acknowledgementRequested: true, servedBy: 'we' },
      },
    });
    expect(served.notice?.servedOn).toBe('2025-03-10');
    expect(served.checklist.notice.doneAt).toBeDefined();
    await expect(store.offboardingPatch({ id, patch: { op: 'acknowledge-notice', on: '2025-03-01' } })).rejects.toThrow(
      /cannot precede the notice/,
    );
    const acked = await store.offboardingPatch({ id, patch: { op: 'acknowledge-notice', on: '2025-03-11' } });
    expect(acked.notice?.acknowledgedOn).toBe('2025-03-11');
    const types = (await store.eventsList({ clientId: client.id })).map((e) => e.type);
    expect(types).toContain('notice-served');
  });

  it('adds, updates and removes settlement items, with clear errors for unknown ids', async () => {
    const { store } = setup();
    const { offboarding } = await startAnna(store);
    const id = offboarding!.id;
    const added = await store.offboardingPatch({
      id,
      patch: {
        op: 'settlement-add',
        item: { direction: 'receivable', description: 'Faktura FV 12/2025', amountMinor: 123_456, currency: 'PLN', paid: false, dueOn: '2025-03-24' },
      },
    });
    const item = added.settlement[0]!;
    expect(item.id).toMatch(/\S/);
    const updated = await store.offboardingPatch({ id, patch: { op: 'settlement-update', id: item.id, changes: { paid: true } } });
    expect(updated.settlement[0]).toEqual({ ...item, paid: true });
    await expect(
      store.offboardingPatch({ id, patch: { op: 'settlement-update', id: 'missing', changes: { paid: true } } }),
    ).rejects.toThrow(/No settlement item with id "missing"/);
    const removed = await store.offboardingPatch({ id, patch: { op: 'settlement-remove', id: item.id } });
    expect(removed.settlement).toEqual([]);
    await expect(store.offboardingPatch({ id: 'nope', patch: { op: 'settlement-remove', id: 'x' } })).rejects.toBeInstanceOf(StoreError);
  });

  it('loses nothing when many patches to the same offboarding run at once', async () => {
    const { store, db } = setup();
    const { offboarding, client } = await startAnna(store);
    const id = offboarding!.id;
    const keys: ChecklistKey[] = ['analysis', 'conversation', 'documents', 'handover', 'assets-access', 'personal-data', 'lessons'];
    await Promise.all([
      ...keys.map((key) => store.offboardingPatch({ id, patch: { op: 'checklist', key, done: true } })),
      ...Array.from({ length: 12 }, (_, i) =>
        store.offboardingPatch({
          id,
          patch: {
            op: 'settlement-add',
            item: { direction: 'receivable', description: `Pozycja ${i}`, amountMinor: 100 * (i + 1), currency: 'PLN', paid: false },
          },
        }),
      ),
    ]);
    const stored = await db.offboardings.get(id);
    for (const key of keys) expect(stored?.checklist[key].doneAt, key).toBeDefined();
    expect(stored?.settlement.map((s) => s.description).sort()).toEqual(
      Array.from({ length: 12 }, (_, i) => `Pozycja ${i}`).sort(),
    );
    const changes = (await store.eventsList({ clientId: client.id })).filter((e) => e.type === 'checklist-changed');
    expect(changes.map((e) => e.data.key).sort()).toEqual([...keys].sort());
  });
});

describe('events', () => {
  it('appends an event to an existing client and refuses a dangling one', async () => {
    const { store } = setup();
    const { client, offboarding } = await startAnna(store);
    const event = await store.eventsAppend({
      clientId: client.id,
      offboardingId: offboarding!.id,
      type: 'draft-inserted',
      data: { kind: 'termination-notice', lang: 'pl' },
    });
    expect(event).toMatchObject({ type: 'draft-inserted', at: '2025-03-10T09:00:00.000Z' });
    expect((await store.eventsList({ clientId: client.id })).map((e) => e.id)).toContain(event.id);
    await expect(store.eventsAppend({ clientId: 'ghost', type: 'note', data: {} })).rejects.toThrow(/No client/);
    await expect(
      store.eventsAppend({ clientId: client.id, offboardingId: 'ghost', type: 'note', data: {} }),
    ).rejects.toThrow(/No offboarding of client/);
  });
});

describe('clients.delete', () => {
  it('removes the client with its offboardings and events, and nothing of other clients', async () => {
    const { store, db } = setup();
    const anna = await startAnna(store);
    const other = await store.offboardingStart({ ...annaStart, name: 'Beta', email: 'ceo@beta.pl', domain: 'beta.pl' });
    await store.clientsDelete({ id: anna.client.id });
    expect(await store.clientsGet({ id: anna.client.id })).toBeNull();
    expect(await db.offboardings.where('clientId').equals(anna.client.id).count()).toBe(0);
    expect(await db.timelines.get(anna.client.id)).toBeUndefined();
    expect(await store.clientsMatch({ emails: ['anna@acme.pl'] })).toBeNull();
    expect((await store.clientsGet({ id: other.client.id }))?.offboarding?.id).toBe(other.offboarding?.id);
    expect((await db.timelines.toArray()).map((row) => [row.clientId, row.events.length])).toEqual([[other.client.id, 1]]);
    await expect(store.clientsDelete({ id: anna.client.id })).rejects.toThrow(/No client/);
  });
});

describe('overview.list', () => {
  it('lists one row per client with an offboarding, earliest deadline first and none last', async () => {
    const { store } = setup();
    // No deadline at all.
    const quiet = await store.offboardingStart({ ...annaStart, name: 'Cicha Firma', email: 'a@cicha.pl', domain: undefined });
    // Notice served with a one-month period: the notice ends on 2025-04-10.
    const notice = await store.offboardingStart({ ...annaStart, name: 'Notice', email: 'a@notice.pl', domain: undefined });
    await store.clientsUpdate({
      id: notice.client.id,
      changes: { contract: { type: 'service', noticePeriod: { months: 1 }, endOfMonth: false, requiredForm: 'documentary' } },
    });
    await store.offboardingPatch({
      id: notice.offboarding!.id,
      patch: { op: 'serve-notice', notice: { servedOn: '2025-03-10', channel: 'email', acknowledgementRequested: false, servedBy: 'we' } },
    });
    // An unpaid receivable that was due before today: overdue.
    const debtor = await store.offboardingStart({ ...annaStart, name: 'Dłużnik', email: 'a@dluznik.pl', domain: undefined });
    await store.offboardingPatch({
      id: debtor.offboarding!.id,
      patch: {
        op: 'settlement-add',
        item: { direction: 'receivable', description: 'FV 1', amountMinor: 5000, currency: 'PLN', paid: false, dueOn: '2025-03-03' },
      },
    });
    // A client without any offboarding is not listed.
    await store.templatesList();

    const rows = await store.overviewList({ today: '2025-03-12' });
    expect(rows.map((r) => r.name)).toEqual(['Dłużnik', 'Notice', 'Cicha Firma']);
    expect(rows[0]).toMatchObject({ overdue: true, nextDeadline: { what: 'payment-due' } });
    expect(rows[1]).toMatchObject({ overdue: false, nextDeadline: { on: '2025-04-10', what: 'notice-end' }, stage: 'preparation' });
    expect(rows[2]?.nextDeadline).toBeUndefined();
    expect(rows[2]).toMatchObject({ clientId: quiet.client.id, progress: { done: 0, total: CHECKLIST_KEYS.length } });
    expect(rows[1]?.progress.done).toBe(1);
  });

  it('handles thousands of clients from two bulk reads', async () => {
    const { store, db } = setup();
    const now = '2025-03-10T09:00:00.000Z';
    const { client, offboarding } = await startAnna(store);
    const clients = Array.from({ length: 2000 }, (_, i) => ({
      ...client,
      id: `c${i}`,
      name: `Klient ${i}`,
      emails: [`k${i}@firma${i}.pl`],
      domains: [],
      matchKeys: [`email:k${i}@firma${i}.pl`],
      updatedAt: now,
    }));
    const obs = clients.map((c, i) => ({
      ...offboarding!,
      id: `o${i}`,
      clientId: c.id,
      settlement:
        i % 2 === 0
          ? [{ id: `s${i}`, direction: 'receivable' as const, description: 'x', amountMinor: 1, currency: 'PLN', paid: false, dueOn: `2025-04-${String((i % 28) + 1).padStart(2, '0')}` }]
          : [],
    }));
    await db.clients.bulkPut(clients);
    await db.offboardings.bulkPut(obs);
    const rows = await store.overviewList({ today: '2025-03-12' });
    expect(rows).toHaveLength(2001);
    const dated = rows.filter((r) => r.nextDeadline);
    expect(dated).toHaveLength(1000);
    expect(rows.slice(0, 1000)).toEqual(dated);
    const dates = dated.map((r) => r.nextDeadline!.on);
    expect(dates).toEqual([...dates].sort());
  });
});

describe('overview.summary', () => {
  it('answers the first rows of overview.list with the count of all rows and of each stage', async () => {
    const { store } = setup();
    const names = ['Ola', 'Ala', 'Ewa', 'Iza', 'Ula'];
    for (const [i, name] of names.entries()) {
      await store.offboardingStart({ ...annaStart, name, email: `k${i}@firma${i}.pl`, domain: undefined });
    }
    const closing = await store.clientsMatch({ emails: ['k0@firma0.pl'] });
    for (const key of CHECKLIST_KEYS.slice(0, -1)) {
      await store.offboardingPatch({ id: closing!.offboarding!.id, patch: { op: 'checklist', key, done: true } });
    }
    const list = await store.overviewList({ today: '2025-03-12' });
    const summary = await store.overviewSummary({ today: '2025-03-12', limit: 2 });
    expect(summary.rows).toEqual(list.slice(0, 2));
    expect(summary.total).toBe(5);
    const lastStage = list.find((row) => row.clientId === closing!.client.id)!.stage;
    expect(lastStage).not.toBe('preparation');
    expect(summary.stages.preparation).toBe(4);
    expect(summary.stages[lastStage]).toBe(1);
    expect(Object.values(summary.stages).reduce((a, b) => a + b, 0)).toBe(5);
    expect((await store.overviewSummary({ today: '2025-03-12', limit: 50 })).rows).toEqual(list);
  });

  it('never answers from a stale overview after a write or on another day', async () => {
    const { store } = setup();
    const anna = await startAnna(store);
    const names = async (today = '2025-03-12') => (await store.overviewList({ today })).map((row) => `${row.name}:${row.stage}:${row.overdue}`);
    expect(await names()).toEqual(['Anna Nowak:preparation:false']);

    await store.clientsUpdate({ id: anna.client.id, changes: { name: 'Anna Kowalska' } });
    expect(await names()).toEqual(['Anna Kowalska:preparation:false']);

    await store.offboardingPatch({
      id: anna.offboarding!.id,
      patch: { op: 'settlement-add', item: { direction: 'receivable', description: 'FV 1', amountMinor: 100, currency: 'PLN', paid: false, dueOn: '2025-03-20' } },
    });
    expect(await names()).toEqual(['Anna Kowalska:preparation:false']);
    expect(await names('2025-03-21')).toEqual(['Anna Kowalska:preparation:true']);

    const beta = await store.offboardingStart({ ...annaStart, name: 'Beta', email: 'ceo@beta.pl', domain: 'beta.pl' });
    expect((await store.overviewSummary({ today: '2025-03-12', limit: 10 })).total).toBe(2);

    const backup = await store.dataExport();
    await store.clientsDelete({ id: beta.client.id });
    expect(await names()).toEqual(['Anna Kowalska:preparation:false']);

    await store.dataImport({ json: backup });
    expect((await names()).sort()).toEqual(['Anna Kowalska:preparation:false', 'Beta:preparation:false']);

    await store.dataDeleteAll({ confirm: 'DELETE' });
    expect(await store.overviewSummary({ today: '2025-03-12', limit: 10 })).toMatchObject({ rows: [], total: 0 });
  });

  it('shows a write that ran alongside an overview read on the next read', async () => {
    const { store } = setup();
    await startAnna(store);
    // Both start together: the read may see the data before the write; the next read must not reuse it.
    const [, during] = await Promise.all([
      store.offboardingStart({ ...annaStart, name: 'Beta', email: 'ceo@beta.pl', domain: 'beta.pl' }),
      store.overviewList({ today: '2025-03-12' }),
    ]);
    expect(during.length).toBeGreaterThanOrEqual(1);
    expect((await store.overviewList({ today: '2025-03-12' })).map((row) => row.name).sort()).toEqual(['Anna Nowak', 'Beta']);
  });
});

describe('templates and settings', () => {
  it('returns defaults until settings are saved, and validates what is saved', async () => {
    const { store } = setup();
    const defaults = await store.settingsGet();
    expect(defaults).toEqual({
      // No grammatical form until the user gives one (issue 17, point 7): never a male default.
      profile: { name: '', signature: 'webmail' },
      defaultLanguage: 'pl',
      defaultTone: 'formal',
      defaultNoticePeriod: { months: 1 },
      uiLanguage: 'auto',
    });
    const saved = await store.settingsPut({ settings: { ...defaults, profile: { ...defaults.profile, name: 'Ewa Wiśniewska', senderForm: 'f' } } });
    expect((await store.settingsGet()).profile.name).toBe('Ewa Wiśniewska');
    expect(saved.profile.senderForm).toBe('f');
    await expect(
      store.settingsPut({ settings: { ...defaults, defaultLanguage: 'de' as 'pl' } }),
    ).rejects.toThrow(/Invalid settings at defaultLanguage/);
  });

  it('puts, lists and deletes templates', async () => {
    const { store } = setup();
    const template = {
      id: 'custom-1',
      kind: 'closing-thanks' as const,
      lang: 'pl' as const,
      tone: 'warm' as const,
      title: 'Podziękowanie',
      subject: 'Dziękuję za współpracę',
      when: 'Na koniec współpracy',
      variables: ['client.name'],
      body: 'Dziękuję, {{client.name}}.',
      builtIn: false,
      basedOn: 'closing-thanks-pl-warm',
    };
    await store.templatesPut({ template });
    expect(await store.templatesList()).toEqual([template]);
    await store.templatesDelete({ id: 'custom-1' });
    expect(await store.templatesList()).toEqual([]);
    await expect(store.templatesDelete({ id: 'custom-1' })).rejects.toThrow(/No template/);
  });
});

describe('a new client takes the user’s defaults', () => {
  it('starts with the default notice period from the settings, not an empty one', async () => {
    const { store } = setup();
    const settings = await store.settingsGet();
    await store.settingsPut({ settings: { ...settings, defaultNoticePeriod: { weeks: 2 } } });
    const { client } = await startAnna(store);
    expect(client.contract.noticePeriod).toEqual({ weeks: 2 });
  });

  it('uses the built-in default (one month) when the user set none', async () => {
    const { store } = setup();
    const { client } = await startAnna(store);
    expect(client.contract.noticePeriod).toEqual({ months: 1 });
  });
});

describe('clientsAndOffboardings (the daily alarm reads it, not the tables)', () => {
  it('returns every client and every offboarding, orphans included', async () => {
    const { store, db } = setup();
    const { client, offboarding } = await startAnna(store);
    if (!offboarding) throw new Error('no offboarding started');
    await db.offboardings.add({ ...offboarding, id: 'orphan', clientId: 'gone' });
    const { clients, offboardings } = await store.clientsAndOffboardings();
    expect(clients.map((c) => c.id)).toEqual([client.id]);
    expect(offboardings.map((o) => o.id).sort()).toEqual([offboarding.id, 'orphan'].sort());
  });
});
