/**
 * The PDF fonts read from node_modules, for the documents command, the tests and the bench (Node).
 * The sidebar will load the same files as extension assets when it is wired.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfFontFiles } from './pdf';

/** Noto Sans (SIL OFL 1.1), fontsource's split: Latin, then Latin Extended (ą ć ę ł ń ś ź ż). */
export const FONT_FILES = {
  regular: ['noto-sans-latin-400-normal.woff', 'noto-sans-latin-ext-400-normal.woff'],
  bold: ['noto-sans-latin-700-normal.woff', 'noto-sans-latin-ext-700-normal.woff'],
} as const;

let cached: PdfFontFiles | undefined;

export function loadFontFilesFromNodeModules(): PdfFontFiles {
  if (cached) return cached;
  const require = createRequire(import.meta.url);
  const folder = join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
  const read = (name: string) => new Uint8Array(readFileSync(join(folder, name)));
  cached = { regular: FONT_FILES.regular.map(read), bold: FONT_FILES.bold.map(read) };
  return cached;
}
