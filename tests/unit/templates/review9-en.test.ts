/**
 * Review 9, English: the rules a British commercial solicitor asked for, on every page where the
 * pattern occurs (the written-form request outside Polish law, the client's notice acknowledged, …).
 */
import { describe, expect, it } from 'vitest';
import { builtInTemplates, findTemplates } from '../../../templates/library';
import { renderTemplate } from '../../../templates/render';
import type { Template } from '../../../templates/types';
import { buildVariables } from '../../../templates/variables';
import type { Client, Offboarding } from '../../../offboarding/types';
import { englishClient, offboardingFor, settingsEn, TODAY } from './fixtures';

const templates = builtInTemplates();

function byId(id: string): Template {
  const found = templates.find((template) => template.id === id);
  if (!found) throw new Error(`no template ${id}`);
  return found;
}

function draft(template: Template, client: Client, options: { overrides?: Record<string, string>; offboarding?: Partial<Offboarding> } = {}) {
  const offboarding = offboardingFor(client, options.offboarding);
  const vars = buildVariables({ client, offboarding, settings: settingsEn, today: TODAY, lang: template.lang, overrides: options.overrides ?? {} });
  return renderTemplate(template, vars, { lang: template.lang });
}

const law = (client: Client, governingLaw: 'pl' | 'other' | undefined): Client => ({ ...client, contract: { ...client.contract, governingLaw } });
const written = (client: Client): Client => ({ ...client, contract: { ...client.contract, requiredForm: 'written' } });
const byClient: Partial<Offboarding> = { initiator: 'client', notice: undefined };

describe('the written-form request to the client outside Polish law (EN9-A7)', () => {
  const ids = ['termination-ack-en-formal', 'termination-ack-en-warm', 'termination-dispute-en-formal'];

  it('ties the request to the notices clause, a missing value, and never says a scan will not do', () => {
    for (const id of ids) {
      const text = draft(byId(id), written(law(englishClient, 'other')), { offboarding: byClient }).text;
      expect(text, id).toContain('Under ⟨notices clause of the agreement (e.g. clause 20)⟩, ');
      expect(text, id).not.toContain('not a scan');
      expect(text, id).not.toContain('qualified electronic signature');
      const typed = draft(byId(id), written(law(englishClient, undefined)), { offboarding: byClient, overrides: { 'contract.noticesClause': 'Clause 20.2' } }).text;
      expect(typed, id).toMatch(/Under Clause 20\.2, (any )?notice (must|has to)( also)? be given in writing/);
    }
  });

  it('keeps the Polish form rule (hand or qualified signature) where Polish law governs', () => {
    for (const id of ids) {
      const text = draft(byId(id), written(law(englishClient, 'pl')), { offboarding: byClient }).text;
      expect(text, id).toContain('qualified electronic signature');
      expect(text, id).not.toContain('notices clause');
    }
  });
});

describe('the client\'s notice under documentary form is acknowledged, not a "wish" (EN9-A9)', () => {
  it('acknowledges the notice and its day of receipt; a written-form page still speaks of a wish', () => {
    const text = draft(byId('termination-dispute-en-formal'), englishClient, { offboarding: byClient }).text;
    expect(text).toContain('I acknowledge your notice terminating the Website Maintenance Agreement, which I received on ');
    expect(text).not.toContain('your wish');
    expect(draft(byId('termination-dispute-en-formal'), written(englishClient), { offboarding: byClient }).text).toContain('I note your wish to terminate');
  });
});

const dzielo = (client: Client, governingLaw: 'pl' | 'other'): Client => ({ ...client, contract: { ...client.contract, type: 'dzielo', noticePeriod: {}, governingLaw } });

