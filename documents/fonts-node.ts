/**
 * The PDF fonts read from node_modules, for the documents command, the tests and the bench (Node),
 * unwrapped from WOFF once per process. The sidebar will load the same files as extension assets
 * (and unwrap them with DecompressionStream) when it is wired.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { inflateSync } from 'node:zlib';
import type { PdfFontFiles } from './pdf';
import { woffToSfnt } from './woff';

/** Noto Sans (SIL OFL 1.1), fontsource's split: Latin, then Latin Extended (ą ć ę ł ń ś ź ż). */
export const FONT_FILES = {
  regular: ['noto-sans-latin-400-normal.woff', 'noto-sans-latin-ext-400-normal.woff'],
  bold: ['noto-sans-latin-700-normal.woff', 'noto-sans-latin-ext-700-normal.woff'],
} as const;

let cached: Promise<PdfFontFiles> | undefined;

export function fontFolder(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@fontsource/noto-sans/package.json')), 'files');
}

export function loadFontFilesFromNodeModules(): Promise<PdfFontFiles> {
  cached ??= (async () => {
    const folder = fontFolder();
    const read = (name: string) => woffToSfnt(new Uint8Array(readFileSync(join(folder, name))), (data) => new Uint8Array(inflateSync(data)));
    return { regular: await Promise.all(FONT_FILES.regular.map(read)), bold: await Promise.all(FONT_FILES.bold.map(read)) };
  })();
  return cached;
}
