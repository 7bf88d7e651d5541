// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { freeTextLanguage, isInOtherLanguage } from '../../../templates/text-language';
import { buildVariables } from '../../../templates/variables';
import { renderTemplate } from '../../../templates/render';
import { parseLibraryFile } from '../../../templates/library-file';
import type { Template, TemplateValue } from '../../../templates/types';
import { englishClient, offboardingFor, polishClient, settingsEn, settingsPl, TODAY } from './fixtures';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

describe('the language of a short free text', () => {
  it.each([
    ['zakres prac wykracza poza to, w czym mogę dobrze pomóc', 'pl'],
    ['zakres prac wykracza poza umowę', 'pl'],
    ['klient nie płaci faktur', 'pl'],
    ['the scope has grown beyond what we agreed', 'en'],
    ['late payments and the scope of the contract', 'en'],
    ['Paweł says the scope is too big for us', 'en'],
    ['**bold** _it_ # heading', undefined],
    ['', undefined],
    ['SEO', undefined],
    ['12345', undefined],
  ])('%j → %s', (text, expected) => {
    expect(freeTextLanguage(text)).toBe(expected);
  });

  it('flags only a text clearly in the other language', () => {
    expect(isInOtherLanguage('zakres prac wykracza poza umowę', 'en')).toBe(true);
    expect(isInOtherLanguage('zakres prac wykracza poza umowę', 'pl')).toBe(false);
    expect(isInOtherLanguage('the scope has grown beyond what we agreed', 'pl')).toBe(true);
    expect(isInOtherLanguage('SEO', 'pl')).toBe(false);
    expect(isInOtherLanguage(undefined, 'en')).toBe(false);
  });

  it('refuses a non-text', () => {
    expect(() => freeTextLanguage(42 as never)).toThrow(/expected a text/);
  });
});

describe('a reason note in the other language than the message', () => {
  const polishNote = 'zakres prac wykracza poza to, w czym mogę dobrze pomóc';
  const offboarding = (note: string) => offboardingFor(englishClient, { reasonNote: note });
  const vars = (note: string, lang: 'pl' | 'en') =>
    buildVariables({ client: lang === 'pl' ? polishClient : englishClient, offboarding: offboarding(note), settings: lang === 'pl' ? settingsPl : settingsEn, today: TODAY, lang }) as Record<string, Record<string, TemplateValue>>;

  it('is not placed in the message; it is a missing value and flagged', () => {
    const en = vars(polishNote, 'en');
    expect(en.offboarding?.reasonNote).toBeUndefined();
    expect(en.offboarding?.hasReasonNote).toBe(true);
    expect(en.offboarding?.reasonNoteInOtherLanguage).toBe(true);
  });

  it('is placed when it is in the message language', () => {
    const pl = vars(polishNote, 'pl');
    expect(pl.offboarding?.reasonNote).toBe(polishNote);
    expect(pl.offboarding?.reasonNoteInOtherLanguage).toBe(false);
    const en = vars('the scope has grown beyond what we agreed', 'en');
    expect(en.offboarding?.reasonNote).toBe('the scope has grown beyond what we agreed');
  });

  // Only a template of the user's own places the note: the built-in messages never send it.
  const customTemplate: Template = {
    id: 'custom-note', kind: 'conversation-request', lang: 'en', tone: 'formal', title: 'My request', subject: 'A talk',
    when: 'tests', variables: ['offboarding.reasonNote'], builtIn: false,
    body: 'There is one point in particular I would like to discuss: {{offboarding.reasonNote}}.',
  };

  it("never lands inside an English message of the user's own; the user is asked for it instead", () => {
    const draft = renderTemplate(customTemplate, vars(polishNote, 'en'), { lang: 'en' });
    expect(draft.text).not.toContain('zakres prac');
    expect(draft.missing).toContain('offboarding.reasonNote');
    expect(draft.text).toContain("⟨reason in your words (in the message's language)⟩");
    // What the user types for the message's language is used.
    const typed = buildVariables({
      client: englishClient, offboarding: offboarding(polishNote), settings: settingsEn, today: TODAY, lang: 'en',
      overrides: { 'offboarding.reasonNote': 'the scope has grown beyond what I can help with well' },
    });
    const filled = renderTemplate(customTemplate, typed, { lang: 'en' });
    expect(filled.missing).not.toContain('offboarding.reasonNote');
    expect(filled.text).toContain('the scope has grown beyond what I can help with well');
  });

  it('is the user\'s own record: no built-in message reads it, in either language', () => {
    const dir = join(__dirname, '../../../templates/library');
    const files = readdirSync(dir).filter((name) => name.endsWith('.md'));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const template = parseLibraryFile(file, readFileSync(join(dir, file), 'utf8'));
      expect(template.variables.filter((path) => path.startsWith('offboarding.') && path.includes('eason')), file).toEqual([]);
      const lang = template.lang;
      const text = renderTemplate(template, vars(lang === 'pl' ? polishNote : 'the scope has grown beyond what we agreed', lang), { lang }).text;
      expect(text, file).not.toContain(lang === 'pl' ? 'zakres prac' : 'the scope has grown');
    }
  });
});

describe('a contract title in the other language', () => {
  const name = (title: string, lang: 'pl' | 'en') =>
    (buildVariables({
      client: { ...englishClient, contract: { ...englishClient.contract, type: 'service', title } },
      settings: settingsEn, today: TODAY, lang,
    }) as Record<string, Record<string, TemplateValue>>).contract?.name;

  it('is quoted as the document title after an English description in an English message', () => {
    expect(name('umowa o świadczenie usług marketingowych', 'en')).toBe('services agreement (“umowa o świadczenie usług marketingowych”)');
  });

  it('stays as typed when it is English, or cannot be told', () => {
    expect(name('Marketing Services Agreement for the brand', 'en')).toBe('Marketing Services Agreement for the brand');
    expect(name('MSA-2024', 'en')).toBe('MSA-2024');
  });

  it('is quoted after "umowa" in a Polish message when it is not a Polish "umowa …" title', () => {
    expect(name('Master Services Agreement', 'pl')).toBe('umowa „Master Services Agreement”');
  });
});
