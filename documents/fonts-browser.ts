/**
 * The PDF fonts in an extension page (the sidebar, when documents are wired): the same Noto Sans
 * WOFF files, fetched from the extension's own package (never the network: the URLs are the
 * bundler's asset URLs) and unwrapped with the platform's DecompressionStream. Loaded once per page.
 */
import type { PdfFontFiles } from './pdf';
import { woffToSfnt } from './woff';

/** zlib inflate with the standard DecompressionStream (browsers; Node 18+ too). */
export async function inflateWithStreams(compressed: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([compressed as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

export interface FontUrls {
  regular: readonly string[];
  bold: readonly string[];
}

let cached: Promise<PdfFontFiles> | undefined;

/** Fetches and unwraps the fonts; `urls` are the packaged files (e.g. Vite `?url` imports of FONT_FILES). */
export function loadFontFiles(urls: FontUrls, fetchFile: (url: string) => Promise<ArrayBuffer> = async (url) => (await fetch(url)).arrayBuffer()): Promise<PdfFontFiles> {
  cached ??= (async () => {
    const read = async (url: string) => woffToSfnt(new Uint8Array(await fetchFile(url)), inflateWithStreams);
    return { regular: await Promise.all(urls.regular.map(read)), bold: await Promise.all(urls.bold.map(read)) };
  })();
  return cached;
}
