/**
 * Just enough reading of a PDF file to check how it is written: the cross-reference table, an
 * object's text at its offset, and a stream's data (inflated when it is FlateDecode).
 */
import { inflateSync } from 'node:zlib';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

export function xrefOffsets(file: Uint8Array): { startxref: number; offsets: number[] } {
  const text = latin1(file);
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  const table = /^xref\n0 (\d+)\n/.exec(text.slice(startxref));
  if (!table) throw new Error('no xref table at startxref');
  const count = Number(table[1]);
  const offsets: number[] = [];
  const entries = startxref + table[0].length;
  for (let index = 1; index < count; index += 1) {
    const entry = text.slice(entries + index * 20, entries + index * 20 + 20);
    if (!/^\d{10} 00000 n \n$/.test(entry)) throw new Error(`xref entry ${index} is not 20 bytes "nnnnnnnnnn 00000 n \\n": ${JSON.stringify(entry)}`);
    offsets.push(Number(entry.slice(0, 10)));
  }
  return { startxref, offsets };
}

/** Object `id`'s dictionary text and, for a stream, its data. */
export function objectAt(file: Uint8Array, id: number): { dict: string; data?: Uint8Array } {
  const { offsets } = xrefOffsets(file);
  const start = offsets[id - 1]!;
  const text = latin1(file.subarray(start));
  const header = `${id} 0 obj\n`;
  if (!text.startsWith(header)) throw new Error(`object ${id}: the xref offset does not point at "${header.trim()}"`);
  const streamAt = text.indexOf('\nstream\n');
  const endAt = text.indexOf('\nendobj\n');
  if (streamAt === -1 || streamAt > endAt) return { dict: text.slice(header.length, endAt) };
  const dict = text.slice(header.length, streamAt);
  const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
  const raw = file.subarray(start + streamAt + 8, start + streamAt + 8 + length);
  return { dict, data: dict.includes('/FlateDecode') ? new Uint8Array(inflateSync(raw)) : raw };
}

/** The ids of the objects whose dictionary matches `pattern`. */
export function objectsWhere(file: Uint8Array, pattern: RegExp): number[] {
  return xrefOffsets(file).offsets.map((_, index) => index + 1).filter((id) => pattern.test(objectAt(file, id).dict));
}
