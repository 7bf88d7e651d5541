import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const ROOT = normalize(join(__dirname, '../../..'));

/** Bottom first. Folders on one floor may not import each other. */
export const LAYERS: readonly (readonly string[])[] = [
  ['offboarding'],
  ['common'],
  ['webmail'],
  ['templates'],
  ['storage', 'documents'],
  ['messaging'],
  ['background', 'components'],
  ['catalog'],
  ['entrypoints', 'bench', 'scripts'],
];

/** Folders that hold no product source: tests, static files, generated and installed code. */
const NOT_SOURCE = new Set(['tests', 'public', 'node_modules']);

/** Every top-level folder holding TypeScript, so that a new folder cannot escape the floors. */
export function sourceFolders(): string[] {
  return readdirSync(ROOT, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !NOT_SOURCE.has(entry.name))
    .filter((entry) => sourceFiles(entry.name).length > 0)
    .map((entry) => entry.name);
}

export interface ImportEdge {
  file: string;
  /** The top-level folder the import resolves into. */
  target: string;
}

const SOURCE_FOLDERS = LAYERS.flat();

function sourceFiles(folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.tsx?$/.test(entry.name)) out.push(path);
    }
  };
  walk(folder);
  return out;
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** Every relative import that leaves its own top-level folder, by folder. */
export function importsByFolder(): Map<string, ImportEdge[]> {
  const byFolder = new Map<string, ImportEdge[]>();
  for (const folder of SOURCE_FOLDERS) {
    let files: string[];
    try {
      files = sourceFiles(folder);
    } catch {
      continue; // a floor with no folder yet
    }
    const edges: ImportEdge[] = [];
    for (const file of files) {
      const source = readFileSync(join(ROOT, file), 'utf8');
      for (const match of source.matchAll(IMPORT)) {
        const spec = match[1] ?? match[2]!;
        const target = relative(ROOT, normalize(join(ROOT, dirname(file), spec))).split(/[\\/]/)[0]!;
        if (target !== folder) edges.push({ file, target });
      }
    }
    byFolder.set(folder, edges);
  }
  return byFolder;
}

/** Imports outside the floors, each with its reason. */
const ALLOWED_BEYOND_FLOORS: Record<string, string[]> = {
  // The benchmarks drive Chromium with the end-to-end tests' launch and fixture helpers.
  bench: ['tests'],
};

function floorOf(folder: string): number {
  return LAYERS.findIndex((floor) => floor.includes(folder));
}

export function layerViolations(imports: Map<string, ImportEdge[]>): string[] {
  const out: string[] = [];
  for (const [folder, edges] of imports) {
    const own = floorOf(folder);
    for (const { file, target } of edges) {
      if (ALLOWED_BEYOND_FLOORS[folder]?.includes(target)) continue;
      const theirs = floorOf(target);
      if (theirs === -1) out.push(`${file} imports ${target}, which is on no floor`);
      else if (theirs > own) out.push(`${file} imports ${target} (floor ${theirs} over floor ${own})`);
      else if (theirs === own) out.push(`${file} imports ${target} (beside it on floor ${own})`);
    }
  }
  return out;
}
