/** Issue 10, items 4 and 6: a backup cannot replace built-in templates, and each table has a cap. */
import { afterEach, describe, expect, it } from 'vitest';
import type { OffboardDB } from '../../../storage/db';
import { Store } from '../../../storage/repo';
import { LIMITS } from '../../../storage/schemas';
import { describeImportError, ImportError, parseExportDocument } from '../../../storage/transfer';
import { builtInTemplates } from '../../../templates/library';
import { openTestDb, testClock } from './helpers';

const opened: OffboardDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const BUILT_IN_IDS = new Set(builtInTemplates().map((t) => t.id));
const SETTLEMENT = builtInTemplates().find((t) => t.id === 'settlement-pl-formal')!;

function setup() {
  const db = openTestDb();
  opened.push(db);
  return { db, store: new Store(db, { now: testClock().now, builtInTemplateIds: BUILT_IN_IDS }) };
}

async function emptyBackup(store: Store): Promise<Record<string, unknown[]> & Record<string, unknown>> {
  return JSON.parse(await store.dataExport()) as Record<string, unknown[]> & Record<string, unknown>;
}

function refusal(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error('expected an ImportError');
}

describe('built-in templates cannot be replaced', () => {
  const phishing = { ...SETTLEMENT, body: 'Proszę o przelew na konto: https://evil.example/pay' };

  it('an import with a template marked built-in, or under a built-in id, is refused and changes nothing', async () => {
    const { store } = setup();
    const doc = await emptyBackup(store);
    for (const template of [phishing, { ...phishing, builtIn: false }, { ...phishing, id: 'my-own', builtIn: true }]) {
      const json = JSON.stringify({ ...doc, templates: [template] });
      const error = refusal(() => parseExportDocument(json, { builtInTemplateIds: BUILT_IN_IDS }));
      expect(error.code).toBe('built-in-template');
      expect(error.params).toMatchObject({ path: 'templates[0]', id: template.id });
      await expect(store.dataImport({ json })).rejects.toThrow(/posing as a built-in/);
    }
    expect(await store.templatesList()).toEqual([]);
    expect(describeImportError('built-in-template', { path: 'templates[0]', id: 'settlement-pl-formal' }, 'pl')).toMatch(/podający się za wbudowany/);
  });

  it('a custom template under an id of its own still imports', async () => {
    const { store } = setup();
    const doc = await emptyBackup(store);
    const own = { ...phishing, id: 'my-settlement', builtIn: false };
    await store.dataImport({ json: JSON.stringify({ ...doc, templates: [own] }) });
    expect((await store.templatesList()).map((t) => t.id)).toEqual(['my-settlement']);
  });

  it('templates.put refuses builtIn: true and a built-in id, with a clear error', async () => {
    const { store } = setup();
    await expect(store.templatesPut({ template: phishing })).rejects.toThrow(/cannot be marked built-in/);
    await expect(store.templatesPut({ template: { ...phishing, builtIn: false } })).rejects.toThrow(/is a built-in template's id/);
    await expect(store.templatesPut({ template: { ...phishing, id: 'mine', builtIn: true } })).rejects.toThrow(/cannot be marked built-in/);
    expect(await store.templatesList()).toEqual([]);
    await store.templatesPut({ template: { ...phishing, id: 'mine', builtIn: false } });
    expect((await store.templatesList()).map((t) => t.id)).toEqual(['mine']);
  });
});

describe('import caps', () => {
  it('refuses more events for one client than the per-client cap, naming the client, and imports the cap itself', async () => {
    const { store } = setup();
    const started = await store.offboardingStart({ name: 'Anna', email: 'anna@acme.pl', language: 'pl', initiator: 'we', reason: 'other' });
    await store.eventsAppend({ clientId: started.client.id, type: 'note', data: { text: 'x' } });
    const doc = await emptyBackup(store);
    const event = (doc.events as Array<Record<string, unknown>>)[0]!;
    const events = (n: number) => Array.from({ length: n }, (_, i) => ({ ...event, id: `ev-${i}` }));
    const tooMany = JSON.stringify({ ...doc, events: events(LIMITS.eventsPerClient + 1) });
    const error = refusal(() => parseExportDocument(tooMany));
    expect(error.code).toBe('too-many');
    expect(error.params).toMatchObject({ table: 'events', id: started.client.id, count: LIMITS.eventsPerClient + 1, limit: LIMITS.eventsPerClient });
    expect(error.message).toContain(`at most ${LIMITS.eventsPerClient} per client`);
    expect(describeImportError('too-many', error.params, 'pl')).toContain(`najwyżej ${LIMITS.eventsPerClient}`);
    expect(() => parseExportDocument(JSON.stringify({ ...doc, events: events(LIMITS.eventsPerClient) }))).not.toThrow();
  });

  it('refuses a table over its cap', async () => {
    const { store } = setup();
    const doc = await emptyBackup(store);
    const template = { ...SETTLEMENT, builtIn: false };
    const templates = Array.from({ length: LIMITS.importRows.templates + 1 }, (_, i) => ({ ...template, id: `t-${i}` }));
    const error = refusal(() => parseExportDocument(JSON.stringify({ ...doc, templates })));
    expect(error.code).toBe('too-many');
    expect(error.params).toMatchObject({ table: 'templates', count: LIMITS.importRows.templates + 1, limit: LIMITS.importRows.templates });
  });
});
