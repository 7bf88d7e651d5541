/**
 * Making a PDF from a document model, as the sidebar asks for it: in a worker started on the first
 * request (components/sidebar/pdf-worker.ts), so neither the PDF code's download nor its drawing holds up
 * the sidebar. Tests pass their own PdfPort.
 */
import type { DocumentModel } from '../../documents/model';
import type { PdfRequest, PdfResponse } from './pdf-worker';
// The built worker's own file (Vite bundles it apart, with the PDF writer and the fonts).
import pdfWorkerUrl from './pdf-worker.ts?worker&url';

export interface PdfPort {
  render(document: DocumentModel, createdOn: Date): Promise<Uint8Array>;
}

/** How long a PDF may take before the sidebar says it failed (the first one loads the fonts). */
const PDF_TIMEOUT_MS = 30_000;

export function workerPdfPort(makeWorker: () => Worker = () => new Worker(pdfWorkerUrl)): PdfPort {
  let worker: Worker | undefined;
  let nextId = 1;
  const pending = new Map<number, { resolve: (bytes: Uint8Array) => void; reject: (error: Error) => void; timer: ReturnType<typeof setTimeout> }>();
  const settle = (id: number, outcome: { bytes: Uint8Array } | { error: Error }) => {
    const waiting = pending.get(id);
    if (!waiting) return;
    pending.delete(id);
    clearTimeout(waiting.timer);
    if ('bytes' in outcome) waiting.resolve(outcome.bytes);
    else waiting.reject(outcome.error);
  };
  const start = (): Worker => {
    if (worker) return worker;
    const made = makeWorker();
    made.onmessage = (event: MessageEvent<PdfResponse>) => {
      const message = event.data;
      settle(message.id, 'bytes' in message ? { bytes: new Uint8Array(message.bytes) } : { error: new Error(message.error) });
    };
    made.onerror = (event) => {
      // The worker could not start or crashed: every waiting request fails, the next one starts anew.
      event.preventDefault();
      worker = undefined;
      for (const id of [...pending.keys()]) settle(id, { error: new Error(event.message || 'The PDF worker stopped') });
    };
    worker = made;
    return made;
  };
  return {
    render(document, createdOn) {
      const id = nextId++;
      return new Promise<Uint8Array>((resolve, reject) => {
        const timer = setTimeout(() => settle(id, { error: new Error(`The PDF was not ready within ${PDF_TIMEOUT_MS / 1000} s`) }), PDF_TIMEOUT_MS);
        pending.set(id, { resolve, reject, timer });
        const request: PdfRequest = { id, document, createdOn: createdOn.toISOString() };
        try {
          start().postMessage(request);
        } catch (error) {
          settle(id, { error: error instanceof Error ? error : new Error(String(error)) });
        }
      });
    },
  };
}
