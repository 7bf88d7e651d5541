/**
 * What the template manager needs from templates/, behind one small interface so the editor can be
 * tested with the real modules or a stand-in. `templateProblems` turns every kind of failure into
 * messages with an optional line and column.
 */
import type { Lang } from '../../offboarding/types';
import type { RenderedDraft, Template, TemplateVariables } from '../../templates/types';

export interface TemplateProblem {
  /** Which field of the template; subject and body problems carry a line and column. */
  field?: string;
  message: string;
  line?: number;
  column?: number;
}

export interface TemplateTools {
  builtIns(): Template[];
  /** Problems that block saving; empty when the template is fine. */
  validate(template: Template): TemplateProblem[];
  /** A custom, editable copy of a template. */
  copy(template: Template, newId: string, nowIso: string): Template;
  render(template: Template, vars: TemplateVariables, lang: Lang): RenderedDraft;
  /** Every variable path a template may use, with its label. */
  variables(lang: Lang): Array<{ path: string; label: string }>;
  newId(): string;
}

const POLISH_PROBLEMS: Array<[RegExp, string]> = [
  [/^Unknown variable "(.+)"\.$/, 'Nieznana zmienna „$1”.'],
  [/^The template needs a title\.$/, 'Szablon musi mieć tytuł.'],
  [/^The message body is empty\.$/, 'Treść wiadomości jest pusta.'],
];

/** The validator words its problems in English; the common ones are given in Polish here. */
export function localizeProblem(problem: TemplateProblem, lang: Lang): TemplateProblem {
  if (lang !== 'pl') return problem;
  for (const [pattern, polish] of POLISH_PROBLEMS) {
    if (pattern.test(problem.message)) return { ...problem, message: problem.message.replace(pattern, polish) };
  }
  return problem;
}

/** Reads a line/column from an error thrown by the template engine (TemplateSyntaxError). */
export function problemFromError(error: unknown): TemplateProblem {
  if (error instanceof Error) {
    const positioned = error as Error & { line?: unknown; column?: unknown; detail?: unknown };
    if (typeof positioned.line === 'number' && typeof positioned.column === 'number') {
      return { message: typeof positioned.detail === 'string' ? positioned.detail : error.message, line: positioned.line, column: positioned.column };
    }
    return { message: error.message };
  }
  return { message: String(error) };
}
