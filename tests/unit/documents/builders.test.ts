/** The documents' rules: what each states, what it asks for, and when it does not apply. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildAllDocuments, buildDocument, type DocumentInput, type DocumentModel, type DocumentResult } from '../../../documents';
import { readScenarios } from '../../../catalog/documents-command';
import { documentText as rawText } from '../../../documents/text';
import { VARIABLE_LABELS } from '../../../templates/variable-labels';
import { factLabel } from '../../../documents/labels';
import type { HandoverItem } from '../../../offboarding/types';

const ROOT = join(import.meta.dirname, '../../..');
const scenarios = readScenarios(join(ROOT, 'tests/golden/document-scenarios.json'));
const catalogScenarios = readScenarios(join(ROOT, 'tests/golden/scenarios.json'));

function inputOf(id: string, lang: 'pl' | 'en' = 'pl'): DocumentInput {
  const scenario = scenarios.find((entry) => entry.id === id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return structuredClone({
    client: scenario.client,
    offboarding: scenario.offboarding,
    settings: scenario.settings,
    today: scenario.today,
    lang,
    values: scenario.values ?? {},
  }) as DocumentInput;
}

/** The text with Intl's no-break spaces ("4305,00 zł") as plain spaces, as a reader searches it. */
function documentText(document: DocumentModel): string {
  return rawText(document).replace(/[\u00a0\u202f]/g, ' ');
}

function ready(result: DocumentResult): DocumentModel {
  if (result.status !== 'ready') throw new Error(`expected a document, got ${result.status}: ${JSON.stringify(result)}`);
  return result.document;
}

function missingPaths(result: DocumentResult): string[] {
  if (result.status !== 'missing') throw new Error(`expected missing facts, got ${result.status}`);
  return result.missing.map((fact) => fact.path);
}

