/**
 * Issue 12, task unknown12: a client recorded without the form of notice (created from the sidebar
 * or from an address only) is not a documentary-form client. Its form is unknown, as with no client
 * recorded: the notices show both courses and ask (contract.requiredForm), the choice resolves them,
 * and the signed-notice cover waits for it.
 */
import { describe, expect, it } from 'vitest';
import { newClient, newOffboarding } from '../../../offboarding/new-records';
import { channelMeetsForm, writtenFormWarning } from '../../../offboarding/notice';
import type { Client, Lang } from '../../../offboarding/types';
import { builtInTemplates, findTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import { buildVariables } from '../../../templates/variables';
import { noticeForm, templateNotOfferedFor } from '../../../templates/contract-types';
import type { Template } from '../../../templates/types';
import { buildConversationPlan, planToText } from '../../../templates/conversation-plan';
import { settingsEn, settingsPl, TODAY } from './fixtures';

const NOW = '2026-02-01T10:00:00.000Z';
/** What the sidebar makes of an address, a name and a notice period: the form never entered. */
function newcomer(lang: Lang, requiredForm?: 'documentary' | 'written'): Client {
  return newClient(
    { name: lang === 'pl' ? 'Tomasz Wiśniewski' : 'Oliver Bennett', emails: [lang === 'pl' ? 't@wisniewski.pl' : 'oliver@bennett.co.uk'], language: lang, contract: { noticePeriod: { months: 1 }, ...(requiredForm ? { requiredForm } : {}) } },
    NOW,
    `c-${lang}`,
  );
}

const templates = builtInTemplates();
function notice(lang: Lang, variant: 'period' | 'immediate'): Template {
  const found = findTemplates(templates, { kind: 'termination-notice', lang, variant });
  expect(found).toHaveLength(1);
  return found[0] as Template;
}
function render(lang: Lang, client: Client, variant: 'period' | 'immediate' = 'period', overrides: Record<string, string> = {}) {
  const vars = buildVariables({ settings: lang === 'pl' ? settingsPl : settingsEn, client, today: TODAY, lang, overrides });
  return renderTemplate(notice(lang, variant), vars, { lang });
}
/** The notice stated as this e-mail itself, outside a ⟨choice / slot⟩. */
const DOCUMENTARY_AS_FACT: Record<Lang, RegExp> = { pl: /(^|[^⟨])niniejszym wypowiadam /m, en: /(^|[^⟨])Please accept this e-mail as formal notice/m };

describe('a new client has no form of notice recorded', () => {
  it('newClient leaves it out, and keeps one the user gave', () => {
    expect(newcomer('pl').contract).not.toHaveProperty('requiredForm');
    expect(newcomer('pl', 'written').contract.requiredForm).toBe('written');
  });
});

describe.each(['pl', 'en'] as const)('%s: the notices for a client whose form was never entered', (lang) => {
  it.each(['period', 'immediate'] as const)('%s: both courses shown and the form asked, never documentary form as a fact', (variant) => {
    const result = render(lang, newcomer(lang), variant);
    expect(result.missing).toContain('contract.requiredForm');
    expect(result.text).not.toMatch(DOCUMENTARY_AS_FACT[lang]);
    expect(result.text).toContain(lang === 'pl' ? '⟨niniejszym wypowiadam / informuję, że odrębnie przesyłam podpisane oświadczenie' : '⟨Please accept this e-mail as formal notice / Under separate cover');
  });

  it('the choice in the draft resolves it, as with no client recorded', () => {
    const documentary = render(lang, newcomer(lang), 'period', { 'contract.requiredForm': 'documentary' });
    expect(documentary.missing).not.toContain('contract.requiredForm');
    expect(documentary.text).toMatch(DOCUMENTARY_AS_FACT[lang]);
    const written = render(lang, newcomer(lang), 'period', { 'contract.requiredForm': 'written' });
    expect(written.missing).not.toContain('contract.requiredForm');
    expect(written.text).not.toMatch(DOCUMENTARY_AS_FACT[lang]);
    expect(written.text).toMatch(lang === 'pl' ? /podpisane oświadczenie/ : /signed notice/);
  });

  it('a recorded form is the contract’s: a choice in a draft does not change it, and it is never asked', () => {
    const recorded = render(lang, newcomer(lang, 'documentary'), 'period', { 'contract.requiredForm': 'written' });
    expect(recorded.missing).not.toContain('contract.requiredForm');
    expect(recorded.text).toMatch(DOCUMENTARY_AS_FACT[lang]);
  });

  it('no delivery date is assumed for the unknown form (the e-mail may not be the notice)', () => {
    const vars = buildVariables({ settings: lang === 'pl' ? settingsPl : settingsEn, client: newcomer(lang), today: TODAY, lang });
    expect(vars.notice).toMatchObject({ deliveredByThisMessage: false, deliveryOn: undefined, endDate: undefined });
    expect(vars.contract).toMatchObject({ formUnknown: true, bySignedStatement: false, requiresWrittenForm: false });
  });
});

describe('the signed-notice cover waits for the form', () => {
  const cover = { kind: 'signed-notice-cover' as const };
  it('not offered while unknown, with its own reason; the choice or the record decides', () => {
    expect(templateNotOfferedFor(cover, newcomer('pl'), { today: TODAY })).toBe('form-unknown');
    expect(templateNotOfferedFor(cover, null, { today: TODAY })).toBe('form-unknown');
    expect(templateNotOfferedFor(cover, newcomer('pl'), { today: TODAY, resolvedForm: 'written' })).toBeUndefined();
    expect(templateNotOfferedFor(cover, newcomer('pl'), { today: TODAY, resolvedForm: 'documentary' })).toBe('no-written-form');
    expect(templateNotOfferedFor(cover, newcomer('pl', 'documentary'), { today: TODAY, resolvedForm: 'written' })).toBe('no-written-form');
    expect(noticeForm(newcomer('pl'), 'written')).toBe('written');
    expect(noticeForm(newcomer('pl', 'documentary'), 'written')).toBe('documentary');
  });
});

describe('the other readers of the form', () => {
  it('an unknown form warns of no written-form clause, yet an e-mail is not known to meet it', () => {
    expect(writtenFormWarning(newcomer('pl').contract, undefined)).toBe(false);
    expect(channelMeetsForm(undefined, 'email')).toBe(false);
    expect(channelMeetsForm(undefined, 'letter')).toBe(true);
    expect(channelMeetsForm('documentary', 'email')).toBe(true);
    expect(channelMeetsForm('written', 'email')).toBe(false);
  });

  it.each(['pl', 'en'] as const)('%s: the call plan does not say an e-mail is enough', (lang) => {
    const client = newcomer(lang);
    const offboarding = newOffboarding({ clientId: client.id, initiator: 'we', reason: 'fit' }, NOW, 'ob');
    const text = planToText(buildConversationPlan({ client, offboarding, lang }));
    expect(text).not.toMatch(lang === 'pl' ? /wystarczy forma dokumentowa/ : /documentary form \(e-mail\) is enough/);
    expect(text).toContain(lang === 'pl' ? 'wymaganej formy wypowiedzenia brak w danych umowy' : 'form of notice not on record');
  });
});
