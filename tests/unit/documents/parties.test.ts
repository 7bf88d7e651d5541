/**
 * The parties as a signed document names them (review5 and the native readings): who represents a
 * company and in which case, whose name stands under a line, the register details a party needs
 * and no more, a BIC beside the account, a written-off debt, and the refund account's source.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument, type DocumentInput, type DocumentModel, type DocumentResult } from '../../../documents';
import { readScenarios } from '../../../catalog/documents-command';
import { documentText as rawText } from '../../../documents/text';

const scenarios = readScenarios(join(import.meta.dirname, '../../../tests/golden/document-scenarios.json'));

function inputOf(id: string, lang: 'pl' | 'en' = 'pl'): DocumentInput {
  const scenario = scenarios.find((entry) => entry.id === id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return structuredClone({ client: scenario.client, offboarding: scenario.offboarding, settings: scenario.settings, today: scenario.today, lang, values: scenario.values ?? {} }) as DocumentInput;
}

const text = (document: DocumentModel) => rawText(document).replace(/[\u00a0\u202f]/g, ' ');

function ready(result: DocumentResult): DocumentModel {
  if (result.status !== 'ready') throw new Error(`expected a document, got ${result.status}: ${JSON.stringify(result)}`);
  return result.document;
}

function missingPaths(result: DocumentResult): string[] {
  if (result.status !== 'missing') throw new Error(`expected missing facts, got ${result.status}`);
  return result.missing.map((fact) => fact.path);
}

/** The mutual-person scenario as an agreement with no notice: the agreement and the handover apply. */
function withoutNotice(id: string, lang: 'pl' | 'en' = 'pl'): DocumentInput {
  const input = inputOf(id, lang);
  delete input.offboarding!.notice;
  return input;
}

describe('KRS only of a company in the register', () => {
  it('is not asked of a sole trader or a private person, on either side', () => {
    const input = inputOf('pl-mutual-person');
    for (const kind of ['termination-agreement', 'handover-record', 'settlement-statement'] as const) {
      expect(buildDocument(kind, input).status, kind).toBe('ready');
    }
    const soleTrader = inputOf('pl-written-letter');
    delete soleTrader.settings.profile.nip;
    expect(missingPaths(buildDocument('settlement-statement', soleTrader))).toEqual(['sender.nip']);
  });

  it('is asked of a company or partnership, and labelled as the company’s', () => {
    const input = inputOf('pl-written-letter');
    input.settings.profile.company = 'Studio Nowak sp. z o.o.';
    delete input.client!.krs;
    const result = buildDocument('settlement-statement', input);
    expect(missingPaths(result).sort()).toEqual(['client.krs', 'sender.krs']);
    if (result.status === 'missing') expect(result.missing.map((fact) => fact.label)).toEqual(['numer KRS Twojej spółki', 'numer KRS spółki klienta']);
  });
});

describe('who represents a company, and whose name stands under a line', () => {
  it('Polish: "w imieniu której działa" with the nominative where the company signs; the notice names its representative as "Adresat" (review9-pl B1)', () => {
    const statement = text(ready(buildDocument('termination-statement', inputOf('pl-written-letter'))));
    const agreement = text(ready(buildDocument('termination-agreement', withoutNotice('pl-written-letter'))));
    const handover = text(ready(buildDocument('handover-record', inputOf('pl-written-letter'))));
    for (const document of [agreement, handover]) {
      expect(document).toContain('Acme Sp. z o.o.,\n    w imieniu której działa Anna Kowalska – Prezes Zarządu\n');
      expect(document).not.toMatch(/reprezentowan[ay] przez:/);
    }
    // The company receives the notice; its representative makes no declaration in it (review6-pl B8).
    expect(statement).not.toContain('w imieniu której działa');
    expect(statement).toContain('    KRS: 0000412345\n    Adresat: Anna Kowalska – Prezes Zarządu\n');
    expect(statement).not.toContain('do rąk:');
    expect(agreement).toMatch(/Usługobiorca\n {4}Anna Kowalska, Prezes Zarządu/);
  });

  it('English: no "represented by" in the heading; the company signs for and on behalf of itself', () => {
    const input = inputOf('en-client-notice', 'en');
    const handover = text(ready(buildDocument('handover-record', input)));
    expect(handover).not.toContain('represented by');
    expect(handover).toContain('Signed for and on behalf of Clarke & Hope Ltd\n    Emma Clarke, Director');
  });

  it('a private client signs in his own name under every line of his', () => {
    const input = withoutNotice('pl-mutual-person');
    for (const kind of ['termination-agreement', 'handover-record', 'settlement-statement'] as const) {
      const document = text(ready(buildDocument(kind, input)));
      const lines = document.trimEnd().split('\n');
      const captionAt = lines.findIndex((line, index) => index > lines.length - 8 && /Zleceniodawca|Przyjmujący/.test(line));
      expect(lines[captionAt + 1], kind).toBe('    Jan Wiśniewski');
      expect(document, kind).not.toContain('w imieniu której działa');
    }
  });
});

