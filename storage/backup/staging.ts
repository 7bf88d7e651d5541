/**
 * The background's half of a streamed import: checked records arrive in bounded batches and are
 * written to the staging tables (schema v4), where the cross-record rules are checked against
 * what is already staged; the commit then replaces the live tables with the staged ones in ONE
 * transaction, a page at a time, so a refused or failed import leaves the store exactly as it was
 * and the background never holds more than a page of rows.
 */
import { Dexie, type Table } from 'dexie';
import type { Client, Offboarding, OffboardEvent, Settings } from '../../offboarding/types';
import type { Template } from '../../templates/types';
import { matchKeys } from '../../offboarding/client';
import { builtInTemplateProblem } from '../../templates/template-set';
import { SETTINGS_KEY, type OffboardDB, type TimelineRow } from '../db';
import { LIMITS } from '../schemas';
import { SummaryBuilder } from '../overview-summary';
import type { ImportResult } from '../protocol';
import type { BackupCounts, BackupRecord } from './format';
import { ImportError } from './errors';

const SESSION_KEY = 'import-session';
const STAGED_EVENTS_KEY = 'import-staged-events';
const COPY_PAGE = 500;

export interface StageOptions {
  builtInTemplateIds: ReadonlySet<string>;
  /** The file line of records[0] (format 2: one record per line), so a refusal can say where. */
  firstLine?: number;
}

/** Empties the staging area and opens a session; an earlier unfinished import is dropped. */
export async function beginImport(db: OffboardDB, session: string): Promise<void> {
  await db.transaction('rw', [...stagingTables(db), db.meta], async () => {
    await clearStaging(db);
    await db.meta.bulkPut([
      { key: SESSION_KEY, value: session },
      { key: STAGED_EVENTS_KEY, value: 0 },
    ]);
  });
}

export async function abortImport(db: OffboardDB, session: string): Promise<void> {
  await db.transaction('rw', [...stagingTables(db), db.meta], async () => {
    if ((await db.meta.get(SESSION_KEY))?.value !== session) return;
    await clearStaging(db);
    await db.meta.bulkDelete([SESSION_KEY, STAGED_EVENTS_KEY]);
  });
}

/** Stages one batch (records in file order) or throws ImportError; the live tables are not touched. */
export async function stageRecords(db: OffboardDB, session: string, records: readonly BackupRecord[], options: StageOptions): Promise<number> {
  const where = (index: number) => (options.firstLine === undefined ? {} : { line: options.firstLine + index });
  await db.transaction('rw', [...stagingTables(db), db.meta], async () => {
    await requireSession(db, session);
    const clients: Array<[Client, number]> = [];
    const offboardings: Array<[Offboarding, number]> = [];
    const events: Array<[OffboardEvent, number]> = [];
    const templates: Array<[Template, number]> = [];
    let settings: Settings | undefined;
    records.forEach((entry, index) => {
      if (entry.kind === 'client') clients.push([entry.record, index]);
      else if (entry.kind === 'offboarding') offboardings.push([entry.record, index]);
      else if (entry.kind === 'event') events.push([entry.record, index]);
      else if (entry.kind === 'template') templates.push([entry.record, index]);
      else settings = entry.record;
    });
    await stageUnique(db.stagingClients, clients, 'client', where);
    await checkOffboardingOwners(db, offboardings, where);
    await stageUnique(db.stagingOffboardings, offboardings, 'offboarding', where);
    await stageEvents(db, events, where);
    templates.forEach(([template, index]) => {
      if (builtInTemplateProblem(template, options.builtInTemplateIds)) {
        throw new ImportError('built-in-template', { path: 'template', id: template.id, ...where(index) });
      }
    });
    await stageUnique(db.stagingTemplates, templates, 'template', where);
    if (settings) await db.stagingSettings.put(settings, SETTINGS_KEY);
  });
  return records.length;
}

/**
 * Replaces the store with the staged records if their numbers are the ones the file declares;
 * one transaction, copied a page at a time.
 */
