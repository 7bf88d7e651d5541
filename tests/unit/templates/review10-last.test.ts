/**
 * Review 10, the last findings (Polish C4–C10, English B8, B15, C1–C4, C6, C9, C11): each checked
 * on the rendered text or the rule behind it, so that the old wording fails here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument, type DocumentInput } from '../../../documents';
import { readScenarios } from '../../../catalog/documents-command';
import { documentText } from '../../../documents/text';
import { recipientsInOtherLanguage } from '../../../documents/inventory-words';
import { builtInTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import type { Template } from '../../../templates/types';
import { buildVariables } from '../../../templates/variables';
import { messageClosing } from '../../../templates/closing';
import { templateNotOfferedFor } from '../../../templates/contract-types';
import { suggest } from '../../../templates/suggest';
import { BREACH_PATH, proposedValues } from '../../../templates/thread-facts';
import type { Client, HandoverItem, Lang, Offboarding } from '../../../offboarding/types';
import { englishClient, offboardingFor, polishClient, settingsEn, settingsPl, TODAY } from './fixtures';

const templates = builtInTemplates();

function byId(id: string): Template {
  const found = templates.find((template) => template.id === id);
  expect(found, id).toBeDefined();
  return found as Template;
}

function draft(template: Template, client: Client | undefined, changes: Partial<Offboarding> = {}, options: { today?: string; overrides?: Record<string, string> } = {}) {
  const lang: Lang = template.lang;
  const vars = buildVariables({
    client,
    offboarding: client ? offboardingFor(client, changes) : undefined,
    settings: lang === 'pl' ? settingsPl : settingsEn,
    today: options.today ?? TODAY,
    lang,
    overrides: options.overrides,
  });
  return renderTemplate(template, vars, { lang });
}

/** A company with no named person: the English salutation greets its team, or nobody by name. */
const companyNoPerson: Client = { ...englishClient, name: 'Acme Ltd', recipient: { form: 'panstwo', warm: false } };
const inboxNoCompany: Client = { ...englishClient, name: 'accounts@acme.example', company: undefined, recipient: { form: 'panstwo', warm: false } };

describe('review10-pl C6: "dwa, trzy zdania", not a dash range in running text', () => {
  it('in both testimonial requests', () => {
    for (const id of ['testimonial-request-pl-formal', 'testimonial-request-pl-warm']) {
      const text = draft(byId(id), polishClient).text;
      expect(text, id).toContain('Wystarczą dwa, trzy zdania');
      expect(text, id).not.toContain('dwa–trzy');
    }
  });
});

describe('review10-en C1–C3: referral and testimonial wording', () => {
  it('C1: the care "I gave your project", not "the same care as your project"', () => {
    const text = draft(byId('referral-request-en-formal'), englishClient).text;
    expect(text).toContain('with the same care I gave your project.');
    expect(text).not.toContain('same care as your project');
  });

  it('C2: "what you needed", and a company credited by "name, role and firm"', () => {
    const company = draft(byId('testimonial-request-en-formal'), englishClient).text;
    expect(company).toContain('Two or three sentences are enough: what you needed, how the work went');
    expect(company).not.toContain('where you started');
    expect(company).toContain('(for example your name, role and firm)');
    const person = draft(byId('testimonial-request-en-formal'), { ...englishClient, company: undefined }).text;
    expect(person).toContain('(for example your name and role)');
  });

  it('C3: "your firm\'s name" for a company, never "your business\'s name"', () => {
    const company = draft(byId('testimonial-request-case-study-en-formal'), englishClient).text;
    expect(company).toContain("your name and your firm's name can be left out");
    expect(company).not.toContain("business's");
    const person = draft(byId('testimonial-request-case-study-en-formal'), { ...englishClient, company: undefined }).text;
    expect(person).toContain('your name can be left out');
  });
});

describe('review10-en C6: the dispute counts from the date the notice reached the sender', () => {
  it('"Counting from the date your notice reached me", never "Counted from that day"', () => {
    const notice = { servedOn: '2026-02-02', channel: 'email' as const, acknowledgementRequested: false, servedBy: 'client' as const };
    const text = draft(byId('termination-dispute-en-formal'), englishClient, { notice, initiator: 'client' }).text;
    expect(text).toContain('Counting from the date your notice reached me, the agreement will therefore end on');
    expect(text).not.toContain('Counted from that day');
  });
});

