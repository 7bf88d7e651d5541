/**
 * Every ⟨placeholder⟩ a rendered message shows must be a missing value the sidebar lists, so that
 * the user can fill it: a placeholder written into a template's text or produced inside a computed
 * value ("spółkę ⟨nazwa⟩") shows in the draft but is nowhere to be filled (words12, issue #12).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderScenario } from '../../../catalog/page';
import { parseScenarioFile } from '../../../catalog/scenarios';
import type { Lang } from '../../../offboarding/types';
import { builtInTemplates } from '../../../templates/library';
import { variableLabel } from '../../../templates/variable-labels';

const ROOT = new URL('../../../', import.meta.url);
const scenarios = parseScenarioFile(readFileSync(new URL('tests/golden/scenarios.json', ROOT), 'utf8'), 'tests/golden/scenarios.json').scenarios;

/**
 * The values a choice placeholder ("⟨Pana / Panią / Państwa⟩") stands for while they are unknown:
 * the forms the engine chooses by, and the notice's form, whose two courses the notices show.
 */
const CHOICE_DECIDERS = ['sender.form', 'recipient.form', 'client.isLegalEntity', 'contract.requiredForm'];

/**
 * The placeholders in a text that no listed missing value accounts for, innermost first: a label
 * of a listed path, or a choice ("a / b") while a value deciding it is listed. A placeholder nested in
 * another one is checked on its own, so "⟨Pana / spółkę ⟨nazwa⟩⟩" reports "⟨nazwa⟩".
 */
export function unlistedPlaceholders(text: string, missing: readonly string[], lang: Lang): string[] {
  const labels = new Set(missing.map((path) => `⟨${variableLabel(path, lang)}⟩`));
  const deciderMissing = missing.some((path) => CHOICE_DECIDERS.includes(path));
  const unlisted: string[] = [];
  let rest = text;
  for (;;) {
    const innermost = /⟨[^⟨⟩]*⟩/.exec(rest);
    if (!innermost) break;
    const placeholder = innermost[0];
    const isChoice = deciderMissing && placeholder.includes(' / ');
    if (!labels.has(placeholder) && !isChoice) unlisted.push(placeholder);
    rest = rest.slice(0, innermost.index) + rest.slice(innermost.index + placeholder.length);
  }
  // An unmatched bracket left over is a placeholder broken apart: never a listed value either.
  if (/[⟨⟩]/.test(rest)) unlisted.push(rest.match(/.{0,20}[⟨⟩].{0,20}/)?.[0] ?? '⟨');
  return unlisted;
}

describe('every placeholder in a rendered message is a missing value the user can fill', { timeout: 60_000 }, () => {
  const library = builtInTemplates();
  const texts = scenarios.flatMap((scenario) =>
    renderScenario(scenario, library).sections.flatMap(({ lang, entries }) =>
      entries.map(({ template, draft }) => ({ where: `${scenario.id} / ${template.id}`, lang, text: `${draft.subject}\n${draft.text}`, missing: draft.missing })),
    ),
  );

  it('looks at real placeholders (the check is not vacuous)', () => {
    expect(texts.filter(({ text }) => text.includes('⟨')).length).toBeGreaterThan(100);
  });

  it('finds no placeholder the Missing values list leaves out, in any scenario, template or language', () => {
    const unlisted = texts.flatMap(({ where, lang, text, missing }) => unlistedPlaceholders(text, missing, lang).map((placeholder) => `${where}: ${placeholder}`));
    expect(unlisted).toEqual([]);
  });

  it('catches a placeholder written into the text, nested in a choice, or not listed', () => {
    expect(unlistedPlaceholders('wzywam ⟨Pana / Panią / spółkę ⟨nazwa⟩⟩ do zapłaty', ['recipient.form'], 'pl')).toEqual(['⟨nazwa⟩']);
    expect(unlistedPlaceholders('do dnia ⟨ostateczny termin zapłaty⟩', [], 'pl')).toEqual(['⟨ostateczny termin zapłaty⟩']);
    expect(unlistedPlaceholders('⟨Pana / Panią⟩', [], 'pl')).toEqual(['⟨Pana / Panią⟩']);
    expect(unlistedPlaceholders('do dnia ⟨ostateczny termin zapłaty⟩', ['demand.deadline'], 'pl')).toEqual([]);
  });
});