describe('the parties of the agreement (N-DB2)', () => {
  it('stand in the nominative with no "pomiędzy:" before them, then are named the Parties', () => {
    const agreement = text(ready(buildDocument('termination-agreement', withoutNotice('pl-mutual-person'))));
    expect(agreement).not.toContain('pomiędzy:');
    // The day of signing is the parties', not the day the document was made (review7-pl B5).
    expect(agreement).toContain('zawarte w …………………… w dniu …………………… r.\n');
    expect(agreement).not.toContain('15 czerwca 2026 r.\n');
    expect(agreement).toContain('Zleceniobiorca i Zleceniodawca, zwani dalej łącznie „Stronami”, a każdy z osobna „Stroną”, postanawiają, co następuje:');
  });
});

describe('a UK company sender (SI 2015/17 reg. 25)', () => {
  it('prints its place of registration, number and registered office where recorded, in both languages', () => {
    const en = text(ready(buildDocument('handover-record', inputOf('en-agency-qes', 'en'))));
    expect(en).toContain('Northwind Studio Ltd\n    3 Canal Street\n    Manchester M1 3HE\n    United Kingdom\n    Registered in England and Wales, company no. 09876543\n    Registered office: 3 Canal Street, Manchester M1 3HE');
    const pl = text(ready(buildDocument('handover-record', inputOf('en-agency-qes', 'pl'))));
    expect(pl).toContain('Rejestr: England and Wales, nr 09876543\n    Siedziba: 3 Canal Street, Manchester M1 3HE');
  });

  it('prints nothing it does not know, and nothing for a person without a company', () => {
    const input = inputOf('en-agency-qes', 'en');
    delete input.settings.profile.registeredIn;
    delete input.settings.profile.registeredOffice;
    const numberOnly = text(ready(buildDocument('handover-record', input)));
    expect(numberOnly).toContain('    Company no. 09876543\n');
    expect(numberOnly).not.toMatch(/Registered (in|office)/);
    const person = inputOf('en-agency-qes', 'en');
    delete person.settings.profile.company;
    expect(text(ready(buildDocument('handover-record', person)))).not.toContain('09876543');
  });
});

describe('the English notice as a letter to the company (task 2–3)', () => {
  it('is addressed "To:" the client company with its registration and registered office, for the attention of its representative', () => {
    const input = inputOf('en-agency-qes', 'en');
    input.client!.companyNumber = '01234567';
    input.client!.registeredIn = 'England and Wales';
    input.values = { ...input.values, 'client.registeredOffice': '1 Dock Street, London E1 8AA' };
    const notice = text(ready(buildDocument('termination-statement', input)));
    expect(notice).toContain('To:\n    Blue Harbour Ltd\n    12 Wharf Road\n    London N1 7GR\n    United Kingdom\n    Registered in England and Wales, company no. 01234567\n    Registered office: 1 Dock Street, London E1 8AA\n    For the attention of: Oliver Grant, Director\n');
    expect(notice).not.toMatch(/team/i);
    // A person is addressed by name and address, with no one "for the attention of".
    const person = inputOf('pl-written-letter', 'en');
    delete person.client!.company;
    person.client!.name = 'Anna Kowalska';
    const { 'client.representative': _, ...rest } = person.values!;
    person.values = rest;
    const toPerson = text(ready(buildDocument('termination-statement', person)));
    expect(toPerson).toContain('To:\n    Anna Kowalska\n    ul. Prosta 20 lok. 4\n');
    expect(toPerson).not.toContain('For the attention of');
  });
});