describe('the dzieło call and withdrawal (EN9-A4, A10, A11)', () => {
  it('under another law terminates under a clause or provision the user names, with the typed basis in both texts', () => {
    const overrides = { 'withdrawal.basis': 'clause 12.4' };
    const call = draft(byId('dzielo-withdrawal-cooperation-call-en-formal'), dzielo(englishClient, 'other'), { overrides }).text;
    expect(call).toContain('If it is not provided by then, I will be entitled to terminate the agreement under clause 12.4.');
    const notice = draft(byId('dzielo-withdrawal-en-formal'), dzielo(englishClient, 'other'), { overrides });
    expect(notice.subject).toMatch(/^Termination of the /);
    expect(notice.text).toContain('I give notice that I am terminating the Website Maintenance Agreement dated 12 March 2024 with immediate effect under clause 12.4, because');
    expect(notice.text).not.toMatch(/withdraw/i);
    const signed = draft(byId('dzielo-withdrawal-en-formal'), written(dzielo(englishClient, 'other')), { overrides }).text;
    expect(signed).toContain('By the signed letter I am sending you separately, I am terminating the Website Maintenance Agreement dated 12 March 2024 under clause 12.4, because');
    expect(signed).toContain('the binding notice of termination is that signed letter');
    expect(signed).not.toContain('qualified electronic signature');
  });

  it('under a written-form clause the call goes also as a signed letter; not under documentary form', () => {
    const call = byId('dzielo-withdrawal-cooperation-call-en-formal');
    const line = 'As the agreement requires notices in writing, I am also sending this notice as a signed letter.';
    expect(draft(call, written(dzielo(englishClient, 'pl'))).text).toContain(line);
    expect(draft(call, dzielo(englishClient, 'pl')).text).not.toContain(line);
    expect(call.when).toContain('send it also as a signed letter');
  });

  it('under Polish law and written form the e-mail announces the signed withdrawal, never declares it itself', () => {
    const text = draft(byId('dzielo-withdrawal-en-formal'), written(dzielo(englishClient, 'pl'))).text;
    // review10-en B14 / review11-en B11: Polish law governs the agreement, not the article; the
    // article goes with the withdrawal, which the signed letter makes.
    expect(text).toContain('By the signed letter I am sending you separately, I am withdrawing from the Website Maintenance Agreement dated 12 March 2024 under Article 640 of the Polish Civil Code. The agreement is governed by Polish law');
    expect(text).not.toContain('hereby');
    expect(text).not.toContain('described below');
  });
});

describe('the final demand outside Polish law (EN9-A8)', () => {
  const demand = () => byId('payment-demand-en-formal');
  const company = (governingLaw: 'pl' | 'other' | undefined): Client => ({ ...law(englishClient, governingLaw), company: 'Acme Ltd' });
  const unpaid: Partial<Offboarding> = { settlement: [{ id: 'i1', direction: 'receivable', description: 'Design', amountMinor: 120000, currency: 'GBP', paid: false, dueOn: '2026-01-20', invoiceNo: 'INV-7' }] };

  it('opens without "we demand" and leaves the door open to settling out of court', () => {
    for (const governingLaw of ['other', undefined] as const) {
      const text = draft(demand(), company(governingLaw), { offboarding: unpaid }).text;
      // review10-en C5: not the stiff "I write".
      // review11-en C3: "owes … for the following invoice", not "overdue … overdue".
      expect(text).toMatch(/I am writing about the £1,200\.00 that Acme Ltd owes under the .+ for the following invoice:/);
      expect(text).not.toMatch(/demand that|last attempt/);
      expect(text).toContain('I may start court proceedings without further notice, which may increase your liability for costs. Until then, I remain open to discussing the matter or settling it out of court.');
    }
  });

  it('keeps the Polish pre-court demand under Polish law', () => {
    const text = draft(demand(), company('pl'), { offboarding: unpaid }).text;
    expect(text).toContain('I will start court proceedings without further notice');
    expect(text).toContain('last attempt to settle this out of court');
    expect(text).not.toContain('remain open to discussing');
  });
});

describe('the Polish-law demand in English (EN9-B6)', () => {
  it('says what is converted into PLN, and names the interest idiomatically', () => {
    const eur: Partial<Offboarding> = { settlement: [{ id: 'i1', direction: 'receivable', description: 'Design', amountMinor: 120000, currency: 'EUR', paid: false, dueOn: '2026-01-20', invoiceNo: 'INV-7' }] };
    const text = draft(byId('payment-demand-en-formal'), { ...englishClient, company: 'Acme Ltd' }, { offboarding: eur }).text;
    expect(text).toContain("The compensation is payable in PLN, converted at the National Bank of Poland's average euro rate on the last working day of the month before the month in which payment fell due.");
    expect(text).toContain('statutory interest for late payment in commercial transactions from the day after the last day for payment');
    expect(text).not.toContain('It is converted');
  });
});

