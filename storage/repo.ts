/**
 * The store: every operation of the message API (storage/protocol.ts) over the Dexie database.
 * Longer than the house's 300 lines on purpose: one method per protocol operation, each one
 * transaction; the rules they apply live in offboarding/ (patch.ts, current.ts, overview.ts) and
 * the row helpers in client-rows.ts.
 * Each change is a read-modify-write inside ONE read-write transaction, so IndexedDB serializes
 * concurrent writers (two sidebars and the popup) and nothing is lost; the event log is appended in
 * that same transaction, so history and state never disagree.
 */
import { describeFirstIssue, firstIssueParams } from '../common/validation-issues';
import type { ZodMiniType } from 'zod/mini';
import type { Client, Offboarding, OffboardEvent, Settings } from '../offboarding/types';
import type { RenderedDraft, Template } from '../templates/types';
import { renderDraftForRecord, type DraftRenderInput } from '../templates/draft-render';
import { stageOf } from '../offboarding/checklist';
import { lookupKeys, matchKeys } from '../offboarding/match-keys';
import { newClient, newOffboarding } from '../offboarding/new-records';
import { addContact, bestMatch, toClient, toStored } from './client-rows';
import { currentOffboarding, isRunning } from '../offboarding/current';
import { applyPatch, PatchError, type PatchResult } from '../offboarding/patch';
import { newId as randomId } from '../offboarding/ids';
import { todayIso } from '../offboarding/calendar';
import type { AutoBackupFailure, AutoBackupState, BackupStatus, BackupTable, ClientChanges, ClientWithOffboarding, ImportResult, OverviewSummary, StartOffboardingInput, StoreOperation, StoreOperations } from './protocol';
import type { OffboardingPatch } from '../offboarding/patch';
import type { OverviewRow } from '../offboarding/overview';
import { SETTINGS_KEY, type OffboardDB, type StoredClient } from './db';
import {
  clientSchema,
  defaultSettings,
  offboardEventSchema,
  offboardingSchema,
  settingsSchema,
  templateSchema,
} from './schemas';
import { exportDocument, ImportError, importDocument } from './transfer';
import { configureAutoBackup, forgetAutoBackupFiles, readAutoBackup, recordAutoBackupFailure, recordAutoBackupFile, autoBackupChangesSchema } from './auto-backup';
import { abortImport, beginImport, commitImport, stageRecords, type ImportTarget } from './backup/staging';
import { LiveDatabase } from './live-db';
import { exportPage } from './backup/export-pages';
import { parseBackupLines } from './backup/records';
import type { BackupCounts, BackupRecord } from './backup/format';
import { bringSummaryTo, clearOverviewSummary, readAlertCandidates, readAllSummaryRows, readSummary, refreshClientSummary, summaryIsAt } from './overview-summary';
import { builtInTemplateProblem } from '../templates/template-set';

/** meta row: when the options page last saved a complete backup (kept by import and delete-all: it is this browser's). */
const LAST_BACKUP_KEY = 'last-backup-at';
import { compareOverviewRows, summarizeOverview } from './overview';
import { insightsFacts, insightsFromFacts, type InsightsFacts, type InsightsPeriod, type InsightsReport } from '../offboarding/insights';
import { publishableTestimonials, type PublishableTestimonial } from '../offboarding/testimonials';

/** 'clients.match' → 'clientsMatch' */
export type MethodName<Op extends string> = Op extends `${infer Area}.${infer Action}`
  ? `${Area}${Capitalize<Action>}`
  : never;

/** The store's public surface: one async method per protocol operation. */
export type StoreMethods = {
  [Op in StoreOperation as MethodName<Op>]: (req: StoreOperations[Op]['req']) => Promise<StoreOperations[Op]['res']>;
};

export function methodName<Op extends StoreOperation>(op: Op): MethodName<Op> {
  const [area = '', action = ''] = op.split('.');
  return `${area}${action.charAt(0).toUpperCase()}${action.slice(1)}` as MethodName<Op>;
}

