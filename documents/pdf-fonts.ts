/**
 * The fonts of the PDF: each font file read once per session (documents/truetype.ts), and a face
 * made of several font files (each character from the first file that has it). Part of the PDF
 * module: load it only where a PDF is made.
 */
import { PdfFont } from './pdf-font';
import { readTrueType, type TrueTypeFont } from './truetype';

const parsedFonts = new WeakMap<Uint8Array, TrueTypeFont>();

/** The font of a file, read once per file per session. */
export function trueTypeOf(bytes: Uint8Array): TrueTypeFont {
  let font = parsedFonts.get(bytes);
  if (!font) {
    font = readTrueType(bytes);
    parsedFonts.set(bytes, font);
  }
  return font;
}

/** Spaces Intl and typists use that the fonts may lack: drawn as a plain space. */
const SPACES = /[\u2000-\u200a\u202f\u205f\u3000\t]/g;

export interface Run {
  font: PdfFont;
  text: string;
}

/** A face made of several font files: each character is drawn with the first file that has it. */
export class Face {
  constructor(readonly fonts: readonly PdfFont[]) {}

  private fontFor(codePoint: number): PdfFont | undefined {
    return this.fonts.find((font) => font.has(codePoint));
  }

  /** The text cut into runs of one font; characters no file has become "?" (visible, never dropped). */
  runs(text: string): Run[] {
    const runs: Run[] = [];
    for (const char of text.replace(SPACES, ' ')) {
      let font = this.fontFor(char.codePointAt(0) ?? 0);
      let drawn = char;
      if (!font) {
        drawn = '?';
        font = this.fontFor(0x3f);
        if (!font) throw new Error('PDF: the fonts have no "?" to stand for a missing character');
      }
      const last = runs[runs.length - 1];
      if (last && last.font === font) last.text += drawn;
      else runs.push({ font, text: drawn });
    }
    return runs;
  }

  /** Advance widths summed per character (hmtx; drawn without kerning, so this is what the page shows). */
  width(text: string, size: number): number {
    let total = 0;
    for (const run of this.runs(text)) total += runWidth(run.font, run.text, size);
    return total;
  }
}

export function runWidth(font: PdfFont, text: string, size: number): number {
  let total = 0;
  for (const char of text) total += font.advance(char.codePointAt(0) ?? 0);
  return total * size;
}
