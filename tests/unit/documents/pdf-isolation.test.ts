/**
 * The PDF writer and the fonts are heavy and only needed where a document is made: no content script and
 * not the background may reach them. Walks the static import graph from those entry points.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
// The content scripts' runtimes, which the background injects once a webmail page has loaded.
const ENTRY_POINTS = ['entrypoints/gmail-runtime.ts', 'entrypoints/outlook-runtime.ts', 'entrypoints/background/index.ts'];
const IMPORT = /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^import\s*['"]([^'"]+)['"]/gm;

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (existsSync(candidate) && candidate.match(/\.tsx?$/)) return candidate;
  }
  return undefined;
}

/** Every local module and every package an entry point reaches statically (type-only imports included: an over-approximation). */
function reach(entry: string): { modules: Set<string>; packages: Set<string> } {
  const modules = new Set<string>();
  const packages = new Set<string>();
  const queue = [join(ROOT, entry)];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (modules.has(file)) continue;
    modules.add(file);
    for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const specifier = match[1] ?? match[2] ?? match[3] ?? '';
      if (specifier.startsWith('.')) {
        const local = resolveLocal(file, specifier);
        if (local) queue.push(local);
      } else if (specifier) packages.add(specifier);
    }
  }
  return { modules, packages };
}

describe('the PDF code stays out of content scripts and the background', () => {
  for (const entry of ENTRY_POINTS) {
    it(`${entry} reaches neither documents/ nor a PDF or font package`, () => {
      const { modules, packages } = reach(entry);
      expect(modules.size).toBeGreaterThan(3);
      const documents = [...modules].map((file) => relative(ROOT, file)).filter((file) => file.startsWith('documents/'));
      expect(documents).toEqual([]);
      expect([...packages].filter((name) => /pdf-lib|fontkit|fontsource|pdfjs|harfbuzz/.test(name))).toEqual([]);
    });
  }

  it('the walk finds what an entry point imports (it would see documents/ if one imported it)', () => {
    const { modules } = reach('catalog/documents-command.ts');
    expect([...modules].map((file) => relative(ROOT, file))).toContain('documents/pdf.ts');
  });
});
