/**
 * A TrueType reader with only what the PDF writer needs: the metrics (head, hhea, maxp, OS/2,
 * post), the advance widths (hmtx), the Unicode character map (cmap format 4 or 12) and the
 * PostScript name. A file it cannot use fails with a message naming the table at fault.
 */

export interface TrueTypeFont {
  /** The file as given: embedded unchanged as the PDF's FontFile2. */
  readonly bytes: Uint8Array;
  readonly postscriptName: string;
  readonly unitsPerEm: number;
  readonly ascent: number;
  readonly descent: number;
  readonly capHeight: number;
  readonly italicAngle: number;
  readonly bbox: readonly [number, number, number, number];
  readonly numGlyphs: number;
  /** The glyph of a code point, or undefined when the font has none. */
  glyphOf(codePoint: number): number | undefined;
  /** A glyph's advance width in font units (hmtx). */
  advanceOf(glyph: number): number;
  readonly codePoints: ReadonlySet<number>;
}

export class FontFormatError extends Error {
  constructor(message: string) {
    super(`TrueType: ${message}`);
    this.name = 'FontFormatError';
  }
}

interface Table {
  offset: number;
  length: number;
}

class Reader {
  readonly view: DataView;
  constructor(readonly bytes: Uint8Array) {
    this.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  private at(offset: number, size: number, what: string): number {
    if (offset < 0 || offset + size > this.bytes.byteLength) throw new FontFormatError(`${what} runs past the end of the file (byte ${offset} of ${this.bytes.byteLength})`);
    return offset;
  }
  u8(offset: number, what: string): number {
    return this.view.getUint8(this.at(offset, 1, what));
  }
  u16(offset: number, what: string): number {
    return this.view.getUint16(this.at(offset, 2, what));
  }
  i16(offset: number, what: string): number {
    return this.view.getInt16(this.at(offset, 2, what));
  }
  u32(offset: number, what: string): number {
    return this.view.getUint32(this.at(offset, 4, what));
  }
  fixed(offset: number, what: string): number {
    return this.view.getInt32(this.at(offset, 4, what)) / 65536;
  }
}

function tableDirectory(reader: Reader): Map<string, Table> {
  const signature = reader.u32(0, 'the header');
  if (signature === 0x4f54544f) throw new FontFormatError('a CFF (OpenType "OTTO") font, not TrueType outlines: a PDF FontFile2 needs glyf');
  if (signature !== 0x00010000 && signature !== 0x74727565) throw new FontFormatError(`not a TrueType file (signature 0x${signature.toString(16).padStart(8, '0')})`);
  const count = reader.u16(4, 'the header');
  const tables = new Map<string, Table>();
  for (let index = 0; index < count; index += 1) {
    const entry = 12 + index * 16;
    const tag = String.fromCharCode(reader.u8(entry, 'the table directory'), reader.u8(entry + 1, 'the table directory'), reader.u8(entry + 2, 'the table directory'), reader.u8(entry + 3, 'the table directory'));
    const table = { offset: reader.u32(entry + 8, 'the table directory'), length: reader.u32(entry + 12, 'the table directory') };
    if (table.offset + table.length > reader.bytes.byteLength) throw new FontFormatError(`table '${tag}' runs past the end of the file`);
    tables.set(tag, table);
  }
  return tables;
}

function required(tables: Map<string, Table>, tag: string): Table {
  const table = tables.get(tag);
  if (!table) throw new FontFormatError(`table '${tag}' is missing`);
  return table;
}

function format4(reader: Reader, at: number, map: Map<number, number>): void {
  const what = "cmap format 4";
  const segments = reader.u16(at + 6, what) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let segment = 0; segment < segments; segment += 1) {
    const end = reader.u16(ends + segment * 2, what);
    const start = reader.u16(starts + segment * 2, what);
    const delta = reader.i16(deltas + segment * 2, what);
    const rangeOffsetAt = rangeOffsets + segment * 2;
    const rangeOffset = reader.u16(rangeOffsetAt, what);
    if (start > end) throw new FontFormatError(`${what}: segment ${segment} starts after it ends`);
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (code + delta) & 0xffff;
      else {
        const raw = reader.u16(rangeOffsetAt + rangeOffset + (code - start) * 2, what);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) map.set(code, glyph);
    }
  }
}

function format12(reader: Reader, at: number, map: Map<number, number>): void {
  const what = 'cmap format 12';
  const groups = reader.u32(at + 12, what);
  for (let group = 0; group < groups; group += 1) {
    const entry = at + 16 + group * 12;
    const start = reader.u32(entry, what);
    const end = reader.u32(entry + 4, what);
    const first = reader.u32(entry + 8, what);
    if (start > end || end > 0x10ffff) throw new FontFormatError(`${what}: group ${group} is not a range of code points`);
    for (let code = start; code <= end; code += 1) if (first + code - start !== 0) map.set(code, first + code - start);
  }
}

