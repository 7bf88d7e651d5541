/**
 * Parsing and validation of the built-in library's files (templates/library/*.md: YAML front matter
 * over a Markdown body). Runs at build time in the Vite plugin (library-plugin.ts) and in tests, so
 * neither yaml nor zod is shipped to the sidebar for it.
 */
import { parse as parseYaml } from 'yaml';
import '../common/zod-config';
import * as z from 'zod/mini';
import type { Lang, Tone } from '../offboarding/types';
import { parseTemplate, TemplateSyntaxError } from './engine';
import { listVariables } from './variable-uses';
import { TEMPLATE_KINDS, type Template, type TemplateKind } from './types';
import { KNOWN_VARIABLES } from './variable-labels';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const frontMatterSchema = z.strictObject({
  id: z.string().check(z.regex(SLUG, 'id must be lower-case words joined by hyphens')),
  kind: z.enum(TEMPLATE_KINDS),
  lang: z.enum(['pl', 'en']),
  tone: z.enum(['formal', 'warm']),
  variant: z.optional(z.string().check(z.regex(SLUG, 'variant must be lower-case words joined by hyphens'))),
  title: z.string().check(z.trim(), z.minLength(1, 'title must not be empty')),
  subject: z.string().check(z.trim(), z.minLength(1, 'subject must not be empty')),
  when: z.string().check(z.trim(), z.minLength(1, 'when must not be empty')),
  variables: z.array(z.string()),
});

export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** Splits "---\nyaml\n---\nbody" into its parts; throws when the front matter is absent. */
export function splitFrontMatter(source: string): { yaml: string; body: string } {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const match = /^---\n([\s\S]*?)\n---(?:\n|$)([\s\S]*)$/.exec(text);
  if (!match) throw new Error('the file must start with YAML front matter between two "---" lines');
  return { yaml: match[1] ?? '', body: match[2] ?? '' };
}

/** Parses and validates one library file; every error names the file. */
export function parseLibraryFile(fileName: string, source: string): Template {
  const fail = (message: string): never => {
    throw new Error(`Template ${fileName}: ${message}`);
  };
  let parts: { yaml: string; body: string };
  try {
    parts = splitFrontMatter(source);
  } catch (error) {
    return fail((error as Error).message);
  }
  let data: unknown;
  try {
    data = parseYaml(parts.yaml);
  } catch (error) {
    return fail(`front matter is not valid YAML: ${(error as Error).message}`);
  }
  const result = frontMatterSchema.safeParse(data);
  if (!result.success) {
    return fail(result.error.issues.map((issue) => `${issue.path.join('.') || 'front matter'}: ${issue.message}`).join('; '));
  }
  const meta = result.data;
  const expectedName = `${meta.id}.md`;
  if (!fileName.endsWith(expectedName) || !/(^|\/)$/.test(fileName.slice(0, -expectedName.length))) {
    fail(`the file name must be "${expectedName}" (id "${meta.id}")`);
  }

  const used = new Set<string>();
  for (const [part, text] of [['subject', meta.subject], ['body', parts.body]] as const) {
    try {
      for (const path of listVariables(parseTemplate(text))) used.add(path);
    } catch (error) {
      if (error instanceof TemplateSyntaxError) {
        // Body lines are counted from the top of the file, after the front matter.
        const offset = part === 'body' ? parts.yaml.split('\n').length + 2 : 0;
        fail(`${part} line ${error.line + offset}, column ${error.column}: ${error.detail}`);
      }
      throw error;
    }
  }
  const known = new Set<string>(KNOWN_VARIABLES);
  const unknown = [...used].filter((path) => !known.has(path));
  if (unknown.length > 0) fail(`unknown variables: ${unknown.join(', ')}`);
  const declared = new Set(meta.variables);
  const undeclared = [...used].filter((path) => !declared.has(path));
  const unused = meta.variables.filter((path) => !used.has(path));
  if (undeclared.length > 0 || unused.length > 0) {
    fail(
      `"variables" must list exactly what the subject and body use` +
        (undeclared.length ? `; add: ${undeclared.join(', ')}` : '') +
        (unused.length ? `; remove: ${unused.join(', ')}` : ''),
    );
  }

  const template: Template = {
    id: meta.id,
    kind: meta.kind,
    lang: meta.lang,
    tone: meta.tone,
    title: meta.title,
    subject: meta.subject,
    when: meta.when,
    variables: meta.variables,
    body: parts.body.replace(/^\n+/, ''),
    builtIn: true,
  };
  if (meta.variant !== undefined) template.variant = meta.variant;
  return template;
}

/** Parses a set of files (name → text), rejecting duplicate ids; sorted by id. */
export function parseLibrary(files: Record<string, string>): Template[] {
  const templates = Object.entries(files).map(([name, source]) => parseLibraryFile(name, source));
  const seen = new Map<string, string>();
  templates.forEach((template, index) => {
    const name = Object.keys(files)[index] ?? template.id;
    const other = seen.get(template.id);
    if (other) throw new Error(`Template ${name}: id "${template.id}" is also used by ${other}`);
    seen.set(template.id, name);
  });
  return templates.sort((a, b) => a.id.localeCompare(b.id));
}
