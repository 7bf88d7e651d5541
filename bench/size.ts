/** Section 1: what the extension costs to download and to inject (raw and gzipped bytes vs budgets). */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../tests/e2e/harness';
import { NotAvailable, figure, type Figure } from './report';

const KB = 1024;
export const SIZE_BUDGETS = {
  /** A runtime the background injects once the webmail page has loaded (background/page-injection.ts). */
  contentScriptGz: 20 * KB,
  sidebarGz: 150 * KB,
  popupGz: 80 * KB,
  /** The PDF worker (documents/pdf*.ts, our own writer), loaded by URL on the first PDF only. */
  pdfWorkerGz: 40 * KB,
  zip: 400 * KB,
};

/** Static `import … from "x"`, side-effect `import "x"`, dynamic `import("x")`, and HTML script/preload. */
const STATIC_IMPORT_PATTERNS = [/\bimport\s*(?:[\w$*{}\s,]+from\s*)?["']([^"']+\.js)["']/g, /\bfrom\s*["']([^"']+\.js)["']/g];
const DYNAMIC_IMPORT_PATTERN = /\bimport\s*\(\s*["']([^"']+\.js)["']\s*\)/g;
const IMPORT_PATTERNS = [...STATIC_IMPORT_PATTERNS, DYNAMIC_IMPORT_PATTERN];
const HTML_SCRIPT = /<(?:script|link)\b[^>]*\b(?:src|href)\s*=\s*["']([^"']+\.js)["']/g;

/**
 * Every JS file a page or script loads, following its imports: lazy chunks included, or with
 * `staticOnly` only what loads before the entry runs (static imports, no `import()`).
 */
export function jsClosure(entry: string, root = EXTENSION_DIR, { staticOnly = false } = {}): string[] {
  const importPatterns = staticOnly ? STATIC_IMPORT_PATTERNS : IMPORT_PATTERNS;
  const seen = new Set<string>();
  const visit = (file: string, text: string, patterns: RegExp[]) => {
    for (const pattern of patterns) {
      for (const match of text.matchAll(pattern)) {
        const spec = match[1]!;
        if (/^[a-z]+:/i.test(spec)) continue; // remote code is the manifest test's business
        const target = spec.startsWith('/') ? join(root, spec) : join(dirname(file), spec);
        if (seen.has(target)) continue;
        if (!existsSync(target)) throw new Error(`${relative(root, file)} imports missing ${spec}`);
        seen.add(target);
        visit(target, readFileSync(target, 'utf8'), importPatterns);
      }
    }
  };
  const entryPath = join(root, entry);
  if (!existsSync(entryPath)) throw new NotAvailable(`${entry} is not in the build`);
  if (entry.endsWith('.js')) seen.add(entryPath);
  visit(entryPath, readFileSync(entryPath, 'utf8'), entry.endsWith('.html') ? [HTML_SCRIPT] : importPatterns);
  return [...seen].sort();
}

function bytesOf(files: readonly string[]): { raw: number; gz: number } {
  let raw = 0;
  let gz = 0;
  for (const file of files) {
    const content = readFileSync(file);
    raw += content.length;
    gz += gzipSync(content, { level: 9 }).length;
  }
  return { raw, gz };
}

/** The store package: the build folder zipped at maximum compression (what `wxt zip` uploads). */
function zipBytes(): number {
  // Zipped into a temp dir: `wxt zip` would rebuild .output under everyone's feet.
  const dir = mkdtempSync(join(tmpdir(), 'offboard-zip-'));
  const zipPath = join(dir, 'extension.zip');
  try {
    execFileSync('zip', ['-r', '-9', '-q', '-X', zipPath, '.'], { cwd: EXTENSION_DIR });
    return statSync(zipPath).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new NotAvailable('the zip CLI is not installed');
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The built PDF worker, assets/pdf-worker-*.js (one, or the build is not what this bench knows). */
function pdfWorkerFile(): string {
  const assets = join(EXTENSION_DIR, 'assets');
  const found = existsSync(assets) ? readdirSync(assets).filter((name) => /^pdf-worker-.*\.js$/.test(name)) : [];
  if (found.length !== 1) throw new Error(`size bench: expected one assets/pdf-worker-*.js, found ${found.length}`);
  return `assets/${found[0]}`;
}

export async function measureSize(): Promise<Figure[]> {
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new NotAvailable('no build in .output/chrome-mv3');
  const parts: Array<{ name: string; entry: string; budget: number; staticOnly?: boolean }> = [
    // No manifest content script: nothing is injected before the webmail's load event.
    { name: 'content script gmail-runtime.js (injected after load)', entry: 'gmail-runtime.js', budget: SIZE_BUDGETS.contentScriptGz },
    { name: 'content script outlook-runtime.js (injected after load)', entry: 'outlook-runtime.js', budget: SIZE_BUDGETS.contentScriptGz },
    { name: 'sidebar JS', entry: 'sidebar.html', budget: SIZE_BUDGETS.sidebarGz },
    // What sidebar.html loads before its first render; the parts in components/sidebar/sidebar-parts.ts come after.
    { name: 'sidebar JS at open', entry: 'sidebar.html', budget: SIZE_BUDGETS.sidebarGz, staticOnly: true },
    { name: 'popup JS', entry: 'popup.html', budget: SIZE_BUDGETS.popupGz },
  ];
  const figures: Figure[] = [];
  for (const part of parts) {
    const files = jsClosure(part.entry, EXTENSION_DIR, { staticOnly: part.staticOnly ?? false });
    const { raw, gz } = bytesOf(files);
    const list = files.map((f) => posix.normalize(relative(EXTENSION_DIR, f))).join(' ');
    figures.push(figure(`${part.name} raw`, raw, 'B', undefined, list));
    figures.push(figure(`${part.name} gzip`, gz, 'B', { op: '<=', limit: part.budget }, `${files.length} files`));
  }
  // The worker is started by URL (new Worker), which the import walk above cannot follow.
  const worker = pdfWorkerFile();
  const workerFiles = jsClosure(worker);
  const workerBytes = bytesOf(workerFiles);
  figures.push(figure('PDF worker raw', workerBytes.raw, 'B', undefined, workerFiles.map((f) => posix.normalize(relative(EXTENSION_DIR, f))).join(' ')));
  figures.push(figure('PDF worker gzip', workerBytes.gz, 'B', { op: '<=', limit: SIZE_BUDGETS.pdfWorkerGz }, `${workerFiles.length} files, the Polish font subsets inlined`));
  figures.push(figure('store zip', zipBytes(), 'B', { op: '<=', limit: SIZE_BUDGETS.zip }));
  return figures;
}
