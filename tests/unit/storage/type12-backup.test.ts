/**
 * Issue 12 (type12): a client's contract type is optional. A client started from a thread is stored
 * without it and stays without it through a backup; a backup written before (every client with a
 * type, 'service' by default) imports unchanged; an import of a record without it is valid.
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

describe('a client with no contract type recorded, in a backup', () => {
  it('a new client is stored without the type, and round-trips byte for byte', async () => {
    const source = setup();
    const started = await source.store.offboardingStart({ name: 'Nowy Klient', email: 'nowy@klient.pl', language: 'pl', initiator: 'we', reason: 'fit' });
    expect(started.client.contract).not.toHaveProperty('type');
    const exported = await source.store.dataExport();
    expect(JSON.parse(exported).clients[0].contract).not.toHaveProperty('type');

    const target = setup();
    await target.store.dataImport({ json: exported });
    expect(await target.store.dataExport()).toBe(exported);
    expect((await target.store.clientsList())[0]?.contract).not.toHaveProperty('type');
  });

  it('a backup written before, with a type in every client, imports unchanged (no rewriting)', async () => {
    const source = setup();
    await source.store.offboardingStart({ name: 'Stary Klient', email: 'stary@klient.pl', language: 'pl', initiator: 'we', reason: 'fit' });
    await source.store.offboardingStart({ name: 'Old Client', email: 'old@client.co.uk', language: 'en', initiator: 'client', reason: 'client-decision' });
    const doc = JSON.parse(await source.store.dataExport());
    // By name: the export lists clients by id, which is random.
    const byName = (name: string) => (doc.clients as Array<{ name: string; contract: { type?: string } }>).find((client) => client.name === name)!;
    byName('Stary Klient').contract.type = 'service';
    byName('Old Client').contract.type = 'dzielo';
    const older = JSON.stringify(doc);

    const target = setup();
    await target.store.dataImport({ json: older });
    expect(JSON.parse(await target.store.dataExport())).toEqual(doc);
    const types = (await target.store.clientsList()).map((client) => [client.name, client.contract.type]);
    expect(types).toEqual(expect.arrayContaining([['Stary Klient', 'service'], ['Old Client', 'dzielo']]));
  });

  it('the schema takes the type absent or one of the four, and nothing else', () => {
    const contract = { noticePeriod: {}, endOfMonth: false };
    const client = { id: 'c', name: 'X', emails: [], domains: [], language: 'pl', recipient: { form: 'panstwo', warm: false }, notes: '', createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' };
    expect(clientSchema.safeParse({ ...client, contract }).success).toBe(true);
    for (const type of ['service', 'zlecenie', 'dzielo', 'other']) expect(clientSchema.safeParse({ ...client, contract: { ...contract, type } }).success, type).toBe(true);
    expect(clientSchema.safeParse({ ...client, contract: { ...contract, type: 'employment' } }).success).toBe(false);
  });
});
