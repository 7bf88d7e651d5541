/**
 * Issue 12, task choice12: values with exactly two answers are chosen, not typed (one declaration
 * of each value's answers, beside its label; the canonical word stored, older typed words still
 * read), and the signed-notice cover is offered only where the form is written.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGE_VALUE_ANSWERS, REQUIRED_FORM_ANSWERS, YES_NO_ANSWERS, messageValueAnswers } from '../../../templates/value-answers';
import { DOCUMENT_VALUE_ANSWERS, DOCUMENT_VALUE_LABELS, factAnswers } from '../../../documents/labels';
import { buildDocument, type DocumentInput } from '../../../documents';
import { documentText } from '../../../documents/text';
import { readScenarios } from '../../../catalog/documents-command';
import { builtInTemplates, findTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import { buildVariables, typedRequiredForm } from '../../../templates/variables';
import { variableLabel } from '../../../templates/variable-labels';
import type { Lang } from '../../../offboarding/types';
import type { Template } from '../../../templates/types';
import { settingsEn, settingsPl, TODAY } from './fixtures';
import { noticeForm, templateNotOfferedFor } from '../../../templates/contract-types';
import { suggest } from '../../../templates/suggest';

const ROOT = join(import.meta.dirname, '../../..');

describe('one declaration of the answers of a value with two of them', () => {
  it('the notice form (messages) and whether the fees are settled (documents) each have exactly two answers, labelled in both languages', () => {
    expect(messageValueAnswers('contract.requiredForm')).toBe(REQUIRED_FORM_ANSWERS);
    expect(factAnswers('agreement.feesSettled')).toBe(YES_NO_ANSWERS);
    // A document asking for a shared message value reads the engine's declaration.
    expect(factAnswers('contract.requiredForm')).toBe(REQUIRED_FORM_ANSWERS);
    expect(factAnswers('client.address')).toBeUndefined();
    expect(messageValueAnswers('contract.clause')).toBeUndefined();
    expect(messageValueAnswers('toString')).toBeUndefined();
    for (const answers of [...Object.values(MESSAGE_VALUE_ANSWERS), ...Object.values(DOCUMENT_VALUE_ANSWERS)]) {
      expect(answers.answers).toHaveLength(2);
      for (const answer of answers.answers) {
        expect(answer.label.pl.trim()).not.toBe('');
        expect(answer.label.en.trim()).not.toBe('');
        // The stored canonical word reads as itself.
        expect(answers.read(answer.value)).toBe(answer.value);
      }
    }
    expect(REQUIRED_FORM_ANSWERS.answers.map((a) => a.label.pl)).toEqual(['dokumentowa', 'pisemna']);
    expect(YES_NO_ANSWERS.answers.map((a) => a.label.pl)).toEqual(['tak', 'nie']);
  });

  it('reads the words typed before the choice existed, so nothing saved is lost, and nothing else', () => {
    for (const typed of ['dokumentowa', 'Dokumentowa ', 'documentary', 'e-mail', 'email']) expect(REQUIRED_FORM_ANSWERS.read(typed), typed).toBe('documentary');
    for (const typed of ['pisemna', 'PISEMNA', 'written', 'podpisane', 'signed']) expect(REQUIRED_FORM_ANSWERS.read(typed), typed).toBe('written');
    for (const typed of ['nie wiem', '', 'maybe', undefined, true, 3]) expect(REQUIRED_FORM_ANSWERS.read(typed), String(typed)).toBeUndefined();
    for (const typed of ['tak', 'Tak', ' yes ', 'YES']) expect(YES_NO_ANSWERS.read(typed), typed).toBe('yes');
    for (const typed of ['nie', 'no', 'No']) expect(YES_NO_ANSWERS.read(typed), typed).toBe('no');
    for (const typed of ['może', 'not sure', 'takie', 'nope', '']) expect(YES_NO_ANSWERS.read(typed), typed).toBeUndefined();
    // The engine's own reading is the declaration's.
    expect(typedRequiredForm('written')).toBe('written');
    expect(typedRequiredForm('pisemna')).toBe('written');
  });

  it('no label tells the user to type an answer that is now chosen', () => {
    for (const lang of ['pl', 'en'] as const) {
      expect(DOCUMENT_VALUE_LABELS['agreement.feesSettled'][lang]).not.toMatch(/wpisz|type “/);
      expect(variableLabel('contract.requiredForm', lang)).not.toMatch(/wpisz|type “/);
    }
  });
});

const templates = builtInTemplates();
function notice(lang: Lang): Template {
  const found = findTemplates(templates, { kind: 'termination-notice', lang, variant: 'period' });
  expect(found).toHaveLength(1);
  return found[0] as Template;
}
const renderNotice = (lang: Lang, chosen: string) =>
  renderTemplate(notice(lang), buildVariables({ settings: lang === 'pl' ? settingsPl : settingsEn, today: TODAY, lang, overrides: { 'contract.requiredForm': chosen } }), { lang });

describe('the chosen form fills the notice with no contract recorded', () => {
  it.each(['pl', 'en'] as const)('%s: the stored canonical word resolves it exactly as the older typed word did', (lang) => {
    for (const [canonical, typed] of [['documentary', lang === 'pl' ? 'dokumentowa' : 'e-mail'], ['written', lang === 'pl' ? 'pisemna' : 'signed']] as const) {
      const chosen = renderNotice(lang, canonical);
      expect(chosen.missing).not.toContain('contract.requiredForm');
      // Neither course left open, nor the form asked for in the text.
      expect(chosen.text).not.toMatch(/⟨(Please accept|niniejszym wypowiadam|this e-mail \/|niniejszej wiadomości \/)|form the agreement requires for notices|forma zastrzeżona w umowie/);
      expect(renderNotice(lang, typed).text).toBe(chosen.text);
    }
  });
});

describe('the chosen answer fills the termination agreement', () => {
  const scenarios = readScenarios(join(ROOT, 'tests/golden/document-scenarios.json'));
  const input = (lang: Lang, feesSettled: string): DocumentInput => {
    const scenario = scenarios.find((entry) => entry.id === 'pl-mutual-person');
    if (!scenario) throw new Error('no scenario pl-mutual-person');
    const values = { ...(scenario.values ?? {}), 'agreement.feesSettled': feesSettled };
    return structuredClone({ client: scenario.client, offboarding: scenario.offboarding, settings: scenario.settings, today: scenario.today, lang, values }) as DocumentInput;
  };
  const text = (lang: Lang, feesSettled: string) => {
    const result = buildDocument('termination-agreement', input(lang, feesSettled));
    if (result.status !== 'ready') throw new Error(`expected a document: ${JSON.stringify(result)}`);
    return documentText(result.document);
  };

  it.each(['pl', 'en'] as const)('%s: "yes" and "no" as stored by the choice, the same as "tak" and "nie" typed before', (lang) => {
    expect(text(lang, 'yes')).toBe(text(lang, 'tak'));
    expect(text(lang, 'no')).toBe(text(lang, 'nie'));
    expect(text(lang, 'yes')).not.toBe(text(lang, 'no'));
    expect(text(lang, 'yes')).toMatch(lang === 'pl' ? /rozliczone w całości/ : /settled in full/);
  });

  it('an unreadable older word is asked again, as a choice', () => {
    for (const lang of ['pl', 'en'] as const) {
      const result = buildDocument('termination-agreement', input(lang, 'może'));
      const detail = result.status === 'missing' ? result.missing.find((fact) => fact.path === 'agreement.feesSettled')?.detail : undefined;
      expect(detail).toBe(lang === 'pl' ? 'wybierz „tak” albo „nie” (wpisano „może”)' : 'choose “yes” or “no” (typed “może”)');
    }
  });
});

describe('the signed-notice cover is offered only where the form is written, recorded or chosen', () => {
  const cover = { kind: 'signed-notice-cover' as const };
  const situation = (resolvedForm?: 'documentary' | 'written') => ({ today: TODAY, ...(resolvedForm ? { resolvedForm } : {}) });
  const contract = (requiredForm: 'documentary' | 'written') => ({ contract: { type: 'service' as const, noticePeriod: { months: 1 }, endOfMonth: false, requiredForm } });

  it('no contract recorded: not offered once the user chose documentary form; offered once written was chosen', () => {
    expect(templateNotOfferedFor(cover, null, situation('documentary'))).toBe('no-written-form');
    expect(templateNotOfferedFor(cover, null, situation('written'))).toBeUndefined();
  });

  it("the recorded form is the contract's, whatever was chosen for another message", () => {
    expect(templateNotOfferedFor(cover, contract('documentary'), situation('written'))).toBe('no-written-form');
    expect(templateNotOfferedFor(cover, contract('written'), situation('documentary'))).toBeUndefined();
    expect(noticeForm(null, undefined)).toBeUndefined();
    expect(noticeForm(contract('written'), 'documentary')).toBe('written');
  });

  it('the ranking: after the notice went out with written form chosen, the cover is due; with documentary chosen, never', () => {
    const input = (resolvedForm?: 'documentary' | 'written') => ({
      context: null,
      client: null,
      offboarding: null,
      templates,
      today: TODAY,
      sentKinds: ['termination-notice' as const],
      settings: { defaultLanguage: 'pl' as const },
      ...(resolvedForm ? { resolvedForm } : {}),
    });
    const kinds = (resolvedForm?: 'documentary' | 'written') => suggest(input(resolvedForm)).map((s) => s.kind);
    expect(kinds('written')).toContain('signed-notice-cover');
    expect(kinds('documentary')).not.toContain('signed-notice-cover');
    expect(kinds()).not.toContain('signed-notice-cover');
  });
});
