/**
 * The PDFs themselves, read back with PDF.js as a reader's search would read them: A4, page
 * numbers, the parties, dates, amounts and the inventory, Polish diacritics as real text, values
 * drawn literally (never as markup), the same bytes for the same input.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, type DocumentInput, type DocumentKind, type DocumentModel } from '../../../documents';
import { buildScenarioDocuments, createdOnOf, readScenarios } from '../../../catalog/documents-command';
import { documentText } from '../../../documents/text';
import { loadFontFilesFromNodeModules } from '../../../documents/fonts-node';
import { renderPdf } from '../../../documents/pdf';
import type { HandoverItem } from '../../../offboarding/types';
import { extractPdfText, type ExtractedPdf } from './pdf-text';

const ROOT = join(import.meta.dirname, '../../..');
const scenarios = readScenarios(join(ROOT, 'tests/golden/document-scenarios.json'));
const fonts = await loadFontFilesFromNodeModules();

function inputOf(id: string, lang: 'pl' | 'en'): DocumentInput {
  const scenario = scenarios.find((entry) => entry.id === id)!;
  return structuredClone({ client: scenario.client, offboarding: scenario.offboarding, settings: scenario.settings, today: scenario.today, lang, values: scenario.values ?? {} }) as DocumentInput;
}

function model(kind: DocumentKind, input: DocumentInput): DocumentModel {
  const result = buildDocument(kind, input);
  if (result.status !== 'ready') throw new Error(`${kind}: ${result.status}`);
  return result.document;
}

const createdOn = createdOnOf(scenarios[0]!);

async function pdfOf(kind: DocumentKind, input: DocumentInput): Promise<{ bytes: Uint8Array; read: ExtractedPdf }> {
  const bytes = await renderPdf(model(kind, input), fonts, { createdOn });
  return { bytes, read: await extractPdfText(bytes) };
}

/** Words as a reader finds them: line breaks and runs of spaces are one space. */
function flat(text: string): string {
  return text.replace(/\s+/g, ' ');
}

describe('the termination statement PDF (pl)', () => {
  let read: ExtractedPdf;
  let bytes: Uint8Array;
  beforeAll(async () => {
    ({ bytes, read } = await pdfOf('termination-statement', inputOf('pl-written-letter', 'pl')));
  });

  it('is one A4 page numbered "Strona 1 z 1"', () => {
    expect(read.sizes).toEqual([{ width: 595.28, height: 841.89 }]);
    expect(read.text).toContain('Strona 1 z 1');
  });

  it('is searchable for "Wypowiedzenie" and keeps every Polish letter', () => {
    expect(read.text).toContain('Wypowiedzenie umowy');
    const text = flat(read.text);
    expect(text).toContain('Jeżeli niniejsze oświadczenie zostanie doręczone do dnia 31 marca 2026 r., Umowa ulegnie rozwiązaniu z upływem dnia 30 kwietnia 2026 r.');
    expect(text).toContain('ul. Długa 5/3');
    expect(text).toContain('„Umowa”');
    for (const word of ['doręczenia', 'rozwiązaniu', 'oświadczenia', 'Kraków', 'Długa', 'Usługobiorca']) expect(text).toContain(word);
  });

  it('names both parties with address, NIP and KRS', () => {
    const text = flat(read.text);
    for (const line of ['Studio Projektowe Ewa Nowak', '30-001 Kraków', 'NIP: 677-123-45-03', 'Acme Sp. z o.o.', '00-850 Warszawa', 'NIP: 526-104-53-00', 'KRS: 0000412345']) {
      expect(text).toContain(line);
    }
  });

  it('carries the title and language, and the same input gives the same bytes', async () => {
    expect(read.title).toBe('Wypowiedzenie umowy');
    expect(read.lang).toBe('pl-PL');
    expect(read.pages).toHaveLength(1);
    const again = await renderPdf(model('termination-statement', inputOf('pl-written-letter', 'pl')), fonts, { createdOn });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });
});

