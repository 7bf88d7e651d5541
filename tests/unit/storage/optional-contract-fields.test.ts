/**
 * Issue 12: a client's contract type (type12) and form of notice (unknown12) are optional, unknown
 * until entered. A client started from a thread is stored without them and stays without them
 * through a backup; a backup written before (every client with both, 'service' and 'documentary' by
 * default) imports unchanged; the schema takes each absent or one of its values, and nothing else.
 */
import { describe, expect, it } from 'vitest';
import { clientSchema } from '../../../storage/schemas';
import { closingTestStores } from './helpers';

const setup = closingTestStores();

const FIELDS = [
  { field: 'type', older: ['service', 'dzielo'], valid: ['service', 'zlecenie', 'dzielo', 'other'], invalid: 'employment' },
  { field: 'requiredForm', older: ['documentary', 'written'], valid: ['documentary', 'written'], invalid: 'oral' },
] as const;

describe.each(FIELDS)('a client with no contract.$field recorded, in a backup', ({ field, older, valid, invalid }) => {
  it('a new client is stored without it, and round-trips byte for byte', async () => {
    const source = setup();
    const started = await source.store.offboardingStart({ name: 'Nowy Klient', email: 'nowy@klient.pl', language: 'pl', initiator: 'we', reason: 'fit' });
    expect(started.client.contract).not.toHaveProperty(field);
    const exported = await source.store.dataExport();
    expect(JSON.parse(exported).clients[0].contract).not.toHaveProperty(field);

    const target = setup();
    await target.store.dataImport({ json: exported });
    expect(await target.store.dataExport()).toBe(exported);
    expect((await target.store.clientsList())[0]?.contract).not.toHaveProperty(field);
  });

  it('a backup written before, with it in every client, imports unchanged (no rewriting)', async () => {
    const source = setup();
    await source.store.offboardingStart({ name: 'Stary Klient', email: 'stary@klient.pl', language: 'pl', initiator: 'we', reason: 'fit' });
    await source.store.offboardingStart({ name: 'Old Client', email: 'old@client.co.uk', language: 'en', initiator: 'client', reason: 'client-decision' });
    const doc = JSON.parse(await source.store.dataExport());
    // By name: the export lists clients by id, which is random.
    const byName = (name: string) => (doc.clients as Array<{ name: string; contract: Record<string, unknown> }>).find((client) => client.name === name)!;
    byName('Stary Klient').contract[field] = older[0];
    byName('Old Client').contract[field] = older[1];

    const target = setup();
    await target.store.dataImport({ json: JSON.stringify(doc) });
    // Exactly what the file held (the export writes its own layout: compare the content).
    expect(JSON.parse(await target.store.dataExport())).toEqual(doc);
    const values = (await target.store.clientsList()).map((client) => [client.name, client.contract[field]]);
    expect(values).toEqual(expect.arrayContaining([['Stary Klient', older[0]], ['Old Client', older[1]]]));
  });

  it('the schema takes it absent or one of its values, and nothing else', () => {
    const contract = { noticePeriod: {}, endOfMonth: false };
    const client = { id: 'c', name: 'X', emails: [], domains: [], language: 'pl', recipient: { form: 'panstwo', warm: false }, notes: '', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
    expect(clientSchema.safeParse({ ...client, contract }).success).toBe(true);
    for (const value of valid) expect(clientSchema.safeParse({ ...client, contract: { ...contract, [field]: value } }).success, value).toBe(true);
    expect(clientSchema.safeParse({ ...client, contract: { ...contract, [field]: invalid } }).success).toBe(false);
  });
});
