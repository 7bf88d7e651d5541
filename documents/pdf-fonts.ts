/**
 * The fonts of the PDF: fontkit with each font file parsed once and its layouts remembered, and a
 * face made of several font files (each character from the first file that has it). Part of the
 * PDF module: load it only where a PDF is made.
 */
import fontkit from '@pdf-lib/fontkit';
import type { PDFFont } from 'pdf-lib';
import type { Font, Fontkit, GlyphRun } from 'pdf-lib/cjs/types/fontkit';

/**
 * fontkit, with each font file parsed once per session and its text layouts remembered. pdf-lib
 * lays out every drawn run and every measured string again (a GSUB/GPOS pass each, about a
 * millisecond); documents repeat the same words and lines. The layouts are only read by pdf-lib
 * (glyph ids and advances), so sharing them is safe; each PDF still makes its own subset.
 */
const parsedFonts = new WeakMap<Uint8Array, Font>();
const LAYOUT_CACHE_LIMIT = 20_000;

export const sharingFontkit: Fontkit = {
  create(buffer: Uint8Array, postscriptName?: string): Font {
    const known = parsedFonts.get(buffer);
    if (known) return known;
    const font = fontkit.create(buffer, postscriptName);
    const layout = font.layout.bind(font);
    const layouts = new Map<string, GlyphRun>();
    font.layout = (text: string, features?: Parameters<Font['layout']>[1]): GlyphRun => {
      const key = features === undefined ? text : `${JSON.stringify(features)}\u0000${text}`;
      let run = layouts.get(key);
      if (!run) {
        if (layouts.size >= LAYOUT_CACHE_LIMIT) layouts.clear();
        run = layout(text, features);
        layouts.set(key, run);
      }
      return run;
    };
    parsedFonts.set(buffer, font);
    return font;
  },
};

/** Spaces Intl and typists use that the fonts may lack: drawn as a plain space. */
const SPACES = /[\u2000-\u200a\u202f\u205f\u3000\t]/g;

/** A face made of several font files: each character is drawn with the first file that has it. */
export class Face {
  private readonly sets: Set<number>[];
  constructor(private readonly fonts: PDFFont[]) {
    this.sets = fonts.map((font) => new Set(font.getCharacterSet()));
  }

  private fontIndexFor(codePoint: number): number {
    const index = this.sets.findIndex((set) => set.has(codePoint));
    return index;
  }

  /** The text cut into runs of one font; characters no file has become "?" (visible, never dropped). */
  runs(text: string): { font: PDFFont; text: string }[] {
    const runs: { font: PDFFont; text: string }[] = [];
    for (const char of text.replace(SPACES, ' ')) {
      let index = this.fontIndexFor(char.codePointAt(0) ?? 0);
      let drawn = char;
      if (index === -1) {
        drawn = '?';
        index = this.fontIndexFor(0x3f);
      }
      const font = this.fonts[index] as PDFFont;
      const last = runs[runs.length - 1];
      if (last && last.font === font) last.text += drawn;
      else runs.push({ font, text: drawn });
    }
    return runs;
  }

  /**
   * Advance widths summed per character, each measured once: fontkit's layout costs about a
   * millisecond a call, and word wrap asks thousands of times. pdf-lib draws without kerning, so
   * the sum is what the page shows.
   */
  width(text: string, size: number): number {
    let total = 0;
    for (const run of this.runs(text)) total += runWidth(run.font, run.text, size);
    return total;
  }
}

const advanceCache = new WeakMap<PDFFont, Map<string, number>>();

export function runWidth(font: PDFFont, text: string, size: number): number {
  let advances = advanceCache.get(font);
  if (!advances) {
    advances = new Map();
    advanceCache.set(font, advances);
  }
  let total = 0;
  for (const char of text) {
    let advance = advances.get(char);
    if (advance === undefined) {
      advance = font.widthOfTextAtSize(char, 1000) / 1000;
      advances.set(char, advance);
    }
    total += advance;
  }
  return total * size;
}
