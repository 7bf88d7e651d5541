/**
 * The sidebar's PDF worker in Chromium, as the extension packages it: the worker script and the
 * font subset load from the extension, and the PDF it returns holds the document's text, Polish
 * letters included (read back with pdfjs). The document model is built in Node by the same builder.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, launchWithExtension, type LaunchedExtension } from './harness';
import { buildDocument } from '../../documents';
import { readScenarios } from '../../catalog/documents-command';
import { extractPdfText } from '../unit/documents/pdf-text';

let browser: LaunchedExtension;
beforeEach(async () => {
  browser = await launchWithExtension();
});
afterEach(async () => {
  await browser?.close();
});

describe('the PDF worker', () => {
  it('draws a signed notice with the packaged fonts, off the page’s thread', async () => {
    const worker = readdirSync(join(EXTENSION_DIR, 'assets')).find((name) => /^pdf-worker-.*\.js$/.test(name));
    expect(worker, 'the build has a PDF worker').toBeDefined();
    const scenario = readScenarios(join(import.meta.dirname, '../golden/document-scenarios.json')).find((entry) => entry.id === 'pl-written-letter')!;
    const result = buildDocument('termination-statement', { client: scenario.client, offboarding: scenario.offboarding, settings: scenario.settings, today: scenario.today, lang: 'pl', values: scenario.values ?? {} });
    if (result.status !== 'ready') throw new Error(`expected a ready notice, got ${result.status}`);
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/sidebar.html`);
    const base64 = await page.evaluate(
      ({ url, document }) =>
        new Promise<string>((resolve, reject) => {
          const made = new Worker(url);
          made.onmessage = (event: MessageEvent<{ bytes?: ArrayBuffer; error?: string }>) => {
            if (!event.data.bytes) return reject(new Error(event.data.error ?? 'no bytes'));
            const bytes = new Uint8Array(event.data.bytes);
            let binary = '';
            for (const byte of bytes) binary += String.fromCharCode(byte);
            resolve(btoa(binary));
          };
          made.onerror = (event) => reject(new Error(event.message));
          made.postMessage({ id: 1, document, createdOn: '2026-03-10T09:00:00.000Z' });
        }),
      { url: `/assets/${worker}`, document: result.document },
    );
    const bytes = new Uint8Array(Buffer.from(base64, 'base64'));
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const pdf = await extractPdfText(bytes);
    expect(pdf.text).toContain('Wypowiedzenie umowy');
    expect(pdf.text).toContain('Usługobiorca');
    expect(pdf.text).toContain('Potwierdzenie odbioru');
    expect(pdf.text).toContain('31 marca 2026 r.');
    expect(pdf.text).not.toContain('?');
    expect(pdf.sizes[0]).toEqual({ width: 595.28, height: 841.89 });
  }, 60_000);
});