describe('a BIC beside the account', () => {
  it('is printed when the profile holds it, and left out when it does not', () => {
    const withBic = text(ready(buildDocument('settlement-statement', inputOf('en-client-notice', 'en'))));
    // Labelled for a payer abroad, with the holder (review6-en B12).
    // The amount is in EUR: the account held in EUR, typed in the scenario (review10-pl C10).
    expect(withBic).toContain('to the Contractor’s EUR account (account holder: Magdalena Kaczmarek trading as Kaczmarek Translations; IBAN: PL80 1050 0099 7603 1234 5678 9124; BIC/SWIFT: INGBPLPW).');
    const input = inputOf('en-client-notice', 'en');
    delete input.settings.profile.bic;
    const without = text(ready(buildDocument('settlement-statement', input)));
    expect(without).toContain('to the Contractor’s EUR account (account holder: Magdalena Kaczmarek trading as Kaczmarek Translations; IBAN: PL80 1050 0099 7603 1234 5678 9124).');
    expect(without).not.toContain('BIC');
  });

  it('a typed one is normalised, and one that is no BIC is asked for again with why', () => {
    const input = inputOf('pl-written-letter');
    // A refund in PLN alone (one in EUR goes to the EUR account the client designates, with no number).
    input.offboarding!.settlement = input.offboarding!.settlement.map((item) => (item.direction === 'liability' ? { ...item, currency: 'PLN' } : { ...item, paid: true }));
    input.values = { ...input.values, 'client.bic': 'pkop plpw' };
    expect(text(ready(buildDocument('settlement-statement', input)))).toContain('na rachunek bankowy Usługobiorcy nr PL27 1140 2004 0000 3002 0135 5387 (BIC: PKOPPLPW)');
    input.values = { ...input.values, 'client.bic': 'PKO' };
    const result = buildDocument('settlement-statement', input);
    expect(result).toMatchObject({ status: 'missing', missing: [{ path: 'client.bic', detail: expect.stringContaining('nie jest kodem BIC') }] });
  });
});

describe('the refund account (N-DA5)', () => {
  it('is the client’s from the record, else asked for — never the user’s own', () => {
    const input = withoutNotice('pl-mutual-person');
    expect(text(ready(buildDocument('termination-agreement', input)))).toContain('na wskazany przez Zleceniodawcę rachunek bankowy nr 60 1020 1026 0000 0402 0123 4567');
    delete input.client!.bankAccount;
    input.settings.profile.bankAccount = 'PL61 1090 1014 0000 0712 1981 2874';
    const result = buildDocument('termination-agreement', input);
    expect(missingPaths(result)).toEqual(['client.bankAccount']);
    if (result.status === 'missing') expect(result.missing[0]?.label).toBe('numer rachunku bankowego, który klient wskazał do zwrotu');
  });
});

describe('a written-off receivable', () => {
  it('stays an unpaid debt in what the client reads: counted in the totals and the balance, the write-off unmentioned', () => {
    const input = inputOf('pl-written-letter');
    const item = input.offboarding!.settlement.find((entry) => entry.id === 'fv-5')!;
    item.writtenOff = true;
    const statement = text(ready(buildDocument('settlement-statement', input)));
    expect(statement).toMatch(/\| 4 305,00 zł \| do zapłaty \(termin nie upłynął\) \|/);
    expect(statement).toMatch(/\| PLN +\| +4 305,00 zł \| +0,00 zł \| +4 305,00 zł \| Usługobiorca na rzecz Usługodawcy/);
    expect(statement).not.toMatch(/spisan|umorz|(^|\s)odpis|written off/i);
    // The agreement's "no further claims" does not release it unasked: it is a listed payment.
    delete input.offboarding!.notice;
    const agreement = text(ready(buildDocument('termination-agreement', input)));
    expect(agreement).toContain('Usługobiorca zapłaci Usługodawcy kwotę 4 305,00 zł');
  });
});

describe('no invoice assumed (N-DA1)', () => {
  it('the agreement speaks of a faktura or a rachunek, never of "zafakturowane"', () => {
    // Fees still to run, not settled by the listed amounts: the carve-out for work not yet billed.
    const input = withoutNotice('pl-mutual-person');
    input.values = { ...input.values, 'agreement.feesSettled': 'nie' };
    const agreement = text(ready(buildDocument('termination-agreement', input)));
    expect(agreement).not.toMatch(/zafakturowan/);
    expect(agreement).toContain('nie wystawiono faktury ani rachunku');
  });
});

describe('a notice signed with a qualified electronic signature (EN D-B1)', () => {
  it('has no line for ink: the signatory is named, receipt is confirmed by e-mail', () => {
    const document = ready(buildDocument('termination-statement', inputOf('en-agency-qes', 'en')));
    expect(document.blocks.some((block) => block.type === 'signatures')).toBe(false);
    expect(text(document)).toContain('This notice is signed with a qualified electronic signature.\n\nPlease confirm receipt of this notice in writing or by e-mail to sarah@northwind.studio.\n\nSigned for and on behalf of Northwind Studio Ltd: Sarah Mills, Managing Director');
    const letter = ready(buildDocument('termination-statement', inputOf('pl-written-letter')));
    expect(letter.blocks.some((block) => block.type === 'signatures')).toBe(true);
  });
});

