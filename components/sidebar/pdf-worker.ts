/**
 * The PDF worker: draws a document model (documents/pdf.ts, our own PDF writer) off the sidebar's
 * main thread, with the packaged font subset. Loaded only when the user asks for a PDF; the sidebar
 * itself never imports documents/pdf.ts. Messages: { id, document, createdOn } → { id, bytes } | { id, error }.
 */
import { renderPdf } from '../../documents/pdf';
import { loadFontFiles } from '../../documents/fonts-browser';
import type { DocumentModel } from '../../documents/model';
import latin400 from '../../documents/fonts/noto-sans-pl-en-latin-400.ttf?url';
import polish400 from '../../documents/fonts/noto-sans-pl-en-polish-400.ttf?url';
import latin700 from '../../documents/fonts/noto-sans-pl-en-latin-700.ttf?url';
import polish700 from '../../documents/fonts/noto-sans-pl-en-polish-700.ttf?url';

export interface PdfRequest {
  id: number;
  document: DocumentModel;
  /** ISO instant written as the PDF's creation date. */
  createdOn: string;
}

export type PdfResponse = { id: number; bytes: ArrayBuffer } | { id: number; error: string };

const scope = self as unknown as { onmessage: ((event: MessageEvent<PdfRequest>) => void) | null; postMessage(message: PdfResponse, transfer?: Transferable[]): void };

scope.onmessage = (event) => {
  const { id, document, createdOn } = event.data;
  void (async () => {
    try {
      const fonts = await loadFontFiles({ regular: [latin400, polish400], bold: [latin700, polish700] });
      const bytes = await renderPdf(document, fonts, { createdOn: new Date(createdOn) });
      const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      scope.postMessage({ id, bytes: buffer }, [buffer]);
    } catch (error) {
      scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
    }
  })();
};
