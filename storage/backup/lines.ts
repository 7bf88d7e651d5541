/**
 * Reading a format-2 backup line by line from a byte stream (a File's stream() in the options page):
 * each line is split off as bytes, checked against its schema and handed on, so memory holds one
 * chunk and one line, never the file. Refusals say the line.
 */
import { describeFirstIssue } from '../../common/validation-issues';
import * as z from 'zod/mini';
import { LIMITS } from '../schemas';
import {
  BACKUP_KINDS,
  COUNT_OF,
  Crc32,
  emptyCounts,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  MAX_LINE_BYTES,
  type BackupCounts,
  type BackupKind,
} from './format';
import { ImportError } from './errors';

const count = z.number().check(z.int(), z.minimum(0));
const countsSchema = z.strictObject({ clients: count, offboardings: count, events: count, templates: count });
const headerSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  counts: countsSchema,
});
const trailerSchema = z.strictObject({ end: z.literal(true), counts: countsSchema, checksum: z.string().check(z.regex(/^crc32:[0-9a-f]{8}$/)) });

export interface Line {
  /** 1-based. */
  number: number;
  /** Without its newline. */
  bytes: Uint8Array;
  /** False only for a last line that has no newline after it. */
  terminated: boolean;
}

/** The stream's lines as bytes; refuses a line longer than MAX_LINE_BYTES before buffering more of it. */
export async function* splitLines(stream: ReadableStream<Uint8Array>): AsyncGenerator<Line> {
  const reader = stream.getReader();
  let carry: Uint8Array[] = [];
  let carried = 0;
  let number = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      let start = 0;
      for (;;) {
        const newline = value.indexOf(0x0a, start);
        if (newline === -1) break;
        number += 1;
        yield { number, bytes: join(carry, carried, value.subarray(start, newline)), terminated: true };
        carry = [];
        carried = 0;
        start = newline + 1;
      }
      if (start < value.length) {
        carry.push(value.subarray(start));
        carried += value.length - start;
        if (carried > MAX_LINE_BYTES) throw new ImportError('line-too-long', { line: number + 1, bytes: carried });
      }
    }
    if (carried > 0) yield { number: number + 1, bytes: join(carry, carried, new Uint8Array(0)), terminated: false };
  } finally {
    reader.releaseLock();
  }
}

function join(parts: Uint8Array[], length: number, last: Uint8Array): Uint8Array {
  if (parts.length === 0) return last;
  const out = new Uint8Array(length + last.length);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  out.set(last, at);
  return out;
}

const NEWLINE = new Uint8Array([0x0a]);
/** How a record line the product wrote begins (canonical JSON: keys sorted, no spaces). */
const RECORD_PREFIX = new RegExp(`^\\{"kind":"(${BACKUP_KINDS.join('|')})","record":`);

/** A record line as the page hands it on: its kind (for the order and the counts) and its text. */
export interface RecordLine {
  kind: BackupKind;
  text: string;
}

function parseLine(text: string, line: number): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new ImportError('not-json', { line });
  }
}

/** The kind of a record line that does not start the canonical way; its record is checked by the store. */
function kindOf(raw: unknown, line: number): BackupKind {
  const kind = (raw as { kind?: unknown } | null)?.kind;
  if (typeof kind === 'string' && (BACKUP_KINDS as readonly string[]).includes(kind)) return kind as BackupKind;
  throw new ImportError('damaged', { line, path: 'kind', reason: `Expected one of ${BACKUP_KINDS.join(', ')}` });
}

/**
 * The rules of a format-2 file, fed one line at a time: a header first, records in BACKUP_KINDS
 * order and within the limits, one settings record, then a trailer whose counts and checksum match
 * what came before it, and nothing after.
 */
export class BackupLineChecker {
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  private readonly crc = new Crc32();
  private declared: BackupCounts | null = null;
  private readonly seen = emptyCounts();
  private lastKind: BackupKind | 'header' = 'header';
  private settingsSeen = false;
  private ended = false;
  private lastLine = 0;

