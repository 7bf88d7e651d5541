/**
 * Section "documents": time to a two-page PDF from a click (the document built from the record,
 * then drawn with the embedded font subsets), median and p95 of repeated runs with the fonts
 * already loaded as a sidebar session would have them; the first PDF with the font loading; the
 * PDF's size. The two-page document is the handover record of tests/golden/document-scenarios.json's
 * first scenario with its inventory grown to two pages (checked).
 */
import { join } from 'node:path';
import { buildDocument } from '../documents';
import { readScenarios } from '../catalog/documents-command';
import { loadFontFilesFromNodeModules } from '../documents/fonts-node';
import { renderPdf } from '../documents/pdf';
import type { HandoverItem } from '../offboarding/types';
import { PROJECT_ROOT } from '../tests/e2e/harness';
import { extractPdfText } from '../tests/unit/documents/pdf-text';
import { figure, type Figure } from './report';
import { envInt, median, percentile } from './stats';

/** A different record per run (names, notes), so no run is served from the layouts of the one before. */
function twoPageInput(run: number) {
  const scenario = readScenarios(join(PROJECT_ROOT, 'tests/golden/document-scenarios.json'))[0];
  if (!scenario?.client || !scenario.offboarding) throw new Error('documents bench: the first document scenario needs a client and an offboarding');
  const inventory: HandoverItem[] = Array.from({ length: 11 }, (_, index) => ({
    id: `b${index}`,
    kind: index % 3 === 0 ? 'source-code' : index % 3 === 1 ? 'files' : 'account',
    name: `Pozycja ${index + 1}.${run}: katalog ${WORDS[(index + run) % WORDS.length]} z plikami źródłowymi i eksportami`,
    state: 'handed-over',
    on: '2026-03-09',
    recipient: 'Anna Kowalska',
    note: `przekazano ${WORDS[(index * 7 + run) % WORDS.length]} przez Dysk Google klienta (wersja ${run})`,
  }));
  const client = { ...scenario.client, company: `${WORDS[run % WORDS.length]} ${run} Sp. z o.o.` };
  return { client, offboarding: { ...scenario.offboarding, inventory }, settings: scenario.settings, today: scenario.today, lang: 'pl' as const, values: scenario.values ?? {} };
}

const WORDS = ['wiosennej kampanii', 'sklepu internetowego', 'żółtej serii', 'aplikacji mobilnej', 'łódzkiego oddziału', 'świątecznej promocji', 'źródłowych grafik', 'jesiennego katalogu', 'nowej marki', 'gęstej siatki', 'ćwiczeń szkoleniowych'];

async function clickToPdf(input: ReturnType<typeof twoPageInput>): Promise<Uint8Array> {
  const fonts = await loadFontFilesFromNodeModules();
  const result = buildDocument('handover-record', input);
  if (result.status !== 'ready') throw new Error(`documents bench: the handover record is ${result.status}`);
  return renderPdf(result.document, fonts, { createdOn: new Date(`${input.today}T09:00:00.000Z`) });
}

export async function measureDocuments(): Promise<Figure[]> {
  const runs = envInt('BENCH_RUNS', 20);
  const input = twoPageInput(0);
  const coldStart = performance.now();
  const first = await clickToPdf(input); // loads and unwraps the fonts, then the JIT warms
  const cold = performance.now() - coldStart;
  const pages = (await extractPdfText(first)).pages.length;
  if (pages !== 2) throw new Error(`documents bench: expected a two-page PDF, got ${pages} pages`);
  const samples: number[] = [];
  let bytes = first;
  for (let run = 0; run < runs; run += 1) {
    const next = twoPageInput(run + 1);
    const start = performance.now();
    bytes = await clickToPdf(next);
    samples.push(performance.now() - start);
  }
  const basis = `${runs} runs, fonts loaded, a different record each`;
  return [
    figure('two-page PDF: click to bytes, median', median(samples), 'ms', { op: '<', limit: 300 }, basis),
    figure('two-page PDF: click to bytes, p95', percentile(samples, 95), 'ms', { op: '<', limit: 300 }, basis),
    figure('two-page PDF: first in a session (font loading included)', cold, 'ms', undefined, 'one run'),
    figure('two-page PDF size (Noto Sans subsets embedded)', bytes.byteLength / 1024, 'KB', { op: '<', limit: 150 }, 'one PDF'),
  ];
}
