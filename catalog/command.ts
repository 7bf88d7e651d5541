/**
 * `npm run catalog -- --scenarios FILE.json --out DIR [--prune]`: renders every built-in template
 * for every scenario of FILE into DIR/<scenario id>.md. Everything is validated and rendered before
 * the first file is written, so a bad scenario file writes nothing.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseLibrary } from '../templates/library-file';
import { readLibraryFiles } from '../templates/library-plugin';
import type { Template } from '../templates/types';
import { renderCatalog, type CatalogPage } from './page';
import { parseScenarioFile } from './scenarios';
import { parseCommandLine, reportFailure, UsageError, type CommandIo } from './command-io';

export const USAGE = `Usage: npm run catalog -- --scenarios FILE.json --out DIR [--prune]

Renders every built-in template for every scenario in FILE.json into DIR/<scenario id>.md
(subject, text and missing values). The scenario format is described in README.md,
"Reviewer's catalogue".

  --scenarios FILE.json   the scenario file (required)
  --out DIR               the folder for the pages; created when missing (required)
  --prune                 also delete the other *.md files in DIR (keeps a golden folder exact)`;


export interface CatalogOptions {
  scenarios: string;
  out: string;
  prune: boolean;
}

export function parseArguments(argv: readonly string[]): CatalogOptions {
  const { scenarios, out, flags } = parseCommandLine(argv, { values: [], flags: ['prune'] });
  return { scenarios, out, prune: flags.prune };
}

/** The built-in library exactly as the Vite plugin compiles it for the extension. */
export function loadBuiltInLibrary(): Template[] {
  return parseLibrary(readLibraryFiles());
}

/** Reads and renders the whole catalogue; throws before anything is written. */
export function buildCatalog(scenariosPath: string, templates: readonly Template[] = loadBuiltInLibrary()): CatalogPage[] {
  let text: string;
  try {
    text = readFileSync(scenariosPath, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read the scenario file ${scenariosPath}: ${(error as Error).message}`);
  }
  const file = parseScenarioFile(text, scenariosPath);
  return renderCatalog(file.scenarios, templates, sourceName(scenariosPath));
}

/** The scenario file as a page names it: relative to the working folder (the repository) when inside it. */
export function sourceName(scenariosPath: string, cwd: string = process.cwd()): string {
  const absolute = resolve(cwd, scenariosPath);
  const inside = relative(cwd, absolute);
  return (inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? inside : absolute).split('\\').join('/');
}

export interface WriteReport {
  written: string[];
  pruned: string[];
}

export function writeCatalog(pages: readonly CatalogPage[], outDir: string, prune: boolean): WriteReport {
  if (existsSync(outDir) && !statSync(outDir).isDirectory()) throw new UsageError(`--out ${outDir} is not a folder`);
  mkdirSync(outDir, { recursive: true });
  const names = new Set(pages.map((page) => page.fileName));
  const pruned = prune ? readdirSync(outDir).filter((name) => name.endsWith('.md') && !names.has(name)).sort() : [];
  for (const page of pages) writeFileSync(join(outDir, page.fileName), page.markdown);
  for (const name of pruned) rmSync(join(outDir, name));
  return { written: pages.map((page) => page.fileName), pruned };
}

/** The command line; returns the exit code (0 done, 1 bad scenario file, 2 usage). */
export function runCatalogCommand(argv: readonly string[], io: CommandIo): number {
  try {
    const options = parseArguments(argv);
    const pages = buildCatalog(options.scenarios);
    const outDir = resolve(options.out);
    const report = writeCatalog(pages, outDir, options.prune);
    io.out(`catalog: wrote ${report.written.length} page(s) to ${outDir}${report.pruned.length ? `; deleted ${report.pruned.join(', ')}` : ''}\n`);
    return 0;
  } catch (error) {
    return reportFailure('catalog', USAGE, error, io);
  }
}