describe('an agreement beside a notice (art. 61 § 1 k.c.)', () => {
  it('a notice still in transit can be revoked without consent; a delivered one only met by another agreed date', () => {
    const transit = buildDocument('termination-agreement', inputOf('pl-written-letter'));
    const noteOf = (result: ReturnType<typeof buildDocument>) => (result.status === 'not-applicable' ? '' : (result.notes ?? []).join(' '));
    expect(noteOf(transit)).toContain('możesz je odwołać bez jego zgody');
    const delivered = inputOf('pl-written-letter');
    delivered.offboarding!.notice!.deliveredOn = '2026-03-12';
    const result = buildDocument('termination-agreement', delivered);
    expect(noteOf(result)).toContain('nie można go już jednostronnie odwołać');
    // Delivery makes the notice effective; the contract ends when the period runs out (review6-pl A4).
    // With the contract's end-of-month rule, which 30 April comes from (review11 PL C5).
    expect(noteOf(result)).toContain('umowa rozwiąże się z upływem okresu wypowiedzenia wynoszącego jeden miesiąc, ze skutkiem na koniec miesiąca kalendarzowego, według naszych obliczeń z upływem dnia 30 kwietnia 2026 r. Porozumienie sporządź tylko wtedy');
    expect(noteOf(result)).not.toContain('rozwiązuje umowę');
  });
});

describe('English for a sole trader and a payer abroad', () => {
  it('a sole trader is the person trading under the business name; Polish keeps the name below the business', () => {
    const en = text(ready(buildDocument('settlement-statement', inputOf('en-client-notice', 'en'))));
    expect(en).toContain('Contractor:\n    Magdalena Kaczmarek trading as Kaczmarek Translations\n');
    expect(en).toContain('between Magdalena Kaczmarek trading as Kaczmarek Translations and Clarke & Hope Ltd (the “Parties”)');
    const pl = text(ready(buildDocument('settlement-statement', inputOf('en-client-notice', 'pl'))));
    expect(pl).toContain('Magdalena Kaczmarek, prowadząca działalność gospodarczą pod firmą Kaczmarek Translations\n');
  });

  it('a Polish NRB becomes an IBAN in English only when its check digits prove it', () => {
    const input = inputOf('en-client-notice', 'en');
    // The amount is in EUR: the account typed as held in EUR is the one checked (review10-pl C10).
    input.values = { ...input.values, 'sender.currencyAccount': '61 1090 1014 0000 0712 1981 2874' };
    expect(text(ready(buildDocument('settlement-statement', input)))).toContain('IBAN: PL61 1090 1014 0000 0712 1981 2874; BIC/SWIFT: INGBPLPW)');
    // Wrong check digits: a typo, asked for again rather than printed in a request to pay (review6-en B12).
    input.values = { ...input.values, 'sender.currencyAccount': '62 1090 1014 0000 0712 1981 2874' };
    expect(buildDocument('settlement-statement', input)).toMatchObject({ status: 'missing', missing: [{ path: 'sender.currencyAccount', detail: expect.stringContaining('IBAN check digits') }] });
    input.values = { ...input.values, 'sender.currencyAccount': 'PL61 1090 1014 0000 0712 1981 2874' };
    expect(text(ready(buildDocument('settlement-statement', input)))).toContain('IBAN: PL61 1090 1014 0000 0712 1981 2874;');
    // Not an IBAN (a UK sort code and account number): printed as written, not called one.
    input.values = { 'settlement.deadline': '2026-07-14', 'sender.currencyAccount': '20-00-00 12345678' };
    expect(text(ready(buildDocument('settlement-statement', input)))).toContain('account number: 20-00-00 12345678; BIC/SWIFT: INGBPLPW)');
    const pl = inputOf('en-client-notice', 'pl');
    pl.values = { ...pl.values, 'sender.currencyAccount': '61 1090 1014 0000 0712 1981 2874' };
    expect(text(ready(buildDocument('settlement-statement', pl)))).toContain('na rachunek walutowy (EUR) Usługodawcy nr 61 1090 1014 0000 0712 1981 2874 (BIC: INGBPLPW)');
  });
});
