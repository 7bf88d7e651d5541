import { describe, expect, it } from 'vitest';
import type { Store } from '../../../storage/repo';
import { describeImportError, ImportError, MAX_IMPORT_BYTES, parseExportDocument } from '../../../storage/transfer';
import { closingTestStores } from './helpers';

const setup = closingTestStores();

/** A store with a bit of everything. */
async function populate(store: Store) {
  const anna = await store.offboardingStart({
    name: 'Anna Nowak',
    company: 'Acme sp. z o.o.',
    email: 'anna@acme.pl',
    domain: 'acme.pl',
    language: 'pl',
    initiator: 'we',
    reason: 'non-payment',
    thread: { provider: 'outlook', threadId: 'AAQkAGI2', url: 'https://outlook.office.com/mail/inbox/id/AAQkAGI2' },
  });
  const id = anna.offboarding!.id;
  await store.offboardingPatch({ id, patch: { op: 'checklist', key: 'analysis', done: true, note: 'Notatka „cudzysłów” i emoji 🙂' } });
  await store.offboardingPatch({
    id,
    patch: { op: 'settlement-add', item: { direction: 'liability', description: 'Zwrot zaliczki', amountMinor: 50_000, currency: 'EUR', paid: false } },
  });
  await store.offboardingPatch({
    id,
    patch: { op: 'serve-notice', notice: { servedOn: '2025-03-10', channel: 'qes', acknowledgementRequested: true, servedBy: 'we' } },
  });
  await store.clientsUpdate({
    id: anna.client.id,
    changes: { recipient: { form: 'pani', firstName: 'Anna', warm: false }, notes: 'Linia 1\nLinia 2', trades: true },
  });
  await store.offboardingStart({
    name: 'John Smith',
    email: 'john@gmail.com',
    language: 'en',
    initiator: 'client',
    reason: 'client-decision',
  });
  await store.eventsAppend({ clientId: anna.client.id, offboardingId: id, type: 'draft-inserted', data: { kind: 'termination-notice', lang: 'pl' } });
  await store.templatesPut({
    template: {
      id: 'tpl-custom',
      kind: 'termination-notice',
      lang: 'pl',
      tone: 'formal',
      variant: 'period',
      title: 'Wypowiedzenie (moje)',
      subject: 'Wypowiedzenie umowy',
      when: 'Gdy decyzja zapadła',
      variables: ['contract.title'],
      body: 'Niniejszym wypowiadam umowę {{contract.title}}.',
      builtIn: false,
    },
  });
  const settings = await store.settingsGet();
  await store.settingsPut({ settings: { ...settings, profile: { ...settings.profile, name: 'Ewa', senderForm: 'f' }, sidebarOpen: true } });
  return anna;
}

describe('export and import', () => {
  it('round-trips everything byte for byte into a fresh store', async () => {
    const source = setup();
    await populate(source.store);
    const exported = await source.store.dataExport();
    const doc = JSON.parse(exported);
    expect(doc).toMatchObject({ format: 'offboard-export', version: 1, exportedAt: '2025-03-10T09:00:00.000Z' });
    expect(doc.clients).toHaveLength(2);
    expect(doc.clients[0]).not.toHaveProperty('matchKeys');
    // The user's word that the client is a business (review3-en B1) travels with the backup.
    expect(doc.clients.find((client: { name: string }) => client.name === 'Anna Nowak')).toMatchObject({ trades: true });

    const target = setup();
    const result = await target.store.dataImport({ json: exported });
    expect(result).toEqual({ clients: 2, offboardings: 2, events: doc.events.length, templates: 1 });
    expect(await target.store.dataExport()).toBe(exported);
    // The match index was rebuilt.
    expect((await target.store.clientsMatch({ emails: ['kto@acme.pl'] }))?.client.name).toBe('Anna Nowak');
  });

  it('replaces the existing content rather than merging', async () => {
    const source = setup();
    await source.store.offboardingStart({ name: 'Only', email: 'only@only.pl', language: 'pl', initiator: 'we', reason: 'fit' });
    const exported = await source.store.dataExport();
    const target = setup();
    await populate(target.store);
    await target.store.dataImport({ json: exported });
    expect((await target.store.clientsList()).map((c) => c.name)).toEqual(['Only']);
    expect(await target.store.templatesList()).toEqual([]);
    expect(await target.store.dataExport()).toBe(exported);
  });
});

