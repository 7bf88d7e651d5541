/**
 * Issue 12, task dzielo12. (1) Under a law other than Polish the dzieło withdrawal names the basis
 * the user gives (withdrawal.basis), in Polish as in English, never "the contract and its governing
 * law" asserted. (2) The reply to the client's withdrawal follows the form of notice: under a
 * written-form clause the client's e-mail is not the withdrawal (art. 73 § 1, 77 § 2, 78 k.c.), so the
 * reply acknowledges the message and asks for the signed statement; with the form unknown it asks the form.
 */
import { describe, expect, it } from 'vitest';
import type { Client, Lang, NoticeChannel } from '../../../offboarding/types';
import { builtInTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import type { TemplateValue } from '../../../templates/types';
import { buildVariables } from '../../../templates/variables';
import { suggest } from '../../../templates/suggest';
import { describeReason } from '../../../templates/reasons';
import { englishClient, offboardingFor, polishClient, settingsEn, settingsPl, TODAY, typedValues } from './fixtures';

const templates = builtInTemplates();
function template(id: string) {
  const found = templates.find((t) => t.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

type Form = 'documentary' | 'written' | undefined;
function dzielo(lang: Lang, form: Form, governingLaw: 'pl' | 'other'): Client {
  const base = lang === 'pl' ? polishClient : englishClient;
  const { requiredForm: _recorded, fixedTermEndsOn: _term, ...rest } = base.contract;
  return { ...base, contract: { ...rest, type: 'dzielo', noticePeriod: {}, governingLaw, ...(form ? { requiredForm: form } : {}) } };
}

function render(id: string, lang: Lang, client: Client, overrides: Record<string, TemplateValue> = {}, channel?: NoticeChannel) {
  const offboarding = channel === undefined ? undefined : offboardingFor(client, { initiator: 'client', notice: { servedOn: '2026-02-02', channel, acknowledgementRequested: true, servedBy: 'client' } });
  const vars = buildVariables({ settings: lang === 'pl' ? settingsPl : settingsEn, client, offboarding, today: TODAY, lang, overrides: { ...typedValues(lang), ...overrides } });
  return renderTemplate(template(id), vars, { lang });
}

/** Choices (⟨a / b⟩) and slots (⟨label⟩) removed: what the text states outright. */
function outright(text: string): string {
  return text.replace(/⟨[^⟨⟩]*⟩/g, '⟨⟩');
}

describe('the dzieło withdrawal under another law names the basis the user gives', () => {
  const forms: Form[] = ['documentary', 'written', undefined];

  it.each(forms)('form %s: Polish and English both ask for withdrawal.basis and assert none', (form) => {
    for (const lang of ['pl', 'en'] as const) {
      const draft = render(`dzielo-withdrawal-${lang}-formal`, lang, dzielo(lang, form, 'other'));
      expect(draft.missing).toContain('withdrawal.basis');
      expect(draft.text).not.toMatch(/prawa dla niej właściwego, oświadcza|na podstawie umowy oraz prawa/);
      expect(draft.text).not.toMatch(/art\. 640|Article 640/);
    }
  });

  it('the typed basis stands where the Polish text ended the contract "on the contract and its law"', () => {
    const basis = { 'withdrawal.basis': '§ 14 ust. 2 umowy' };
    const documentary = render('dzielo-withdrawal-pl-formal', 'pl', dzielo('pl', 'documentary', 'other'), basis);
    expect(documentary.missing).not.toContain('withdrawal.basis');
    expect(documentary.text).toContain('niniejszym, na podstawie § 14 ust. 2 umowy, rozwiązuję umowę o świadczenie usług marketingowych z dnia 12 marca 2024 r.');
    const written = render('dzielo-withdrawal-pl-formal', 'pl', dzielo('pl', 'written', 'other'), basis).text;
    expect(written).toContain('informuję, że na podstawie § 14 ust. 2 umowy rozwiązuję umowę o świadczenie usług marketingowych z dnia 12 marca 2024 r. oświadczeniem, które przesyłam odrębnie w formie pisemnej.');
    const unknown = render('dzielo-withdrawal-pl-formal', 'pl', dzielo('pl', undefined, 'other'), basis).text;
    expect(unknown).toContain('⟨niniejszym / oświadczeniem przesyłanym odrębnie w formie pisemnej⟩, na podstawie § 14 ust. 2 umowy, rozwiązuję umowę');
  });

  it('under Polish law the withdrawal still rests on art. 640 k.c. and asks no basis', () => {
    const draft = render('dzielo-withdrawal-pl-formal', 'pl', dzielo('pl', 'documentary', 'pl'));
    expect(draft.missing).not.toContain('withdrawal.basis');
    expect(draft.text).toContain('niniejszym, na podstawie art. 640 k.c., odstępuję od umowy');
  });
});

const REPLY = (lang: Lang) => `dzielo-withdrawal-reply-${lang}-formal`;
/** The client's statement accepted as the withdrawal, and work stopped on it. */
const ACCEPTED: Record<Lang, RegExp> = {
  pl: /otrzymał(em|am|iśmy) (Pana|Pani|Państwa) oświadczenie o odstąpieniu|oświadczenie Państwa spółki o odstąpieniu|Przyjmuj(ę|emy) je do wiadomości|wstrzymuj(ę|emy) dalsze prace|oświadczenia o odstąpieniu/,
  en: /received your notice of withdrawal|stopped work|As you have withdrawn|Your withdrawal from/,
};
/** A signed statement stated as required. */
const SIGNED_NEEDED: Record<Lang, RegExp> = {
  pl: /formę pisemną pod rygorem nieważności|podpisanego własnoręcznie|po otrzymaniu podpisanego oświadczenia/,
  en: /in writing|signed by hand|signed notice/,
};

describe.each(['pl', 'en'] as const)('%s: the reply to the client’s dzieło withdrawal follows the form of notice', (lang) => {
  const subjectAndText = (draft: { subject?: string; text: string }) => `${draft.subject ?? ''}\n${draft.text}`;

  it('written form, the client wrote an e-mail: the message is acknowledged, the withdrawal awaits the signed statement', () => {
    const draft = render(REPLY(lang), lang, dzielo(lang, 'written', 'pl'), {}, 'email');
    expect(subjectAndText(draft)).not.toMatch(ACCEPTED[lang]);
    expect(draft.text).toMatch(SIGNED_NEEDED[lang]);
    expect(draft.text).toMatch(lang === 'pl' ? /otrzymał(em|am|iśmy) wiadomość w sprawie odstąpienia od umowy/ : /received your message about withdrawing from the/);
    expect(draft.text).toMatch(lang === 'pl' ? /odstąpienie stanie się skuteczne dopiero z chwilą doręczenia (mi|nam) oświadczenia podpisanego/ : /the withdrawal will take effect only when a notice signed by hand or with a qualified electronic signature reaches (me|us)/);
    expect(draft.missing).not.toContain('contract.requiredForm');
  });

  it('written form under another law: the English reply points to the notices clause; neither cites art. 644', () => {
    const draft = render(REPLY(lang), lang, dzielo(lang, 'written', 'other'), {}, 'email');
    expect(subjectAndText(draft)).not.toMatch(ACCEPTED[lang]);
    expect(draft.text).not.toMatch(/644/);
    if (lang === 'en') expect(draft.missing).toContain('contract.noticesClause');
    expect(draft.text).toMatch(lang === 'pl' ? /W razie odstąpienia od umowy przed ukończeniem dzieła oczekuję zapłaty/ : /If you withdraw before the work is completed, I will claim the agreed fee/);
  });

  it('written form, the client sent a signed letter: the withdrawal is confirmed as before', () => {
    const draft = render(REPLY(lang), lang, dzielo(lang, 'written', 'pl'), {}, 'letter');
    expect(subjectAndText(draft)).toMatch(ACCEPTED[lang]);
    expect(draft.text).not.toMatch(SIGNED_NEEDED[lang]);
  });

  it('documentary form, the client wrote an e-mail: the e-mail is the withdrawal', () => {
    const draft = render(REPLY(lang), lang, dzielo(lang, 'documentary', 'pl'), {}, 'email');
    expect(subjectAndText(draft)).toMatch(ACCEPTED[lang]);
    expect(draft.text).not.toMatch(SIGNED_NEEDED[lang]);
  });

  it('form never entered: the form is asked, and the e-mail neither accepted nor refused; the choice resolves it', () => {
    const client = dzielo(lang, undefined, 'pl');
    const unknown = render(REPLY(lang), lang, client, {}, 'email');
    expect(unknown.missing).toContain('contract.requiredForm');
    expect(outright(subjectAndText(unknown))).not.toMatch(ACCEPTED[lang]);
    expect(outright(unknown.text)).not.toMatch(SIGNED_NEEDED[lang]);
    const documentary = render(REPLY(lang), lang, client, { 'contract.requiredForm': 'documentary' }, 'email');
    expect(documentary.missing).not.toContain('contract.requiredForm');
    expect(subjectAndText(documentary)).toMatch(ACCEPTED[lang]);
    const written = render(REPLY(lang), lang, client, { 'contract.requiredForm': 'written' }, 'email');
    expect(written.missing).not.toContain('contract.requiredForm');
    expect(written.text).toMatch(SIGNED_NEEDED[lang]);
    expect(subjectAndText(written)).not.toMatch(ACCEPTED[lang]);
  });
});

describe('the sidebar’s reasons for a client’s dzieło withdrawal state no end and no article the record does not give', () => {
  /** The client e-mailed a withdrawal on 2 February; today is 10 February. */
  function reasons(lang: Lang, form: Form, governingLaw: 'pl' | 'other', channel: NoticeChannel = 'email'): string[] {
    const client = dzielo(lang, form, governingLaw);
    // A letter counts from its recorded delivery; an e-mail from the day it could be read.
    const delivered = channel === 'email' ? {} : { deliveredOn: '2026-02-03' };
    const offboarding = offboardingFor(client, { initiator: 'client', reason: 'client-decision', settlement: [], notice: { servedOn: '2026-02-02', channel, acknowledgementRequested: true, servedBy: 'client', ...delivered } });
    return suggest({ context: null, client, offboarding, templates, today: TODAY, settings: { defaultLanguage: lang } }).flatMap((s) => s.reasons.map((r) => describeReason(r, lang)));
  }
  const ENDED: Record<Lang, RegExp> = { pl: /umowa zakończyła się/i, en: /the contract ended/i };

  it.each(['pl', 'en'] as const)('%s: an e-mail under written form, or with the form unknown, ended nothing; a signed letter or documentary form did', (lang) => {
    expect(reasons(lang, 'written', 'pl').join('\n')).not.toMatch(ENDED[lang]);
    expect(reasons(lang, undefined, 'pl').join('\n')).not.toMatch(ENDED[lang]);
    expect(reasons(lang, 'written', 'pl', 'letter').join('\n')).toMatch(ENDED[lang]);
    expect(reasons(lang, 'documentary', 'pl').join('\n')).toMatch(ENDED[lang]);
  });

  it.each(['pl', 'en'] as const)('%s: under another law the withdrawal reason names no article 644', (lang) => {
    const foreign = reasons(lang, 'documentary', 'other').join('\n');
    expect(foreign).toMatch(lang === 'pl' ? /Klient odstępuje od umowy o dzieło/ : /The client is withdrawing from the contract for specific work/);
    expect(foreign).not.toMatch(/644/);
    expect(reasons(lang, 'documentary', 'pl').join('\n')).toMatch(/644/);
  });
});