export type StoreErrorCode = 'not-found' | 'invalid' | 'conflict';

/** A refusal with a message fit to show; `code` lets a view choose its own wording. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
    /** For the view's wording (common/user-errors.ts): an issue's path and problem, or a rule. */
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}

export interface StoreOptions {
  /** The clock; injected so tests control every timestamp. */
  now?: () => Date;
  newId?: () => string;
  /** Ids of the built-in templates: templates.put and data.import refuse to store one of them. */
  builtInTemplateIds?: ReadonlySet<string>;
  /** The built-in library, for templates.builtIn; its ids are the built-in ids unless builtInTemplateIds says otherwise. */
  builtInTemplates?: readonly Template[];
}

export class Store implements StoreMethods {
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly builtInTemplateIds: ReadonlySet<string>;
  private readonly builtInLibrary: readonly Template[];
  /**
   * Bumped after every write, so a streamed export can tell that the store changed between two of
   * its pages. Starts from the clock so that a restarted background never repeats an old value.
   */
  private revision = Date.now();
  /** Bumped after every write that can change the overview. */
  private generation = 0;
  /** The last import batch being written (dataImportBatch keeps their order). */
  private stagingQueue: Promise<unknown> = Promise.resolve();
  /** The import under way, if any: its fresh database becomes the store on commit (storage/live-db.ts). */
  private importing: ImportTarget | undefined;
  /** Which database is the store; it changes when an import commits. */
  readonly live: LiveDatabase;
  /** Every offboarding as of a data generation: a filter change on the insights page reads nothing. */
  private offboardingsCache?: { generation: number; offboardings: readonly Offboarding[] };
  private factsCache?: { generation: number; facts: readonly InsightsFacts[] };

  /** `source`: an open database (taken as the live one), or the background's LiveDatabase (see gatedUntilOpen). */
  constructor(source: OffboardDB | LiveDatabase, options: StoreOptions = {}) {
    this.live = source instanceof LiveDatabase ? source : LiveDatabase.of(source);
    this.now = options.now ?? (() => new Date());
    this.newId = options.newId ?? randomId;
    this.builtInLibrary = options.builtInTemplates ?? [];
    this.builtInTemplateIds = options.builtInTemplateIds ?? new Set(this.builtInLibrary.map((template) => template.id));
  }

  /** The live database: read at each operation, since an import's commit switches it. */
  get db(): OffboardDB {
    return this.live.current;
  }

  // -------------------------------------------------------------------------------------------
  // Clients

  async clientsList(): Promise<Client[]> {
    const rows = await this.db.clients.toArray();
    return rows.map(toClient).sort((a, b) => a.name.localeCompare(b.name, 'pl'));
  }

  async clientsGet(req: { id: string }): Promise<ClientWithOffboarding | null> {
    return this.db.transaction('r', [this.db.clients, this.db.offboardings], async () => {
      const client = await this.db.clients.get(req.id);
      return client ? this.withOffboarding(client) : null;
    });
  }

  /**
   * One indexed look-up per key of the conversation, all issued at once (each is a single getAll;
   * anyOf would walk a cursor, one round trip per step); the best match is the client whose key
   * comes first in lookupKeys' order (an exact address beats a company domain).
   */
  async clientsMatch(req: { emails: string[] }): Promise<ClientWithOffboarding | null> {
    const keys = lookupKeys(req.emails);
    if (keys.length === 0) return null;
    return this.db.transaction('r', [this.db.clients, this.db.offboardings], async () => {
      const found = await Promise.all(keys.map((key) => this.db.clients.where('matchKeys').equals(key).toArray()));
      const candidates = [...new Map(found.flat().map((client) => [client.id, client])).values()];
      const best = bestMatch(candidates, keys);
      return best ? this.withOffboarding(best) : null;
    });
  }