describe('import refusals leave the store unchanged', () => {
  async function refusal(mutate: (exported: string) => string) {
    const ctx = setup();
    await populate(ctx.store);
    const before = await ctx.store.dataExport();
    const error = await ctx.store.dataImport({ json: mutate(before) }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(await ctx.store.dataExport()).toBe(before);
    expect(error).toBeInstanceOf(ImportError);
    return error as ImportError;
  }
  const edit = (fn: (doc: Record<string, any>) => void) => (exported: string) => {
    const doc = JSON.parse(exported);
    fn(doc);
    return JSON.stringify(doc);
  };

  it('damaged: names the first field that failed', async () => {
    // Rows are exported in id order (random ids): find the offboarding that has a settlement.
    let index = -1;
    const error = await refusal(
      edit((doc) => {
        index = doc.offboardings.findIndex((ob: { settlement: unknown[] }) => ob.settlement.length > 0);
        doc.offboardings[index].settlement[0].amountMinor = 12.5;
      }),
    );
    expect(index).toBeGreaterThanOrEqual(0);
    expect(error.code).toBe('damaged');
    expect(error.params.path).toBe(`offboardings[${index}].settlement[0].amountMinor`);
    expect(error.message).toContain(`damaged: invalid value at offboardings[${index}].settlement[0].amountMinor (`);
  });

  it('damaged: a checklist missing a step', async () => {
    const error = await refusal(edit((doc) => delete doc.offboardings[0].checklist.handover));
    expect(error.code).toBe('damaged');
    expect(error.params.path).toBe('offboardings[0].checklist.handover');
  });

  it('damaged: an impossible date', async () => {
    const error = await refusal(edit((doc) => (doc.offboardings[0].startedOn = '2025-02-30')));
    expect(error).toMatchObject({ code: 'damaged', params: { path: 'offboardings[0].startedOn' } });
  });

  it('not-json: a truncated file', async () => {
    const error = await refusal((exported) => exported.slice(0, Math.floor(exported.length / 2)));
    expect(error.code).toBe('not-json');
    expect(error.message).toMatch(/not valid JSON/);
  });

  it('foreign: some other JSON', async () => {
    expect((await refusal(() => JSON.stringify({ format: 'something-else', version: 1 }))).code).toBe('foreign');
    expect((await refusal(() => '[1,2,3]')).code).toBe('foreign');
    expect((await refusal(() => 'null')).code).toBe('foreign');
  });

  it('newer-version: a file from a later release', async () => {
    const error = await refusal(edit((doc) => (doc.version = 3)));
    expect(error).toMatchObject({ code: 'newer-version', params: { version: 3 } });
    expect(error.message).toMatch(/newer version of Offboard/);
  });

  it('too-large: more than 50 MB', async () => {
    const error = await refusal((exported) => exported.replace(/\n$/, '') + ' '.repeat(MAX_IMPORT_BYTES));
    expect(error.code).toBe('too-large');
  });

  it('too-large counts bytes, not characters', () => {
    // 2-byte characters: under the limit in characters, over it in UTF-8 bytes.
    const json = JSON.stringify({ format: 'offboard-export', pad: 'ż'.repeat(MAX_IMPORT_BYTES / 2 + 10) });
    expect(json.length).toBeLessThan(MAX_IMPORT_BYTES);
    expect(() => parseExportDocument(json)).toThrow(expect.objectContaining({ code: 'too-large' }));
  });

  it('inconsistent: an offboarding of a client that is not in the file', async () => {
    const error = await refusal(edit((doc) => (doc.offboardings[0].clientId = 'ghost-client')));
    expect(error).toMatchObject({ code: 'inconsistent', params: { problem: 'missing-client', id: 'ghost-client', path: 'offboardings[0].clientId' } });
  });

  it('inconsistent: an event of a missing offboarding, and a repeated id', async () => {
    const missing = await refusal(edit((doc) => (doc.events[0].offboardingId = 'ghost-ob')));
    expect(missing.params).toMatchObject({ problem: 'missing-offboarding', id: 'ghost-ob' });
    const duplicate = await refusal(edit((doc) => doc.templates.push(doc.templates[0])));
    expect(duplicate.params).toMatchObject({ problem: 'duplicate-id', path: 'templates[1].id' });
  });
});

describe('describeImportError', () => {
  it('words every refusal in Polish and English', () => {
    const codes = ['too-large', 'not-json', 'foreign', 'newer-version', 'damaged', 'inconsistent'] as const;
    for (const code of codes) {
      const pl = describeImportError(code, { bytes: 60 * 1024 * 1024, version: 3, path: 'clients[0].name', reason: 'x', problem: 'missing-client', id: 'c1' }, 'pl');
      const en = describeImportError(code, { bytes: 60 * 1024 * 1024, version: 3, path: 'clients[0].name', reason: 'x', problem: 'missing-client', id: 'c1' }, 'en');
      expect(pl).not.toBe(en);
      expect(pl.length).toBeGreaterThan(20);
    }
    expect(describeImportError('inconsistent', { path: 'events[2].clientId', problem: 'missing-client', id: 'c9' }, 'pl')).toBe(
      'Dane w pliku są niespójne: events[2].clientId wskazuje klienta „c9”, którego nie ma w pliku. Nic nie zostało zmienione.',
    );
  });
});