  /**
   * The record line's kind and text (parsed and checked by the store), or null for the header and the
   * trailer. A line written by the product starts `{"kind":"…","record":`, so its kind is read from
   * that prefix without parsing the record; any other line is parsed whole.
   */
  accept(line: Line): RecordLine | null {
    this.lastLine = line.number;
    if (line.bytes.length > MAX_LINE_BYTES) throw new ImportError('line-too-long', { line: line.number, bytes: line.bytes.length });
    if (this.ended) {
      if (line.bytes.every((byte) => byte === 0x20 || byte === 0x0d || byte === 0x09)) return null;
      throw new ImportError('order', { line: line.number, kind: 'record', after: 'end' });
    }
    const text = this.decode(line);
    if (this.declared === null) {
      this.header(parseLine(text, line.number), line.number);
      this.feedCrc(line);
      return null;
    }
    const prefixed = RECORD_PREFIX.exec(text);
    let kind: BackupKind;
    if (prefixed) {
      kind = prefixed[1] as BackupKind;
    } else {
      const raw = parseLine(text, line.number);
      if (raw !== null && typeof raw === 'object' && 'end' in raw) {
        this.trailer(raw, line.number);
        return null;
      }
      kind = kindOf(raw, line.number);
    }
    this.count(kind, line.number);
    this.feedCrc(line);
    return { kind, text };
  }

  /** Throws unless the trailer was read. */
  finish(): void {
    if (!this.ended) throw new ImportError('truncated', { line: this.lastLine });
  }

  /** What the header declared (after the first line). */
  get counts(): BackupCounts | null {
    return this.declared;
  }

  private feedCrc(line: Line): void {
    this.crc.update(line.bytes);
    if (line.terminated) this.crc.update(NEWLINE);
  }

  private decode(line: Line): string {
    try {
      return this.decoder.decode(line.bytes);
    } catch {
      throw new ImportError('not-json', { line: line.number });
    }
  }

  private header(raw: unknown, line: number): void {
    if (raw === null || typeof raw !== 'object' || (raw as { format?: unknown }).format !== EXPORT_FORMAT) throw new ImportError('foreign');
    const version = (raw as { version?: unknown }).version;
    if (typeof version === 'number' && Number.isInteger(version) && version > EXPORT_VERSION) throw new ImportError('newer-version', { version });
    const parsed = headerSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = describeFirstIssue(parsed.error);
      throw new ImportError('damaged', { line, path: `header.${issue.path}`, reason: issue.message });
    }
    for (const table of ['clients', 'offboardings', 'events', 'templates'] as const) {
      const count = parsed.data.counts[table];
      const limit = LIMITS.importRows[table];
      if (count > limit) throw new ImportError('too-many', { table, count, limit });
    }
    this.declared = parsed.data.counts;
  }

  /** The order of kinds, one settings record, and no more records of a kind than the header declares. */
  private count(kind: BackupKind, line: number): void {
    const rank = BACKUP_KINDS.indexOf(kind);
    if (this.lastKind !== 'header' && rank < BACKUP_KINDS.indexOf(this.lastKind)) {
      throw new ImportError('order', { line, kind, after: this.lastKind });
    }
    this.lastKind = kind;
    if (kind === 'settings') {
      if (this.settingsSeen) throw new ImportError('order', { line, kind: 'settings', after: 'settings' });
      this.settingsSeen = true;
    } else {
      const table = COUNT_OF[kind];
      this.seen[table] += 1;
      const declared = this.declared![table];
      if (this.seen[table] > declared) throw new ImportError('counts', { line, table, count: this.seen[table], limit: declared });
    }
  }

  private trailer(raw: unknown, line: number): void {
    const parsed = trailerSchema.safeParse(raw);
    if (!parsed.success) {
      const issue = describeFirstIssue(parsed.error);
      throw new ImportError('damaged', { line, path: `end.${issue.path}`, reason: issue.message });
    }
    for (const table of ['clients', 'offboardings', 'events', 'templates'] as const) {
      const declared = this.declared![table];
      if (parsed.data.counts[table] !== declared || this.seen[table] !== declared) {
        throw new ImportError('counts', { line, table, count: this.seen[table], limit: declared });
      }
    }
    if (!this.settingsSeen) throw new ImportError('truncated', { line: line - 1 });
    if (parsed.data.checksum !== this.crc.digest()) throw new ImportError('checksum', { line });
    this.ended = true;
  }
}
