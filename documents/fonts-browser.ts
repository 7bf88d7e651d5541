/**
 * The PDF fonts in an extension page or worker: the committed TrueType subsets, fetched from the
 * extension's own package (never the network: the URLs are the bundler's asset URLs of
 * documents/fonts/). Loaded once per page.
 */
import type { PdfFontFiles } from './pdf';

export interface FontUrls {
  regular: readonly string[];
  bold: readonly string[];
}

let cached: Promise<PdfFontFiles> | undefined;

/** Fetches the fonts; `urls` are the packaged files (Vite `?url` imports of documents/fonts/). */
export function loadFontFiles(urls: FontUrls, fetchFile: (url: string) => Promise<ArrayBuffer> = async (url) => (await fetch(url)).arrayBuffer()): Promise<PdfFontFiles> {
  cached ??= (async () => {
    const read = async (url: string) => new Uint8Array(await fetchFile(url));
    return { regular: await Promise.all(urls.regular.map(read)), bold: await Promise.all(urls.bold.map(read)) };
  })().catch((error: unknown) => {
    // A failed fetch is not remembered: the next document tries again.
    cached = undefined;
    throw error;
  });
  return cached;
}