describe('the data-return request (EN9-B2)', () => {
  const request = () => byId('data-return-request-en-formal');
  const at = (country: string | undefined): Client => ({ ...englishClient, address: country === undefined ? undefined : { street: '1 High Street', postalCode: country === 'United Kingdom' ? 'M1 3HE' : '10115', city: country === 'United Kingdom' ? 'Manchester' : 'Berlin', country } });

  // review10-en B7: no "data processing terms" no record holds, and the article in a closing bracket.
  it('says the duty plainly, "at your choice", and names the GDPR that applies', () => {
    const uk = draft(request(), at('United Kingdom')).text;
    expect(uk).toContain('I must, at your choice, either return the personal data I processed on your behalf or delete it, and then delete any remaining copies (Article 28(3)(g) of the UK GDPR).');
    expect(uk).not.toMatch(/as you choose|in the UK, |data processing terms/);
    expect(draft(request(), at('Germany')).text).toContain('(Article 28(3)(g) of the GDPR).');
    expect(draft(request(), at(undefined)).text).toContain('(Article 28(3)(g) of the GDPR or, in the UK, the UK GDPR).');
  });
});

describe('"both parties", not "we both", where "we" is the agency (EN9-B3)', () => {
  const agency = { ...settingsEn, profile: { ...settingsEn.profile, senderForm: 'we' as const } };
  function asAgency(id: string): string {
    const template = byId(id);
    const offboarding = offboardingFor(englishClient, { initiator: 'mutual' });
    return renderTemplate(template, buildVariables({ client: englishClient, offboarding, settings: agency, today: TODAY, lang: 'en', overrides: {} }), { lang: 'en' }).text;
  }

  it('never lets "we … both" stand for the agency and the client', () => {
    for (const id of ['mutual-agreement-en-formal', 'mutual-agreement-confirmation-en-formal', 'mutual-agreement-confirmation-en-warm']) {
      const text = asAgency(id);
      expect(text, id).not.toMatch(/\bwe (have |will )?both\b|\bus both\b/);
      expect(text, id).toMatch(/both (parties|sides) (have|will)/);
    }
  });
});

