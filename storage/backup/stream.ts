/**
 * The page's half of a backup (the options page runs these; tests hand in a StoreClient over a real
 * Store). Export pulls bounded pages from the background and writes format-2 lines into a Blob in
 * chunks; import reads a File as a stream, checks each line and sends bounded batches that the
 * background writes into a fresh database, then commits (the store switches to it). No message
 * and no string ever holds the whole store.
 */
import type { ImportResult, StoreClient } from '../protocol';
import { BACKUP_BATCH } from '../schemas';
import { canonicalJson, Crc32, crc32Combine, crcDigest, EXPORT_FORMAT, EXPORT_VERSION, type BackupCounts, type BackupRecord, type BackupTrailer } from './format';
import { ImportError, MAX_IMPORT_BYTES } from './errors';
import { BackupLineChecker, splitLines } from './lines';
import { legacyCounts, legacyRecords, parseExportDocument } from './v1';

export const BACKUP_MIME = 'application/x-ndjson';

/** Export pages: rows per request (a timeline row carries a client's whole log, so fewer of them). */
const PAGE_LIMIT = { clients: 1_000, offboardings: 1_000, timelines: 100, templates: 100, settings: 1 } as const;
const EXPORT_TABLES = ['clients', 'offboardings', 'timelines', 'templates', 'settings'] as const;
/** Bytes gathered before they become one Blob part (the browser may keep large Blobs on disk). */
const BLOB_PART_BYTES = 1 << 20;
/** How many times an export starts over when the store changed under it. */
const EXPORT_ATTEMPTS = 3;

/** The store kept changing while it was exported (another tab was writing). */
export class ExportChangedError extends Error {
  constructor() {
    super('The data changed while it was being exported; export again.');
    this.name = 'ExportChangedError';
  }
}

export interface ExportedBackup {
  blob: Blob;
  counts: BackupCounts;
  checksum: string;
}

export async function exportBackup(store: StoreClient): Promise<ExportedBackup> {
  for (let attempt = 0; attempt < EXPORT_ATTEMPTS; attempt += 1) {
    const written = await exportOnce(store);
    if (written) return written;
  }
  throw new ExportChangedError();
}

/**
 * One pass; null when a write landed between two pages (the file would mix two states). The header's
 * counts are those of the records written, so it is made last and put first: its CRC is combined
 * with the body's, and the store is read once.
 */
async function exportOnce(store: StoreClient): Promise<ExportedBackup | null> {
  const info = await store.call('data.exportInfo', {});
  const encoder = new TextEncoder();
  const bodyCrc = new Crc32();
  let bodyBytes = 0;
  const parts: Blob[] = [];
  let pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = () => {
    if (pending.length > 0) parts.push(new Blob(pending as BlobPart[]));
    pending = [];
    pendingBytes = 0;
  };
  const write = (text: string) => {
    const bytes = encoder.encode(text);
    bodyCrc.update(bytes);
    bodyBytes += bytes.length;
    pending.push(bytes);
    pendingBytes += bytes.length;
    if (pendingBytes >= BLOB_PART_BYTES) flush();
  };

  const counts: BackupCounts = { clients: 0, offboardings: 0, events: 0, templates: 0 };
  for (const table of EXPORT_TABLES) {
    let after: string | null = null;
    do {
      const page: { records: BackupRecord[]; after: string | null; revision: number } = await store.call('data.exportPage', { table, after, limit: PAGE_LIMIT[table] });
      if (page.revision !== info.revision) return null;
      let chunk = '';
      for (const record of page.records) {
        chunk += `${canonicalJson(record)}\n`;
        if (record.kind === 'client') counts.clients += 1;
        else if (record.kind === 'offboarding') counts.offboardings += 1;
        else if (record.kind === 'event') counts.events += 1;
        else if (record.kind === 'template') counts.templates += 1;
      }
      write(chunk);
      after = page.after;
    } while (after !== null);
  }
  flush();
  const header = encoder.encode(`${canonicalJson({ counts, exportedAt: info.exportedAt, format: EXPORT_FORMAT, version: EXPORT_VERSION })}\n`);
  const headerCrc = new Crc32();
  headerCrc.update(header);
  const checksum = crcDigest(crc32Combine(headerCrc.value(), bodyCrc.value(), bodyBytes));
  const trailer: BackupTrailer = { end: true, counts, checksum };
  const blob = new Blob([header as BlobPart, ...parts, `${canonicalJson(trailer)}\n`], { type: BACKUP_MIME });
  return { blob, counts, checksum };
}

