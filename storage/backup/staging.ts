/**
 * The background's half of a streamed import: checked records arrive in bounded batches and are
 * written, once, into a fresh database of the store's schema (storage/live-db.ts), where the
 * cross-record rules are checked against what is already written, and each offboarding batch writes
 * its clients' overview summary rows (backup/import-summary.ts); the commit checks the counts,
 * carries this browser's own meta rows over and switches the store to the fresh database. A refused
 * or failed import deletes the fresh database: the store was never touched, and the background
 * never holds more than a batch or a page of rows.
 */
import { Dexie, type Table } from 'dexie';
import type { Client, Offboarding, OffboardEvent } from '../../offboarding/types';
import type { Template } from '../../templates/types';
import { matchKeys } from '../../offboarding/match-keys';
import { builtInTemplateProblem } from '../../templates/template-set';
import { SETTINGS_KEY, type OffboardDB, type StoredClient, type TimelineRow } from '../db';
import type { LiveDatabase } from '../live-db';
import { LIMITS } from '../schemas';
import { ImportSummary } from './import-summary';
import type { ImportResult } from '../protocol';
import type { BackupCounts, BackupRecord } from './format';
import { ImportError } from './errors';

export interface StageOptions {
  builtInTemplateIds: ReadonlySet<string>;
  /** The file line of records[0] (format 2: one record per line), so a refusal can say where. */
  firstLine?: number;
  /** The day the overview summary rows are computed for (the first batch's is kept for all). */
  today: string;
}

/**
 * What the fresh database holds so far, kept beside it: the cross-record checks look here instead
 * of reading the database back. The fresh database holds only this import's rows, so this is exact;
 * a get per id across a table that grows with the store made the import of 100 000 clients grow
 * faster than its data. One entry per client and per offboarding, both bounded by LIMITS.importRows.
 */
interface WrittenIndex {
  readonly clients: Set<string>;
  /** Offboarding id → its client's id. */
  readonly owners: Map<string, string>;
}

/** An import under way: its session id, its fresh database, what it holds and the events written so far. */
export interface ImportTarget {
  readonly session: string;
  readonly db: OffboardDB;
  readonly written: WrittenIndex;
  readonly summary: ImportSummary;
  events: number;
}

/** Opens a fresh database for the session; the store is not touched. */
export async function beginImport(live: LiveDatabase, session: string): Promise<ImportTarget> {
  return { session, db: await live.createFresh(session), written: { clients: new Set(), owners: new Map() }, summary: new ImportSummary(), events: 0 };
}

/** Deletes the import's fresh database. */
export async function abortImport(live: LiveDatabase, target: ImportTarget): Promise<void> {
  await live.discard(target.db);
}

/** Writes one batch (records in file order) into the fresh database, or throws ImportError and writes none of it. */
export async function stageRecords(target: ImportTarget, records: readonly BackupRecord[], options: StageOptions): Promise<number> {
  const { db } = target;
  const where = (index: number) => (options.firstLine === undefined ? {} : { line: options.firstLine + index });
  const added = await db.transaction('rw', [db.clients, db.offboardings, db.timelines, db.templates, db.settings, db.overview], async () => {
    const clients: Array<[StoredClient, number]> = [];
    const offboardings: Array<[Offboarding, number]> = [];
    const events: Array<[OffboardEvent, number]> = [];
    const templates: Array<[Template, number]> = [];
    let settings: BackupRecord | undefined;
    records.forEach((entry, index) => {
      if (entry.kind === 'client') clients.push([{ ...entry.record, matchKeys: matchKeys(entry.record) }, index]);
      else if (entry.kind === 'offboarding') offboardings.push([entry.record, index]);
      else if (entry.kind === 'event') events.push([entry.record, index]);
      else if (entry.kind === 'template') templates.push([entry.record, index]);
      else settings = entry;
    });
    // This batch's rows count as written for the checks of its later rows; the index itself learns
    // them only once the transaction has committed, so a refused batch leaves it as it was.
    const batch = batchIndex(clients, offboardings);
    const known = {
      client: (id: string) => batch.clients.has(id) || target.written.clients.has(id),
      owner: (id: string) => batch.owners.get(id) ?? target.written.owners.get(id),
    };
    await stageUnique(db.clients, clients, 'client', where);
    checkOffboardingOwners(known, offboardings, where);
    await stageUnique(db.offboardings, offboardings, 'offboarding', where);
    const summary = await target.summary.stage(db, offboardings.map(([ob]) => ob), options.today);
    await stageEvents(db, known, events, where);
    templates.forEach(([template, index]) => {
      if (builtInTemplateProblem(template, options.builtInTemplateIds)) {
        throw new ImportError('built-in-template', { path: 'template', id: template.id, ...where(index) });
      }
    });
    await stageUnique(db.templates, templates, 'template', where);
    if (settings?.kind === 'settings') await db.settings.put(settings.record, SETTINGS_KEY);
    return { events: events.length, batch, summary };
  });
  target.events += added.events;
  target.summary.apply(added.summary);
  for (const id of added.batch.clients) target.written.clients.add(id);
  for (const [id, owner] of added.batch.owners) target.written.owners.set(id, owner);
  return records.length;
}

