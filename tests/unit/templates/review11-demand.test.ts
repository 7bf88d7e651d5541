/**
 * Review 11, the final demand for payment in both languages (EN A3, B4, C3, C10; PL B6, C10):
 * rendered from the repository's own scenarios, as the reviewers read them, and from variations of
 * them that the scenario file does not hold (a sole trader with no name recorded, a line with no
 * invoice number). Each demand is rendered whether or not the ranking offers it today.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile, type Scenario } from '../../../catalog/scenarios';
import { addDaysIso } from '../../../offboarding/calendar';
import type { Client, Offboarding, SenderForm } from '../../../offboarding/types';
import { formatDate } from '../../../templates/format';
import { builtInTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import type { RenderedDraft } from '../../../templates/types';
import { proposedValues } from '../../../templates/thread-facts';
import { buildVariables } from '../../../templates/variables';

const library = builtInTemplates();
const scenarios = parseScenarioFile(readFileSync(new URL('../../golden/scenarios.json', import.meta.url), 'utf8'), 'tests/golden/scenarios.json').scenarios;

function scenario(id: string): Scenario {
  const found = scenarios.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no scenario ${id}`);
  return found;
}

interface Changes {
  client?: Partial<Client>;
  offboarding?: Offboarding;
  senderForm?: SenderForm;
  /** Values typed in the sidebar, by path. */
  values?: Record<string, string>;
}

function render(id: string, templateId: string, changes: Changes = {}): RenderedDraft {
  const base = scenario(id);
  const template = library.find((candidate) => candidate.id === templateId);
  if (!template) throw new Error(`no template ${templateId}`);
  const client = base.client ? { ...base.client, ...changes.client } : undefined;
  const offboarding = changes.offboarding ?? base.offboarding;
  const vars = buildVariables({
    ...(client ? { client } : {}),
    ...(offboarding ? { offboarding } : {}),
    settings: changes.senderForm ? { ...base.settings, profile: { ...base.settings.profile, senderForm: changes.senderForm } } : base.settings,
    today: base.today,
    lang: template.lang,
    tone: template.tone,
    ...(base.values || changes.values ? { overrides: { ...base.values, ...changes.values } } : {}),
  });
  return renderTemplate(template, vars, { lang: template.lang });
}

function bodyOf(templateId: string): string {
  const template = library.find((candidate) => candidate.id === templateId);
  if (!template) throw new Error(`no template ${templateId}`);
  return template.body;
}

const DEMANDS_EN = ['payment-demand-en-formal', 'payment-demand-letter-of-claim-en-formal'];

