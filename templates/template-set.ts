/**
 * The templates a user has: the built-ins always come from the library (the shipped text); stored
 * rows only add custom templates. The store enforces the same rule on writing (templates.put and
 * data.import refuse a row marked built-in or under a built-in's id), so a stored row never replaces
 * a built-in; reading applies it again for rows stored before that rule.
 */
import type { Template } from './types';

/**
 * Why a stored template would pose as a built-in: marked built-in, or under a built-in's id; null
 * when it is custom. Such a row would replace that built-in and still look like ours (a settlement
 * text with someone else's bank account).
 */
export function builtInTemplateProblem(template: { id: string; builtIn: boolean }, builtInIds: ReadonlySet<string>): 'marked' | 'id' | null {
  if (template.builtIn) return 'marked';
  if (builtInIds.has(template.id)) return 'id';
  return null;
}

/** The library's built-ins, then the stored custom templates; a stored row posing as a built-in is left out. */
export function mergeTemplates(builtIns: readonly Template[], stored: readonly Template[]): Template[] {
  const ids = new Set(builtIns.map((template) => template.id));
  return [...builtIns, ...stored.filter((template) => builtInTemplateProblem(template, ids) === null)];
}