describe('the other documents as PDF', () => {
  it('the handover record lists every inventory item, with Polish dates', async () => {
    const input = inputOf('pl-written-letter', 'pl');
    const { read } = await pdfOf('handover-record', input);
    const text = flat(read.text);
    expect(text).toContain('Protokół zdawczo-odbiorczy');
    for (const item of input.offboarding!.inventory as HandoverItem[]) {
      // A long name wraps inside its cell: every word is there, in order.
      expect(text).toMatch(new RegExp(item.name.split(/\s+/).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+')));
    }
    expect(text).toContain('9 marca 2026 r.');
    expect(text).not.toMatch(/hasło:|password/i);
  });

  it('the settlement statement prints every amount, the totals and the account (en)', async () => {
    const { read } = await pdfOf('settlement-statement', inputOf('pl-written-letter-en', 'en'));
    const text = flat(read.text);
    for (const amount of ['PLN 6,150.00', 'PLN 4,305.00', '€1,200.00', 'PLN 0.00']) expect(text).toContain(amount);
    expect(text).toContain('Please pay PLN 4,305.00 by 31 March 2026 to the Contractor’s bank account (account holder: Ewa Nowak trading as Studio Projektowe Ewa Nowak; IBAN: PL61 1090 1014 0000 0712 1981 2874).');
    // Two pages now (dated signatures): the closing request goes over with the signatures, never a page of lines alone.
    const last = flat(read.pages[read.pages.length - 1] ?? '');
    expect(last).toContain('Please confirm the balance by signing below');
    expect(last).toContain(`Page ${read.pages.length} of ${read.pages.length}`);
  });

  it('the agreement has both signature captions and the agreed date', async () => {
    const { read } = await pdfOf('termination-agreement', inputOf('pl-mutual-person', 'pl'));
    const text = flat(read.text);
    expect(text).toContain('Porozumienie o rozwiązaniu umowy');
    expect(text).toContain('z upływem dnia 30 czerwca 2026 r.');
    expect(text).toContain('Zleceniodawca');
    expect(text).toContain('Zleceniobiorca Piotr Zieliński');
  });
});

describe('every golden document', () => {
  it('prints every character of its text: none falls outside the fonts and becomes "?"', async () => {
    const built = buildScenarioDocuments(scenarios);
    let checked = 0;
    for (const entry of built) {
      for (const result of entry.results) {
        if (result.status !== 'ready') continue;
        const { text } = await extractPdfText(await renderPdf(result.document, fonts, { createdOn }));
        expect(text.includes('?'), `${entry.scenario.id} ${result.document.kind} ${result.document.lang}`).toBe(documentText(result.document).includes('?'));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(19);
  });
});

describe('long documents and hostile values', () => {
  it('breaks a long inventory over pages, numbering each "Strona n z N"', async () => {
    const input = inputOf('pl-written-letter', 'pl');
    input.offboarding!.inventory = Array.from({ length: 40 }, (_, index) => ({
      id: `i${index}`,
      kind: 'files' as const,
      name: `Katalog z plikami nr ${index + 1} – źródła, eksporty i wersje robocze`,
      state: 'handed-over' as const,
      on: '2026-03-09',
      recipient: 'Anna Kowalska',
    }));
    const { read } = await pdfOf('handover-record', input);
    expect(read.pages.length).toBeGreaterThanOrEqual(2);
    read.pages.forEach((page, index) => expect(page).toContain(`Strona ${index + 1} z ${read.pages.length}`));
    // The table's header row is repeated on the next page.
    expect(read.pages[1]).toContain('Lp.');
    for (let number = 1; number <= 40; number += 1) expect(flat(read.text)).toContain(`Katalog z plikami nr ${number} –`);
  });

  it('draws markup and control-looking text literally, and a character no font has as "?"', async () => {
    const input = inputOf('pl-written-letter', 'pl');
    input.offboarding!.inventory = [
      { id: 'x1', kind: 'other', name: '<b>Pogrubienie</b> **gwiazdki** {{client.name}} 🙂', state: 'not-applicable', note: '<i>x</i>' },
      { id: 'x2', kind: 'other', name: 'Zażółć gęślą jaźń ZAŻÓŁĆ GĘŚLĄ JAŹŃ', state: 'not-applicable' },
    ];
    const { read } = await pdfOf('handover-record', input);
    const text = flat(read.text);
    expect(text).toContain('<b>Pogrubienie</b> **gwiazdki** {{client.name}} ?');
    expect(text).toContain('<i>x</i>');
    // Every Polish letter, both cases, extracted as itself (the ToUnicode map of the subset).
    expect(text).toContain('Zażółć gęślą jaźń ZAŻÓŁĆ GĘŚLĄ JAŹŃ');
  });

  it('refuses to draw without fonts', async () => {
    await expect(renderPdf(model('termination-statement', inputOf('pl-written-letter', 'pl')), { regular: [], bold: [] }, { createdOn })).rejects.toThrow(/font file/);
  });
});