// ---------------------------------------------------------------------------------------------
// Import

/** Reads a backup of either format and replaces the store with it, or throws and changes nothing. */
export async function importBackup(store: StoreClient, file: Blob): Promise<ImportResult> {
  const { session } = await store.call('data.importBegin', {});
  const batches = new BatchSender(store, session);
  try {
    const counts = (await isFormat2(file)) ? await sendFormat2(file, batches) : await sendFormat1(file, batches);
    await batches.finish();
    return await store.call('data.importCommit', { session, counts });
  } catch (error) {
    await batches.settle();
    await store.call('data.importAbort', { session }).catch(() => undefined);
    throw error;
  }
}

/** Format 2's first line is a complete JSON object naming the format and a version above 1. */
async function isFormat2(file: Blob): Promise<boolean> {
  const head = await blobText(file.slice(0, 4096));
  const firstLine = head.split('\n', 1)[0] ?? '';
  try {
    const raw = JSON.parse(firstLine) as { format?: unknown; version?: unknown };
    return raw !== null && typeof raw === 'object' && raw.format === EXPORT_FORMAT && typeof raw.version === 'number' && raw.version >= 2;
  } catch {
    return false; // format 1 is indented JSON: its first line is "{"
  }
}

async function sendFormat2(file: Blob, batches: BatchSender): Promise<BackupCounts> {
  const checker = new BackupLineChecker();
  for await (const line of splitLines(file.stream())) {
    const record = checker.accept(line);
    if (record) await batches.add(record.text, line.number, line.bytes.length);
  }
  checker.finish();
  return checker.counts!;
}

/** A format-1 document is read whole (it is at most 50 MB) and checked before anything is sent. */
async function sendFormat1(file: Blob, batches: BatchSender): Promise<BackupCounts> {
  if (file.size > MAX_IMPORT_BYTES) throw new ImportError('too-large', { bytes: file.size });
  const doc = parseExportDocument(await blobText(file));
  for (const record of legacyRecords(doc)) {
    const text = canonicalJson(record);
    await batches.add(text, undefined, text.length);
  }
  return legacyCounts(doc);
}

/**
 * Batches in flight at once: while the background writes one batch, it already checks the next
 * (the store stages them strictly in the order sent), so its checking and its writing overlap.
 */
const BATCHES_IN_FLIGHT = 2;

/** Gathers record lines into batches of at most BACKUP_BATCH.records and about 2 MB each. */
class BatchSender {
  private lines: string[] = [];
  private firstLine: number | undefined;
  private bytes = 0;
  /** Oldest first; each settles when its batch is staged or refused. */
  private inFlight: Array<Promise<void>> = [];

  constructor(
    private readonly store: StoreClient,
    private readonly session: string,
  ) {}

  async add(text: string, line: number | undefined, bytes: number): Promise<void> {
    if (this.lines.length === 0) this.firstLine = line;
    this.lines.push(text);
    this.bytes += bytes;
    if (this.lines.length >= BACKUP_BATCH.records || this.bytes >= 2 * 1024 * 1024) await this.flush();
  }

  /** Sends what is gathered once fewer than BATCHES_IN_FLIGHT are on their way; the oldest refusal surfaces first. */
  async flush(): Promise<void> {
    if (this.lines.length === 0) return;
    const lines = this.lines;
    const firstLine = this.firstLine;
    this.lines = [];
    this.bytes = 0;
    while (this.inFlight.length >= BATCHES_IN_FLIGHT) await this.inFlight.shift();
    const sending = this.store.call('data.importBatch', { session: this.session, lines, ...(firstLine === undefined ? {} : { firstLine }) }).then(() => undefined);
    sending.catch(() => undefined); // awaited in order later; not an unhandled rejection meanwhile
    this.inFlight.push(sending);
  }

  /** Waits for the batches still in flight, ignoring their outcome (the import is being abandoned). */
  async settle(): Promise<void> {
    await Promise.allSettled(this.inFlight.splice(0));
  }

  /** Waits for the last batches, oldest first: a refusal, if any, surfaces here. */
  async finish(): Promise<void> {
    await this.flush();
    while (this.inFlight.length > 0) await this.inFlight.shift();
  }
}

/** Blob#text, or FileReader where an engine lacks it (jsdom, older browsers). */
function blobText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') return blob.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(blob, 'utf-8');
  });
}