/** The best Unicode subtable: full Unicode (format 12) first, then the BMP (format 4). */
function characterMap(reader: Reader, cmap: Table): Map<number, number> {
  const what = 'cmap';
  const count = reader.u16(cmap.offset + 2, what);
  const candidates: { rank: number; at: number; format: number }[] = [];
  for (let index = 0; index < count; index += 1) {
    const entry = cmap.offset + 4 + index * 8;
    const platform = reader.u16(entry, what);
    const encoding = reader.u16(entry + 2, what);
    const at = cmap.offset + reader.u32(entry + 4, what);
    const format = reader.u16(at, what);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    candidates.push({ rank: format === 12 ? 0 : 1, at, format });
  }
  const best = candidates.sort((a, b) => a.rank - b.rank)[0];
  if (!best) throw new FontFormatError('no Unicode character map (cmap format 4 or 12)');
  const map = new Map<number, number>();
  (best.format === 12 ? format12 : format4)(reader, best.at, map);
  return map;
}

function postscriptName(reader: Reader, name: Table | undefined): string {
  if (!name) return 'Font';
  const what = 'name';
  const count = reader.u16(name.offset + 2, what);
  const strings = name.offset + reader.u16(name.offset + 4, what);
  for (let index = 0; index < count; index += 1) {
    const entry = name.offset + 6 + index * 12;
    const platform = reader.u16(entry, what);
    if (reader.u16(entry + 6, what) !== 6 || (platform !== 3 && platform !== 1)) continue;
    const length = reader.u16(entry + 8, what);
    const at = strings + reader.u16(entry + 10, what);
    let text = '';
    if (platform === 3) for (let offset = 0; offset + 1 < length; offset += 2) text += String.fromCharCode(reader.u16(at + offset, what));
    else for (let offset = 0; offset < length; offset += 1) text += String.fromCharCode(reader.u8(at + offset, what));
    // A PDF name of printable ASCII without delimiters.
    const clean = text.replace(/[^\x21-\x7e]|[()<>[\]{}/%#]/g, '');
    if (clean) return clean;
  }
  return 'Font';
}

/** Reads a TrueType file; throws FontFormatError naming what is wrong. */
export function readTrueType(bytes: Uint8Array): TrueTypeFont {
  const reader = new Reader(bytes);
  const tables = tableDirectory(reader);
  const head = required(tables, 'head');
  const hhea = required(tables, 'hhea');
  const maxp = required(tables, 'maxp');
  const hmtx = required(tables, 'hmtx');
  required(tables, 'glyf');
  if (reader.u32(head.offset + 12, 'head') !== 0x5f0f3cf5) throw new FontFormatError("table 'head' has a wrong magic number");
  const unitsPerEm = reader.u16(head.offset + 18, 'head');
  if (unitsPerEm < 16 || unitsPerEm > 16384) throw new FontFormatError(`table 'head' gives ${unitsPerEm} units per em`);
  const bbox = [reader.i16(head.offset + 36, 'head'), reader.i16(head.offset + 38, 'head'), reader.i16(head.offset + 40, 'head'), reader.i16(head.offset + 42, 'head')] as const;
  const ascent = reader.i16(hhea.offset + 4, 'hhea');
  const descent = reader.i16(hhea.offset + 6, 'hhea');
  const metrics = reader.u16(hhea.offset + 34, 'hhea');
  const numGlyphs = reader.u16(maxp.offset + 4, 'maxp');
  if (metrics === 0 || metrics > numGlyphs) throw new FontFormatError(`table 'hhea' gives ${metrics} horizontal metrics for ${numGlyphs} glyphs`);
  if (hmtx.length < metrics * 4 + (numGlyphs - metrics) * 2) throw new FontFormatError(`table 'hmtx' is too short for ${numGlyphs} glyphs`);
  const advances = Array.from({ length: metrics }, (_, glyph) => reader.u16(hmtx.offset + glyph * 4, 'hmtx'));
  const os2 = tables.get('OS/2');
  const capHeight = os2 && reader.u16(os2.offset, 'OS/2') >= 2 && os2.length >= 90 ? reader.i16(os2.offset + 88, 'OS/2') : ascent;
  const post = tables.get('post');
  const italicAngle = post ? reader.fixed(post.offset + 4, 'post') : 0;
  const map = characterMap(reader, required(tables, 'cmap'));
  for (const [code, glyph] of map) if (glyph >= numGlyphs) throw new FontFormatError(`cmap maps U+${code.toString(16).toUpperCase()} to glyph ${glyph} of ${numGlyphs}`);
  const codePoints = new Set(map.keys());
  return {
    bytes,
    postscriptName: postscriptName(reader, tables.get('name')),
    unitsPerEm,
    ascent,
    descent,
    capHeight,
    italicAngle,
    bbox,
    numGlyphs,
    codePoints,
    glyphOf: (codePoint) => map.get(codePoint),
    advanceOf: (glyph) => advances[Math.min(glyph, metrics - 1)] ?? 0,
  };
}