function batchIndex(clients: ReadonlyArray<[StoredClient, number]>, offboardings: ReadonlyArray<[Offboarding, number]>): WrittenIndex {
  return {
    clients: new Set(clients.map(([client]) => client.id)),
    owners: new Map(offboardings.map(([ob]) => [ob.id, ob.clientId])),
  };
}

/**
 * Makes the fresh database the store if its numbers are the ones the file declares: the summary is
 * built from it a page of clients at a time, the live store's meta rows (the last backup, the
 * automatic backup's state: this browser's, not the backup's) are carried over, then the switch.
 */
export async function commitImport(live: LiveDatabase, target: ImportTarget, counts: BackupCounts, today: string): Promise<ImportResult> {
  const { db } = target;
  const written: BackupCounts = {
    clients: await db.clients.count(),
    offboardings: await db.offboardings.count(),
    events: target.events,
    templates: await db.templates.count(),
  };
  for (const table of ['clients', 'offboardings', 'events', 'templates'] as const) {
    if (written[table] !== counts[table]) throw new ImportError('counts', { table, count: written[table], limit: counts[table] });
  }
  // The copy runs inside the switch, where no write of this browser's meta rows can come between.
  await live.switchTo(db, async (old) => {
    const kept = await old.meta.toArray();
    await db.transaction('rw', [db.meta], async () => {
      await db.meta.bulkPut(kept);
      await target.summary.finish(db, today); // after the carried rows: the summary's own meta rows are the new store's
    });
  });
  return { ...written };
}

// ---------------------------------------------------------------------------------------------

type Where = (index: number) => { line?: number };

/**
 * Adds rows whose ids are new to the table; a repeated id (already written, or twice in the
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

/** Where a bulkAdd was refused: the positions refused for their key, in order, and whether any failed otherwise. */
function bulkAddFailures(error: unknown): { keyConflicts: number[]; other: boolean } {
  if (!(error instanceof Dexie.BulkError)) return { keyConflicts: [], other: true };
  const failures = Object.entries(error.failuresByPos);
  const keyConflicts = failures.filter(([, failure]) => failure?.name === 'ConstraintError').map(([position]) => Number(position));
  return { keyConflicts: keyConflicts.sort((a, b) => a - b), other: keyConflicts.length < failures.length };
}

/** The position of the first row a bulkAdd refused for its key, if that is why it failed. */
function firstConstraintFailure(error: unknown): number | undefined {
  return bulkAddFailures(error).keyConflicts[0];
}

/** What a batch's checks may ask about the rows written before them. */
interface Known {
  client(id: string): boolean;
  /** The client of a written offboarding; undefined when it is not written. */
  owner(id: string): string | undefined;
}

function checkOffboardingOwners(known: Known, rows: ReadonlyArray<[Offboarding, number]>, where: Where): void {
  rows.forEach(([ob, index]) => {
    if (!known.client(ob.clientId)) throw new ImportError('inconsistent', { path: 'offboarding.clientId', problem: 'missing-client', id: ob.clientId, ...where(index) });
  });
}

