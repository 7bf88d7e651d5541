import { describe, expect, it } from 'vitest';
import { methodName, type Store } from '../../../storage/repo';
import type { StoreClient, StoreOperation, StoreOperations } from '../../../storage/protocol';
import { BACKUP_BATCH, requestSchemas } from '../../../storage/schemas';
import { exportBackup, importBackup } from '../../../storage/backup/stream';
import { Crc32 } from '../../../storage/backup/format';
import { describeImportError, IMPORT_ERROR_CODES, ImportError } from '../../../storage/transfer';
import { importDatabases, closingTestStores } from './helpers';

const setup = closingTestStores();

interface Sent {
  op: StoreOperation;
  bytes: number;
  records?: number;
}

/** The store as a page reaches it: every request checked by the background's schema, each message's size noted. */
function clientOf(store: Store, beforeCall?: (op: StoreOperation) => Promise<void>) {
  const sent: Sent[] = [];
  const client: StoreClient = {
    async call<K extends StoreOperation>(op: K, req: StoreOperations[K]['req']): Promise<StoreOperations[K]['res']> {
      await beforeCall?.(op);
      const checked = requestSchemas[op].parse(req);
      const records = (req as { lines?: unknown[] }).lines?.length;
      sent.push({ op, bytes: JSON.stringify(req).length, ...(records === undefined ? {} : { records }) });
      const method = store[methodName(op)] as unknown as (r: unknown) => Promise<StoreOperations[K]['res']>;
      const res = await method.call(store, checked);
      sent.push({ op, bytes: JSON.stringify(res).length });
      return res;
    },
    onChanged: () => () => undefined,
  };
  return { client, sent };
}

/** Two clients with offboardings, events of several kinds, a template, settings; `extraEvents` notes on the first. */
async function populate(store: Store, extraEvents = 0) {
  const anna = await store.offboardingStart({ name: 'Anna Nowak', company: 'Acme sp. z o.o.', email: 'anna@acme.pl', domain: 'acme.pl', language: 'pl', initiator: 'we', reason: 'non-payment' });
  const id = anna.offboarding!.id;
  await store.offboardingPatch({ id, patch: { op: 'checklist', key: 'analysis', done: true, note: 'Notatka „cudzysłów” i emoji 🙂' } });
  await store.offboardingPatch({ id, patch: { op: 'serve-notice', notice: { servedOn: '2025-03-10', channel: 'qes', acknowledgementRequested: true, servedBy: 'we' } } });
  await store.offboardingStart({ name: 'Łucja Żak', email: 'lucja@firma.pl', language: 'pl', initiator: 'client', reason: 'client-decision' });
  if (extraEvents > 0) {
    // Written straight into the timeline row: appending one by one rewrites the row each time.
    const row = (await store.db.timelines.get(anna.client.id))!;
    const at = (i: number) => new Date(Date.UTC(2025, 3, 1, 0, i)).toISOString();
    const notes = Array.from({ length: extraEvents }, (_, i) => ({ id: `note-${i}`, clientId: anna.client.id, offboardingId: id, type: 'note' as const, at: at(i), data: { text: `Notatka ${i}` } }));
    await store.db.timelines.put({ clientId: anna.client.id, events: [...row.events, ...notes] });
  }
  await store.templatesPut({
    template: { id: 'tpl-own', kind: 'termination-notice', lang: 'pl', tone: 'formal', variant: 'period', title: 'Moje', subject: 'Wypowiedzenie', when: 'Zawsze', variables: [], body: 'Treść.', builtIn: false },
  });
  const settings = await store.settingsGet();
  await store.settingsPut({ settings: { ...settings, profile: { ...settings.profile, name: 'Ewa' } } });
  return anna;
}

