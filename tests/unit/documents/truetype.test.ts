/**
 * The TrueType reader against HarfBuzz (harfbuzzjs, the engine subset-font is built on) as the
 * independent reading of the same files: the character map and every advance width agree; a
 * malformed file fails with a FontFormatError naming what is wrong, never a bare RangeError.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as hb from 'harfbuzzjs';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, fontFolder } from '../../../documents/fonts-node';
import { FontFormatError, readTrueType } from '../../../documents/truetype';

const FILES = [...FONT_FILES.regular, ...FONT_FILES.bold];
const read = (file: string) => new Uint8Array(readFileSync(join(fontFolder(), file)));

/** HarfBuzz's glyph and advance for each code point, shaped alone with no features. */
function harfbuzzGlyphs(bytes: Uint8Array, codePoints: readonly number[]): { glyph: number; advance: number }[] {
  const font = new hb.Font(new hb.Face(new hb.Blob(bytes.slice().buffer)));
  return codePoints.map((codePoint) => {
    const buffer = new hb.Buffer();
    buffer.addCodePoints([codePoint]);
    buffer.guessSegmentProperties();
    hb.shape(font, buffer, []);
    return { glyph: buffer.getGlyphInfos()[0]!.codepoint, advance: buffer.getGlyphPositions()[0]!.xAdvance };
  });
}

describe('readTrueType on the committed subsets', () => {
  for (const file of FILES) {
    it(`${file}: the same characters, glyphs and advance widths as HarfBuzz reads`, () => {
      const bytes = read(file);
      const font = readTrueType(bytes);
      const face = new hb.Face(new hb.Blob(bytes.slice().buffer));
      expect(font.unitsPerEm).toBe(face.upem);
      expect([...font.codePoints].sort((a, b) => a - b)).toEqual([...face.collectUnicodes()].sort((a, b) => a - b));
      // HarfBuzz's shaping hides default-ignorable characters (the soft hyphen): not a reading of the cmap.
      const codePoints = [...font.codePoints].filter((codePoint) => codePoint !== 0xad);
      expect(codePoints.length).toBeGreaterThan(10);
      const theirs = harfbuzzGlyphs(bytes, codePoints);
      expect(codePoints.map((codePoint) => ({ glyph: font.glyphOf(codePoint), advance: font.advanceOf(font.glyphOf(codePoint)!) }))).toEqual(theirs);
      expect(font.postscriptName).toMatch(/^NotoSans-(Regular|Bold)$/);
      expect(font.glyphOf('Ж'.codePointAt(0)!)).toBeUndefined();
    });
  }
});

/** A copy of the file with `edit` applied to its bytes. */
function edited(edit: (bytes: Uint8Array, view: DataView) => void): Uint8Array {
  const bytes = read(FONT_FILES.regular[0]).slice();
  edit(bytes, new DataView(bytes.buffer));
  return bytes;
}

/** Where the table directory entry of `tag` starts. */
function entryOf(bytes: Uint8Array, tag: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset);
  for (let index = 0; index < view.getUint16(4); index += 1) {
    const at = 12 + index * 16;
    if (String.fromCharCode(...bytes.subarray(at, at + 4)) === tag) return at;
  }
  throw new Error(`no ${tag}`);
}

describe('readTrueType on malformed files', () => {
  it('names a file that is not TrueType, or CFF outlines a FontFile2 cannot carry', () => {
    expect(() => readTrueType(new TextEncoder().encode('%PDF-1.4 not a font'))).toThrow(/TrueType: not a TrueType file \(signature 0x25504446\)/);
    expect(() => readTrueType(edited((_, view) => view.setUint32(0, 0x4f54544f)))).toThrow(/CFF/);
    expect(() => readTrueType(new Uint8Array(2))).toThrow(/the header runs past the end of the file/);
  });

  it('names a missing table', () => {
    for (const tag of ['cmap', 'hmtx', 'head', 'glyf']) {
      expect(() => readTrueType(edited((bytes) => bytes.set([0x78, 0x78, 0x78, 0x78], entryOf(bytes, tag))))).toThrow(`TrueType: table '${tag}' is missing`);
    }
  });

  it('names inconsistent metrics and a glyph the font does not have', () => {
    const tooManyMetrics = edited((bytes, view) => view.setUint16(view.getUint32(entryOf(bytes, 'hhea') + 8) + 34, 5000));
    expect(() => readTrueType(tooManyMetrics)).toThrow(/table 'hhea' gives 5000 horizontal metrics for 210 glyphs/);
    const fewerGlyphs = edited((bytes, view) => view.setUint16(view.getUint32(entryOf(bytes, 'maxp') + 8) + 4, 3));
    expect(() => readTrueType(fewerGlyphs)).toThrow(/TrueType: /);
    const badMagic = edited((bytes, view) => view.setUint32(view.getUint32(entryOf(bytes, 'head') + 8) + 12, 0));
    expect(() => readTrueType(badMagic)).toThrow(/wrong magic number/);
  });

  it('a truncated file of any length fails as a FontFormatError', () => {
    const whole = read(FONT_FILES.regular[0]);
    for (let length = 0; length < whole.byteLength; length += 97) {
      expect(() => readTrueType(whole.subarray(0, length)), `${length} bytes`).toThrow(FontFormatError);
    }
  });
});