/**
 * Appends events to their client's timeline (kept oldest first): the client must be written, the
 * offboarding its own. A batch's timelines are added as new rows — a client's events are together
 * in the file, so its row rarely exists yet — and only a row that does (a key conflict) is read back
 * and merged: no read of absent rows on the common path.
 */
async function stageEvents(db: OffboardDB, known: Known, rows: Array<[OffboardEvent, number]>, where: Where): Promise<void> {
  if (rows.length === 0) return;
  const clientIds = [...new Set(rows.map(([event]) => event.clientId))];
  const byClient = new Map<string, { events: Array<[OffboardEvent, number]>; ids: Set<string> }>();
  for (const clientId of clientIds) byClient.set(clientId, { events: [], ids: new Set() });
  for (const [event, index] of rows) {
    if (event.offboardingId === undefined) {
      if (!known.client(event.clientId)) throw new ImportError('inconsistent', { path: 'event.clientId', problem: 'missing-client', id: event.clientId, ...where(index) });
    } else {
      // An event of an offboarding names its client through it: the offboarding was staged only with
      // a written client.
      const owner = known.owner(event.offboardingId);
      if (owner === undefined) throw new ImportError('inconsistent', { path: 'event.offboardingId', problem: 'missing-offboarding', id: event.offboardingId, ...where(index) });
      // The owner is a written client; an event naming another (or no written) client is refused here.
      if (owner !== event.clientId) throw new ImportError('inconsistent', { path: 'event.offboardingId', problem: 'other-client', id: event.offboardingId, ...where(index) });
    }
    const timeline = byClient.get(event.clientId)!;
    if (timeline.ids.has(event.id)) throw new ImportError('inconsistent', { path: 'event.id', problem: 'duplicate-id', id: event.id, ...where(index) });
    timeline.ids.add(event.id);
    timeline.events.push([event, index]);
    checkTimelineLength(event.clientId, timeline.events.length, index, where);
  }
  const fresh = clientIds.map((clientId) => sortedTimeline({ clientId, events: byClient.get(clientId)!.events.map(([event]) => event) }));
  let conflicts: number[];
  try {
    await db.timelines.bulkAdd(fresh);
    return;
  } catch (error) {
    const { keyConflicts, other } = bulkAddFailures(error);
    // Only key conflicts are merged; any other refusal fails the batch (and the transaction) as it is.
    if (other || keyConflicts.length === 0) throw error;
    conflicts = keyConflicts;
  }
  // The rows already written (a client's events that began in an earlier batch): merge into them.
  const existing = await db.timelines.bulkGet(conflicts.map((at) => clientIds[at]!));
  const merged = conflicts.map((at, k) => {
    const clientId = clientIds[at]!;
    const row = existing[k];
    if (!row) throw new Error(`stageEvents: the timeline of ${clientId} was refused as existing but cannot be read`);
    const seen = new Set(row.events.map((event) => event.id));
    const added = byClient.get(clientId)!.events;
    added.forEach(([event, index], position) => {
      if (seen.has(event.id)) throw new ImportError('inconsistent', { path: 'event.id', problem: 'duplicate-id', id: event.id, ...where(index) });
      checkTimelineLength(clientId, row.events.length + position + 1, index, where);
    });
    return sortedTimeline({ clientId, events: [...row.events, ...added.map(([event]) => event)] });
  });
  await db.timelines.bulkPut(merged);
}

function checkTimelineLength(clientId: string, count: number, index: number, where: Where): void {
  if (count > LIMITS.eventsPerClient) {
    throw new ImportError('too-many', { table: 'events', id: clientId, count, limit: LIMITS.eventsPerClient, ...where(index) });
  }
}

/** Oldest first; events of one instant keep their order (Array#sort is stable). */
function sortedTimeline(row: TimelineRow): TimelineRow {
  return { clientId: row.clientId, events: [...row.events].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)) };
}
