/**
 * A TrueType font embedded in a PDF as a composite font: Type0 with Identity-H (two bytes a glyph),
 * a CIDFontType2 whose CIDs are the glyph ids (CIDToGIDMap Identity), /W widths from hmtx, the
 * font file itself as FontFile2, and a ToUnicode CMap so a reader's search and copy give back the
 * characters drawn. Only the glyphs a document used are listed.
 */
import type { Deflate } from './pdf-deflate';
import { ascii, name, PdfRaw, PdfString, type PdfRef, type PdfValue, type PdfWriter } from './pdf-objects';
import type { TrueTypeFont } from './truetype';

const hex4 = (value: number): string => value.toString(16).toUpperCase().padStart(4, '0');

/** UTF-16BE hex of one code point (a surrogate pair above the BMP). */
function utf16Hex(codePoint: number): string {
  const text = String.fromCodePoint(codePoint);
  let out = '';
  for (let index = 0; index < text.length; index += 1) out += hex4(text.charCodeAt(index));
  return out;
}

/** The ToUnicode CMap for glyphs → code points (bfchar blocks of at most 100, as the format asks). */
export function toUnicodeCMap(glyphs: ReadonlyMap<number, number>): string {
  const entries = [...glyphs].sort((a, b) => a[0] - b[0]);
  const blocks: string[] = [];
  for (let start = 0; start < entries.length; start += 100) {
    const block = entries.slice(start, start + 100);
    blocks.push(`${block.length} beginbfchar\n${block.map(([glyph, code]) => `<${hex4(glyph)}> <${utf16Hex(code)}>`).join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

export class PdfFont {
  /** Glyphs drawn so far, each with the code point it stands for (the first one, if several share it). */
  private readonly used = new Map<number, number>();

  constructor(
    readonly font: TrueTypeFont,
    /** The resource name pages use for it ("F1"). */
    readonly key: string,
  ) {}

  has(codePoint: number): boolean {
    return this.font.glyphOf(codePoint) !== undefined;
  }

  /** Advance of a character at size 1 (in points per point of type size); 0 when the font lacks it. */
  advance(codePoint: number): number {
    const glyph = this.font.glyphOf(codePoint);
    return glyph === undefined ? 0 : this.font.advanceOf(glyph) / this.font.unitsPerEm;
  }

  /** The text as a hex string of glyph ids for Tj; every character must be in the font. */
  encode(text: string): PdfRaw {
    let out = '<';
    for (const char of text) {
      const codePoint = char.codePointAt(0) ?? 0;
      const glyph = this.font.glyphOf(codePoint);
      if (glyph === undefined) throw new Error(`PDF: ${this.font.postscriptName} has no glyph for U+${hex4(codePoint)}`);
      if (!this.used.has(glyph)) this.used.set(glyph, codePoint);
      out += hex4(glyph);
    }
    return new PdfRaw(`${out}>`);
  }

  get isUsed(): boolean {
    return this.used.size > 0;
  }

  /** /W: runs of consecutive glyph ids with their widths in thousandths of an em. */
  widths(): PdfValue[] {
    const glyphs = [...this.used.keys()].sort((a, b) => a - b);
    const widths: PdfValue[] = [];
    let run: number[] = [];
    let first = -1;
    const flush = () => {
      if (run.length > 0) widths.push(first, run);
    };
    for (const glyph of glyphs) {
      const width = Math.round((this.font.advanceOf(glyph) * 1000) / this.font.unitsPerEm);
      if (run.length > 0 && glyph === first + run.length) run.push(width);
      else {
        flush();
        first = glyph;
        run = [width];
      }
    }
    flush();
    return widths;
  }

  /** Writes the font's objects; `tag` is the six capital letters a subset font's name starts with. */
  async write(writer: PdfWriter, deflate: Deflate, tag: string): Promise<PdfRef> {
    const scale = 1000 / this.font.unitsPerEm;
    const baseFont = name(`${tag}+${this.font.postscriptName}`);
    const [type0, file, cmap, descriptor, cidFont] = [writer.ref(), writer.ref(), writer.ref(), writer.ref(), writer.ref()];
    writer.putStream(file, { Filter: name('FlateDecode'), Length1: this.font.bytes.byteLength }, await deflate(this.font.bytes));
    writer.putStream(cmap, { Filter: name('FlateDecode') }, await deflate(ascii(toUnicodeCMap(this.used))));
    writer.put(descriptor, {
      Type: name('FontDescriptor'),
      FontName: baseFont,
      // Nonsymbolic: the font's glyphs are Latin text.
      Flags: 32,
      FontBBox: this.font.bbox.map((value) => Math.round(value * scale)),
      ItalicAngle: this.font.italicAngle,
      Ascent: Math.round(this.font.ascent * scale),
      Descent: Math.round(this.font.descent * scale),
      CapHeight: Math.round(this.font.capHeight * scale),
      StemV: 80,
      FontFile2: file,
    });
    writer.put(cidFont, {
      Type: name('Font'),
      Subtype: name('CIDFontType2'),
      BaseFont: baseFont,
      CIDSystemInfo: { Registry: new PdfString('Adobe'), Ordering: new PdfString('Identity'), Supplement: 0 },
      FontDescriptor: descriptor,
      DW: 0,
      W: this.widths(),
      CIDToGIDMap: name('Identity'),
    });
    writer.put(type0, { Type: name('Font'), Subtype: name('Type0'), BaseFont: baseFont, Encoding: name('Identity-H'), DescendantFonts: [cidFont], ToUnicode: cmap });
    return type0;
  }
}
