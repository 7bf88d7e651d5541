/**
 * Issue 12 (unknown12): a client's form of notice is optional. A record created without it stays
 * without it through a backup; a backup written before (the form always present) imports unchanged.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { OffboardDB } from '../../../storage/db';
import { clientSchema } from '../../../storage/schemas';
import { openTestStore } from './helpers';

const opened: OffboardDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});
function setup() {
  const ctx = openTestStore();
  opened.push(ctx.db);
  return ctx;
}

describe('a client with no form of notice recorded, in a backup', () => {
  it('a new client is stored without the form, and round-trips byte for byte', async () => {
    const source = setup();
    const started = await source.store.offboardingStart({ name: 'Nowy Klient', email: 'nowy@klient.pl', language: 'pl', initiator: 'we', reason: 'fit' });
    expect(started.client.contract).not.toHaveProperty('requiredForm');
    const exported = await source.store.dataExport();
    expect(JSON.parse(exported).clients[0].contract).not.toHaveProperty('requiredForm');

    const target = setup();
    await target.store.dataImport({ json: exported });
    expect(await target.store.dataExport()).toBe(exported);
    expect((await target.store.clientsList())[0]?.contract).not.toHaveProperty('requiredForm');
  });

  it('a backup written before, with the form in every client, imports unchanged (no rewriting)', async () => {
    const source = setup();
    await source.store.offboardingStart({ name: 'Stary Klient', email: 'stary@klient.pl', language: 'pl', initiator: 'we', reason: 'fit' });
    await source.store.offboardingStart({ name: 'Old Client', email: 'old@client.co.uk', language: 'en', initiator: 'client', reason: 'client-decision' });
    // What the previous release wrote: every client carried the form ('documentary' by default).
    const doc = JSON.parse(await source.store.dataExport());
    // By name: the export lists clients by id, which is random.
    const byName = (name: string) => (doc.clients as Array<{ name: string; contract: { requiredForm?: string } }>).find((client) => client.name === name)!;
    byName('Stary Klient').contract.requiredForm = 'documentary';
    byName('Old Client').contract.requiredForm = 'written';
    const older = JSON.stringify(doc);

    const target = setup();
    await target.store.dataImport({ json: older });
    // Exactly what the file held (the export writes its own layout: compare the content).
    expect(JSON.parse(await target.store.dataExport())).toEqual(doc);
    const forms = (await target.store.clientsList()).map((client) => [client.name, client.contract.requiredForm]);
    expect(forms).toEqual(expect.arrayContaining([['Stary Klient', 'documentary'], ['Old Client', 'written']]));
  });

  it('the schema takes the form absent or one of the two, and nothing else', () => {
    const contract = { type: 'service', noticePeriod: {}, endOfMonth: false };
    const client = { id: 'c', name: 'X', emails: [], domains: [], language: 'pl', recipient: { form: 'panstwo', warm: false }, notes: '', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
    expect(clientSchema.safeParse({ ...client, contract }).success).toBe(true);
    expect(clientSchema.safeParse({ ...client, contract: { ...contract, requiredForm: 'documentary' } }).success).toBe(true);
    expect(clientSchema.safeParse({ ...client, contract: { ...contract, requiredForm: 'oral' } }).success).toBe(false);
  });
});
