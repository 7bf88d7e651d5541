/**
 * The embedded fonts: text drawn in them comes back as the same characters through a reader's
 * extraction (the ToUnicode map), the /W widths are the font's own advance widths (read by
 * HarfBuzz, independently of our reader), the font file is embedded whole, and the xref of a real
 * document points at every object.
 */
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { loadFontFilesFromNodeModules } from '../../../documents/fonts-node';
import { LATIN_CHARACTERS, POLISH_CHARACTERS } from '../../../documents/font-coverage';
import { PageCanvas } from '../../../documents/pdf-canvas';
import { platformDeflate } from '../../../documents/pdf-deflate';
import { writePdfFile } from '../../../documents/pdf-file';
import { PdfFont, toUnicodeCMap } from '../../../documents/pdf-font';
import { Face, runWidth, trueTypeOf } from '../../../documents/pdf-fonts';
import { objectAt, objectsWhere, xrefOffsets } from './pdf-file-reader';
import { extractPdfText } from './pdf-text';

const files = await loadFontFilesFromNodeModules();
const A4 = { width: 595.28, height: 841.89 };
const INFO = { title: 'Test', lang: 'pl-PL', creator: 'test', producer: 'test', createdOn: new Date('2026-03-10T09:00:00Z') };

function faces() {
  let key = 1;
  const face = (list: readonly Uint8Array[]) => new Face(list.map((bytes) => new PdfFont(trueTypeOf(bytes), `F${key++}`)));
  return { regular: face(files.regular), bold: face(files.bold) };
}

/** Each line drawn on its own baseline in the face, run by run. */
function pageOf(face: Face, lines: readonly string[]): PageCanvas {
  const page = new PageCanvas();
  lines.forEach((line, index) => {
    let x = 50;
    for (const run of face.runs(line)) {
      page.text(run.font, run.text, x, 780 - index * 20, 11, [0, 0, 0]);
      x += runWidth(run.font, run.text, 11);
    }
  });
  return page;
}

const POLISH = 'Wypowiedzenie ąćęłńóśźż ĄĆĘŁŃÓŚŹŻ';
// Printable Latin in lines of 40, without what PDF.js folds on extraction: the no-break space and
// soft hyphen, and the micro sign (PDF.js normalises it to Greek mu whatever the map says).
const LATIN = [...LATIN_CHARACTERS].filter((char) => !/[\s\u00ad\u00b5]/.test(char)).join('');
const LATIN_LINES = LATIN.match(/.{1,40}/gu) ?? [];

describe('ToUnicode', () => {
  it('a reader extracts every Polish letter and every Latin character as drawn, in both weights', async () => {
    const { regular, bold } = faces();
    const lines = [POLISH, ...LATIN_LINES];
    const bytes = await writePdfFile([pageOf(regular, lines), pageOf(bold, lines)], A4, INFO, platformDeflate);
    const { pages } = await extractPdfText(bytes);
    for (const page of pages) {
      const extracted = page.split('\n').filter(Boolean);
      expect(extracted).toEqual(lines);
    }
  });

  it('the CMap lists each glyph once, in blocks of at most 100, code points beyond the BMP as surrogate pairs', () => {
    const glyphs = new Map(Array.from({ length: 250 }, (_, index) => [index + 1, 0x41 + index] as const));
    glyphs.set(300, 0x1f642);
    const cmap = toUnicodeCMap(glyphs);
    expect([...cmap.matchAll(/(\d+) beginbfchar/g)].map((match) => Number(match[1]))).toEqual([100, 100, 51]);
    const parsed = new Map([...cmap.slice(cmap.indexOf('endcodespacerange')).matchAll(/<([0-9A-F]{4})> <([0-9A-F]+)>/g)].map((match) => [parseInt(match[1]!, 16), String.fromCharCode(...match[2]!.match(/.{4}/g)!.map((unit) => parseInt(unit, 16))).codePointAt(0)]));
    expect(parsed).toEqual(glyphs);
    expect(cmap).toContain('<012C> <D83DDE42>');
  });
});