export async function commitImport(db: OffboardDB, session: string, counts: BackupCounts, today: string): Promise<ImportResult> {
  const live = [db.clients, db.offboardings, db.timelines, db.templates, db.settings, db.overview, db.meta];
  return db.transaction('rw', [...live, ...stagingTables(db)], async () => {
    await requireSession(db, session);
    const staged: BackupCounts = {
      clients: await db.stagingClients.count(),
      offboardings: await db.stagingOffboardings.count(),
      events: Number((await db.meta.get(STAGED_EVENTS_KEY))?.value ?? 0),
      templates: await db.stagingTemplates.count(),
    };
    for (const table of ['clients', 'offboardings', 'events', 'templates'] as const) {
      if (staged[table] !== counts[table]) throw new ImportError('counts', { table, count: staged[table], limit: counts[table] });
    }
    await Promise.all([db.clients.clear(), db.offboardings.clear(), db.timelines.clear(), db.templates.clear(), db.settings.clear(), db.overview.clear()]);
    // Offboardings first: the summary is built from each page of clients as it is copied (one pass).
    await copyPages(db.stagingOffboardings, 'id', (rows) => db.offboardings.bulkAdd(rows));
    const summary = new SummaryBuilder(today);
    await copyPages(db.stagingClients, 'id', async (rows) => {
      await db.clients.bulkAdd(rows.map((client) => ({ ...client, matchKeys: matchKeys(client) })));
      await summary.addClients(db, rows);
    });
    await copyPages(db.stagingTimelines, 'clientId', (rows) => db.timelines.bulkAdd(rows.map(sortedTimeline)), COPY_PAGE / 5);
    await copyPages(db.stagingTemplates, 'id', (rows) => db.templates.bulkAdd(rows));
    const settings = await db.stagingSettings.get(SETTINGS_KEY);
    if (settings) await db.settings.put(settings, SETTINGS_KEY);
    await summary.finish(db);
    await clearStaging(db);
    await db.meta.bulkDelete([SESSION_KEY, STAGED_EVENTS_KEY]);
    return { ...staged };
  });
}

// ---------------------------------------------------------------------------------------------

function stagingTables(db: OffboardDB) {
  return [db.stagingClients, db.stagingOffboardings, db.stagingTimelines, db.stagingTemplates, db.stagingSettings];
}

async function clearStaging(db: OffboardDB): Promise<void> {
  await Promise.all(stagingTables(db).map((table) => table.clear()));
}

async function requireSession(db: OffboardDB, session: string): Promise<void> {
  if ((await db.meta.get(SESSION_KEY))?.value !== session) throw new ImportError('interrupted');
}

type Where = (index: number) => { line?: number };

/**
 * Adds rows whose ids are new to the staging table; a repeated id (already staged, or twice in the
 * batch) is refused. The table's own key constraint finds it: no read before the write.
 */
async function stageUnique<T extends I & { id: string }, I>(table: Table<T, string, I>, rows: Array<[T, number]>, kind: string, where: Where): Promise<void> {
  if (rows.length === 0) return;
  try {
    await table.bulkAdd(rows.map(([row]) => row));
  } catch (error) {
    const failed = firstConstraintFailure(error);
    if (failed === undefined) throw error;
    const [row, index] = rows[failed]!;
    throw new ImportError('inconsistent', { path: `${kind}.id`, problem: 'duplicate-id', id: row.id, ...where(index) });
  }
}

/** The position of the first row a bulkAdd refused for its key, if that is why it failed. */
function firstConstraintFailure(error: unknown): number | undefined {
  if (!(error instanceof Dexie.BulkError)) return undefined;
  const positions = Object.entries(error.failuresByPos)
    .filter(([, failure]) => failure?.name === 'ConstraintError')
    .map(([position]) => Number(position));
  return positions.length === 0 ? undefined : Math.min(...positions);
}

async function checkOffboardingOwners(db: OffboardDB, rows: Array<[Offboarding, number]>, where: Where): Promise<void> {
  if (rows.length === 0) return;
  const owners = await stagedKeys(db.stagingClients, rows.map(([ob]) => ob.clientId));
  rows.forEach(([ob, index]) => {
    if (!owners.has(ob.clientId)) throw new ImportError('inconsistent', { path: 'offboarding.clientId', problem: 'missing-client', id: ob.clientId, ...where(index) });
  });
}

