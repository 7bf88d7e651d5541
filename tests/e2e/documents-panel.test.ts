/**
 * Issue 13: from the notice step under a written-form clause to a signable PDF, in the sidebar as
 * packaged. The facts the record lacks are typed in the document's missing-values form; Preview
 * shows the statement's text; Download saves a PDF named after the client and the day, whose text
 * (read back with pdfjs) is the statement's, Polish letters included.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GMAIL_THREAD_URL, callStoreOk, launchWithExtension, type LaunchedExtension } from './harness';
import { GMAIL_PL_CASE, UI_TIMEOUT_MS, checklistItem, openStorePage, openWebmail } from './path-helpers';
import { extractPdfText } from '../unit/documents/pdf-text';

let browser: LaunchedExtension;
let dir: string;
beforeEach(async () => {
  browser = await launchWithExtension();
  dir = mkdtempSync(join(tmpdir(), 'offboard-doc-'));
});
afterEach(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** What a person types for each fact the form may ask for. */
const TYPED: Record<string, string> = {
  'parties.sender': 'Ola Kowalska',
  'document.place': 'Kraków',
  'sender.address': 'ul. Długa 5, 31-147 Kraków',
  'client.address': 'ul. Leśna 12, 02-495 Warszawa',
  'client.nip': '123-456-32-18',
  'client.krs': '0000123456',
  'client.representative': 'Anna Nowak, prezes zarządu',
  'notice.deliveryOn': '2026-03-05',
};

function localToday(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

describe('the termination statement under a written-form clause', () => {
  it('is previewed and downloaded from the notice step as a PDF named after the client and the day', async () => {
    const store = await openStorePage(browser);
    const { email, name } = GMAIL_PL_CASE.otherParty;
    const started = await callStoreOk(store, 'offboarding.start', {
      name, email, domain: 'sklep-lesny.pl', language: 'pl', initiator: 'we', reason: 'fit',
    });
    await callStoreOk(store, 'clients.update', {
      id: started.client.id,
      changes: { company: 'Sklep Leśny sp. z o.o.', contract: { ...started.client.contract, requiredForm: 'written', noticePeriod: { months: 1 }, signedOn: '2025-02-01' } },
    });
    const { page, sidebar } = await openWebmail(browser, GMAIL_THREAD_URL, { fixture: GMAIL_PL_CASE.fixture });
    const statement = checklistItem(sidebar, 'notice').locator('[data-testid="document"][data-kind="termination-statement"]');
    await statement.getByTestId('written-form-steps').waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await statement.getAttribute('data-status')).toBe('missing');
    expect(await statement.getByTestId('document-download').count()).toBe(0);

    const fields = statement.locator('[data-testid^="document-missing-"]:is(input, textarea)');
    const asked = await fields.evaluateAll((inputs) => inputs.map((input) => input.getAttribute('data-testid')!.replace('document-missing-', '')));
    // The delivery day is offered, not required (review10 PL10-B13): typed in the optional calendar.
    expect(asked).not.toContain('notice.deliveryOn');
    for (const path of asked) {
      expect(TYPED, `a value for ${path}`).toHaveProperty([path]);
      await statement.getByTestId(`document-missing-${path}`).fill(TYPED[path]!);
    }
    await statement.locator('details.sb-doc__optional > summary').click();
    await statement.getByTestId('optional-notice.deliveryOn').fill(TYPED['notice.deliveryOn']!);
    await expect.poll(() => statement.getAttribute('data-status'), { timeout: UI_TIMEOUT_MS }).toBe('ready');

    await statement.getByTestId('document-preview-toggle').click();
    const preview = await statement.getByTestId('document-preview').innerText();
    expect(preview).toContain('Wypowiedzenie umowy');
    expect(preview).toContain('Sklep Leśny sp. z o.o.');

    const [download] = await Promise.all([page.waitForEvent('download', { timeout: UI_TIMEOUT_MS }), statement.getByTestId('document-download').click()]);
    expect(download.suggestedFilename()).toBe(`wypowiedzenie-umowy-sklep-lesny-sp-z-o-o-${localToday()}.pdf`);
    const saved = join(dir, 'statement.pdf');
    await download.saveAs(saved);
    const bytes = new Uint8Array(readFileSync(saved));
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    const pdf = await extractPdfText(bytes);
    expect(pdf.text).toContain('Wypowiedzenie umowy');
    expect(pdf.text).toContain('Sklep Leśny sp. z o.o.');
    expect(pdf.text).toContain('123-456-32-18');
    expect(pdf.text).toContain('Potwierdzenie odbioru');
    // The end follows the delivery (art. 61 k.c.): delivered 5 March, one month's notice.
    expect(pdf.text).toContain('5 kwietnia 2026 r.');
    expect(pdf.text).not.toContain('?');
    // The download is an event in the client's timeline.
    await expect
      .poll(async () => (await callStoreOk(store, 'events.list', { clientId: started.client.id })).filter((e) => e.type === 'document-produced').map((e) => e.data))
      .toEqual([{ kind: 'termination-statement', lang: 'pl', action: 'download' }]);
  }, 90_000);
});