describe('the embedded font objects', () => {
  it('/W gives each used glyph the advance HarfBuzz reads from the font, and FontFile2 is the file itself', async () => {
    const { regular } = faces();
    const bytes = await writePdfFile([pageOf(regular, [POLISH, ...LATIN_LINES])], A4, INFO, platformDeflate);
    const cidFonts = objectsWhere(bytes, /\/Subtype \/CIDFontType2/);
    expect(cidFonts).toHaveLength(2);
    for (const id of cidFonts) {
      const dict = objectAt(bytes, id).dict;
      expect(dict).toContain('/CIDToGIDMap /Identity');
      const descriptor = objectAt(bytes, Number(/\/FontDescriptor (\d+) 0 R/.exec(dict)![1])).dict;
      const fontFile = objectAt(bytes, Number(/\/FontFile2 (\d+) 0 R/.exec(descriptor)![1]));
      const original = [...files.regular].find((file) => Buffer.from(file).equals(Buffer.from(fontFile.data!)));
      expect(original, 'FontFile2 inflates to one of the font files').toBeDefined();
      expect(fontFile.dict).toContain(`/Length1 ${original!.byteLength}`);

      const widths = new Map<number, number>();
      const w = /\/W \[(.*)\] \/CIDToGIDMap/.exec(dict)![1]!;
      for (const [, first, run] of w.matchAll(/(\d+) \[([\d ]+)\]/g)) run!.split(' ').forEach((width, index) => widths.set(Number(first) + index, Number(width)));
      expect(widths.size).toBeGreaterThan(10);
      const font = new hb.Font(new hb.Face(new hb.Blob(original!.slice().buffer)));
      const upem = trueTypeOf(original!).unitsPerEm;
      for (const [glyph, width] of widths) expect(width, `glyph ${glyph}`).toBe(Math.round((font.glyphHAdvance(glyph) * 1000) / upem));
    }
  });

  it('a reader measures each drawn run at the width the layout gave it', async () => {
    const { regular, bold } = faces();
    const line = 'Protokół zdawczo-odbiorczy';
    const page = new PageCanvas();
    page.text(regular.runs('Protoko')[0]!.font, 'Protoko', 50, 700, 12, [0, 0, 0]);
    page.text(bold.runs('Protoko')[0]!.font, 'Protoko', 50, 600, 12, [0, 0, 0]);
    const bytes = await writePdfFile([page], A4, INFO, platformDeflate);
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const task = getDocument({ data: bytes, disableFontFace: true, verbosity: 0 });
    const pdf = await task.promise;
    const items = (await (await pdf.getPage(1)).getTextContent()).items.filter((item) => 'str' in item && item.str);
    expect(items.map((item) => ('width' in item ? item.width : 0))).toEqual([expect.closeTo(regular.width('Protoko', 12), 2), expect.closeTo(bold.width('Protoko', 12), 2)]);
    expect(bold.width(line, 12)).toBeGreaterThan(regular.width(line, 12));
    await task.destroy();
  });

  it('only the fonts a page used are written, and every xref offset of a document points at its object', async () => {
    const { regular } = faces();
    const bytes = await writePdfFile([pageOf(regular, ['Only Latin'])], A4, INFO, platformDeflate);
    expect(objectsWhere(bytes, /\/Subtype \/Type0/)).toHaveLength(1);
    const { offsets } = xrefOffsets(bytes);
    offsets.forEach((_, index) => expect(() => objectAt(bytes, index + 1)).not.toThrow());
  });

  it('refuses to encode a character the font has not got', () => {
    const font = new PdfFont(trueTypeOf(files.regular[0]!), 'F1');
    expect(() => font.encode('ą')).toThrow(/NotoSans-Regular has no glyph for U\+0105/);
  });
});