/**
 * Which of `ids` are staged. One get per id, all sent at once: an anyOf cursor would wait for the
 * browser at each step (a round trip per id), and its steps grow with the keys in between.
 */
async function stagedKeys(table: OffboardDB['stagingClients'], ids: readonly string[]): Promise<Set<string>> {
  const unique = [...new Set(ids)];
  const found = await table.bulkGet(unique);
  return new Set(unique.filter((_, at) => found[at] !== undefined));
}

/** Appends events to their client's staged timeline: the client must be staged, the offboarding its own. */
async function stageEvents(db: OffboardDB, rows: Array<[OffboardEvent, number]>, where: Where): Promise<void> {
  if (rows.length === 0) return;
  const clientIds = [...new Set(rows.map(([event]) => event.clientId))];
  const offboardingIds = [...new Set(rows.flatMap(([event]) => (event.offboardingId === undefined ? [] : [event.offboardingId])))];
  const [known, timelines, offboardings] = await Promise.all([
    stagedKeys(db.stagingClients, clientIds),
    db.stagingTimelines.bulkGet(clientIds),
    db.stagingOffboardings.bulkGet(offboardingIds),
  ]);
  const ownerOf = new Map(offboardings.flatMap((ob) => (ob ? [[ob.id, ob.clientId] as const] : [])));
  const byClient = new Map<string, { row: TimelineRow; ids: Set<string> }>();
  clientIds.forEach((clientId, at) => {
    const row = timelines[at] ?? { clientId, events: [] };
    byClient.set(clientId, { row, ids: new Set(row.events.map((event) => event.id)) });
  });
  for (const [event, index] of rows) {
    if (!known.has(event.clientId)) throw new ImportError('inconsistent', { path: 'event.clientId', problem: 'missing-client', id: event.clientId, ...where(index) });
    if (event.offboardingId !== undefined) {
      const owner = ownerOf.get(event.offboardingId);
      if (owner === undefined) throw new ImportError('inconsistent', { path: 'event.offboardingId', problem: 'missing-offboarding', id: event.offboardingId, ...where(index) });
      if (owner !== event.clientId) throw new ImportError('inconsistent', { path: 'event.offboardingId', problem: 'other-client', id: event.offboardingId, ...where(index) });
    }
    const timeline = byClient.get(event.clientId)!;
    if (timeline.ids.has(event.id)) throw new ImportError('inconsistent', { path: 'event.id', problem: 'duplicate-id', id: event.id, ...where(index) });
    timeline.ids.add(event.id);
    timeline.row.events.push(event);
    if (timeline.row.events.length > LIMITS.eventsPerClient) {
      throw new ImportError('too-many', { table: 'events', id: event.clientId, count: timeline.row.events.length, limit: LIMITS.eventsPerClient, ...where(index) });
    }
  }
  await db.stagingTimelines.bulkPut([...byClient.values()].map((entry) => entry.row));
  const stagedEvents = Number((await db.meta.get(STAGED_EVENTS_KEY))?.value ?? 0);
  await db.meta.put({ key: STAGED_EVENTS_KEY, value: stagedEvents + rows.length });
}

/** Oldest first; events of one instant keep their order (Array#sort is stable). */
function sortedTimeline(row: TimelineRow): TimelineRow {
  return { clientId: row.clientId, events: [...row.events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)) };
}

/**
 * Reads a table in key order, `size` rows at a time, handing each page to `write`; the next page is
 * asked for before this one is written, so the worker never sits idle between a read and a write.
 */
async function copyPages<T, I>(table: Table<T, string, I>, key: 'id' | 'clientId', write: (rows: T[]) => Promise<unknown>, size = COPY_PAGE): Promise<void> {
  const read = (after: string | null): Promise<T[]> => (after === null ? table.orderBy(':id') : table.where(':id').above(after)).limit(size).toArray();
  let page = await read(null);
  while (page.length > 0) {
    const next = read((page[page.length - 1] as Record<typeof key, string>)[key]);
    await write(page);
    page = await next;
  }
}
