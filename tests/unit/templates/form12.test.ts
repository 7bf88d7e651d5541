/**
 * Issue 12, task form12: beyond the termination notice, every message whose wording depends on the
 * contract's form of notice treats a form neither recorded nor chosen as unknown. It asks for it
 * (contract.requiredForm, a choice) and, until it is chosen, says neither that this e-mail is the
 * binding statement nor that a signed one is needed; a reply to the client's notice neither confirms
 * nor denies that the client's e-mail counts, and computes no end date from it.
 */
import { describe, expect, it } from 'vitest';
import type { Client, Lang, NoticeChannel, Offboarding } from '../../../offboarding/types';
import { builtInTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import { buildVariables } from '../../../templates/variables';
import type { TemplateValue } from '../../../templates/types';
import { englishClient, offboardingFor, polishClient, settingsEn, settingsPl, TODAY, typedValues } from './fixtures';

const templates = builtInTemplates();
function template(id: string) {
  const found = templates.find((t) => t.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

/** The fixture's client with the form of notice never entered (and whatever else the case needs). */
function formless(lang: Lang, contract: Partial<Client['contract']> = {}): Client {
  const base = lang === 'pl' ? polishClient : englishClient;
  const { requiredForm: _recorded, ...rest } = base.contract;
  return { ...base, contract: { ...rest, ...contract } };
}
const RETAINER = { fixedTermEndsOn: '2026-06-30', nonRenewalNoticeDays: 30, renewalClause: '§ 3 ust. 2' } as const;
const DZIELO = { type: 'dzielo', noticePeriod: {} } as const;

/** Choices (⟨a / b⟩) and slots (⟨label⟩) removed: what the text states outright. */
function outright(text: string): string {
  return text.replace(/⟨[^⟨⟩]*⟩/g, '⟨⟩');
}
/** This e-mail (or the client's) stated as the binding statement: documentary form assumed. */
const DOCUMENTARY: Record<Lang, RegExp> = {
  pl: /niniejszym,? (oświadcza|składa|wypowiada|odstępuj|na podstawie)|staje się skuteczne z chwilą jego doręczenia|uznamy? za zawarte|otrzymał(em|am|iśmy) wypowiedzenie|stało się skuteczne|umowa rozwiąże się z upływem/i,
  en: /Please accept this e-mail as formal notice|hereby (give notice|withdraw)|takes effect on receipt of this notice|This is (my|our) notice|received your notice|acknowledge your notice|will therefore end on|took effect/i,
};
/** A signed statement stated as required: written form assumed. */
const WRITTEN: Record<Lang, RegExp> = {
  pl: /(zastrzega|wymaga)( dla wypowiedzenia)? form(ę|y) pisemn|pod rygorem nieważności|charakter informacyjny|przesłanie (podpisanego|oświadczenia podpisanego)/i,
  en: /requires? (notices? )?(to be given )?in writing|requires written form|needs notice to be given in writing|for (your )?information( only)?|written-form clause/i,
};

interface Case {
  id: string;
  lang: Lang;
  contract?: Partial<Client['contract']>;
  /** The text a documentary-form choice must bring in (none where that form adds nothing). */
  documentary?: RegExp;
  written: RegExp;
}
const CASES: Case[] = [
  { id: 'non-renewal-pl-formal', lang: 'pl', contract: RETAINER, documentary: /niniejszym oświadczam/, written: /wiążące jest oświadczenie z własnoręcznym podpisem/ },
  { id: 'non-renewal-pl-warm', lang: 'pl', contract: RETAINER, documentary: /niniejszym składam oświadczenie/, written: /podpisane oświadczenie, które wysyłam, jest oświadczeniem/ },
  { id: 'non-renewal-en-formal', lang: 'en', contract: { ...RETAINER, renewalClause: 'Clause 3.2' }, documentary: /hereby give notice/, written: /signed notice I am sending separately is therefore the formal notice/ },
  { id: 'non-renewal-en-warm', lang: 'en', contract: { ...RETAINER, renewalClause: 'Clause 3.2' }, documentary: /This is my notice under Clause 3\.2/, written: /the signed letter is the formal notice/ },
  { id: 'non-renewal-en-formal', lang: 'en', contract: { fixedTermEndsOn: '2026-06-30' }, documentary: /Please accept this e-mail as formal notice that I will not renew/, written: /that letter is the formal notice|is therefore the formal notice/ },
  { id: 'dzielo-withdrawal-pl-formal', lang: 'pl', contract: DZIELO, documentary: /niniejszym, na podstawie art\. 640 k\.c\., odstępuję/, written: /wiążące jest dopiero to oświadczenie/ },
  { id: 'dzielo-withdrawal-en-formal', lang: 'en', contract: DZIELO, documentary: /I hereby withdraw/, written: /the binding notice of withdrawal is that signed letter/ },
  { id: 'dzielo-withdrawal-en-formal', lang: 'en', contract: { ...DZIELO, governingLaw: 'other' }, documentary: /terminating the .* with immediate effect/, written: /the binding notice of termination is that signed letter/ },
  { id: 'dzielo-withdrawal-cooperation-call-pl-formal', lang: 'pl', contract: DZIELO, written: /przesyłam to wezwanie również jako podpisane pismo/ },
  { id: 'dzielo-withdrawal-cooperation-call-en-formal', lang: 'en', contract: DZIELO, written: /also sending this notice as a signed letter/ },
  { id: 'breach-remedy-pl-formal', lang: 'pl', written: /przesyłam to wezwanie również jako podpisane pismo/ },
  { id: 'breach-remedy-en-formal', lang: 'en', written: /also sending this notice as a signed letter/ },
];

function render(id: string, lang: Lang, client: Client | undefined, overrides: Record<string, TemplateValue> = {}, offboarding?: Offboarding) {
  const vars = buildVariables({ settings: lang === 'pl' ? settingsPl : settingsEn, client, offboarding, today: TODAY, lang, overrides: { ...typedValues(lang), ...overrides } });
  return { vars, draft: renderTemplate(template(id), vars, { lang }) };
}

describe.each(CASES)('$id ($lang) for a client whose form was never entered', ({ id, lang, contract, documentary, written }) => {
  const client = formless(lang, contract);

  it('asks for the form and states neither course as the contract’s', () => {
    const { draft } = render(id, lang, client);
    expect(draft.missing).toContain('contract.requiredForm');
    expect(outright(draft.text)).not.toMatch(DOCUMENTARY[lang]);
    expect(outright(draft.text)).not.toMatch(WRITTEN[lang]);
  });

  it('the choice in the draft resolves it either way', () => {
    const chosenDocumentary = render(id, lang, client, { 'contract.requiredForm': 'documentary' }).draft;
    expect(chosenDocumentary.missing).not.toContain('contract.requiredForm');
    expect(chosenDocumentary.text).not.toMatch(WRITTEN[lang]);
    if (documentary) expect(chosenDocumentary.text).toMatch(documentary);
    const chosenWritten = render(id, lang, client, { 'contract.requiredForm': 'written' }).draft;
    expect(chosenWritten.missing).not.toContain('contract.requiredForm');
    expect(chosenWritten.text).toMatch(written);
  });

  it('a recorded form is never asked, whatever a draft chose', () => {
    const recorded = render(id, lang, { ...client, contract: { ...client.contract, requiredForm: 'written' } }, { 'contract.requiredForm': 'documentary' }).draft;
    expect(recorded.missing).not.toContain('contract.requiredForm');
    expect(recorded.text).toMatch(written);
  });
});

describe.each(['pl', 'en'] as const)('%s: the mutual-agreement confirmation for a form never entered', (lang) => {
  const client = formless(lang);
  it.each(['formal', 'warm'] as const)('%s: concluded by a document both sides sign, neither by e-mail nor because of a written-form clause', (tone) => {
    const { draft } = render(`mutual-agreement-confirmation-${lang}-${tone}`, lang, client);
    expect(outright(draft.text)).not.toMatch(DOCUMENTARY[lang]);
    expect(outright(draft.text)).not.toMatch(WRITTEN[lang]);
    expect(draft.text).toMatch(lang === 'pl' ? /obie strony podpisz|podpisania przez obie strony/ : /signed/);
  });
});

describe.each(['pl', 'en'] as const)('%s: a reply to the client’s notice when the form was never entered', (lang) => {
  const client = formless(lang);
  const clientNotice = (channel: NoticeChannel) => offboardingFor(client, { initiator: 'client', notice: { servedOn: '2026-02-02', channel, acknowledgementRequested: true, servedBy: 'client' } });
  /** 2 February + one month, as the contract's period counts it from delivery. */
  const END = lang === 'pl' ? '2 marca 2026' : '2 March 2026';
  const replies = [`termination-ack-${lang}-formal`, `termination-ack-${lang}-warm`, `termination-dispute-${lang}-formal`];

  it.each(replies)('%s: neither confirms nor denies that the e-mail counts, computes no end date, asks for the form', (id) => {
    const { vars, draft } = render(id, lang, client, {}, clientNotice('email'));
    expect(vars.receipt).toMatchObject({ formUnknown: true, signedStatementNeeded: false, contractEndsOn: undefined });
    expect(draft.missing).toContain('contract.requiredForm');
    expect(draft.text).not.toContain(END);
    expect(outright(draft.text)).not.toMatch(DOCUMENTARY[lang]);
    expect(outright(draft.text)).not.toMatch(WRITTEN[lang]);
  });

  it.each(replies)('%s: choosing documentary form dates the end from the e-mail; written form asks for the signed notice', (id) => {
    const documentary = render(id, lang, client, { 'contract.requiredForm': 'documentary' }, clientNotice('email'));
    expect(documentary.vars.receipt).toMatchObject({ formUnknown: false, signedStatementNeeded: false });
    expect(documentary.draft.missing).not.toContain('contract.requiredForm');
    expect(documentary.draft.text).toContain(END);
    const written = render(id, lang, client, { 'contract.requiredForm': 'written' }, clientNotice('email'));
    expect(written.vars.receipt).toMatchObject({ formUnknown: false, signedStatementNeeded: true, contractEndsOn: undefined });
    expect(written.draft.text).toMatch(lang === 'pl' ? /podpisan/ : /signed/);
  });

  it('a notice the client signed (letter) meets any form: nothing asked, the end date computed', () => {
    const { vars, draft } = render(`termination-ack-${lang}-formal`, lang, client, {}, clientNotice('letter'));
    expect(vars.receipt).toMatchObject({ formUnknown: false, signedStatementNeeded: false });
    expect(draft.missing).not.toContain('contract.requiredForm');
    expect(draft.text).toContain(END);
  });

  it('with no client recorded the form is unknown too, and the choice resolves it', () => {
    expect(render(`termination-ack-${lang}-formal`, lang, undefined).vars.receipt).toMatchObject({ formUnknown: true, signedStatementNeeded: false });
    expect(render(`termination-ack-${lang}-formal`, lang, undefined, { 'contract.requiredForm': 'written' }).vars.receipt).toMatchObject({ formUnknown: false, signedStatementNeeded: true });
  });
});
