/**
 * The backup formats. Format 1: the whole store as one JSON document (read whole, at most 50 MB).
 * Format 2 (written since issue 19): JSON lines, so that neither the writer nor the reader ever
 * holds the whole store —
 *   line 1      {"counts":{…},"exportedAt":"…","format":"offboard-export","version":2}
 *   then        {"kind":"client","record":{…}}  one record per line, kinds in BACKUP_KINDS order
 *   last line   {"checksum":"crc32:…","counts":{…},"end":true}
 * The checksum is the CRC-32 of every byte before the last line (UTF-8, newlines included), so a
 * truncated, cut or edited file is refused before anything is committed.
 */
import type { Client, Offboarding, OffboardEvent, Settings } from '../../offboarding/types';
import type { Template } from '../../templates/types';

export const EXPORT_FORMAT = 'offboard-export';
/** The format the product writes. */
export const EXPORT_VERSION = 2;
/** The single-document format of the first releases: still read. */
export const LEGACY_EXPORT_VERSION = 1;

/** The kinds of record, in the order a format-2 file holds them (references point backwards). */
export const BACKUP_KINDS = ['client', 'offboarding', 'event', 'template', 'settings'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export type BackupRecord =
  | { kind: 'client'; record: Client }
  | { kind: 'offboarding'; record: Offboarding }
  | { kind: 'event'; record: OffboardEvent }
  | { kind: 'template'; record: Template }
  | { kind: 'settings'; record: Settings };

export interface BackupCounts {
  clients: number;
  offboardings: number;
  events: number;
  templates: number;
}

export const COUNT_OF: Record<Exclude<BackupKind, 'settings'>, keyof BackupCounts> = {
  client: 'clients',
  offboarding: 'offboardings',
  event: 'events',
  template: 'templates',
};

export interface BackupHeader {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  counts: BackupCounts;
}

export interface BackupTrailer {
  end: true;
  counts: BackupCounts;
  checksum: string;
}

/** A record line stays far below this (the schemas' field limits); anything longer is not ours. */
export const MAX_LINE_BYTES = 4 * 1024 * 1024;

export const emptyCounts = (): BackupCounts => ({ clients: 0, offboardings: 0, events: 0, templates: 0 });

/** JSON with every object's keys sorted: the same data always gives the same bytes. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonical(value));
}

export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const child = (value as Record<string, unknown>)[key];
      if (child !== undefined) out[key] = canonical(child);
    }
    return out;
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// CRC-32 (IEEE 802.3, as zip and gzip use it), fed chunk by chunk.

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export class Crc32 {
  private crc = 0xffffffff;

  update(bytes: Uint8Array): void {
    let crc = this.crc;
    for (let i = 0; i < bytes.length; i += 1) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
    this.crc = crc;
  }

  /** The CRC of the bytes so far, as a number. */
  value(): number {
    return (this.crc ^ 0xffffffff) >>> 0;
  }

  /** "crc32:" and eight lower-case hex digits. */
  digest(): string {
    return crcDigest(this.value());
  }
}

export const crcDigest = (crc: number): string => `crc32:${(crc >>> 0).toString(16).padStart(8, '0')}`;

/**
 * The CRC of A followed by B from the CRCs of A and B and B's length (zlib's crc32_combine), so a
 * writer can put a header it only knows at the end before bytes it has already checksummed.
 */
export function crc32Combine(first: number, second: number, secondLength: number): number {
  if (secondLength <= 0) return first >>> 0;
  const times = (matrix: Uint32Array, vector: number) => {
    let sum = 0;
    for (let i = 0; vector !== 0; i += 1, vector >>>= 1) if (vector & 1) sum ^= matrix[i]!;
    return sum >>> 0;
  };
  const square = (out: Uint32Array, matrix: Uint32Array) => {
    for (let n = 0; n < 32; n += 1) out[n] = times(matrix, matrix[n]!);
  };
  const odd = new Uint32Array(32);
  const even = new Uint32Array(32);
  odd[0] = 0xedb88320; // the operator for one zero bit
  for (let n = 1, row = 1; n < 32; n += 1, row <<= 1) odd[n] = row >>> 0;
  square(even, odd); // two zero bits
  square(odd, even); // four zero bits
  let crc = first >>> 0;
  let length = secondLength;
  // Each round squares the operator (one zero byte, then two, four, …) and applies it where the length has a 1 bit.
  for (;;) {
    square(even, odd);
    if (length % 2 === 1) crc = times(even, crc);
    length = Math.floor(length / 2);
    if (length === 0) break;
    square(odd, even);
    if (length % 2 === 1) crc = times(odd, crc);
    length = Math.floor(length / 2);
    if (length === 0) break;
  }
  return (crc ^ second) >>> 0;
}