describe('review11-en A3: the letter before claim does what the Practice Direction – Pre-Action Conduct asks', () => {
  const letter = () => render('en-m-pani', 'payment-demand-en-formal');
  const replyBy = formatDate(addDaysIso(scenario('en-m-pani').today, 14), 'en');

  it('names itself in the subject, with the sum and the agreement', () => {
    expect(letter().subject).toBe('Letter before claim: £3,690.00 and €1,200.00 owed under the Consultancy Agreement');
  });

  it('asks the user for the reply date and proposes 14 days from today (para 6(b)); the letter is dated', () => {
    expect(replyBy).toBe('16 April 2026');
    const untyped = letter();
    expect(untyped.missing).toContain('demand.replyBy');
    expect(untyped.missing).not.toContain('demand.deadline');
    expect(untyped.text).toContain('Please pay the full amount by ⟨date to pay or reply by (at least 14 days from the date of the letter)⟩ to bank account no.');
    expect(proposedValues(untyped.missing, null, null, null, scenario('en-m-pani').today)).toEqual([
      { path: 'demand.replyBy', value: '2026-04-16', days: 14, source: 'reply-period' },
    ]);
    // The user keeps the proposal or sets a later day: the letter says the day chosen.
    const typed = render('en-m-pani', 'payment-demand-en-formal', { values: { 'demand.replyBy': '2026-04-20' } });
    expect(typed.missing).not.toContain('demand.replyBy');
    expect(typed.text).toContain('Please pay the full amount by 20 April 2026 to bank account no.');
    expect(typed.text).toMatch(/^2 April 2026\n\nDear Ms O'Connor,/);
  });

  it('reserves interest under a statute only when the record holds its law (words12: no basis the record does not hold)', () => {
    const unrecorded = letter().text;
    expect(unrecorded).toContain('compensation for recovery costs under the law governing the agreement.');
    expect(unrecorded).not.toContain('Late Payment of Commercial Debts');
    const base = scenario('en-m-pani').client!;
    const english = render('en-m-pani', 'payment-demand-en-formal', { client: { contract: { ...base.contract, governingLaw: 'england-wales' } } }).text;
    expect(english).toContain('compensation for recovery costs under the Late Payment of Commercial Debts (Interest) Act 1998.');
    const other = render('en-m-pani', 'payment-demand-en-formal', { client: { contract: { ...base.contract, governingLaw: 'other' } } }).text;
    expect(other).not.toContain('Late Payment of Commercial Debts');
  });

  it("the Letter of Claim's reply date is the user's too, proposed 30 days from today (Debt Claims Protocol, para 4.1)", () => {
    const claim = render('en-we-pani-first-name', 'payment-demand-letter-of-claim-en-formal');
    expect(claim.missing).toContain('demand.protocolReplyBy');
    expect(claim.text).not.toContain('This letter is dated');
    expect(proposedValues(claim.missing, null, null, null, '2026-01-30')).toContainEqual({ path: 'demand.protocolReplyBy', value: '2026-03-01', days: 30, source: 'reply-period' });
    expect(proposedValues(claim.missing, null, null, null)).toEqual([]);
    const typed = render('en-we-pani-first-name', 'payment-demand-letter-of-claim-en-formal', { values: { 'demand.protocolReplyBy': '2026-03-02' } });
    expect(typed.text).toContain('send us the completed Reply Form by 2 March 2026, by post to');
    expect(typed.text).toContain('If we receive neither payment nor the completed Reply Form by 2 March 2026, we may start court proceedings');
  });

  it('says how the sum is made up (para 6(a)) and invites a reasoned reply to the parts disputed', () => {
    const text = letter().text;
    expect(text).toContain('The sums claimed are the amounts of the invoices listed above, which remain unpaid after their due dates; they include no interest or other charges.');
    expect(text).toContain('If you dispute all or part of the claim, please tell me by the same date which parts you dispute and why');
  });

  it('offers the key documents the record holds and never says they are attached (para 6(c))', () => {
    const text = letter().text;
    expect(text).toContain('If you need them, I can send you copies of the key documents: invoices INV-2026-027 and INV-2026-029, and the Consultancy Agreement.');
    expect(text).not.toMatch(/attached|enclose/i);
  });

  it('raises ADR (paras 8–10) and warns of costs (paras 13–16)', () => {
    const text = letter().text;
    expect(text).toContain('I am willing to consider mediation or another form of alternative dispute resolution');
    expect(text).toContain('If I receive neither payment nor a reasoned reply by then, I may start court proceedings without further notice, which may increase your liability for costs.');
    expect(text).toContain('the court may take into account whether the parties followed the Practice Direction');
  });

  it('an item with no invoice number is an amount, and only the agreement is offered', () => {
    const base = scenario('en-m-pani').offboarding!;
    const offboarding = { ...base, settlement: base.settlement.map((item) => ({ ...item, invoiceNo: undefined })) };
    const text = render('en-m-pani', 'payment-demand-en-formal', { offboarding }).text;
    expect(text).toContain('for the following amounts:');
    expect(text).toContain('The sums claimed are the amounts listed above');
    expect(text).toContain('If you need one, I can send you a copy of the Consultancy Agreement.');
    expect(text).not.toContain('invoices INV');
  });

  it('an agency writes "we" throughout the computed paragraphs', () => {
    const text = render('en-m-pani', 'payment-demand-en-formal', { senderForm: 'we' }).text;
    expect(text).toContain('please tell us by the same date');
    expect(text).toContain('If you need them, we can send you copies of the key documents');
    expect(text).toContain('We are willing to consider mediation');
    expect(text).toContain('If we receive neither payment nor a reasoned reply');
    expect(text).not.toMatch(/\b(I|me|my)\b/);
  });

  it('the Polish-law wording stays whole in the same template, and the body keeps within 4 000 characters', () => {
    const text = render('en-f-company', 'payment-demand-en-formal').text;
    expect(text).not.toContain('letter before claim');
    expect(bodyOf('payment-demand-en-formal').length).toBeLessThanOrEqual(4000);
    expect(bodyOf('payment-demand-en-formal')).toContain('Article 7(1) of the Polish Act of 8 March 2013');
  });
});

describe('review11-en B4 / pl B6: the debtor is who owes, never a third-person line or a business name', () => {
  it('English: the individual addressed owes "me", the firm owes by its name, an unknown party is a slot', () => {
    expect(render('en-m-pani-first-name', 'payment-demand-en-formal').text).toContain('I am writing about the €12,500.00 you owe me under the Framework Agreement dated ⟨contract date⟩ for the following:');
    expect(render('en-m-pan-first-name', 'payment-demand-en-formal').text).toMatch(/that Hughes & Daughters owes under the agreement dated 7 October 2025 for the following/);
    expect(render('en-f-unknown', 'payment-demand-en-formal').text).toContain('that ⟨contracting party (client)⟩ owes under the Framework Agreement dated 22 June 2024');
    expect(render('nothing-known', 'payment-demand-en-formal').text).toContain('that ⟨contracting party (client)⟩ owes under the ⟨contract name⟩');
  });

  it('no English demand in any scenario says "The debtor is"', () => {
    for (const { id } of scenarios.filter((candidate) => candidate.languages.includes('en'))) {
      for (const templateId of DEMANDS_EN) expect(render(id, templateId).text, `${id} ${templateId}`).not.toContain('debtor is');
    }
  });

  it('Polish: a sole trader is the person, trading under the firm (art. 43⁴ k.c.)', () => {
    const text = render('pl-m-pan-first-name', 'payment-demand-pl-formal').text;
    expect(scenario('pl-m-pan-first-name').client!.name).toBe('Paweł Zieliński');
    expect(text).toContain('Dłużnikiem jest Paweł Zieliński, prowadzący działalność gospodarczą pod firmą Meble Zieliński, a podstawą roszczenia – ');
    expect(text).not.toContain('Dłużnikiem jest Meble Zieliński');
  });

  it('Polish: a woman addressed, or a name with no form, agrees; no name recorded is a slot, never the firm', () => {
    const pani = render('pl-m-pan-first-name', 'payment-demand-pl-formal', { client: { name: 'Ewa Zielińska', recipient: { form: 'pani', firstName: 'Ewa', lastName: 'Zielińska', warm: false } } });
    expect(pani.text).toContain('Dłużnikiem jest Ewa Zielińska, prowadząca działalność gospodarczą pod firmą Meble Zieliński');
    const panstwo = render('pl-m-pan-first-name', 'payment-demand-pl-formal', { client: { recipient: { form: 'panstwo', warm: false } } });
    expect(panstwo.text).toContain(`Dłużnikiem jest ${scenario('pl-m-pan-first-name').client!.name}, przedsiębiorca prowadzący działalność gospodarczą pod firmą Meble Zieliński`);
    const nobody = render('pl-m-pan-first-name', 'payment-demand-pl-formal', { client: { name: 'biuro@meble-zielinski.pl' } });
    expect(nobody.text).toContain('Dłużnikiem jest ⟨imię i nazwisko przedsiębiorcy⟩, przedsiębiorca prowadzący działalność gospodarczą pod firmą Meble Zieliński');
    expect(nobody.missing).toContain('demand.traderName');
  });

  it('Polish: a person is still named (no name in a Polish salutation, review10-pl B5); a company is called to pay by its name', () => {
    expect(render('pl-we-pani-first-name', 'payment-demand-pl-formal').text).toContain('Dłużnikiem jest Agnieszka Wójcik, a podstawą roszczenia – umowa pod nazwą „Umowa ramowa o współpracy” z dnia 15 kwietnia 2024 r.');
    const company = render('pl-m-pani', 'payment-demand-pl-formal').text;
    expect(company).toContain('wzywam spółkę Lewandowska Consulting Sp. z o.o. do zapłaty');
    expect(company).not.toContain('Dłużnikiem');
  });
});

describe('review11-pl C10: the same choices in every slot of the nothing-known demand', () => {
  it('the call to pay offers the company, as the costs sentence does', () => {
    const text = render('nothing-known', 'payment-demand-pl-formal').text;
    // The company's slot names no ⟨nazwa⟩ the user could not fill (words12): the same words as the costs sentence.
    expect(text).toContain('⟨Pana / Panią / Państwa / Państwa spółkę⟩ do zapłaty');
    expect(text).not.toContain('⟨nazwa⟩');
    expect(text).toContain('⟨Pana / Panią / Państwa / Państwa spółkę⟩');
  });
});

describe('review11-en C3: invoices only when every item is one; no comma splitting one object', () => {
  it('the list is of invoices, not "overdue amounts", and the open door reads as one phrase', () => {
    const text = render('en-f-unknown', 'payment-demand-en-formal').text;
    expect(text).toContain('for the following invoices:');
    expect(text).not.toContain('overdue amounts');
    expect(text).toContain('Until then, I remain open to discussing the matter or settling it out of court.');
    expect(text).not.toContain('matter, or settling');
  });

  it('Polish follows the same rule: an item with no invoice number is a należność', () => {
    const base = scenario('pl-we-pani-first-name').offboarding!;
    expect(render('pl-we-pani-first-name', 'payment-demand-pl-formal').text).toContain('z tytułu następujących faktur, których termin płatności upłynął:');
    const offboarding = { ...base, settlement: base.settlement.map((item) => ({ ...item, invoiceNo: undefined })) };
    expect(render('pl-we-pani-first-name', 'payment-demand-pl-formal', { offboarding }).text).toContain('z tytułu następujących należności, których termin płatności upłynął:');
  });
});

describe('review11-en C10: a demand is a formal document, whatever the first-name setting', () => {
  it('the Letter of Claim and the demand open "Dear Ms Carter," and close "Yours sincerely,"', () => {
    for (const templateId of DEMANDS_EN) {
      const text = render('en-we-pani-first-name', templateId).text;
      // A letter before claim is dated at its head, as a letter is (words12).
      expect(text, templateId).toMatch(/^(30 January 2026\n\n)?Dear Ms Carter,/);
      expect(text, templateId).toContain('Yours sincerely,');
    }
  });

  it('the rule is the demand kind\'s: every demand template opens with the demand salutation, and no other kind does', () => {
    for (const template of library) {
      // After the date line a letter before claim or a Letter of Claim is dated with.
      const opensWithIt = template.body.trimStart().replace(/^(\{\{#if demand\.letterBeforeClaim\}\}\n)?\{\{today\}\}\n\n(\{\{\/if\}\}\n)?/, '').startsWith('{{demandSalutation}}');
      expect(opensWithIt, template.id).toBe(template.kind === 'payment-demand');
    }
  });

  it('a notice to the same client keeps the first name the user chose', () => {
    expect(render('en-we-pani-first-name', 'conversation-request-en-formal').text).toMatch(/^Dear Emily,/);
  });
});

describe('review11-en A3: the computed paragraphs agree in number and state only what the record holds', () => {
  const base = () => scenario('en-m-pani').offboarding!;

  it('one invoice is "the amount of the invoice", unpaid after its due date', () => {
    const offboarding = { ...base(), settlement: base().settlement.slice(0, 1) };
    const text = render('en-m-pani', 'payment-demand-en-formal', { offboarding }).text;
    expect(text).toContain('for the following invoice:');
    expect(text).toContain('The sum claimed is the amount of the invoice listed above, which remains unpaid after its due date; it includes no interest or other charges.');
    expect(text).toContain('If you need them, I can send you copies of the key documents: invoice INV-2026-027 and the Consultancy Agreement.');
  });

  it('an amount with no due date is never said to be unpaid after one', () => {
    const offboarding = { ...base(), settlement: base().settlement.slice(0, 1).map((item) => ({ ...item, dueOn: undefined })) };
    const text = render('en-m-pani', 'payment-demand-en-formal', { offboarding }).text;
    expect(text).toContain('The sum claimed is the amount listed above; it includes no interest or other charges.');
    expect(text).not.toContain('due date');
  });

  it('only a client in England and Wales that is a company gets the letter before claim', () => {
    expect(render('en-we-company', 'payment-demand-en-formal').text).not.toMatch(/letter before claim|Practice Direction/i);
    expect(render('en-we-company', 'payment-demand-en-formal').subject).toBe('Final demand for payment');
  });
});

describe('review11-en A3: the sender\'s voice in the computed paragraphs is never guessed', () => {
  function letterWith(form: string | undefined): RenderedDraft {
    const base = scenario('en-m-pani');
    const template = library.find((candidate) => candidate.id === 'payment-demand-en-formal')!;
    const settings = { ...base.settings, profile: { ...base.settings.profile, senderForm: undefined } };
    const vars = buildVariables({ client: base.client!, offboarding: base.offboarding!, settings, today: base.today, lang: 'en', tone: 'formal', ...(form ? { overrides: { 'sender.form': form } } : {}) });
    return renderTemplate(template, vars, { lang: 'en' });
  }

  it('with the form unknown, the paragraphs in the first person wait for it; the sum\'s make-up does not', () => {
    const draft = letterWith(undefined);
    expect(draft.missing).toEqual(expect.arrayContaining(['sender.form', 'demand.preActionReply', 'demand.preActionWarning']));
    expect(draft.missing).not.toContain('demand.preActionBasis');
    expect(draft.text).toContain('The sums claimed are the amounts of the invoices listed above');
  });

  it('the form typed for the message fills them', () => {
    const draft = letterWith('we');
    expect(draft.missing).not.toContain('demand.preActionReply');
    expect(draft.text).toContain('We are willing to consider mediation');
  });
});
