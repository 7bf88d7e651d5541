/**
 * Pages and fonts assembled into a PDF 1.4 file: the catalog (with the document's language and its
 * title shown in the window's title bar), the page tree, each page's compressed content stream,
 * the fonts the pages used, and the document information.
 */
import type { PageCanvas } from './pdf-canvas';
import type { Deflate } from './pdf-deflate';
import type { PdfFont } from './pdf-font';
import { ascii, name, PdfString, PdfWriter, type PdfRef } from './pdf-objects';

export interface PdfFileInfo {
  title: string;
  /** BCP 47, e.g. "pl-PL". */
  lang: string;
  creator: string;
  producer: string;
  createdOn: Date;
}

/** A PDF date, in UTC: D:YYYYMMDDHHmmSSZ. */
export function pdfDate(date: Date): string {
  return `D:${date.toISOString().replace(/[-:T]/g, '').slice(0, 14)}Z`;
}

/** The tag before a subset font's name: six capitals, different for each font of the file. */
function subsetTag(index: number): string {
  return `OFB${String.fromCharCode(65 + Math.floor(index / 676) % 26, 65 + Math.floor(index / 26) % 26, 65 + (index % 26))}`;
}

export async function writePdfFile(pages: readonly PageCanvas[], size: { width: number; height: number }, info: PdfFileInfo, deflate: Deflate): Promise<Uint8Array> {
  const writer = new PdfWriter();
  const catalog = writer.ref();
  const tree = writer.ref();
  const used: PdfFont[] = [];
  for (const page of pages) for (const font of page.fonts) if (!used.includes(font)) used.push(font);
  const fontRefs = new Map<PdfFont, PdfRef>();
  for (const [index, font] of used.entries()) fontRefs.set(font, await font.write(writer, deflate, subsetTag(index)));
  const fonts = Object.fromEntries(used.map((font) => [font.key, fontRefs.get(font)]));
  const kids: PdfRef[] = [];
  for (const page of pages) {
    const ref = writer.ref();
    const content = writer.ref();
    writer.putStream(content, { Filter: name('FlateDecode') }, await deflate(ascii(page.content())));
    writer.put(ref, { Type: name('Page'), Parent: tree, MediaBox: [0, 0, size.width, size.height], Resources: { Font: fonts, ProcSet: [name('PDF'), name('Text')] }, Contents: content });
    kids.push(ref);
  }
  writer.put(tree, { Type: name('Pages'), Kids: kids, Count: kids.length });
  writer.put(catalog, { Type: name('Catalog'), Pages: tree, Lang: new PdfString(info.lang), ViewerPreferences: { DisplayDocTitle: true } });
  const infoRef = writer.ref();
  const date = new PdfString(pdfDate(info.createdOn));
  writer.put(infoRef, { Title: new PdfString(info.title), Creator: new PdfString(info.creator), Producer: new PdfString(info.producer), CreationDate: date, ModDate: date });
  return writer.finish({ Root: catalog, Info: infoRef });
}
