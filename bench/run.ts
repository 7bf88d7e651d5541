/**
 * Offboard benchmarks: `npm run bench` (builds first). Prints a table, writes bench/results/latest.json
 * and exits non-zero when a measured figure misses its target or a section breaks.
 *
 *   node --import tsx bench/run.ts [--only size,store,...]
 * Sections: size, startup-gmail, startup-outlook, cost-gmail, cost-gmail-collapsed, cost-outlook, store, insights, suggestions, insert,
 * catalog, documents. A section whose product part
 * is not there yet reports "not available: <why>" instead of failing.
 * Env: BENCH_RUNS, BENCH_COST_RUNS, BENCH_STORM_MS, BENCH_CLIENTS, BENCH_EVENTS, BENCH_MATCH_SAMPLES,
 * BENCH_UI_SAMPLES, BENCH_STARTUP_PAIRS, BENCH_HEAP_SAMPLES (defaults are the documented targets' conditions).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { PROJECT_ROOT, chromiumExecutable } from '../tests/e2e/harness';
import { measureCatalog } from './catalog';
import { measureDocuments } from './documents';
import { NotAvailable, failed, formatTable, type Figure, type SectionResult } from './report';
import { measureSize } from './size';
import { measureStartup } from './startup';
import { measureStoreScale } from './store-scale';
import { measureInsights } from './insights';
import { measureInsertion, measureTimeToSuggestions } from './ui-timing';
import { measureWebmailCost } from './webmail-cost';

const SECTIONS: Record<string, () => Promise<Figure[]>> = {
  size: measureSize,
  'startup-gmail': () => measureStartup('gmail'),
  'startup-outlook': () => measureStartup('outlook'),
  'cost-gmail': () => measureWebmailCost('gmail'),
  'cost-gmail-collapsed': () => measureWebmailCost('gmail-collapsed'),
  'cost-outlook': () => measureWebmailCost('outlook'),
  store: measureStoreScale,
  insights: measureInsights,
  suggestions: measureTimeToSuggestions,
  insert: measureInsertion,
  catalog: measureCatalog,
  documents: measureDocuments,
};

function chosenSections(argv: readonly string[]): string[] {
  const at = argv.indexOf('--only');
  if (at === -1) return Object.keys(SECTIONS);
  const wanted = (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = wanted.filter((name) => !(name in SECTIONS));
  if (wanted.length === 0 || unknown.length > 0) {
    throw new Error(`--only takes a comma-separated list of: ${Object.keys(SECTIONS).join(', ')}; got "${argv[at + 1] ?? ''}"`);
  }
  return wanted;
}

async function runSection(section: string): Promise<SectionResult> {
  const start = performance.now();
  process.stderr.write(`bench: ${section}…\n`);
  try {
    const figures = await SECTIONS[section]!();
    return { section, status: 'measured', figures, durationMs: performance.now() - start };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    const status = error instanceof NotAvailable ? 'not available' : 'error';
    if (status === 'error') process.stderr.write(`${error instanceof Error ? error.stack : reason}\n`);
    return { section, status, reason, figures: [], durationMs: performance.now() - start };
  }
}

async function main(): Promise<void> {
  const sections = chosenSections(process.argv.slice(2));
  const results: SectionResult[] = [];
  for (const section of sections) results.push(await runSection(section));
  const table = formatTable(results);
  process.stdout.write(`\n${table}\n`);
  const resultsDir = join(PROJECT_ROOT, 'bench/results');
  mkdirSync(resultsDir, { recursive: true });
  const document = {
    at: new Date().toISOString(),
    machine: { cpus: cpus()[0]?.model ?? 'unknown', parallelism: availableParallelism(), node: process.version, chromium: chromiumExecutable() },
    sections: results,
  };
  writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(document, null, 2)}\n`);
  const bad = failed(results);
  process.stdout.write(`\nbench: ${bad ? 'FAIL' : 'PASS'} (results in bench/results/latest.json)\n`);
  process.exitCode = bad ? 1 : 0;
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 2;
});