describe('termination statement', () => {
  it('counts the end date from the expected delivery of the letter, to the end of the month', () => {
    const text = documentText(ready(buildDocument('termination-statement', inputOf('pl-written-letter'))));
    // Any delivery from sending to 31 March ends it on 30 April (one month, then the month's end).
    expect(text).toContain('Jeżeli niniejsze oświadczenie zostanie doręczone do dnia 31 marca 2026 r., Umowa ulegnie rozwiązaniu z upływem dnia 30 kwietnia 2026 r.');
    expect(text).toContain('a wypowiedzenie jest skuteczne na koniec miesiąca kalendarzowego');
    expect(text).not.toContain('r..');
    expect(text).toContain('Na podstawie § 9 ust. 2 umowy niniejszym wypowiadam');
    expect(text).toContain('umowę o świadczenie usług graficznych nr 7/2025 zawartą w dniu 3 lutego 2025 r.');
  });

  it('follows a recorded delivery, and gives the rule, not a guessed date, when only the posting day is known (review10 PL10-B13)', () => {
    const delivered = inputOf('pl-written-letter');
    delivered.offboarding!.notice = { ...delivered.offboarding!.notice!, deliveredOn: '2026-04-02' };
    expect(documentText(ready(buildDocument('termination-statement', delivered)))).toContain('Wobec doręczenia niniejszego oświadczenia w dniu 2 kwietnia 2026 r. Umowa ulegnie rozwiązaniu z upływem okresu wypowiedzenia, tj. z upływem dnia 31 maja 2026 r.');
    const posted = inputOf('pl-written-letter');
    delete posted.offboarding!.notice!.expectedDeliveryOn;
    const undated = documentText(ready(buildDocument('termination-statement', posted)));
    expect(undated).toContain('Umowa ulegnie rozwiązaniu z upływem okresu wypowiedzenia liczonego od dnia doręczenia niniejszego oświadczenia.');
    expect(undated).not.toMatch(/z upływem dnia \d/);
    posted.values = { 'notice.deliveryOn': '16.03.2026' };
    expect(documentText(ready(buildDocument('termination-statement', posted)))).toContain('z upływem dnia 30 kwietnia 2026 r.');
  });

  it('an e-mail notice does not count under a written-form clause', () => {
    const input = inputOf('pl-written-letter');
    input.offboarding!.notice = { servedOn: '2026-03-10', channel: 'email', acknowledgementRequested: false, servedBy: 'we' };
    // The e-mail's day is not the signed statement's delivery: no end date is computed from it.
    const text = documentText(ready(buildDocument('termination-statement', input)));
    expect(text).not.toMatch(/z upływem dnia \d/);
    expect(text).toContain('liczonego od dnia doręczenia niniejszego oświadczenia');
  });

  it('does not apply to an umowa o dzieło or to a notice the client gave', () => {
    expect(buildDocument('termination-statement', inputOf('pl-dzielo-missing')).status).toBe('not-applicable');
    expect(buildDocument('termination-statement', inputOf('en-client-notice', 'en')).status).toBe('not-applicable');
  });

  it('speaks for a company only when the user acts for one; "we" for an agency', () => {
    const soleTrader = documentText(ready(buildDocument('termination-statement', inputOf('pl-written-letter'))));
    expect(soleTrader).toContain('niniejszym wypowiadam umowę');
    // A sole trader is the person, trading under the business name (review6-pl B8), in her own form.
    expect(soleTrader).toContain('Usługodawca:\n    Ewa Nowak, prowadząca działalność gospodarczą pod firmą Studio Projektowe Ewa Nowak\n');
    expect(soleTrader).not.toContain('w imieniu której działa Ewa Nowak');
    const company = inputOf('pl-written-letter');
    company.settings.profile.company = 'Studio Nowak sp. z o.o.';
    company.settings.profile.krs = '0000999999';
    const forCompany = documentText(ready(buildDocument('termination-statement', company)));
    expect(forCompany).toContain('działając w imieniu Usługodawcy, niniejszym wypowiadam');
    expect(forCompany).toContain('Studio Nowak sp. z o.o.\n    w imieniu której działa Ewa Nowak');
    const agency = documentText(ready(buildDocument('termination-statement', inputOf('en-agency-qes', 'en'))));
    expect(agency).toContain('We hereby give notice of termination of the Master Services Agreement dated 16 September 2024');
    // Sent today by QES: its arrival today is presumed, so the end date comes under a condition (review6-en B5).
    // No Polish law recorded and both parties in the UK: no counting rule stated as the contract's,
    // and a saving clause for a later lawful date (review7-en A14).
    expect(agency).toContain('The notice period under clause 14.2 is 30 days. The Agreement will therefore terminate on the expiry of that period, that is, on 3 June 2026 if this notice is received today, 4 May 2026, or, if later, on the earliest date on which the Agreement may be terminated under clause 14.2.');
    expect(agency).not.toContain('counted from the day after');
    // A letter: the sender's block, the date, "To:" the company, for the attention of its representative.
    expect(agency).toMatch(/^Northwind Studio Ltd\n3 Canal Street\n[\s\S]*\n {2,}4 May 2026\n\nTo:\n {4}Blue Harbour Ltd\n[\s\S]*\n {4}For the attention of: Oliver Grant, Director\n\n## Notice of termination\n/);
    expect(agency).not.toContain('Client:');
    expect(agency).toContain('This notice is signed with a qualified electronic signature.');
    expect(agency).toContain('Signed for and on behalf of Northwind Studio Ltd');
  });
});

describe('end dates by governing law (review7-en A14)', () => {
  it('tells the user that a receipt day on a bank holiday may be deemed moved, without printing it in the notice', () => {
    const result = buildDocument('termination-statement', inputOf('en-agency-qes', 'en'));
    if (result.status !== 'ready') throw new Error(result.status);
    expect(result.notes?.[0]).toContain('4 May 2026, the day the notice is to be received, is a bank holiday in England and Wales.');
    expect(documentText(result.document)).not.toContain('bank holiday');
    // The same notice on 5 May, a business day: nothing to say.
    const tuesday = inputOf('en-agency-qes', 'en');
    tuesday.today = '2026-05-05';
    tuesday.offboarding!.notice!.servedOn = '2026-05-05';
    const plain = buildDocument('termination-statement', tuesday);
    expect(plain.status === 'ready' && plain.notes).toBeUndefined();
  });

  it('under Polish law states the end date on a Sunday as it is: art. 115 k.c. does not move a notice\'s effect', () => {
    const input = inputOf('pl-written-letter');
    input.client!.contract.endOfMonth = false;
    Object.assign(input.offboarding!.notice!, { servedOn: '2026-03-02', deliveredOn: '2026-03-05' });
    delete input.offboarding!.notice!.expectedDeliveryOn;
    const result = buildDocument('termination-statement', input);
    if (result.status !== 'ready') throw new Error(result.status);
    expect(documentText(result.document)).toContain('Wobec doręczenia niniejszego oświadczenia w dniu 5 marca 2026 r. Umowa ulegnie rozwiązaniu z upływem okresu wypowiedzenia, tj. z upływem dnia 5 kwietnia 2026 r.');
    expect(documentText(result.document)).not.toContain('a gdyby');
    expect(result.notes).toEqual(['Dzień rozwiązania umowy, 5 kwietnia 2026 r., to niedziela. Art. 115 k.c. nie przesuwa skutku wypowiedzenia: umowa rozwiąże się tego dnia, a nie w najbliższy dzień roboczy.']);
  });

  it('under another law the Polish notice keeps a saving clause and states no Polish counting rule', () => {
    const input = inputOf('pl-written-letter');
    input.client!.contract.governingLaw = 'other';
    const text = documentText(ready(buildDocument('termination-statement', input)));
    expect(text).toContain('Okres wypowiedzenia wynosi jeden miesiąc, a wypowiedzenie jest skuteczne na koniec miesiąca kalendarzowego.');
    expect(text).not.toContain('z dniem następującym po dniu doręczenia');
    expect(text).toContain('Umowa ulegnie rozwiązaniu z upływem dnia 30 kwietnia 2026 r., a gdyby zgodnie z Umową termin ten przypadał później – w najwcześniejszym terminie, w którym Umowa może zostać rozwiązana na podstawie § 9 ust. 2 Umowy.');
  });
});

describe('settlement statement: what it covers (review9-pl B5)', () => {
  it('covers the listed amounts and says it does not cover pay for work not yet billed', () => {
    const text = documentText(ready(buildDocument('settlement-statement', inputOf('pl-written-letter'))));
    expect(text).toContain('Obejmuje wyłącznie kwoty wymienione poniżej; nie obejmuje wynagrodzenia za prace, za które nie wystawiono jeszcze faktury ani rachunku.');
    expect(text).not.toContain('a nie prace');
  });
});

describe('settlement statement: an amount owed back with no document (review7-pl B6)', () => {
  it('asks for its basis and states it under the table', () => {
    const input = inputOf('pl-mutual-person');
    delete (input.values as Record<string, string>)['settlement.liabilityBasis'];
    const result = buildDocument('settlement-statement', input);
    expect(result).toMatchObject({ status: 'missing', missing: [{ path: 'settlement.liabilityBasis', detail: 'Zwrot niewykorzystanej części zaliczki za czerwiec 2026 r.' }] });
    const text = documentText(ready(buildDocument('settlement-statement', inputOf('pl-mutual-person'))));
    expect(text).toContain('Podstawa zobowiązania z poz. 1 tabeli zobowiązań Zleceniobiorcy: zaliczka na wynagrodzenie za czerwiec 2026 r.');
    // As at the statement's day: a refund for hours still to be worked is computed on an assumption,
    // not already settled, and an unused advance is not an overpayment (review9-pl A4).
    expect(text).toContain('kwota zwrotu obliczona przy założeniu wykonania 12 godzin do dnia rozwiązania Umowy.');
    expect(factLabel('settlement.liabilityBasis', 'pl')).toContain('obliczona przy założeniu');
    expect(factLabel('settlement.liabilityBasis', 'pl')).not.toMatch(/nadpłat|rozliczona/);
    // A liability with its own document needs none.
    expect(missingPaths(buildDocument('settlement-statement', { ...inputOf('pl-written-letter'), values: {} }))).not.toContain('settlement.liabilityBasis');
  });
});

describe('missing facts', () => {
  it('are listed with the message engine’s labels where both use a value', () => {
    const result = buildDocument('termination-statement', inputOf('pl-nothing-recorded'));
    if (result.status !== 'missing') throw new Error('expected missing');
    const signedOn = result.missing.find((fact) => fact.path === 'contract.signedOn');
    expect(signedOn?.label).toBe(VARIABLE_LABELS['contract.signedOn'].pl);
    // The delivery day is not asked for: unknown while drafting, the statement gives the rule (review10 PL10-B13).
    expect(result.missing.find((fact) => fact.path === 'notice.deliveryOn')).toBeUndefined();
    expect(result.missing.find((fact) => fact.path === 'parties.client')?.label).toBe(VARIABLE_LABELS['parties.client'].pl);
  });

  it('asks for NIP and KRS of a Polish company, NIP only of a sole trader, neither abroad', () => {
    const input = inputOf('pl-written-letter');
    delete input.client!.nip;
    delete input.client!.krs;
    delete input.settings.profile.nip;
    expect(missingPaths(buildDocument('handover-record', input)).sort()).toEqual(['client.krs', 'client.nip', 'sender.nip']);
    const abroad = inputOf('en-agency-qes', 'en');
    expect(buildDocument('handover-record', abroad).status).toBe('ready');
  });

  it('a typed date that is no date, or a deadline already past, is asked for again with why', () => {
    const input = inputOf('pl-written-letter');
    input.values = { ...input.values, 'agreement.endDate': '31 kwietnia', 'settlement.deadline': '2026-03-01' };
    // The agreement stands beside no notice: this record's notice is taken away.
    delete input.offboarding!.notice;
    const result = buildDocument('termination-agreement', input);
    if (result.status !== 'missing') throw new Error('expected missing');
    expect(result.missing).toEqual([
      { path: 'agreement.endDate', label: VARIABLE_LABELS['agreement.endDate'].pl, detail: '„31 kwietnia” to nie data' },
      { path: 'settlement.deadline', label: 'termin zapłaty salda', detail: '1 marca 2026 r. już minął' },
    ]);
  });

  it('an open balance needs the payee’s account: ours when the client pays, the client’s when we do', () => {
    const input = inputOf('pl-written-letter');
    delete input.settings.profile.bankAccount;
    delete input.client!.bankAccount;
    // The client's refund is in EUR: to the EUR account it designates, so no number is asked for (review10-pl C10).
    expect(missingPaths(buildDocument('settlement-statement', input))).toEqual(['sender.bankAccount']);
  });
});

describe('handover record', () => {
  it('lists exactly what the inventory holds, in its order, with state, date, recipient and note', () => {
    const input = inputOf('pl-written-letter');
    const document = ready(buildDocument('handover-record', input));
    const table = document.blocks.find((block) => block.type === 'table');
    if (table?.type !== 'table') throw new Error('no table');
    const inventory = input.offboarding!.inventory as HandoverItem[];
    expect(table.rows.map((row) => row[2])).toEqual(inventory.map((item) => item.name));
    expect(table.rows[0]).toEqual(['1.', 'pliki', 'Pliki źródłowe projektów (Figma, Adobe Illustrator)', 'przekazano', '9 marca 2026 r.', 'Anna Kowalska', 'udostępnione na Dysku Google klienta']);
    expect(table.rows[1]?.[3]).toBe('do przekazania');
    // Personal data is returned or deleted, never "handed over".
    expect(table.rows[4]?.[3]).toBe('zwrócono');
  });

  // review10-en B9: the record is made before the end date, so not "on the termination" (which says it has happened).
  it('English: made "in connection with" the termination, which is still to come', () => {
    const text = documentText(ready(buildDocument('handover-record', inputOf('en-agency-qes', 'en'))));
    expect(text).toContain('This record is made in connection with the termination of the Master Services Agreement dated 16 September 2024 (the “Agreement”) between the parties named above (the “Parties”).');
    expect(text).not.toContain('made on the termination');
  });

  it('English: dated alone, as every English document, never "Manchester, 4 May 2026" (review9-en C6)', () => {
    const text = documentText(ready(buildDocument('handover-record', inputOf('en-agency-qes', 'en'))));
    expect(text).toMatch(/^\s+4 May 2026\n/);
    expect(text).not.toContain('Manchester, 4 May 2026');
    const typed = inputOf('en-agency-qes', 'en');
    typed.values = { ...typed.values, 'document.place': 'Salford' };
    expect(documentText(ready(buildDocument('handover-record', typed)))).not.toContain('Salford, ');
  });

  it('says credentials travel separately only when the inventory names one', () => {
    const withCredential = documentText(ready(buildDocument('handover-record', inputOf('pl-written-letter'))));
    expect(withCredential).toContain('Dane dostępowe (hasła, klucze, kody) przekazuje się odrębnie');
    const input = inputOf('pl-written-letter');
    input.offboarding!.inventory = input.offboarding!.inventory!.filter((item) => item.kind !== 'credential');
    // A domain changes hands with its log-in too (review7-en B8).
    expect(documentText(ready(buildDocument('handover-record', input)))).toContain('Dane dostępowe');
    input.offboarding!.inventory = input.offboarding!.inventory!.filter((item) => item.kind !== 'domain');
    expect(documentText(ready(buildDocument('handover-record', input)))).not.toContain('Dane dostępowe');
  });

  it('is a list of what is to be handed over while nothing has changed hands yet (review9-pl B10)', () => {
    const list = ready(buildDocument('handover-record', inputOf('pl-mutual-person')));
    expect(list.title).toBe('Wykaz materiałów do przekazania');
    const text = documentText(list);
    expect(text).toContain('Strony ustalają, że do dnia rozwiązania Umowy zostaną przekazane następujące pozycje:');
    expect(text).toContain('Strony potwierdzą przekazanie protokołem zdawczo-odbiorczym.');
    expect(text).not.toMatch(/Protokół zdawczo-odbiorczy|potwierdzają stan przekazania|pozostają do przekazania/);
    // Once something is handed over, it is the record.
    expect(ready(buildDocument('handover-record', inputOf('pl-written-letter'))).title).toBe('Protokół zdawczo-odbiorczy');
  });

  it('is not produced from an empty inventory', () => {
    const input = inputOf('pl-written-letter');
    input.offboarding!.inventory = [];
    expect(missingPaths(buildDocument('handover-record', input))).toEqual(['handover.items']);
  });
});

describe('settlement statement', () => {
  it('totals per currency and says who pays whom, never adding złoty to euro', () => {
    const text = documentText(ready(buildDocument('settlement-statement', inputOf('pl-written-letter'))));
    // Unpaid amounts only, so that the columns add up: 4 305 − 0 = 4 305 (the paid 6 150 stays in its table).
    expect(text).toMatch(/\| PLN +\| +4 305,00 zł \| +0,00 zł \| +4 305,00 zł \| Usługobiorca na rzecz Usługodawcy +\|/);
    expect(text).toMatch(/\| EUR +\| +0,00 EUR \| +1 200,00 EUR \| +1 200,00 EUR \| Usługodawca na rzecz Usługobiorcy +\|/);
    // Impersonal states, which agree with any description.
    expect(text).toMatch(/\| 6 150,00 zł \| zapłacono +\|/);
    expect(text).toMatch(/\| 4 305,00 zł \| do zapłaty \(termin nie upłynął\) \|/);
    // Whose account it is, in every payment sentence.
    // The sum in words too, as a Polish contract states it.
    expect(text).toContain('Usługodawca prosi o zapłatę kwoty 4 305,00 zł (słownie: cztery tysiące trzysta pięć złotych 00/100) na rachunek bankowy Usługodawcy nr PL61 1090 1014 0000 0712 1981 2874 w terminie do dnia 31 marca 2026 r.');
    expect(text).toContain('Usługodawca zapłaci Usługobiorcy kwotę 1 200,00 EUR (słownie: tysiąc dwieście euro 00/100) na wskazany przez Usługobiorcę rachunek walutowy (EUR) w terminie do dnia 31 marca 2026 r.');
  });

  it('states a nil balance only when every item is paid, and needs no deadline then', () => {
    const text = documentText(ready(buildDocument('settlement-statement', inputOf('en-agency-qes', 'en'))));
    expect(text).toContain('The amount listed in this statement has been paid in full; the balance is nil.');
    const empty = inputOf('en-agency-qes', 'en');
    empty.offboarding!.settlement = [];
    expect(missingPaths(buildDocument('settlement-statement', empty))).toEqual(['settlement.items']);
  });
});

describe('personal-data confirmation', () => {
  it('confirms each returned and deleted set with its date, and the retention the user typed', () => {
    const text = documentText(ready(buildDocument('personal-data-confirmation', inputOf('pl-written-letter'))));
    expect(text).toContain('1. Lista uczestników konkursu (imiona, e-maile) – usunięto w dniu 9 marca 2026 r. (z dysku roboczego);');
    expect(text).toContain('2. Zdjęcia pracowników do katalogu – zwrócono Administratorowi w dniu 9 marca 2026 r.');
    expect(text).toContain('art. 28 ust. 3 lit. g RODO');
    // Art. 28(3)(g): the copies go after a return as well as after a deletion; when, the user says (review7-pl B4).
    // A later day is a promise, kept apart from what is confirmed, under its own heading and after it (review9-pl A3).
    expect(text).toContain('### Zobowiązanie\n\nPozostałe kopie danych wymienionych powyżej, w tym kopie zapasowe, zostaną usunięte do dnia 31 marca 2026 r.; Podmiot przetwarzający potwierdzi to odrębnie.');
    expect(text.indexOf('Niniejsze potwierdzenie nie dotyczy')).toBeLessThan(text.indexOf('### Zobowiązanie'));
    expect(text).not.toContain('nie przechowuje żadnych kopii');
    expect(text).toContain('Otrzymanie potwierdzenia oraz zwróconych danych potwierdza Administrator (data i podpis)');
    // What the law makes it keep it keeps as a controller: outside this confirmation, not an exception to it (review6-pl A5).
    expect(text).toContain('Niniejsze potwierdzenie nie dotyczy dokumentów, które Podmiot przetwarzający przechowuje we własnym imieniu, jako odrębny administrator, na podstawie przepisów prawa: własne faktury');
    expect(text).not.toContain('Wyjątek');
  });

  it('says no copy is kept only on a day the user gave, and asks for it otherwise (review7-pl B4)', () => {
    const none = inputOf('pl-written-letter');
    delete (none.values as Record<string, string>)['dataReturn.copiesDeletedOn'];
    expect(missingPaths(buildDocument('personal-data-confirmation', none))).toEqual(['dataReturn.copiesDeletedOn']);
    const past = inputOf('pl-written-letter-en', 'en');
    past.values = { ...past.values, 'dataReturn.copiesDeletedOn': '2026-03-09' };
    const text = documentText(ready(buildDocument('personal-data-confirmation', past)));
    expect(text).toContain('All copies of the data listed above, backups included, were deleted by 9 March 2026; the Processor keeps no copy of that data.');
    // Done, not promised: no undertaking beside the confirmation (review9-pl A3).
    expect(text).not.toContain('Undertaking');
    expect(text).not.toContain('will be deleted');
  });

  it('waits for a set still to return, and does not apply when the step is marked not applicable', () => {
    const open = buildDocument('personal-data-confirmation', inputOf('en-client-notice', 'en'));
    expect(open).toMatchObject({ status: 'missing', missing: [{ path: 'inventory.personalDataOpen', detail: 'Customer support tickets' }] });
    expect(buildDocument('personal-data-confirmation', inputOf('en-agency-qes', 'en')).status).toBe('not-applicable');
  });
});

describe('termination agreement', () => {
  it('with no items, asks for them until the settlement step is ticked; then says nothing is left to pay (review10 PL10-B12)', () => {
    const input = inputOf('pl-written-letter');
    input.offboarding = { ...input.offboarding!, settlement: [] };
    const open = buildDocument('termination-agreement', input);
    expect(missingPaths(open)).toContain('settlement.items');
    input.offboarding.checklist = { ...input.offboarding.checklist, settlement: { doneAt: '2026-03-09T10:00:00.000Z' } };
    const text = documentText(ready(buildDocument('termination-agreement', input)));
    // Dated as at the statement, like the list (review9-en A6, review11 PL B1).
    expect(text).toContain('wszystkie należności wynikające z Umowy, za które do dnia 10 marca 2026 r. wystawiono faktury lub rachunki, zostały zapłacone');
  });

  it('states the agreed date, the payments, the pending handover, what survives and the listed exceptions', () => {
    const text = documentText(ready(buildDocument('termination-agreement', inputOf('pl-mutual-person'))));
    expect(text).toContain('Strony zgodnie rozwiązują umowę zlecenia zawartą w dniu 12 stycznia 2026 r. (dalej: „Umowa”) z upływem dnia 30 czerwca 2026 r.');
    // A plain lead-in (review10-pl C9), as at the statement's day, each amount with its basis (review11 PL B1).
    expect(text).toContain('Strony zgodnie oświadczają, że według stanu na dzień 15 czerwca 2026 r. z tytułu Umowy pozostaje do zapłaty wyłącznie następująca kwota:\n\n1. kwota 450,00 zł do zwrotu Zleceniodawcy – podstawa: zaliczka na wynagrodzenie za czerwiec 2026 r.');
    expect(text).toContain('– Zleceniobiorca zapłaci Zleceniodawcy kwotę 450,00 zł (słownie: czterysta pięćdziesiąt złotych 00/100) na wskazany przez Zleceniodawcę rachunek bankowy nr 60 1020 1026 0000 0402 0123 4567 w terminie do dnia 30 czerwca 2026 r.');
    // The waiver takes effect when the contract ends, not "once this agreement is performed" (review6-pl B13).
    expect(text).toContain('Z chwilą rozwiązania Umowy Strony nie będą miały wobec siebie żadnych roszczeń z tytułu Umowy, z wyjątkiem:');
    // The user first, as in every document (review6-pl B12).
    expect(text.indexOf('Zleceniobiorca:\n')).toBeLessThan(text.indexOf('Zleceniodawca:\n'));
    // The party receives it himself: no "(odbiera: Jan Wiśniewski)" after the document names him.
    expect(text).toContain('przekaże Zleceniodawcy następujące materiały i zasoby:\n\n– Repozytorium aplikacji rezerwacji (GitHub)\n');
    // The subject first; no "składniki" for a repository (review9-pl B4).
    expect(text).toContain('Strony potwierdzą przekazanie protokołem zdawczo-odbiorczym.');
    expect(text).not.toMatch(/składniki|Przekazanie Strony/);
    expect(text).not.toContain('odbiera: Jan Wiśniewski');
    expect(text).toContain('Do dnia rozwiązania Umowy Zleceniobiorca dokończy rozpoczęte prace nad modułem płatności.');
    // The refund settles the June fee (the user said so): no carve-out reopens June (review11 PL A3).
    expect(text).not.toContain('nie wystawiono faktury ani rachunku');
    expect(text).not.toMatch(/zafakturowan/);
    // Interest and expenses are claims of their own: the release keeps them (review10 PL10-A2).
    expect(text).toContain('c) roszczeń o odsetki za opóźnienie w zapłacie należności z tytułu Umowy,');
    expect(text).toContain('d) roszczeń o zwrot wydatków poniesionych w związku z wykonywaniem Umowy do dnia jej rozwiązania,');
    expect(text).toContain('e) roszczeń z tytułu wad modułu płatności ujawnionych do dnia 31 grudnia 2026 r.,');
    expect(text).toContain('b) roszczeń wynikających z postanowień Umowy, o których mowa w § 5,');
  });

  it('English: "paid" is dated to the statement of account, and unpaid fees survive the release whether invoiced or not (review9-en A6)', () => {
    const text = documentText(ready(buildDocument('termination-agreement', inputOf('en-agency-qes', 'en'))));
    expect(text).toContain('2. The Parties confirm that every amount invoiced under the Agreement up to 4 May 2026 has been paid.');
    expect(text).not.toContain('invoiced under the Agreement up to the date of this Termination Agreement');
    expect(text).toContain('(c) claims for fees and expenses for the period up to the termination date that remain unpaid, whether or not invoiced at the date of this Termination Agreement;');
  });

  it('English: what cannot be excluded is the governing law\'s list, art. 473 § 2 k.c. only under Polish law (review9-en A5)', () => {
    const english = documentText(ready(buildDocument('termination-agreement', inputOf('en-agency-qes', 'en'))));
    expect(english).toContain('(d) claims for interest for late payment of any amount due under the Agreement and for compensation for the costs of recovering it;');
    expect(english).toContain('(e) any liability which cannot be limited or excluded by law, including liability for fraud or fraudulent misrepresentation.');
    expect(english).not.toContain('caused intentionally');
    const polish = inputOf('en-agency-qes', 'en');
    polish.client!.contract.governingLaw = 'pl';
    expect(documentText(ready(buildDocument('termination-agreement', polish)))).toContain('liability for loss caused intentionally, which cannot be excluded.');
  });

  it('names the recorded law in both languages, and only the recorded one (review9-en B11)', () => {
    const clause = (law: 'pl' | 'england-wales' | 'other' | undefined, lang: 'pl' | 'en') => {
      const input = inputOf('en-agency-qes', lang);
      if (law === undefined) delete input.client!.contract.governingLaw;
      else input.client!.contract.governingLaw = law;
      const text = documentText(ready(buildDocument('termination-agreement', input)));
      return text.split('\n').find((line) => /governed by|stosuje się postanowienia Umowy/.test(line));
    };
    // "the law of England and Wales", "Polish law" (review10-en C7).
    expect(clause('england-wales', 'en')).toBe('5. This Termination Agreement is governed by the law of England and Wales.');
    expect(clause('pl', 'en')).toBe('5. This Termination Agreement is governed by Polish law.');
    expect(clause('other', 'en')).toBe('5. This Termination Agreement is governed by the law that governs the Agreement.');
    expect(clause(undefined, 'en')).toBe('5. This Termination Agreement is governed by the law that governs the Agreement.');
    expect(clause('england-wales', 'pl')).toMatch(/stosuje się postanowienia Umowy oraz prawo Anglii i Walii\.$/);
    expect(clause('other', 'pl')).toMatch(/stosuje się postanowienia Umowy oraz prawo właściwe dla Umowy\.$/);
    // Polish law: the Civil Code by name, no conflict-of-laws term (review11 PL B12).
    expect(clause('pl', 'pl')).toMatch(/stosuje się postanowienia Umowy oraz przepisy Kodeksu cywilnego\.$/);
  });
});

describe('a served notice and an agreement', () => {
  it('with a notice on record the agreement is only for another end date: it says so, and replaces the notice\'s end (review7-pl A9)', () => {
    const result = buildDocument('termination-agreement', inputOf('en-agency-qes', 'en'));
    if (result.status !== 'ready') throw new Error(result.status);
    // Receipt of a QES e-mail sent today is presumed, not stated as a fact (review7-en B7).
    expect(result.notes?.[0]).toContain('Once it has been received, it cannot be withdrawn unilaterally; the contract ends when the notice period of 30 days expires: on our calculation, on 3 June 2026 if it is received on 4 May 2026.');
    expect(result.notes?.[0]).not.toContain('has taken effect');
    expect(result.notes?.[0]).toContain('only if both parties want a different end date');
    expect(documentText(result.document)).toContain('will terminate by mutual consent on 29 May 2026, and not on the expiry of the notice period under the notice of termination given by the Contractor on 4 May 2026.');
    const delivered = inputOf('pl-written-letter');
    delivered.offboarding!.notice!.deliveredOn = '2026-03-12';
    const pl = buildDocument('termination-agreement', delivered);
    expect(pl.status === 'ready' && pl.notes?.[0]).toContain('Wypowiedzenie z dnia 10 marca 2026 r. doręczono w dniu 12 marca 2026 r.; jest skuteczne');
    expect(pl.status === 'ready' && documentText(pl.document)).toContain('Strony zgodnie rozwiązują umowę o świadczenie usług graficznych nr 7/2025 zawartą w dniu 3 lutego 2025 r. (dalej: „Umowa”) z upływem dnia 31 marca 2026 r. Wypowiedzenie Umowy z dnia 10 marca 2026 r. dokonane przez Usługodawcę nie wywołuje skutku co do terminu jej rozwiązania.');
    // The client is a company: the user is told to check who may sign for it (review10-pl B10), in a note, not a clause.
    expect(pl.status === 'ready' && pl.notes).toContain('Sprawdź w KRS sposób reprezentacji spółki klienta; jeśli reprezentacja jest łączna, wpisz drugą osobę podpisującą – dokument doda drugą linię podpisu.');
    expect(pl.status === 'ready' && documentText(pl.document)).not.toContain('Sprawdź w KRS');
    const joint = inputOf('pl-written-letter');
    joint.values = { ...joint.values, 'client.secondRepresentative': 'Piotr Nowicki, Członek Zarządu' };
    const jointPl = buildDocument('termination-agreement', joint);
    const signatures = jointPl.status === 'ready' ? jointPl.document.blocks.find((block) => block.type === 'signatures') : undefined;
    expect(signatures?.type === 'signatures' && signatures.signatures.map((line) => line.name)).toEqual([expect.any(String), 'Anna Kowalska, Prezes Zarządu', 'Piotr Nowicki, Członek Zarządu']);
    // The client's notice: its day and the period the end date comes from.
    const clients = buildDocument('termination-agreement', inputOf('en-client-notice', 'en'));
    expect(clients.status === 'missing' && clients.notes?.[0]).toContain("The Client's notice of 24 June 2026 was received the same day. It can no longer be withdrawn unilaterally, and the contract ends when the notice period of one month expires: on our calculation, on 24 July 2026.");
  });

  it('names the correcting invoice that documents a refund (review9-pl A5)', () => {
    const text = documentText(ready(buildDocument('termination-agreement', inputOf('pl-written-letter'))));
    // Named with its item (review11 PL B1, EN B13).
    expect(text).toContain('2. kwota 1 200,00 EUR do zwrotu Usługobiorcy, objęta fakturą korygującą nr FK/1/2026.');
    const en = documentText(ready(buildDocument('termination-agreement', inputOf('pl-written-letter-en', 'en'))));
    expect(en).toContain('(b) €1,200.00 owed by the Contractor to the Client under credit note FK/1/2026.');
    // A refund with no document of its own names none.
    expect(documentText(ready(buildDocument('termination-agreement', inputOf('pl-mutual-person'))))).not.toContain('faktura korygująca');
  });

  it('leaves the day and place of signing blank unless typed (review7-pl B5)', () => {
    const blank = documentText(ready(buildDocument('termination-agreement', inputOf('pl-mutual-person'))));
    // One blank date, with the place (review9-pl C6).
    expect(blank).toContain('## Porozumienie o rozwiązaniu umowy\nzawarte w …………………… w dniu …………………… r.\n');
    expect(blank.match(/…………………… r\./g)).toHaveLength(1);
    expect(blank).not.toContain('Gdynia, 15 czerwca 2026 r.');
    const typed = inputOf('pl-mutual-person');
    typed.values = { ...typed.values, 'agreement.signedOn': '20.06.2026', 'agreement.place': 'Gdańsk' };
    const typedText = documentText(ready(buildDocument('termination-agreement', typed)));
    expect(typedText).toMatch(/Gdańsk, 20 czerwca 2026 r\.\n\n## Porozumienie o rozwiązaniu umowy\n\n/);
    expect(typedText.match(/20 czerwca 2026 r\./g)).toHaveLength(1);
    typed.lang = 'en';
    expect(documentText(ready(buildDocument('termination-agreement', typed)))).toContain('made on 20 June 2026 in Gdańsk between:');
  });

  it('a company client signing names who signs for it, asked for when not typed', () => {
    const input = inputOf('pl-written-letter');
    input.values = Object.fromEntries(Object.entries(input.values ?? {}).filter(([path]) => path !== 'client.representative'));
    expect(missingPaths(buildDocument('handover-record', input))).toEqual(['client.representative']);
    const text = documentText(ready(buildDocument('handover-record', inputOf('pl-written-letter'))));
    // The nominative after "w imieniu której działa"; "reprezentowana przez" would need the accusative.
    expect(text).toContain('Acme Sp. z o.o.,\n    w imieniu której działa Anna Kowalska – Prezes Zarządu');
    expect(text).not.toContain('reprezentowana przez');
    expect(text).toMatch(/Przyjmujący\n {4}Anna Kowalska, Prezes Zarządu/);
    // A private person signs for himself.
    expect(buildDocument('handover-record', inputOf('pl-mutual-person')).status).toBe('ready');
  });
});

describe('every record', () => {
  it('gives a document, missing facts or a reason for every catalogue scenario, in both languages', () => {
    let count = 0;
    for (const scenario of catalogScenarios) {
      for (const lang of ['pl', 'en'] as const) {
        const results = buildAllDocuments({ ...(scenario.client ? { client: scenario.client } : {}), ...(scenario.offboarding ? { offboarding: scenario.offboarding } : {}), settings: scenario.settings, today: scenario.today, lang });
        for (const result of results) {
          count += 1;
          if (result.status === 'missing') expect(result.missing.length).toBeGreaterThan(0);
          if (result.status === 'not-applicable') expect(result.reason.length).toBeGreaterThan(10);
        }
      }
    }
    expect(count).toBe(catalogScenarios.length * 2 * 5);
  });

  it('refuses an unknown document, language or date with a clear error', () => {
    const input = inputOf('pl-written-letter');
    expect(() => buildDocument('invoice' as never, input)).toThrow(/unknown document "invoice"/);
    expect(() => buildDocument('handover-record', { ...input, lang: 'de' as never })).toThrow(/unknown language "de"/);
    expect(() => buildDocument('handover-record', { ...input, today: '2026-02-30' })).toThrow(/today/);
  });
});