  async clientsUpdate(req: { id: string; changes: ClientChanges }): Promise<Client> {
    return this.changing(this.db.transaction('rw', [this.db.clients, this.db.offboardings, this.db.overview, this.db.meta], async () => {
      const stored = await this.db.clients.get(req.id);
      if (!stored) throw notFound('client', req.id);
      const merged = dropUndefined({ ...toClient(stored), ...req.changes, id: stored.id, updatedAt: this.nowIso() });
      const client = validate(clientSchema, merged, 'client');
      await this.db.clients.put(toStored(client));
      await refreshClientSummary(this.db, client.id, this.today());
      return client;
    }));
  }

  /** Deletes the client with its offboardings and its whole event log. */
  async clientsDelete(req: { id: string }): Promise<true> {
    const { clients, offboardings, timelines, overview, meta } = this.db;
    return this.changing(this.db.transaction('rw', [clients, offboardings, timelines, overview, meta], async () => {
      if (!(await clients.get(req.id))) throw notFound('client', req.id);
      await timelines.delete(req.id);
      await offboardings.where('clientId').equals(req.id).delete();
      await clients.delete(req.id);
      await refreshClientSummary(this.db, req.id, this.today());
      return true as const;
    }));
  }

  // -------------------------------------------------------------------------------------------
  // Offboardings

  /**
   * Starts an offboarding for the given client, for the client already known by this exact
   * address, or for a new client. Idempotent while one is running: a second start (a double
   * click, a second sidebar) returns the running offboarding unchanged.
   */
  async offboardingStart(input: StartOffboardingInput): Promise<ClientWithOffboarding> {
    const { clients, offboardings, timelines, settings, overview, meta } = this.db;
    const nowIso = this.nowIso();
    return this.changing(this.db.transaction('rw', [clients, offboardings, timelines, settings, overview, meta], async () => {
      let stored = input.clientId ? await clients.get(input.clientId) : undefined;
      if (input.clientId && !stored) throw notFound('client', input.clientId);
      if (!stored && input.email) {
        const key = matchKeys({ emails: [input.email], domains: [] })[0];
        if (key) stored = await clients.where('matchKeys').equals(key).first();
      }

      let client: Client;
      if (stored) {
        client = toClient(stored);
        const withContact = addContact(client, input, nowIso);
        if (withContact !== client) {
          client = validate(clientSchema, withContact, 'client');
          await clients.put(toStored(client));
        }
        const running = currentOffboarding(await offboardings.where('clientId').equals(client.id).toArray());
        if (running && isRunning(running)) {
          if (withContact !== client) await refreshClientSummary(this.db, client.id, this.today());
          return { client, offboarding: running, stage: stageOf(running) };
        }
      } else {
        const created = newClient(
          {
            name: input.name,
            company: input.company,
            emails: input.email ? [input.email] : [],
            domains: input.domain ? [input.domain] : [],
            language: input.language,
            // The user's default notice period until the contract's own is entered.
            contract: { noticePeriod: { ...(await this.settingsGet()).defaultNoticePeriod } },
          },
          nowIso,
          this.newId(),
        );
        client = validate(clientSchema, dropUndefined(created), 'client');
        await clients.add(toStored(client));
      }

      const offboarding = validate(
        offboardingSchema,
        newOffboarding(
          {
            clientId: client.id,
            initiator: input.initiator,
            reason: input.reason,
            thread: input.thread,
            startedOn: todayIso(this.now()),
          },
          nowIso,
          this.newId(),
        ),
        'offboarding',
      );
      await offboardings.add(offboarding);
      await this.appendEvents(client.id, [
        this.event(client.id, offboarding.id, 'offboarding-started', nowIso, {
          initiator: offboarding.initiator,
          reason: offboarding.reason,
          stage: stageOf(offboarding),
        }),
      ]);
      await refreshClientSummary(this.db, client.id, this.today());
      return { client, offboarding, stage: stageOf(offboarding) };
    }));
  }