describe('notices in British commercial English (EN9-B4, B5, C2, C3)', () => {
  const otherLaw = law(englishClient, 'other');

  it('terminates "under the clause, on the grounds of your material breach", never "for cause"', () => {
    const template = byId('termination-notice-immediate-en-formal');
    expect(template.title).toBe('Notice of termination for breach, with immediate effect');
    for (const client of [otherLaw, written(otherLaw)]) {
      const text = draft(template, client).text;
      // review10-en B3: the company is the party in breach, not the person reading.
      expect(text).toMatch(/with immediate effect under Section 12\.3 of the agreement, on the grounds of Acme Ltd's material breach of the agreement set out below\./);
      expect(text).not.toContain('for cause');
    }
    const soleTrader: Client = { ...otherLaw, company: undefined, name: 'John Smith' };
    expect(draft(template, soleTrader).text).toContain('on the grounds of your material breach of the agreement set out below.');
  });

  it('end of month: "three months\' notice", the rule stated once and the date counted from receipt', () => {
    const client: Client = { ...otherLaw, contract: { ...otherLaw.contract, noticePeriod: { months: 3 }, endOfMonth: true } };
    const text = draft(byId('termination-notice-end-of-month-en-formal'), client, { offboarding: { notice: undefined } }).text;
    // review10-en B11 / B4: one rule (the period, then the month's end) and the clause's later date folded in.
    expect(text).toContain("under Section 12.1 of the agreement, which requires three months' notice and provides that termination takes effect at the end of a calendar month.");
    expect(text).toContain('The agreement will therefore terminate at the end of the month in which the notice period expires, that is, on 31 May 2026 if you receive this notice today, 10 February 2026, or, if later, on the earliest date permitted by Section 12.1.');
    expect(text).not.toContain('earliest date it allows');
    expect(text).not.toContain('with a notice period of');
    const oneMonth = draft(byId('termination-notice-end-of-month-en-formal'), { ...client, contract: { ...client.contract, noticePeriod: { months: 1 } } }, { offboarding: { notice: undefined } }).text;
    expect(oneMonth).toContain("which requires one month's notice");
  });

  it('a formal notice carries no courtesy line; the acknowledgement of the client\'s notice may', () => {
    for (const id of ['termination-notice-end-of-month-en-formal', 'termination-notice-period-en-formal', 'non-renewal-en-formal']) {
      expect(byId(id).body, id).not.toContain('Thank you for the opportunity');
    }
    expect(byId('termination-ack-en-formal').body).toContain('Thank you for the opportunity to work with you.');
  });

  it('the warm non-renewal says expiry and no renewal in one sentence', () => {
    const retainer: Client = { ...written(otherLaw), contract: { ...written(otherLaw).contract, noticePeriod: {}, fixedTermEndsOn: '2026-09-30', renewalClause: 'Clause 3.2', nonRenewalNoticeDays: 30 } };
    const text = draft(byId('non-renewal-en-warm'), retainer).text;
    expect(text).toContain('The agreement will therefore expire at the end of its term, on 30 September 2026, and will not renew under Clause 3.2.');
    expect(text).not.toContain('It will therefore not renew');
  });
});

describe('reminder and layout (EN9-B9, C5)', () => {
  it('the overdue reminder agrees with the count, and speaks of a balance when the invoices are not recorded', () => {
    const template = byId('payment-reminder-after-en-formal');
    const none = draft(template, englishClient, { offboarding: { settlement: [] } }).text;
    // No "invoice(s) … remain(s)": a native writer names the balance, and the numbers are a slot.
    expect(none).toContain('records show an unpaid balance of ⟨amount outstanding⟩ (⟨unpaid invoice numbers⟩), due on ⟨payment due date⟩.');
    expect(none).not.toMatch(/\(s\)/);
    const one = draft(template, englishClient, { offboarding: { settlement: [{ id: 'a', direction: 'receivable', description: 'Design', amountMinor: 100000, currency: 'GBP', paid: false, dueOn: '2026-01-20', invoiceNo: 'INV-1' }] } }).text;
    expect(one).toMatch(/records show that invoice INV-1 for £1,000\.00, due on 20 January 2026, remains unpaid\./);
  });

  it('access-revocation request and handover plan: every paragraph stands apart, as in every other message', () => {
    const inventory: Partial<Offboarding> = {
      initiator: 'we',
      inventory: [
        { id: 'c1', kind: 'credential', name: 'CMS admin login', state: 'to-hand-over' },
        { id: 'a1', kind: 'account', name: 'Hosting panel', state: 'to-hand-over' },
      ],
    };
    const dzielo: Client = { ...englishClient, contract: { ...englishClient.contract, type: 'dzielo', noticePeriod: {} } };
    for (const id of ['access-revocation-request-en-formal', 'handover-plan-en-formal']) {
      for (const client of [englishClient, dzielo]) {
        const text = draft(byId(id), client, { offboarding: inventory }).text;
        const body = text.slice(0, text.indexOf('Kind regards,'));
        const lines = body.split('\n');
        const joined = lines.filter((line, i) => i > 0 && line.trim() !== '' && lines[i - 1]!.trim() !== '' && !line.startsWith('- ') && !lines[i - 1]!.endsWith(':'));
        expect(joined, `${id}: ${body}`).toEqual([]);
      }
    }
  });
});

describe('a reply is not a form letter (EN9-C1)', () => {
  it('the mutual-agreement confirmation greets the client company by name and closes "Kind regards", as does the proposal; notices stay "Dear Sir or Madam"', () => {
    const company: Client = { ...englishClient, company: 'Harbour & Finch LLP', recipient: { form: 'panstwo', warm: false } };
    const reply = draft(byId('mutual-agreement-confirmation-en-formal'), company, { offboarding: { initiator: 'mutual' } }).text;
    expect(reply).not.toMatch(/Dear Sir or Madam|Yours faithfully/);
    expect(reply).toContain('Kind regards,');
    // review11-en (note on mid-thread salutations): the proposal is an offer in the conversation, not a notice.
    expect(draft(byId('mutual-agreement-en-formal'), company).text).toMatch(/^Dear Harbour & Finch team,/);
    expect(draft(byId('termination-notice-period-en-formal'), company).text).toMatch(/^Dear Sir or Madam,/);
  });
});
