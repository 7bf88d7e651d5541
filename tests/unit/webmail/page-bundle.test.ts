/**
 * What the content-script runtimes bundle (issue 16: the webmail page's JS heap with the sidebar
 * open). Read from the sources the two runtimes import, so it holds without a build.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = normalize(join(__dirname, '../../..'));
const RUNTIMES = ['entrypoints/gmail-runtime.ts', 'entrypoints/outlook-runtime.ts'];

function resolve(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = join(dirname(join(ROOT, from)), specifier);
  for (const candidate of [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    try {
      readFileSync(candidate);
      return relative(ROOT, candidate);
    } catch {
      // try the next form
    }
  }
  throw new Error(`${from}: cannot resolve ${specifier}`);
}

/** Every project file a runtime pulls in (type-only imports bundle nothing), with its parsed source. */
function pageModules(entry: string): Map<string, ts.SourceFile> {
  const seen = new Map<string, ts.SourceFile>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const source = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.Latest, true);
    seen.set(file, source);
    for (const statement of source.statements) {
      const isImport = ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly;
      const isExport = ts.isExportDeclaration(statement) && !statement.isTypeOnly && statement.moduleSpecifier;
      if (!isImport && !isExport) continue;
      const specifier = (statement.moduleSpecifier as ts.StringLiteral).text;
      const target = resolve(file, specifier);
      if (target) visit(target);
    }
  };
  visit(entry);
  return seen;
}

function regexLiterals(source: ts.SourceFile): string[] {
  const found: string[] = [];
  const walk = (node: ts.Node) => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push((node as ts.RegularExpressionLiteral).text);
    ts.forEachChild(node, walk);
  };
  walk(source);
  return found;
}

describe.each(RUNTIMES)('%s', (entry) => {
  const modules = pageModules(entry);

  it('reads the page and inserts drafts; the analysis of the text runs in the sidebar', () => {
    expect(modules.has('webmail/runtime.ts')).toBe(true);
    // Date parsing (Intl formats per locale), language guessing (word lists), the own-words cut.
    for (const sidebarOnly of ['webmail/analysis.ts', 'webmail/dates.ts', 'webmail/language.ts', 'webmail/quoted.ts', 'webmail/adapters.ts']) {
      expect(modules.has(sidebarOnly), sidebarOnly).toBe(false);
    }
  });

  it('keeps its source ASCII, so the page holds it as one-byte text', () => {
    // The bundler writes strings as escapes but regexes as they are: one character past ASCII (a
    // Cyrillic label, or even the "å" of Swedish "från") makes Chrome decode the whole script's
    // source to two-byte text (ExternalStringData 79-87 KB for a 39-43 KB Outlook runtime, 38 KB
    // for Gmail's all-ASCII 36 KB).
    const offending = [...modules.values()].flatMap((source) =>
      regexLiterals(source)
        .filter((literal) => /[^\u0000-\u007f]/.test(literal))
        .map((literal) => `${source.fileName}: ${literal}`),
    );
    expect(offending).toEqual([]);
  });
});