  /** Applies one field-level change; logs it and any move of the derived stage. */
  async offboardingPatch(req: { id: string; patch: OffboardingPatch }): Promise<Offboarding> {
    const { clients, offboardings, timelines, overview, meta } = this.db;
    const nowIso = this.nowIso();
    return this.changing(this.db.transaction('rw', [clients, offboardings, timelines, overview, meta], async () => {
      const current = await offboardings.get(req.id);
      if (!current) throw notFound('offboarding', req.id);
      const { offboarding: changed, events } = patchOrRefuse(current, req.patch, nowIso, this.newId);
      if (changed === current) return current;
      const log = events.map(({ type, data }) => this.event(current.clientId, current.id, type, nowIso, data));

      const next = validate(offboardingSchema, dropUndefined({ ...changed, updatedAt: nowIso }), 'offboarding');
      const from = stageOf(current);
      const to = stageOf(next);
      if (from !== to) log.push(this.event(next.clientId, next.id, 'stage-changed', nowIso, { from, to }));
      await offboardings.put(next);
      if (log.length > 0) await this.appendEvents(next.clientId, log);
      await refreshClientSummary(this.db, next.clientId, this.today());
      return next;
    }));
  }

  // -------------------------------------------------------------------------------------------
  // Events

  async eventsAppend(req: Omit<OffboardEvent, 'id' | 'at'>): Promise<OffboardEvent> {
    const { clients, offboardings, timelines } = this.db;
    return this.changing(this.db.transaction('rw', [clients, offboardings, timelines], async () => {
      if (!(await clients.get(req.clientId))) throw notFound('client', req.clientId);
      if (req.offboardingId !== undefined) {
        const ob = await offboardings.get(req.offboardingId);
        if (!ob || ob.clientId !== req.clientId) throw notFound(`offboarding of client ${req.clientId}`, req.offboardingId);
      }
      const event = validate(
        offboardEventSchema,
        dropUndefined({ ...req, id: this.newId(), at: this.nowIso() }),
        'event',
      );
      await this.appendEvents(req.clientId, [event]);
      return event;
    }));
  }

