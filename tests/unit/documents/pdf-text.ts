/**
 * Text of a PDF as a reader extracts it, with Mozilla's PDF.js (pdfjs-dist). PDF.js 6 uses
 * Promise.withResolvers, which Node 20 lacks: the standard's own definition is supplied first.
 */
type Resolvers = { promise: Promise<unknown>; resolve: (value: unknown) => void; reject: (reason: unknown) => void };
const PromiseWith = Promise as unknown as { withResolvers?: () => Resolvers };
if (typeof PromiseWith.withResolvers !== 'function') {
  PromiseWith.withResolvers = () => {
    let resolve!: (value: unknown) => void;
    let reject!: (reason: unknown) => void;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}

export interface ExtractedPdf {
  pages: string[];
  /** Every page's text, lines joined by "\n", spaces of every kind as " ". */
  text: string;
  /** Page sizes in points. */
  sizes: { width: number; height: number }[];
  /** The document information's title and the catalog's language, as a reader shows them. */
  title: string | undefined;
  lang: string | undefined;
}

export async function extractPdfText(bytes: Uint8Array): Promise<ExtractedPdf> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 });
  const pdf = await task.promise;
  const pages: string[] = [];
  const sizes: { width: number; height: number }[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const [, , width, height] = page.view;
    sizes.push({ width: Number(width), height: Number(height) });
    const content = await page.getTextContent();
    const text = content.items
      .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : ''))
      .join('')
      .replace(/[\u00a0\u202f\u2009]/g, ' ');
    pages.push(text);
  }
  const { info } = (await pdf.getMetadata()) as { info: { Title?: string; Language?: string } };
  await task.destroy();
  return { pages, text: pages.join('\n'), sizes, title: info.Title, lang: info.Language };
}
