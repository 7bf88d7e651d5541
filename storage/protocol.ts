/**
 * The one message API through which sidebar, popup and options reach the store owned by the
 * background. Types only here; the background validates every request against storage/schemas.ts.
 */
import type {
  Client,
  EndReason,
  Initiator,
  Lang,
  Offboarding,
  OffboardEvent,
  Settings,
  Stage,
  ThreadRef,
} from '../offboarding/types';
import type { RenderedDraft, Template } from '../templates/types';
import type { DraftRenderInput } from '../templates/draft-render';
import type { OverviewRow } from '../offboarding/overview';
import type { OffboardingPatch } from '../offboarding/patch';
import type { BackupCounts, BackupRecord } from './backup/format';
import type { InsightsPeriod, InsightsReport } from '../offboarding/insights';
import type { PublishableTestimonial } from '../offboarding/testimonials';

export interface ClientWithOffboarding {
  client: Client;
  offboarding: Offboarding | null;
  stage: Stage | null;
}


/** The popup's first screen: a page of the overview with the counts of the whole of it. */
export interface OverviewSummary {
  /** The first `limit` rows, in the order of overview.list. */
  rows: OverviewRow[];
  /** How many rows overview.list has. */
  total: number;
  /** Rows per stage, every stage present (zero when empty). */
  stages: Record<Stage, number>;
}

export interface StartOffboardingInput {
  name: string;
  company?: string;
  email?: string;
  domain?: string;
  language: Lang;
  initiator: Initiator;
  reason: EndReason;
  thread?: ThreadRef;
  /** Optional existing client to start a new engagement offboarding for. */
  clientId?: string;
}


export type ClientChanges = Partial<Omit<Client, 'id' | 'createdAt' | 'updatedAt'>>;

export type ImportResult = { clients: number; offboardings: number; events: number; templates: number };