const lines = async (blob: Blob) => (await blob.text()).split('\n').filter((line) => line.length > 0);
const fileOf = (text: string) => new Blob([text]);
/** A CRC over the lines before the trailer, as the writer computes it. */
function withTrailer(recordLines: string[], counts: Record<string, number>): string {
  const body = recordLines.map((line) => `${line}\n`).join('');
  const crc = new Crc32();
  crc.update(new TextEncoder().encode(body));
  return `${body}${JSON.stringify({ checksum: crc.digest(), counts, end: true })}\n`;
}

describe('streamed backup (format 2)', () => {
  it('round-trips a store through bounded messages: same records, same checksum', async () => {
    const source = setup();
    await populate(source.store, 2_500);
    const exporter = clientOf(source.store);
    const exported = await exportBackup(exporter.client);
    const formatOne = JSON.parse(await source.store.dataExport()) as Record<string, unknown[]>;
    expect(exported.counts).toEqual({ clients: 2, offboardings: 2, events: formatOne.events!.length, templates: 1 });
    expect(formatOne.events!.length).toBeGreaterThan(2_500);

    const target = setup();
    const importer = clientOf(target.store);
    const result = await importBackup(importer.client, exported.blob);
    expect(result).toEqual(exported.counts);
    // The store now holds exactly what the source held: its own format-1 export is identical but for the date.
    const dateless = (json: string) => json.replace(/"exportedAt": "[^"]+"/, '');
    expect(dateless(await target.store.dataExport())).toBe(dateless(await source.store.dataExport()));
    // And a second streamed export has the same records and checksum.
    const again = await exportBackup(clientOf(target.store).client);
    // The test clock stands still, so even the header's time is the same: the files are identical.
    expect(again.checksum).toBe(exported.checksum);
    expect(await again.blob.text()).toBe(await exported.blob.text());

    // No message carried the store: each batch within the limit, several batches for 2 505 events.
    const batches = importer.sent.filter((s) => s.op === 'data.importBatch' && s.records !== undefined);
    expect(batches.length).toBeGreaterThan(1);
    expect(Math.max(...batches.map((b) => b.records ?? 0))).toBeLessThanOrEqual(BACKUP_BATCH.records);
    const file = await exported.blob.text();
    expect(Math.max(...importer.sent.map((s) => s.bytes))).toBeLessThan(file.length);
    expect(Math.max(...exporter.sent.map((s) => s.bytes))).toBeLessThan(file.length);
  });

  it('keeps the popup summary in step with the imported store', async () => {
    const source = setup();
    await populate(source.store);
    const exported = await exportBackup(clientOf(source.store).client);
    const target = setup();
    await target.store.offboardingStart({ name: 'Znika', email: 'znika@example.com', language: 'pl', initiator: 'we', reason: 'other' });
    await importBackup(clientOf(target.store).client, exported.blob);
    const today = '2025-03-10';
    expect(await target.store.overviewSummary({ today, limit: 50 })).toEqual(await source.store.overviewSummary({ today, limit: 50 }));
    expect((await target.store.overviewList({ today })).map((row) => row.name)).toEqual(['Anna Nowak', 'Łucja Żak']);
  });

  it('starts over when the store changes between two export pages', async () => {
    const source = setup();
    const anna = await populate(source.store);
    let touched = false;
    const { client, sent } = clientOf(source.store, async (op) => {
      if (op === 'data.exportPage' && sent.some((s) => s.op === 'data.exportPage') && !touched) {
        touched = true;
        await source.store.eventsAppend({ clientId: anna.client.id, type: 'note', data: { text: 'written mid-export' } });
      }
    });
    const exported = await exportBackup(client);
    expect(sent.filter((s) => s.op === 'data.exportInfo').length).toBe(4); // request and answer, twice
    expect(await exported.blob.text()).toContain('written mid-export');
  });

  it('accepts a format-1 backup (the single JSON document of earlier releases)', async () => {
    const source = setup();
    await populate(source.store, 10);
    const formatOne = await source.store.dataExport();
    expect(JSON.parse(formatOne)).toMatchObject({ format: 'offboard-export', version: 1 });
    const target = setup();
    const result = await importBackup(clientOf(target.store).client, fileOf(formatOne));
    const doc = JSON.parse(formatOne) as Record<string, unknown[]>;
    expect(result).toEqual({ clients: 2, offboardings: 2, events: doc.events!.length, templates: 1 });
    expect(doc.events!.length).toBeGreaterThan(10);
    expect(await target.store.dataExport()).toBe(formatOne.replace(/"exportedAt": "[^"]+"/, `"exportedAt": "${JSON.parse(await target.store.dataExport()).exportedAt}"`));
  });

  it('accepts a file whose lines are not in canonical form (keys reordered, spaces)', async () => {
    const source = setup();
    await populate(source.store, 5);
    const all = await lines((await exportBackup(clientOf(source.store).client)).blob);
    const loose = all.slice(0, -1).map((line, index) => {
      if (index === 0) return line;
      const { kind, record } = JSON.parse(line) as { kind: string; record: unknown };
      return JSON.stringify({ record, kind }, null, 1).replace(/\n/g, ' ');
    });
    const header = JSON.parse(all[0]!) as { counts: Record<string, number> };
    const target = setup();
    const result = await importBackup(clientOf(target.store).client, fileOf(withTrailer(loose, header.counts)));
    expect(result).toEqual(header.counts);
    const dateless = (json: string) => json.replace(/"exportedAt": "[^"]+"/, '');
    expect(dateless(await target.store.dataExport())).toBe(dateless(await source.store.dataExport()));
  });

  it('takes a format-2 backup through data.import too (one message, a small store)', async () => {
    const source = setup();
    await populate(source.store);
    const text = await (await exportBackup(clientOf(source.store).client)).blob.text();
    const target = setup();
    const doc = JSON.parse(await source.store.dataExport()) as Record<string, unknown[]>;
    expect(await target.store.dataImport({ json: text })).toEqual({ clients: 2, offboardings: 2, events: doc.events!.length, templates: 1 });
    expect(JSON.parse(await target.store.dataExport()).clients).toEqual(doc.clients);
  });
});

describe('streamed import refusals leave the store exactly as it was, and say where', () => {
  async function refusedWith(edit: (recordLines: string[], all: string[]) => string) {
    const source = setup();
    await populate(source.store);
    const all = await lines((await exportBackup(clientOf(source.store).client)).blob);
    const target = setup();
    await target.store.offboardingStart({ name: 'Zostaje', email: 'zostaje@example.com', language: 'pl', initiator: 'we', reason: 'other' });
    const before = await target.store.dataExport();
    const error = await importBackup(clientOf(target.store).client, fileOf(edit(all.slice(0, -1), all))).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ImportError);
    expect(await target.store.dataExport()).toBe(before.replace(/"exportedAt": "[^"]+"/, `"exportedAt": "${JSON.parse(await target.store.dataExport()).exportedAt}"`));
    expect(await importDatabases(target.db.name)).toEqual([]);
    return error as ImportError;
  }
  const counts = (records: string[]) => JSON.parse(records[0]!).counts as Record<string, number>;

  it('truncated: the file stops before its last line', async () => {
    let kept = 0;
    const error = await refusedWith((records) => {
      kept = records.length;
      return records.map((line) => `${line}\n`).join('');
    });
    expect(error.code).toBe('truncated');
    expect(error.message).toContain(`stops after line ${kept}`);
  });

  it('checksum: a record edited after the backup was saved', async () => {
    const error = await refusedWith((_records, all) => `${all.join('\n').replace('Anna Nowak', 'Anna Nowik')}\n`);
    expect(error.code).toBe('checksum');
  });

  it('not-json on the line that is not JSON', async () => {
    const error = await refusedWith((records) => withTrailer([...records.slice(0, 3), '{"kind":"event",', ...records.slice(3)], counts(records)));
    expect(error).toMatchObject({ code: 'not-json', params: { line: 4 } });
    expect(describeImportError(error.code, error.params, 'pl')).toMatch(/w wierszu 4/);
  });

  it('damaged: a record that breaks its schema, with line and field', async () => {
    const error = await refusedWith((records) => withTrailer(records.map((line, index) => (index === 1 ? line.replace(/"name":"[^"]+"/, '"name":42') : line)), counts(records)));
    expect(error).toMatchObject({ code: 'damaged', params: { line: 2, path: 'client.name' } });
  });

  it('damaged: a line of no known kind, with its line', async () => {
    const error = await refusedWith((records) => withTrailer(records.map((line, index) => (index === 2 ? line.replace('"kind":"client"', '"kind":"customer"') : line)), counts(records)));
    expect(error).toMatchObject({ code: 'damaged', params: { line: 3, path: 'kind' } });
  });

  it('damaged: a record whose keys were reordered by hand is still checked field by field', async () => {
    const reordered = (line: string) => {
      const { kind, record } = JSON.parse(line) as { kind: string; record: Record<string, unknown> };
      return JSON.stringify({ record: { ...record, name: 42 }, kind });
    };
    const error = await refusedWith((records) => withTrailer(records.map((line, index) => (index === 1 ? reordered(line) : line)), counts(records)));
    expect(error).toMatchObject({ code: 'damaged', params: { line: 2, path: 'client.name' } });
  });

  it('inconsistent: an offboarding of a client the file does not hold', async () => {
    const error = await refusedWith((records) => withTrailer(records.map((line) => (line.includes('"kind":"offboarding"') ? line.replace(/"clientId":"[^"]+"/, '"clientId":"nobody"') : line)), counts(records)));
    expect(error).toMatchObject({ code: 'inconsistent', params: { problem: 'missing-client', id: 'nobody', line: 4 } });
  });

  it('order: a client after the offboardings', async () => {
    const error = await refusedWith((records) => withTrailer([records[0]!, records[2]!, records[3]!, records[1]!, ...records.slice(4)], counts(records)));
    expect(error).toMatchObject({ code: 'order', params: { kind: 'client', after: 'offboarding', line: 4 } });
  });

  it('counts: more records than the header declares', async () => {
    const error = await refusedWith((records) => withTrailer([records[0]!, ...records.slice(1, 3), records[2]!.replace(/"id":"[^"]+"/, '"id":"copy"'), ...records.slice(3)], counts(records)));
    expect(error).toMatchObject({ code: 'counts', params: { table: 'clients' } });
  });

  it('newer-version: a header from a later release', async () => {
    const error = await refusedWith((records) => withTrailer([records[0]!.replace('"version":2', '"version":3'), ...records.slice(1)], counts(records)));
    expect(error).toMatchObject({ code: 'newer-version', params: { version: 3 } });
  });

  it('interrupted: another import began before this one committed', async () => {
    const source = setup();
    await populate(source.store);
    const file = (await exportBackup(clientOf(source.store).client)).blob;
    const target = setup();
    let begun = 0;
    const { client } = clientOf(target.store, async (op) => {
      if (op === 'data.importCommit' && begun++ === 0) await target.store.dataImportBegin();
    });
    await expect(importBackup(client, file)).rejects.toMatchObject({ code: 'interrupted' });
    expect(await target.store.clientsList()).toEqual([]);
  });
});

describe('the new refusals are worded in both languages', () => {
  it('every code has a Polish and an English text of its own', () => {
    for (const code of IMPORT_ERROR_CODES) {
      const params = { line: 7, bytes: 5 * 1024 * 1024, table: 'clients', count: 3, limit: 2, kind: 'client', after: 'event', version: 3, path: 'client.name', reason: 'x' };
      const pl = describeImportError(code, params, 'pl');
      const en = describeImportError(code, params, 'en');
      expect(pl).not.toBe(en);
      expect(pl).toMatch(/Nic nie zostało zmienione|MB/);
      expect(en).toMatch(/Nothing was changed|MB/);
    }
  });
});
