/**
 * The conversation request names no problem in the work when the recorded reason is the sender's
 * own capacity (review 8, EN8-B1): the message states only what the record holds.
 */
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import { buildVariables } from '../../../templates/variables';
import type { EndReason, Settings } from '../../../offboarding/types';
import { englishClient, offboardingFor, polishClient, settingsEn, settingsPl } from './fixtures';

const templates = builtInTemplates();
const PROBLEM_WORDS = { pl: /trudności|nie układają się/, en: /issues|haven't been going/ };
// 'availability', not 'capacity', which can read as health or legal capacity (review10 EN10-B13).
const CAPACITY_WORDS = { pl: /możliwości/, en: /availability/ };

function render(lang: 'pl' | 'en', tone: 'formal' | 'warm', reason: EndReason, senderForm: Settings['profile']['senderForm']) {
  const template = templates.find((t) => t.id === `conversation-request-${lang}-${tone}`);
  if (!template) throw new Error(`conversation-request-${lang}-${tone}`);
  const client = lang === 'pl' ? polishClient : englishClient;
  const base = lang === 'pl' ? settingsPl : settingsEn;
  const settings = { ...base, profile: { ...base.profile, senderForm } };
  return renderTemplate(template, buildVariables({ client, offboarding: offboardingFor(client, { reason }), settings, today: '2026-03-02', lang, tone }), { lang }).text;
}

describe('the conversation request by reason', () => {
  for (const lang of ['pl', 'en'] as const) {
    for (const tone of ['formal', 'warm'] as const) {
      it(`${lang} ${tone}: capacity speaks of the sender's capacity, never of problems in the work`, () => {
        for (const form of ['m', 'f', 'we'] as const) {
          const text = render(lang, tone, 'capacity', form);
          expect(text).toMatch(CAPACITY_WORDS[lang]);
          expect(text).not.toMatch(PROBLEM_WORDS[lang]);
        }
        expect(render(lang, tone, 'capacity', 'we')).toMatch(lang === 'pl' ? /nasz/ : /\bour\b|\bOur\b/);
      });
      it(`${lang} ${tone}: a problem in the work is still the conversation's subject`, () => {
        expect(render(lang, tone, 'fit', 'f')).toMatch(PROBLEM_WORDS[lang]);
      });
    }
  }
});
