/**
 * Picking any template by hand: every template (built-in and the user's own) as a row of kind,
 * language and title, searched without regard to case or diacritics ("wypowiedz" finds
 * "Wypowiedzenie", "zolc" finds "Żółć"), every word of the query the start of a word in the row's
 * fields; "pl" or "en" on its own picks the language.
 */
import type { Lang, Tone } from '../offboarding/types';
import type { Template, TemplateKind } from './types';
import { KINDS, kindTitle } from './kinds';
import { foldWithMap } from './fold';

export interface TemplateRow {
  id: string;
  kind: TemplateKind;
  lang: Lang;
  tone: Tone;
  /** The kind's title in the UI language. */
  kindTitle: string;
  /** The template's own title (a variant's, or the user's name for a custom one). */
  title: string;
  custom: boolean;
}

const fold = (text: string): string => foldWithMap(text).folded;

/**
 * The rows matching the query, the UI language's templates first, then by kind title; an empty
 * query lists them all. The kind's title is matched in both languages, so a Polish user finds an
 * English template by its Polish name.
 */
export function searchTemplates(templates: readonly Template[], query: string, uiLang: Lang): TemplateRow[] {
  const all = fold(query).split(/[^\p{L}\p{N}]+/u).filter((word) => word !== '');
  const langs = all.filter((word): word is Lang => word === 'pl' || word === 'en');
  const words = all.filter((word) => word !== 'pl' && word !== 'en');
  const rows: Array<{ row: TemplateRow; haystack: string }> = templates.map((template) => ({
    row: {
      id: template.id,
      kind: template.kind,
      lang: template.lang,
      tone: template.tone,
      kindTitle: kindTitle(template.kind, uiLang),
      title: template.title,
      custom: !template.builtIn,
    },
    haystack: ` ${fold([KINDS[template.kind].title.pl, KINDS[template.kind].title.en, template.title, template.kind, template.tone].join(' ')).replace(/[^\p{L}\p{N}]+/gu, ' ')}`,
  }));
  const collator = new Intl.Collator(uiLang);
  return rows
    .filter(({ row, haystack }) => (langs.length === 0 || langs.includes(row.lang)) && words.every((word) => haystack.includes(` ${word}`)))
    .map(({ row }) => row)
    .sort(
      (a, b) =>
        Number(b.lang === uiLang) - Number(a.lang === uiLang) ||
        collator.compare(a.kindTitle, b.kindTitle) ||
        collator.compare(a.title, b.title) ||
        a.tone.localeCompare(b.tone),
    );
}
