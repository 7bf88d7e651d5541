/**
 * The user's own templates: validation before saving, and a custom copy of a built-in to edit.
 */
import { TEMPLATE_KINDS, type Template } from './types';
import { parseTemplate, TemplateSyntaxError } from './engine';
import { listVariables, variablePositions } from './variable-uses';
import { KNOWN_VARIABLES } from './variable-labels';

export { KNOWN_VARIABLES };

export interface TemplateProblem {
  field: 'id' | 'kind' | 'lang' | 'tone' | 'variant' | 'title' | 'subject' | 'body' | 'when';
  message: string;
  /** For syntax errors and unknown variables found in the subject or body. */
  line?: number;
  column?: number;
}

/** Every problem with a custom template, in reading order; empty when it can be saved. */
export function validateCustomTemplate(template: Template, knownVariables: readonly string[] = KNOWN_VARIABLES): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  if (typeof template.id !== 'string' || template.id.trim() === '') problems.push({ field: 'id', message: 'The template needs an id.' });
  if (!(TEMPLATE_KINDS as readonly string[]).includes(template.kind)) {
    problems.push({ field: 'kind', message: `Unknown kind "${String(template.kind)}" (expected one of: ${TEMPLATE_KINDS.join(', ')}).` });
  }
  if (template.lang !== 'pl' && template.lang !== 'en') {
    problems.push({ field: 'lang', message: `Unknown language "${String(template.lang)}" (expected pl or en).` });
  }
  if (template.tone !== 'formal' && template.tone !== 'warm') {
    problems.push({ field: 'tone', message: `Unknown tone "${String(template.tone)}" (expected formal or warm).` });
  }
  if (template.variant !== undefined && (typeof template.variant !== 'string' || template.variant.trim() === '')) {
    problems.push({ field: 'variant', message: 'A variant, when given, must not be empty.' });
  }
  if (typeof template.title !== 'string' || template.title.trim() === '') problems.push({ field: 'title', message: 'The template needs a title.' });
  if (typeof template.when !== 'string') problems.push({ field: 'when', message: '"When" must be text.' });

  const known = new Set(knownVariables);
  for (const field of ['subject', 'body'] as const) {
    const text = template[field];
    if (typeof text !== 'string' || text.trim() === '') {
      if (field === 'body') problems.push({ field, message: 'The message body is empty.' });
      continue;
    }
    let variables: string[];
    let positions: ReturnType<typeof variablePositions>;
    try {
      const ast = parseTemplate(text);
      variables = listVariables(ast);
      positions = variablePositions(ast);
    } catch (error) {
      if (!(error instanceof TemplateSyntaxError)) throw error;
      problems.push({ field, message: error.detail, line: error.line, column: error.column });
      continue;
    }
    for (const path of variables) {
      if (known.has(path)) continue;
      // Positions come from the tokenizer: searching the text with a regex per variable was
      // quadratic on a long line (1.5 s at 48 KB, on every keystroke in the editor).
      const where = positions.get(path);
      problems.push({ field, message: `Unknown variable "${path}".`, ...(where ? { line: where.line, column: where.column } : {}) });
    }
  }
  return problems;
}

/**
 * A custom, editable copy of a built-in template (or of another custom one: it keeps pointing at
 * the original built-in). `nowIso` is checked but not stored: Template (and the store's strict
 * schema) has no timestamp field yet.
 */
export function copyBuiltIn(template: Template, newId: string, nowIso: string): Template {
  if (typeof newId !== 'string' || newId.trim() === '') throw new Error('copyBuiltIn: the new id must not be empty');
  if (newId === template.id) throw new Error('copyBuiltIn: the copy needs an id of its own');
  if (typeof nowIso !== 'string' || Number.isNaN(Date.parse(nowIso))) {
    throw new Error(`copyBuiltIn: "${String(nowIso)}" is not an ISO date-time`);
  }
  return {
    ...template,
    id: newId,
    variables: [...template.variables],
    builtIn: false,
    basedOn: template.builtIn ? template.id : (template.basedOn ?? template.id),
  };
}
