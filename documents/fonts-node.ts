/**
 * The PDF fonts read from documents/fonts/ (the committed Polish and English subset, see
 * scripts/subset-fonts.ts), for the documents command, the tests and the bench (Node): the same
 * files the extension packages. Read once per process.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PdfFontFiles } from './pdf';

/** Each weight's Latin file, then its Polish letters (documents/font-coverage.ts). */
export const FONT_FILES = {
  regular: ['noto-sans-pl-en-latin-400.ttf', 'noto-sans-pl-en-polish-400.ttf'],
  bold: ['noto-sans-pl-en-latin-700.ttf', 'noto-sans-pl-en-polish-700.ttf'],
} as const;

let cached: Promise<PdfFontFiles> | undefined;

export function fontFolder(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'fonts');
}

export function loadFontFilesFromNodeModules(): Promise<PdfFontFiles> {
  cached ??= (async () => {
    const read = (name: string) => new Uint8Array(readFileSync(join(fontFolder(), name)));
    return { regular: FONT_FILES.regular.map(read), bold: FONT_FILES.bold.map(read) };
  })();
  return cached;
}
