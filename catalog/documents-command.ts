/**
 * `npm run documents -- --scenarios FILE.json --out DIR [--format pdf|text] [--prune]`: every
 * document for every scenario of FILE (the reviewer's catalogue's scenario format), written to
 * DIR/<scenario id>/<document>.pdf, or as one text page per scenario (DIR/<scenario id>.txt, the
 * golden files). Everything is validated and built before the first file is written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseScenarioFile, type Scenario } from './scenarios';
import { DOCUMENT_KINDS, type DocumentResult } from '../documents/model';
import { buildDocument } from '../documents/index';
import { documentText } from '../documents/text';
import { loadFontFilesFromNodeModules } from '../documents/fonts-node';
import { renderPdf } from '../documents/pdf';
import { parseCommandLine, reportFailure, UsageError, type CommandIo } from './command-io';

export const USAGE = `Usage: npm run documents -- --scenarios FILE.json --out DIR [--format pdf|text] [--prune]

Builds every document (termination statement, termination agreement, handover record,
settlement statement, personal-data confirmation) in every language of every scenario in
FILE.json. The scenario format is the reviewer's catalogue's (README.md, "Documents").

  --scenarios FILE.json   the scenario file (required)
  --out DIR               the output folder; created when missing (required)
  --format pdf|text       pdf (default): DIR/<scenario id>/<document>.pdf;
                          text: DIR/<scenario id>.txt with every document's text and what is missing
  --prune                 also delete the other outputs in DIR (keeps a golden folder exact)`;


export interface DocumentsOptions {
  scenarios: string;
  out: string;
  format: 'pdf' | 'text';
  prune: boolean;
}

export function parseArguments(argv: readonly string[]): DocumentsOptions {
  const { scenarios, out, values, flags } = parseCommandLine(argv, { values: ['format'], flags: ['prune'] });
  const chosen = values.format ?? 'pdf';
  if (chosen !== 'pdf' && chosen !== 'text') throw new UsageError(`--format is pdf or text, not "${chosen}"`);
  const format: 'pdf' | 'text' = chosen;
  const prune = flags.prune;
  return { scenarios, out, format, prune };
}

export interface ScenarioDocuments {
  scenario: Scenario;
  results: DocumentResult[];
}

/** Every document of every scenario, languages in the scenario's order, kinds in process order. */
export function buildScenarioDocuments(scenarios: readonly Scenario[]): ScenarioDocuments[] {
  return scenarios.map((scenario) => ({
    scenario,
    results: scenario.languages.flatMap((lang) =>
      DOCUMENT_KINDS.map((kind) =>
        buildDocument(kind, {
          ...(scenario.client ? { client: scenario.client } : {}),
          ...(scenario.offboarding ? { offboarding: scenario.offboarding } : {}),
          settings: scenario.settings,
          today: scenario.today,
          lang,
          ...(scenario.values ? { values: scenario.values } : {}),
        }),
      ),
    ),
  }));
}

export function readScenarios(path: string): Scenario[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the scenario file ${path}: ${(error as Error).message}`);
  }
  return parseScenarioFile(text, path).scenarios;
}

/** One scenario's documents as a text page: the golden file. */
export function scenarioText({ scenario, results }: ScenarioDocuments): string {
  const parts = [`# ${scenario.id}\n\n${scenario.description}\n`];
  for (const result of results) {
    const notes = result.status !== 'not-applicable' && result.notes?.length ? `${result.notes.map((note) => `note: ${note}`).join('\n')}\n` : '';
    if (result.status === 'ready') {
      parts.push(`======== ${result.document.kind} (${result.document.lang}): ${result.document.title}\nfile: ${result.document.fileName}.pdf\n${notes}\n${documentText(result.document)}`);
    } else if (result.status === 'missing') {
      const lines = result.missing.map((fact) => `- ${fact.label} (${fact.path})${fact.detail ? `: ${fact.detail}` : ''}`);
      parts.push(`======== ${result.kind} (${result.lang}): not produced, missing:\n${notes}${lines.join('\n')}\n`);
    } else {
      parts.push(`======== ${result.kind} (${result.lang}): does not apply\n${result.reason}\n`);
    }
  }
  return parts.join('\n');
}

export function createdOnOf(scenario: Scenario): Date {
  return new Date(`${scenario.today}T09:00:00.000Z`);
}

/** The command line; returns the exit code (0 done, 1 bad scenario file, 2 usage). */
export async function runDocumentsCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  try {
    const options = parseArguments(argv);
    const built = buildScenarioDocuments(readScenarios(options.scenarios));
    const outDir = resolve(options.out);
    if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new UsageError(`--out ${outDir} is not a folder`);
    // Everything is drawn before anything is written.
    const files: { path: string; bytes: Uint8Array | string }[] = [];
    if (options.format === 'text') {
      for (const entry of built) files.push({ path: `${entry.scenario.id}.txt`, bytes: scenarioText(entry) });
    } else {
      const fonts = await loadFontFilesFromNodeModules();
      for (const entry of built) {
        for (const result of entry.results) {
          if (result.status !== 'ready') continue;
          const bytes = await renderPdf(result.document, fonts, { createdOn: createdOnOf(entry.scenario) });
          files.push({ path: join(entry.scenario.id, `${result.document.fileName}.pdf`), bytes });
        }
      }
    }
    mkdirSync(outDir, { recursive: true });
    const keep = new Set(files.map((file) => file.path.split(/[\\/]/)[0]));
    const pruned = options.prune ? readdirSync(outDir).filter((name) => !keep.has(name) && (name.endsWith('.txt') || statSync(join(outDir, name)).isDirectory())).sort() : [];
    for (const name of pruned) rmSync(join(outDir, name), { recursive: true });
    for (const file of files) {
      mkdirSync(resolve(outDir, file.path, '..'), { recursive: true });
      writeFileSync(join(outDir, file.path), file.bytes);
    }
    for (const entry of built) {
      const lacking = entry.results.filter((result) => result.status === 'missing');
      const ready = entry.results.filter((result) => result.status === 'ready').length;
      io.out(`${entry.scenario.id}: ${ready} document(s)${lacking.length ? `; not produced for missing facts: ${lacking.map((result) => `${result.kind} (${result.lang})`).join(', ')}` : ''}\n`);
    }
    io.out(`documents: wrote ${files.length} file(s) to ${outDir}${pruned.length ? `; deleted ${pruned.join(', ')}` : ''}\n`);
    return 0;
  } catch (error) {
    return reportFailure('documents', USAGE, error, io);
  }
}
