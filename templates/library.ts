/**
 * The built-in message library at run time. The Markdown files are parsed and validated at build
 * time (templates/library-plugin.ts), so the extension ships plain data, not a YAML parser.
 */
import compiledLibrary from 'virtual:offboard-library';
import type { Lang, Tone } from '../offboarding/types';
import type { Template, TemplateKind } from './types';

/** Every built-in template; a fresh copy each call so callers cannot change the library. */
export function builtInTemplates(): Template[] {
  return compiledLibrary.map((template) => ({ ...template, variables: [...template.variables] }));
}

export interface TemplateQuery {
  kind: TemplateKind;
  lang: Lang;
  tone?: Tone;
  variant?: string;
}

/**
 * Templates of a kind and language. A tone or variant narrows the list when given; with a tone,
 * a kind that has no such tone falls back to its formal templates rather than returning nothing.
 */
export function findTemplates(templates: readonly Template[], query: TemplateQuery): Template[] {
  let matches = templates.filter((template) => template.kind === query.kind && template.lang === query.lang);
  if (query.variant !== undefined) matches = matches.filter((template) => template.variant === query.variant);
  if (query.tone !== undefined) {
    const toned = matches.filter((template) => template.tone === query.tone);
    matches = toned.length > 0 ? toned : matches.filter((template) => template.tone === 'formal');
  }
  return matches;
}
