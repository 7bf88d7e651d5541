/** The template manager's list (templates/template-set.ts merges it), filtered and ordered. */
import type { Lang } from '../../offboarding/types';
import { TEMPLATE_KINDS } from '../../templates/types';
import type { Template, TemplateKind } from '../../templates/types';

export interface TemplateFilter {
  kind: TemplateKind | null;
  lang: Lang | null;
}

const kindOrder = new Map<string, number>(TEMPLATE_KINDS.map((kind, index) => [kind, index]));

/** By kind in process order, then the UI's language first, built-ins before custom copies, then title. */
export function compareTemplates(a: Template, b: Template, uiLang: Lang = 'en'): number {
  const langRank = (template: Template) => (template.lang === uiLang ? 0 : 1);
  return (
    (kindOrder.get(a.kind) ?? 99) - (kindOrder.get(b.kind) ?? 99) ||
    langRank(a) - langRank(b) ||
    a.lang.localeCompare(b.lang) ||
    Number(b.builtIn) - Number(a.builtIn) ||
    a.title.localeCompare(b.title) ||
    a.id.localeCompare(b.id)
  );
}

export function filterTemplates(templates: readonly Template[], filter: TemplateFilter, uiLang: Lang = 'en'): Template[] {
  return templates
    .filter((template) => (filter.kind === null || template.kind === filter.kind) && (filter.lang === null || template.lang === filter.lang))
    .sort((a, b) => compareTemplates(a, b, uiLang));
}

/** A fresh custom template to fill in. */
export function blankTemplate(id: string, lang: Lang, kind: TemplateKind = 'conversation-request'): Template {
  return { id, kind, lang, tone: 'formal', title: '', subject: '', when: '', variables: [], body: '', builtIn: false };
}