/** request → response for each operation. */
export interface StoreOperations {
  'clients.list': { req: Record<string, never>; res: Client[] };
  'clients.get': { req: { id: string }; res: ClientWithOffboarding | null };
  /** One indexed look-up per address/domain; first match wins (address before domain). */
  'clients.match': { req: { emails: string[] }; res: ClientWithOffboarding | null };
  'clients.update': { req: { id: string; changes: ClientChanges }; res: Client };
  'clients.delete': { req: { id: string }; res: true };
  'offboarding.start': { req: StartOffboardingInput; res: ClientWithOffboarding };
  'offboarding.patch': { req: { id: string; patch: OffboardingPatch }; res: Offboarding };
  'events.append': { req: Omit<OffboardEvent, 'id' | 'at'>; res: OffboardEvent };
  'events.list': { req: { clientId: string }; res: OffboardEvent[] };
  'overview.list': { req: { today: string }; res: OverviewRow[] };
  /** The first `limit` rows of overview.list plus totals: a small answer for a first paint. */
  'overview.summary': { req: { today: string; limit: number }; res: OverviewSummary };
  /** Insights across all clients, computed in the background: a small answer for any store size. */
  'insights.compute': { req: InsightsPeriod; res: InsightsReport };
  /** The testimonials clients allowed to publish (offboarding/testimonials.ts), newest first. */
  'insights.testimonials': { req: Record<string, never>; res: PublishableTestimonial[] };
  'templates.list': { req: Record<string, never>; res: Template[] };
  /** The built-in library (templates/library/), answered by the background so the sidebar does not ship it. */
  'templates.builtIn': { req: Record<string, never>; res: Template[] };
  /** A draft rendered from the record in the background, where the variables and the Markdown engine live. */
  'templates.render': { req: { template: Template; input: DraftRenderInput }; res: RenderedDraft };
  'templates.put': { req: { template: Template }; res: Template };
  'templates.delete': { req: { id: string }; res: true };
  'settings.get': { req: Record<string, never>; res: Settings };
  'settings.put': { req: { settings: Settings }; res: Settings };
  'data.export': { req: Record<string, never>; res: string };
  'data.import': { req: { json: string }; res: ImportResult };
  'data.deleteAll': { req: { confirm: 'DELETE' }; res: true };
  // A backup in bounded pieces (storage/backup/): no message ever holds the whole store.
  /** What an export will hold; `revision` changes with every write, so a page can see a change mid-export. */
  'data.exportInfo': { req: Record<string, never>; res: { revision: number; exportedAt: string } };
  /** Up to `limit` rows of one table after the key `after` (null: from the start), in key order. */
  'data.exportPage': { req: { table: BackupTable; after: string | null; limit: number }; res: { records: BackupRecord[]; after: string | null; revision: number } };
  /** Opens an import session: a fresh database the batches are written into (storage/live-db.ts); an unfinished one is dropped. */
  'data.importBegin': { req: Record<string, never>; res: { session: string } };
  /** Writes a batch of a format-2 file's record lines (text, checked by the store) into the session's database; nothing the user sees changes. */
  'data.importBatch': { req: { session: string; lines: string[]; firstLine?: number }; res: { staged: number } };
  /** If the counts agree, switches the store to the session's database (one pointer write) and deletes the old one. */
  'data.importCommit': { req: { session: string; counts: BackupCounts }; res: ImportResult };
  'data.importAbort': { req: { session: string }; res: true };
  /** Notes that the page saved a complete backup now (for the reminder). */
  'data.backupDone': { req: Record<string, never>; res: BackupStatus };
  'data.backupStatus': { req: Record<string, never>; res: BackupStatus };
  /** The optional automatic backup (storage/auto-backup.ts): the user's choice, the files kept, the last failure. */
  'backup.autoStatus': { req: Record<string, never>; res: AutoBackupState };
  /** Saves the choice; the page has asked for the downloads permission (inside the click) before turning it on. */
  /** A patch: only the fields given change (two quick changes in the UI must not undo each other); any call clears the last failure. */
  'backup.autoConfigure': { req: Partial<{ enabled: boolean; intervalDays: number; keep: number }>; res: AutoBackupState };
}

export interface AutoBackupFailure {
  code: 'permission-removed' | 'disk-full' | 'download-failed' | 'export-failed';
  at: string;
  detail?: string;
}

export interface AutoBackupState {
  enabled: boolean;
  intervalDays: number;
  keep: number;
  /** Download ids of the files the automatic backup wrote and still keeps, oldest first. */
  files: Array<{ id: number; at: string }>;
  lastAutoAt: string | null;
  failure: AutoBackupFailure | null;
}

export interface BackupStatus {
  /** When the last complete backup was saved from this browser; null: never. */
  lastBackupAt: string | null;
  /** Whether the store holds any client (an empty store needs no backup); not a count, which grows with the store. */
  hasClients: boolean;
  /** The automatic backup's last failure, until it next succeeds (the badge shows it). */
  autoBackupFailure?: AutoBackupFailure;
}

export type BackupTable = 'clients' | 'offboardings' | 'timelines' | 'templates' | 'settings';

export type StoreOperation = keyof StoreOperations;

/**
 * The store as its callers see it (sidebar, popup, options): typed calls answered by the background
 * and change notifications. The views receive it as a prop so that tests can hand in a fake.
 */
export interface StoreClient {
  call<K extends StoreOperation>(op: K, req: StoreOperations[K]['req']): Promise<StoreOperations[K]['res']>;
  /** Returns a function that stops listening. */
  onChanged(listener: (change: StoreChanged) => void): () => void;
}

/** The channel on which the background tells a subscribed page that data changed. */
export const STORE_CHANGES_CHANNEL = 'offboard:store-changes';

/** Pushed by the background on every open store-changes channel after every committed change. */
export interface StoreChanged {
  type: 'offboard:store-changed';
  tables: Array<'clients' | 'offboardings' | 'events' | 'templates' | 'settings'>;
}
