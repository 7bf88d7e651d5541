/**
 * How the committed PDF fonts are made (scripts/subset-fonts.ts runs it; a test runs it again and
 * compares): each fontsource file cut to its part of documents/font-coverage.ts. Node only, and
 * only at build/test time: the extension ships the result, never subset-font.
 */
import subsetFont from 'subset-font';
import { LATIN_CHARACTERS, POLISH_CHARACTERS } from './font-coverage';

export const SUBSET_FILES = [
  { source: 'noto-sans-latin-400-normal.woff', characters: LATIN_CHARACTERS, out: 'noto-sans-pl-en-latin-400.ttf' },
  { source: 'noto-sans-latin-ext-400-normal.woff', characters: POLISH_CHARACTERS, out: 'noto-sans-pl-en-polish-400.ttf' },
  { source: 'noto-sans-latin-700-normal.woff', characters: LATIN_CHARACTERS, out: 'noto-sans-pl-en-latin-700.ttf' },
  { source: 'noto-sans-latin-ext-700-normal.woff', characters: POLISH_CHARACTERS, out: 'noto-sans-pl-en-polish-700.ttf' },
] as const;

export async function subsetFontFiles(read: (source: string) => Uint8Array): Promise<Map<string, Uint8Array>> {
  const made = new Map<string, Uint8Array>();
  for (const file of SUBSET_FILES) {
    const bytes = await subsetFont(Buffer.from(read(file.source)), file.characters, {
      targetFormat: 'sfnt',
      noHinting: true,
      keepFeatures: [],
    });
    made.set(file.out, new Uint8Array(bytes));
  }
  return made;
}