describe('review10-en C4: after "Dear Sir or Madam" every formal message closes "Yours faithfully"', () => {
  it('one rule: the closing follows the salutation', () => {
    expect(messageClosing('Dear Sir or Madam,', 'en')).toBe('Yours faithfully,');
    expect(messageClosing('Dear Madam,', 'en')).toBe('Yours faithfully,');
    expect(messageClosing('Dear Mr Smith,', 'en')).toBe('Kind regards,');
    expect(messageClosing('Dear Acme team,', 'en')).toBe('Kind regards,');
    expect(messageClosing(undefined, 'en')).toBeUndefined();
    expect(messageClosing(undefined, 'pl')).toBe('Z poważaniem');
  });

  it('no formal English message to nobody by name closes "Kind regards"', () => {
    let checked = 0;
    for (const template of templates.filter((item) => item.lang === 'en' && item.tone === 'formal' && item.variant !== 'letter-of-claim')) {
      const text = draft(template, inboxNoCompany).text;
      if (!text.startsWith('Dear Sir or Madam,')) continue;
      expect(text, template.id).not.toContain('Kind regards');
      expect(text, template.id).toMatch(/\nYours faithfully,\n/);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(25);
  });

  it('a salutation the user types brings its closing with it', () => {
    const typed = draft(byId('closing-thanks-en-formal'), undefined, {}, { overrides: { salutation: 'Dear Sir or Madam,' } });
    expect(typed.text).toMatch(/\nYours faithfully,/);
    expect(typed.missing).not.toContain('closing');
    const unknown = draft(byId('closing-thanks-en-formal'), undefined);
    expect(unknown.missing).toContain('closing');
  });
});

describe('review10-en B15: the reply to a withdrawal greets a company as the rest of the thread does', () => {
  it('"Dear Acme team," … "Kind regards," for a company with no named person', () => {
    const dzielo: Client = { ...companyNoPerson, contract: { ...companyNoPerson.contract, type: 'dzielo' } };
    const notice = { servedOn: '2026-02-02', channel: 'email' as const, acknowledgementRequested: false, servedBy: 'client' as const };
    const reply = draft(byId('dzielo-withdrawal-reply-en-formal'), dzielo, { notice, initiator: 'client' }).text;
    const ack = draft(byId('termination-ack-en-formal'), dzielo, { notice, initiator: 'client' }).text;
    expect(reply.split('\n')[0]).toBe('Dear Acme team,');
    expect(reply.split('\n')[0]).toBe(ack.split('\n')[0]);
    expect(reply).toMatch(/\nKind regards,\n/);
    expect(reply).not.toContain('Dear Sir or Madam');
  });
});

describe('review10-pl C4: a pre-court demand presupposes an amount owed', () => {
  const withTemplate = (id: string) => byId(id);
  it('is not offered when no unpaid amount is recorded, in either language, as the ranking never suggests it then', () => {
    for (const id of ['payment-demand-pl-formal', 'payment-demand-en-formal']) {
      expect(templateNotOfferedFor(withTemplate(id), polishClient, { today: TODAY, offboarding: { settlement: [] } }), id).toBe('nothing-owed');
    }
    const suggestions = suggest({ context: null, templates, client: polishClient, offboarding: offboardingFor(polishClient, { settlement: [] }), settings: settingsPl, today: TODAY });
    expect(suggestions.map((entry) => entry.kind)).not.toContain('payment-demand');
  });

  it('for an amount due on demand, only once payment was asked for (review11-en A2); with nothing recorded at all, as a draft with missing values', () => {
    const undated = { settlement: [{ id: 'u', direction: 'receivable' as const, description: 'Wdrożenie', amountMinor: 100_00, currency: 'PLN', paid: false }] };
    expect(templateNotOfferedFor(withTemplate('payment-demand-pl-formal'), polishClient, { today: TODAY, offboarding: undated })).toBe('not-yet-requested');
    expect(templateNotOfferedFor(withTemplate('payment-demand-pl-formal'), polishClient, { today: TODAY, offboarding: undated, paymentRequested: true })).toBeUndefined();
    expect(templateNotOfferedFor(withTemplate('payment-demand-pl-formal'), undefined, { today: TODAY, offboarding: null })).toBeUndefined();
  });
});

describe('review10-pl C5: the demand\'s interest when nobody has said whether the client trades', () => {
  const overdue = { settlement: [{ id: 'o', direction: 'receivable' as const, description: 'Usługi', amountMinor: 3_690_00, currency: 'PLN', paid: false, dueOn: '2026-01-20', invoiceNo: 'FV/1' }] };
  const person: Client = { ...polishClient, name: 'Anna Kowalska', company: undefined };

  it('Polish: a choice placeholder between the 2013 act (with the 40/70/100 euro) and art. 481 k.c., never a default', () => {
    const unknown = draft(byId('payment-demand-pl-formal'), person, overdue);
    expect(unknown.missing).toContain('demand.interestClaim');
    expect(unknown.text).toMatch(/do dnia zapłaty ⟨odsetki ustawowe za opóźnienie w transakcjach handlowych \(art\. 7 ust\. 1 [^⟩]*40, 70 albo 100 euro[^⟩]* \/ odsetki ustawowe za opóźnienie \(art\. 481 § 1 i 2 k\.c\.\)⟩\./);
    expect(unknown.text).not.toContain('odsetki ustawowe za opóźnienie od dnia');
    // Said either way: the one that applies, with no choice.
    expect(draft(byId('payment-demand-pl-formal'), { ...person, trades: false }, overdue).text).toContain('(art. 481 § 1 i 2 k.c.).');
    const trades = draft(byId('payment-demand-pl-formal'), { ...person, trades: true }, overdue);
    expect(trades.text).toContain('równowartość 40 euro');
    expect(trades.missing).not.toContain('demand.interestClaim');
  });

  it('nothing known at all: the same choice', () => {
    const nothing = draft(byId('payment-demand-pl-formal'), undefined);
    expect(nothing.missing).toContain('demand.interestClaim');
    expect(nothing.text).not.toMatch(/przysługują ⟨mi \/ nam⟩ odsetki ustawowe za opóźnienie od dnia/);
  });

  it('English under Polish law: the same choice', () => {
    const en: Client = { ...englishClient, name: 'John Smith', company: undefined, contract: { ...englishClient.contract, governingLaw: 'pl' } };
    const unknown = draft(byId('payment-demand-en-formal'), en, overdue);
    expect(unknown.missing).toContain('demand.interestClaim');
    expect(unknown.text).toContain('also claim, from the day after the last day for payment, ⟨statutory interest for late payment in commercial transactions');
    expect(unknown.text).not.toContain('also claim statutory interest for delay');
  });
});

describe('review10-pl C8: the recorded breach is offered as the value of the breach, in both languages', () => {
  it('the reason note of a breach or non-payment, proposed for breach.description, never placed silently', () => {
    const note = 'Trzy faktury opłacone z ponad miesięcznym opóźnieniem.';
    const text = draft(byId('breach-remedy-pl-formal'), polishClient, { reason: 'non-payment', reasonNote: note });
    expect(text.missing).toContain(BREACH_PATH);
    expect(text.text).not.toContain(note);
    expect(proposedValues(text.missing, null, null, { reason: 'non-payment', reasonNote: note, lang: 'pl' })).toEqual([{ path: BREACH_PATH, value: note, source: 'recorded-reason' }]);
    const en = 'Three invoices paid more than a month late.';
    const english = draft(byId('breach-remedy-en-formal'), englishClient, { reason: 'breach', reasonNote: en });
    expect(proposedValues(english.missing, null, null, { reason: 'breach', reasonNote: en, lang: 'en' })).toEqual([{ path: BREACH_PATH, value: en, source: 'recorded-reason' }]);
  });

  it('not the sender\'s own reason, and not a note in the other language', () => {
    expect(proposedValues([BREACH_PATH], null, null, { reason: 'capacity', reasonNote: 'Zespół przechodzi do projektu wewnętrznego.', lang: 'pl' })).toEqual([]);
    expect(proposedValues([BREACH_PATH], null, null, { reason: 'breach', reasonNote: 'Klient dwukrotnie udostępnił nasze projekty bez zgody.', lang: 'en' })).toEqual([]);
    expect(proposedValues([BREACH_PATH], null, null, { reason: 'breach', lang: 'pl' })).toEqual([]);
  });
});

describe('review10-en B8: the rights confirmation does not hedge between an assignment and a licence', () => {
  it('English under another law: "the copyright … was assigned", the licence case sent to the licence template', () => {
    const other: Client = { ...englishClient, contract: { ...englishClient.contract, governingLaw: 'other' } };
    const template = byId('rights-transfer-en-formal');
    const text = draft(template, other).text;
    expect(text).toMatch(/the copyright in .* was assigned to Acme Ltd on/);
    expect(text).not.toContain('exclusive licence, as the agreement provides');
    expect(template.when).toContain('Confirmation of the licence');
    expect(byId('rights-transfer-licence-en-formal').title).toBe('Confirmation of the licence');
    // Polish: already one meaning (przeszły autorskie prawa majątkowe); the licence pointed to likewise.
    expect(byId('rights-transfer-pl-formal').when).toContain(byId('rights-transfer-licence-pl-formal').title);
    expect(draft(byId('rights-transfer-pl-formal'), polishClient).text).not.toMatch(/albo licencj|lub licencj/);
  });
});

describe('review10-en C11 and review10-pl C10: the settlement names the payee, the IBAN and the BIC, and an account in the currency owed', () => {
  const owed = (currency: string) => ({ settlement: [{ id: 'r', direction: 'receivable' as const, description: 'Work', amountMinor: 1_000_00, currency, paid: false, dueOn: '2026-03-01', invoiceNo: 'INV/1' }] });
  const withAccount = (bankAccount: string | undefined, bic?: string) => {
    const { bic: _recorded, ...profile } = settingsEn.profile;
    return { ...settingsEn, profile: { ...profile, bankAccount, ...(bic ? { bic } : {}) } };
  };
  const render = (client: Client, currency: string, settings = settingsEn, lang: Lang = 'en') => {
    const vars = buildVariables({ client, offboarding: offboardingFor(client, owed(currency)), settings, today: TODAY, lang });
    return renderTemplate(byId(`settlement-${lang}-formal`), vars, { lang });
  };

  it('English, in PLN: the recorded account as holder, IBAN and BIC, never "bank account no."', () => {
    const draftText = render(englishClient, 'PLN', withAccount('61109010140000071219812874', 'WBKPPLPP')).text;
    expect(draftText).toContain('to Jane Doe trading as Doe Design, IBAN PL61 1090 1014 0000 0712 1981 2874, BIC WBKPPLPP.');
    expect(draftText).not.toContain('bank account no.');
    const none = render(englishClient, 'PLN', withAccount(undefined));
    expect(none.missing).toEqual(expect.arrayContaining(['sender.iban', 'sender.bic']));
  });

  it('an amount in EUR: the account held in EUR is asked for, never the recorded account of unknown currency', () => {
    const en = render(englishClient, 'EUR', withAccount('PL61109010140000071219812874', 'WBKPPLPP'));
    expect(en.text).not.toContain('PL61 1090');
    expect(en.text).toContain('IBAN ⟨IBAN of your account held in that currency⟩ (EUR account)');
    expect(en.missing).toContain('sender.currencyAccount');
    const plSettings = { ...settingsPl, profile: { ...settingsPl.profile, bankAccount: 'PL61109010140000071219812874' } };
    const pl = render(polishClient, 'EUR', plSettings, 'pl');
    expect(pl.text).toContain('na rachunek walutowy (EUR) nr ⟨IBAN Twojego rachunku walutowego w tej walucie⟩');
    expect(pl.text).not.toContain('PL61109010140000071219812874');
    expect(render(polishClient, 'PLN', plSettings, 'pl').text).toContain('na rachunek bankowy nr PL61109010140000071219812874.');
  });
});

describe('review10-en C9: a value typed in one language never lands in the other language\'s document unflagged', () => {
  const root = join(import.meta.dirname, '../../..');
  const scenarios = readScenarios(join(root, 'tests/golden/document-scenarios.json'));
  const inputOf = (id: string, lang: Lang): DocumentInput => {
    const scenario = scenarios.find((entry) => entry.id === id);
    if (!scenario) throw new Error(`no scenario ${id}`);
    return structuredClone({ client: scenario.client, offboarding: scenario.offboarding, settings: scenario.settings, today: scenario.today, lang, values: scenario.values ?? {} }) as DocumentInput;
  };

  it('"Prezes Zarządu" typed for the client is asked for again in English, and printed in Polish', () => {
    const en = buildDocument('termination-agreement', inputOf('pl-written-letter', 'en'));
    expect(en.status).toBe('missing');
    const fact = en.status === 'missing' ? en.missing.find((entry) => entry.path === 'client.representative') : undefined;
    expect(fact?.detail).toBe('“Anna Kowalska, Prezes Zarządu” is written in Polish: give it in English');
    const pl = buildDocument('termination-agreement', inputOf('pl-written-letter', 'pl'));
    expect(pl.status === 'ready' && documentText(pl.document)).toContain('Anna Kowalska – Prezes Zarządu');
  });

  it('a handover still to come is "to be received by:", and a Polish recipient is flagged in a note', () => {
    const result = buildDocument('termination-agreement', inputOf('pl-written-letter-en', 'en'));
    expect(result.status).toBe('ready');
    if (result.status !== 'ready') return;
    expect(documentText(result.document)).toContain('Domena acme-wiosna.pl (to be received by: dział IT)');
    expect(documentText(result.document)).not.toContain('(received by dział IT)');
    expect(result.notes).toContain('The recipient of “Domena acme-wiosna.pl” (“dział IT”) is written in Polish: change it in the inventory before you send this document.');
  });

  it('a name is no language: "Jan Wiśniewski" is never flagged; "IT" alone is not English evidence', () => {
    const item = (recipient: string): HandoverItem => ({ id: recipient, kind: 'domain', name: 'acme.pl', state: 'to-hand-over', recipient });
    expect(recipientsInOtherLanguage([item('Jan Wiśniewski')], 'en')).toEqual([]);
    expect(recipientsInOtherLanguage([item('dział IT')], 'en')).toHaveLength(1);
    expect(recipientsInOtherLanguage([item('IT department')], 'en')).toEqual([]);
  });
});

describe('review10-pl C10: documents never send a EUR amount to an account of unknown currency', () => {
  const root = join(import.meta.dirname, '../../..');
  const scenarios = readScenarios(join(root, 'tests/golden/document-scenarios.json'));
  const inputOf = (id: string, lang: Lang): DocumentInput => {
    const scenario = scenarios.find((entry) => entry.id === id);
    if (!scenario) throw new Error(`no scenario ${id}`);
    return structuredClone({ client: scenario.client, offboarding: scenario.offboarding, settings: scenario.settings, today: scenario.today, lang, values: scenario.values ?? {} }) as DocumentInput;
  };

  it('a refund in EUR goes to the EUR account the client designates, with no guessed number', () => {
    for (const lang of ['pl', 'en'] as const) {
      const result = buildDocument('settlement-statement', inputOf(lang === 'pl' ? 'pl-written-letter' : 'pl-written-letter-en', lang));
      expect(result.status, lang).toBe('ready');
      const text = result.status === 'ready' ? documentText(result.document) : '';
      expect(text).not.toContain('PL27 1140');
      expect(text).toContain(lang === 'pl' ? 'na wskazany przez Usługobiorcę rachunek walutowy (EUR)' : 'to the EUR account designated by the Client.');
    }
  });

  it('a payment to us in EUR asks for the account held in EUR, never the profile\'s account', () => {
    const input = inputOf('en-client-notice', 'en');
    delete (input.values as Record<string, string>)['sender.currencyAccount'];
    const result = buildDocument('settlement-statement', input);
    expect(result.status === 'missing' && result.missing.map((fact) => fact.path)).toContain('sender.currencyAccount');
    const typed = buildDocument('settlement-statement', inputOf('en-client-notice', 'en'));
    expect(typed.status === 'ready' && documentText(typed.document)).toContain('to the Contractor’s EUR account (account holder: Magdalena Kaczmarek trading as Kaczmarek Translations; IBAN: PL80 1050');
  });
});