  /**
   * A client's timeline, oldest first: one read of its timeline row. Events written by one change
   * share an instant; among those the start comes first and a stage change last (its cause first).
   */
  async eventsList(req: { clientId: string }): Promise<OffboardEvent[]> {
    const events = [...((await this.db.timelines.get(req.clientId))?.events ?? [])];
    return events.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : tieRank(a) - tieRank(b)));
  }

  // -------------------------------------------------------------------------------------------
  // Overview

  /**
   * One row per client with an offboarding (its current one), earliest deadline first, rows with
   * no deadline last (storage/overview.ts), read from the summary (storage/overview-summary.ts).
   */
  async overviewList(req: { today: string }): Promise<OverviewRow[]> {
    return this.withSummary(req.today, () => readAllSummaryRows(this.db));
  }

  /** The first page of overviewList with the totals of all of it: `limit` rows and seven counters. */
  async overviewSummary(req: { today: string; limit: number }): Promise<OverviewSummary> {
    return this.withSummary(req.today, () => readSummary(this.db, req.limit));
  }

  /** Runs `read` on the summary once the rows that expired before `today` are recomputed. */
  private async withSummary<T>(today: string, read: () => Promise<T>, alsoReads: ReadonlyArray<'clients' | 'offboardings'> = []): Promise<T> {
    const { clients, offboardings, overview, meta } = this.db;
    // Usually the summary is already at today: a read-only transaction, which never waits for a
    // reader (the alarm's, a previous popup's full list) to finish.
    const readTables = [overview, meta, ...alsoReads.map((name) => this.db[name])];
    const current = await this.db.transaction('r', readTables, async () => ((await summaryIsAt(this.db, today)) ? { value: await read() } : null));
    if (current) return current.value;
    return this.db.transaction('rw', [clients, offboardings, overview, meta], async () => {
      await bringSummaryTo(this.db, today);
      return read();
    });
  }

  /**
   * The clients and current offboardings that may have something due `today`, read through the
   * summary's alertUntil index (storage/overview-summary.ts readAlertCandidates): what the daily
   * check (background/notifications.ts) reads, so its cost follows the due work, not the store.
   * Not a protocol operation: only the background calls it.
   */
  async alertCandidates(today: string): Promise<{ clients: Client[]; offboardings: Offboarding[] }> {
    return this.withSummary(today, () => readAlertCandidates(this.db, today), ['clients', 'offboardings']);
  }

  /**
   * Every client and every offboarding, read in one transaction: the full scan the daily check
   * made before alertCandidates (the tests compare the two). Not a protocol operation.
   */
  async clientsAndOffboardings(): Promise<{ clients: Client[]; offboardings: Offboarding[] }> {
    return this.readClientsAndOffboardings();
  }

  private async readClientsAndOffboardings(): Promise<{ clients: StoredClient[]; offboardings: Offboarding[] }> {
    const [clients, offboardings] = await this.db.transaction('r', [this.db.clients, this.db.offboardings], () =>
      Promise.all([this.db.clients.toArray(), this.db.offboardings.toArray()]),
    );
    return { clients, offboardings };
  }

  // -------------------------------------------------------------------------------------------
  // Insights

  async insightsCompute(req: InsightsPeriod): Promise<InsightsReport> {
    const generation = this.generation;
    let facts = this.factsCache?.generation === generation ? this.factsCache.facts : undefined;
    if (!facts) {
      facts = (await this.allOffboardings()).map(insightsFacts);
      if (generation === this.generation) this.factsCache = { generation, facts };
    }
    return insightsFromFacts(facts, req);
  }

  async insightsTestimonials(): Promise<PublishableTestimonial[]> {
    const offboardings = (await this.allOffboardings()).filter((ob) => (ob.testimonials?.length ?? 0) > 0);
    // Only the clients whose testimonials are listed, not the whole table.
    const clients = (await this.db.clients.bulkGet([...new Set(offboardings.map((ob) => ob.clientId))])).filter((c) => c !== undefined);
    return publishableTestimonials(clients, offboardings);
  }

  private async allOffboardings(): Promise<readonly Offboarding[]> {
    const cached = this.offboardingsCache;
    if (cached && cached.generation === this.generation) return cached.offboardings;
    const generation = this.generation;
    const offboardings = await this.db.offboardings.toArray();
    if (generation === this.generation) this.offboardingsCache = { generation, offboardings };
    return offboardings;
  }

  // -------------------------------------------------------------------------------------------
  // Templates and settings

  async templatesList(): Promise<Template[]> {
    return this.db.templates.toArray();
  }

  /** The built-in library, a fresh copy each call (the sidebar asks once per start). */
  async templatesBuiltIn(): Promise<Template[]> {
    return this.builtInLibrary.map((template) => ({ ...template, variables: [...template.variables] }));
  }

  /** Reads nothing: the sidebar sends the record it shows, checked by the request schema. */
  async templatesRender(req: { template: Template; input: DraftRenderInput }): Promise<RenderedDraft> {
    return renderDraftForRecord(req.template, req.input);
  }

  async templatesPut(req: { template: Template }): Promise<Template> {
    const template = validate(templateSchema, req.template, 'template');
    const problem = builtInTemplateProblem(template, this.builtInTemplateIds);
    if (problem === 'marked') throw new Error('templates.put refused: a stored template cannot be marked built-in (builtIn must be false).');
    if (problem === 'id') throw new Error(`templates.put refused: "${template.id}" is a built-in template's id; save a copy under an id of its own.`);
    await this.changing(this.db.templates.put(template));
    return template;
  }

  async templatesDelete(req: { id: string }): Promise<true> {
    return this.db.transaction('rw', [this.db.templates], async () => {
      if (!(await this.db.templates.get(req.id))) throw notFound('template', req.id);
      await this.db.templates.delete(req.id);
      return true as const;
    }).then((done) => this.changing(Promise.resolve(done)));
  }

  async settingsGet(): Promise<Settings> {
    // The service worker's navigator knows the browser's languages (absent in Node tests: Polish).
    return (await this.db.settings.get(SETTINGS_KEY)) ?? defaultSettings(globalThis.navigator?.languages ?? []);
  }

  async settingsPut(req: { settings: Settings }): Promise<Settings> {
    const settings = validate(settingsSchema, req.settings, 'settings');
    await this.changing(this.db.settings.put(settings, SETTINGS_KEY));
    return settings;
  }

  // -------------------------------------------------------------------------------------------
  // Data

  async dataExport(): Promise<string> {
    return exportDocument(this.db, this.nowIso());
  }

  /** A backup as one text (either format): for small stores; the options page streams (dataImportBatch). */
  async dataImport(req: { json: string }): Promise<ImportResult> {
    const importer = {
      begin: async () => (await this.dataImportBegin()).session,
      batch: (session: string, records: readonly BackupRecord[], firstLine: number | undefined) => this.stageInOrder(session, records, firstLine),
      commit: (session: string, counts: BackupCounts) => this.commitSession(session, counts),
      abort: (session: string) => this.dataImportAbort({ session }),
    };
    return this.changing(importDocument(importer, req.json, { builtInTemplateIds: this.builtInTemplateIds }));
  }

  /** The revision a streamed export's pages must all carry, and its time (the counts are those of the pages). */
  async dataExportInfo(): Promise<{ revision: number; exportedAt: string }> {
    return { revision: this.revision, exportedAt: this.nowIso() };
  }

  async dataExportPage(req: { table: BackupTable; after: string | null; limit: number }): Promise<{ records: BackupRecord[]; after: string | null; revision: number }> {
    const revision = this.revision;
    const page = await exportPage(this.db, req.table, req.after, req.limit);
    // A write that committed while the page was read bumps the revision after it: report the newer.
    return { ...page, revision: Math.max(revision, this.revision) };
  }

  /** Opens an import into a fresh database; an earlier unfinished import is dropped (its batches are then refused). */
  async dataImportBegin(): Promise<{ session: string }> {
    await this.dropImport();
    const session = this.newId();
    const target = await beginImport(this.live, session);
    if (this.importing) await abortImport(this.live, this.importing); // a second begin raced this one
    this.importing = target;
    return { session };
  }

  /** Batches are written strictly in the order they arrive, even when the page sends the next before this one is written. */
  async dataImportBatch(req: { session: string; lines: string[]; firstLine?: number }): Promise<{ staged: number }> {
    // Parsed and checked before waiting for the batch ahead: that work overlaps its writing.
    const records = parseBackupLines(req.lines, req.firstLine);
    return { staged: await this.stageInOrder(req.session, records, req.firstLine) };
  }

  async dataImportCommit(req: { session: string; counts: BackupCounts }): Promise<ImportResult> {
    return this.changing(this.commitSession(req.session, req.counts));
  }

  private stageInOrder(session: string, records: readonly BackupRecord[], firstLine: number | undefined): Promise<number> {
    const staging = this.stagingQueue.then(() =>
      stageRecords(this.importTarget(session), records, {
        builtInTemplateIds: this.builtInTemplateIds,
        today: this.today(),
        ...(firstLine === undefined ? {} : { firstLine }),
      }),
    );
    this.stagingQueue = staging.catch(() => undefined);
    return staging;
  }

  /** Switches the store to the session's database; any failure before the switch deletes that database. */
  private async commitSession(session: string, counts: BackupCounts): Promise<ImportResult> {
    await this.stagingQueue;
    const target = this.importTarget(session);
    this.importing = undefined;
    try {
      return await commitImport(this.live, target, counts, this.today());
    } catch (error) {
      if (this.db !== target.db) await abortImport(this.live, target).catch(() => undefined);
      throw error;
    }
  }

  /**
   * Writes this browser's own meta rows (the last backup, the automatic backup's state): never while
   * an import's commit carries them to the new store, so none is written to a store being replaced.
   */
  private ownMeta<T>(work: () => Promise<T>): Promise<T> {
    return this.live.exclusive(work);
  }

  /** The import under way with this session id, or the refusal of a batch for an import since replaced. */
  private importTarget(session: string): ImportTarget {
    if (this.importing?.session !== session) throw new ImportError('interrupted');
    return this.importing;
  }

  private async dropImport(): Promise<void> {
    const dropped = this.importing;
    this.importing = undefined;
    if (dropped) await abortImport(this.live, dropped).catch(() => undefined);
  }

  async dataBackupDone(): Promise<BackupStatus> {
    await this.ownMeta(() => this.db.meta.put({ key: LAST_BACKUP_KEY, value: this.nowIso() }));
    return this.dataBackupStatus();
  }

  /** For the reminder: when the last backup was saved, and whether there is anything to back up. */
  async dataBackupStatus(): Promise<BackupStatus> {
    // Whether any client exists is one key of the primary index; a count would walk all of them.
    const [last, firstClient, auto] = await Promise.all([this.db.meta.get(LAST_BACKUP_KEY), this.db.clients.orderBy(':id').limit(1).primaryKeys(), this.backupAutoStatus()]);
    return { lastBackupAt: typeof last?.value === 'string' ? last.value : null, hasClients: firstClient.length > 0, ...(auto.failure ? { autoBackupFailure: auto.failure } : {}) };
  }

  async backupAutoStatus(): Promise<AutoBackupState> {
    return readAutoBackup(this.db, await this.reminderDays());
  }

  async backupAutoConfigure(req: StoreOperations['backup.autoConfigure']['req']): Promise<AutoBackupState> {
    const config = validate(autoBackupChangesSchema, req, 'automatic backup');
    return this.ownMeta(async () => configureAutoBackup(this.db, config, await this.reminderDays()));
  }

  /**
   * The background's own (not a protocol operation): an automatic backup was saved as download `id`.
   * It counts as the last backup for the reminder; the answer lists the files now beyond the kept N.
   */
  async autoBackupSaved(id: number): Promise<{ state: AutoBackupState; remove: number[] }> {
    const at = this.nowIso();
    return this.ownMeta(async () => {
      await this.db.meta.put({ key: LAST_BACKUP_KEY, value: at });
      return recordAutoBackupFile(this.db, { id, at }, await this.reminderDays());
    });
  }

  /** The background's own: these files were removed (or were already gone). */
  async autoBackupForget(ids: readonly number[]): Promise<AutoBackupState> {
    return this.ownMeta(async () => forgetAutoBackupFiles(this.db, ids, await this.reminderDays()));
  }

  /** The background's own: the last automatic backup failed; nothing in the store changes. */
  async autoBackupFailed(failure: Omit<AutoBackupFailure, 'at'>): Promise<AutoBackupState> {
    const at = this.nowIso();
    return this.ownMeta(async () => recordAutoBackupFailure(this.db, { ...failure, at }, await this.reminderDays()));
  }

  private async reminderDays(): Promise<number | undefined> {
    return (await this.db.settings.get(SETTINGS_KEY))?.backupReminderDays;
  }

  async dataImportAbort(req: { session: string }): Promise<true> {
    if (this.importing?.session === req.session) await this.dropImport();
    return true;
  }

  async dataDeleteAll(req: { confirm: 'DELETE' }): Promise<true> {
    if (req.confirm !== 'DELETE') throw new StoreError('invalid', 'Deleting everything needs confirm: "DELETE"');
    const { clients, offboardings, timelines, templates, settings, overview, meta } = this.db;
    await this.changing(
      this.db.transaction('rw', [clients, offboardings, timelines, templates, settings, overview, meta], async () => {
        await Promise.all([clients.clear(), offboardings.clear(), timelines.clear(), templates.clear(), settings.clear()]);
        await clearOverviewSummary(this.db, this.today());
      }),
    );
    return true;
  }

  // -------------------------------------------------------------------------------------------

  /**
   * Moves the revision on (a streamed export notices the change) and marks the insights caches
   * stale, once `write` has settled (committed or not).
   */
  private async changing<T>(write: Promise<T>): Promise<T> {
    try {
      return await write;
    } finally {
      this.revision += 1;
      this.generation += 1;
    }
  }

  private today(): string {
    return todayIso(this.now());
  }

  private nowIso(): string {
    return this.now().toISOString();
  }

  private event(
    clientId: string,
    offboardingId: string,
    type: OffboardEvent['type'],
    at: string,
    data: OffboardEvent['data'],
  ): OffboardEvent {
    return { id: this.newId(), clientId, offboardingId, type, at, data };
  }

  /** Adds events to the end of a client's timeline; call inside a transaction that includes timelines. */
  private async appendEvents(clientId: string, added: OffboardEvent[]): Promise<void> {
    const row = await this.db.timelines.get(clientId);
    await this.db.timelines.put({ clientId, events: row ? [...row.events, ...added] : added });
  }

  private async withOffboarding(stored: StoredClient): Promise<ClientWithOffboarding> {
    const offboarding = currentOffboarding(await this.db.offboardings.where('clientId').equals(stored.id).toArray());
    return { client: toClient(stored), offboarding: offboarding ?? null, stage: offboarding ? stageOf(offboarding) : null };
  }
}

// ---------------------------------------------------------------------------------------------
// Helpers (pure)

function tieRank(event: OffboardEvent): number {
  if (event.type === 'offboarding-started') return 0;
  return event.type === 'stage-changed' ? 2 : 1;
}

/** offboarding/patch.ts applyPatch, its refusals as the store's errors. */
function patchOrRefuse(current: Offboarding, patch: OffboardingPatch, nowIso: string, newId: () => string): PatchResult {
  try {
    return applyPatch(current, patch, nowIso, newId);
  } catch (error) {
    // Every 'invalid' change refused by applyPatch puts two dates in the wrong order.
    if (error instanceof PatchError) throw new StoreError(error.code, error.message, error.code === 'invalid' ? { rule: 'dates' } : undefined);
    throw error;
  }
}

function notFound(what: string, id: string): StoreError {
  return new StoreError('not-found', `No ${what} with id "${id}" (it may have been deleted)`);
}

function validate<T>(schema: ZodMiniType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = describeFirstIssue(result.error);
  throw new StoreError('invalid', `Invalid ${what} at ${issue.path}: ${issue.message}`, firstIssueParams(result.error));
}

/** Drops keys whose value is undefined: an absent optional field is stored absent, not as undefined. */
function dropUndefined<T extends object>(value: T): T {
  const out = { ...value };
  for (const key of Object.keys(out) as Array<keyof T>) {
    if (out[key] === undefined) delete out[key];
  }
  return out;
}

/**
 * The background's store: its database is known once the pointer is read (LiveDatabase.ready), but
 * its listeners are registered at once. Until then every method call waits for it; after, the
 * store's own methods are returned as they are.
 */
export function gatedUntilOpen(store: Store): Store {
  let open = false;
  void store.live.ready.then(() => {
    open = true;
  });
  return new Proxy(store, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (open || typeof value !== 'function') return value;
      const method = value as (...args: unknown[]) => unknown;
      return async (...args: unknown[]) => {
        await target.live.ready;
        return method.apply(target, args);
      };
    },
  });
}
