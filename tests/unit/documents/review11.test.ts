/** The eleventh reading's document findings (review11 pl.md / en.md): each fails on the text it replaced. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument, type DocumentInput, type DocumentModel, type DocumentResult } from '../../../documents';
import { readScenarios } from '../../../catalog/documents-command';
import { documentText as rawText } from '../../../documents/text';
import { itemStanding } from '../../../offboarding/deadlines';
import { polishImpersonalStatus } from '../../../templates/format';

const ROOT = join(import.meta.dirname, '../../..');
const scenarios = readScenarios(join(ROOT, 'tests/golden/document-scenarios.json'));

function inputOf(id: string, lang: 'pl' | 'en' = 'pl'): DocumentInput {
  const scenario = scenarios.find((entry) => entry.id === id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return structuredClone({ client: scenario.client, offboarding: scenario.offboarding, settings: scenario.settings, today: scenario.today, lang, values: scenario.values ?? {} }) as DocumentInput;
}

function ready(result: DocumentResult): DocumentModel {
  if (result.status !== 'ready') throw new Error(`expected a document, got ${result.status}: ${JSON.stringify(result)}`);
  return result.document;
}

const text = (document: DocumentModel) => rawText(document).replace(/[\u00a0\u202f]/g, ' ');
const build = (kind: Parameters<typeof buildDocument>[0], input: DocumentInput) => text(ready(buildDocument(kind, input)));
/** The scenario's typed values with some changed; undefined removes one. */
function withValues(input: DocumentInput, changes: Record<string, string | undefined>): DocumentInput {
  const values: Record<string, string> = { ...input.values };
  for (const [path, value] of Object.entries(changes)) {
    if (value === undefined) delete values[path];
    else values[path] = value;
  }
  return { ...input, values };
}
const notes = (result: DocumentResult) => (result.status === 'not-applicable' ? result.reason : (result.notes ?? []).join(' '));

describe('PL A3: an amount recorded as settling a period closes it', () => {
  it('asks whether a refund worked out while the contract runs settles the fee, and never guesses', () => {
    const input = withValues(inputOf('pl-mutual-person'), { 'agreement.feesSettled': undefined });
    const result = buildDocument('termination-agreement', input);
    expect(result.status === 'missing' && result.missing.map((fact) => fact.path)).toContain('agreement.feesSettled');
    const again = buildDocument('termination-agreement', withValues(input, { 'agreement.feesSettled': 'może' }));
    expect(again.status === 'missing' && again.missing.find((fact) => fact.path === 'agreement.feesSettled')?.detail).toContain('„tak” albo „nie”');
  });

  it('settled: June is closed, the refund fixed, no carve-out and no exception for un-invoiced pay', () => {
    for (const lang of ['pl', 'en'] as const) {
      const agreement = build('termination-agreement', inputOf('pl-mutual-person', lang));
      if (lang === 'pl') {
        expect(agreement).toContain('Z chwilą zapłaty tej kwoty wynagrodzenie Zleceniobiorcy z tytułu Umowy, także za okres do dnia jej rozwiązania, zostaje rozliczone w całości; kwota ta nie podlega zmianie');
        expect(agreement).not.toMatch(/nie wystawiono faktury ani rachunku|roszczeń o (niezapłacone )?wynagrodzenie/);
      } else {
        expect(agreement).toContain('are settled in full; it is not subject to adjustment');
        expect(agreement).not.toMatch(/will be invoiced and paid|claims for fees/);
      }
    }
  });

  it('not settled: the carve-out stays, dated as at the list, and the release keeps unpaid pay invoiced or not', () => {
    const input = withValues(inputOf('pl-mutual-person'), { 'agreement.feesSettled': 'nie' });
    const agreement = build('termination-agreement', input);
    expect(agreement).toContain('Wynagrodzenie za okres do dnia rozwiązania Umowy, za który do dnia 15 czerwca 2026 r. nie wystawiono faktury ani rachunku, zostanie rozliczone na zasadach określonych w Umowie.');
    expect(agreement).toContain('c) roszczeń o niezapłacone wynagrodzenie za okres do dnia rozwiązania Umowy, niezależnie od tego, czy do dnia zawarcia niniejszego Porozumienia wystawiono za nie fakturę lub rachunek,');
    expect(agreement).not.toContain('rozliczone w całości');
  });
});

describe('PL B1 + EN B13: amounts outstanding as at the day, each with its document or basis', () => {
  it('Polish: no "za okres do dnia zawarcia" list; the final invoice closes billing', () => {
    const agreement = build('termination-agreement', inputOf('pl-written-letter'));
    expect(agreement).toContain('Strony zgodnie oświadczają, że według stanu na dzień 10 marca 2026 r. z tytułu Umowy pozostają do zapłaty wyłącznie następujące kwoty:\n\n1. kwota 4 305,00 zł należna Usługodawcy z faktury nr FV/5/2026;\n2. kwota 1 200,00 EUR do zwrotu Usługobiorcy, objęta fakturą korygującą nr FK/1/2026.');
    expect(agreement).not.toContain('za okres do dnia zawarcia niniejszego Porozumienia pozostają');
    expect(agreement).toContain('Faktura nr FV/5/2026 jest fakturą końcową; Usługodawca nie wystawi z tytułu Umowy dalszych faktur ani rachunków.');
    expect(agreement).not.toMatch(/nie wystawiono faktury ani rachunku|roszczeń o (niezapłacone )?wynagrodzenie/);
  });

  it('English: amounts, not "payments as invoiced"; the refund with its basis', () => {
    const letter = build('termination-agreement', inputOf('pl-written-letter-en', 'en'));
    expect(letter).toContain('2. The Parties agree that, as at 10 March 2026, the only amounts outstanding under the Agreement are:\n\n(a) PLN 4,305.00 owed to the Contractor under invoice FV/5/2026;\n(b) €1,200.00 owed by the Contractor to the Client under credit note FK/1/2026.');
    expect(letter).not.toContain('as invoiced up to');
    expect(letter).toContain('Invoice FV/5/2026 is the final invoice; the Contractor will not issue any further invoice under the Agreement.');
    expect(letter).not.toContain('(c) claims for fees and expenses');
    const person = build('termination-agreement', inputOf('pl-mutual-person', 'en'));
    expect(person).toContain('the only amount outstanding under the Agreement is:\n\n(a) PLN 450.00 owed by the Contractor to the Client; basis: zaliczka na wynagrodzenie');
  });

  it('a refund never invoiced asks for its basis', () => {
    const input = withValues(inputOf('pl-mutual-person'), { 'settlement.liabilityBasis': undefined });
    const result = buildDocument('termination-agreement', input);
    expect(result.status === 'missing' && result.missing.map((fact) => fact.path)).toContain('settlement.liabilityBasis');
  });
});

describe('PL B2 + EN C12: the personal-data confirmation opens with a sentence that parses', () => {
  it('names the data processing terms beside the contract', () => {
    expect(build('personal-data-confirmation', inputOf('pl-written-letter'))).toContain('(dalej: „Umowa”) oraz umowy powierzenia przetwarzania danych osobowych (zawartej w Umowie albo odrębnie), Podmiot przetwarzający');
    const en = build('personal-data-confirmation', inputOf('pl-written-letter-en', 'en'));
    expect(en).toContain('(the “Agreement”) and any data processing terms, whether in the Agreement or in a separate data processing agreement, the Processor confirms');
    expect(en).not.toContain('including any data processing terms');
  });
});

describe('PL B3 + EN B12: a list of items to hand over is no record and is not signed as received', () => {
  it('Polish: "wykaz", never "niniejszy protokół"; signed by the parties under the contract', () => {
    const list = build('handover-record', inputOf('pl-mutual-person'));
    expect(list).toContain('niniejszy wykaz ich nie zawiera');
    expect(list).toContain('Wykaz sporządzono w dwóch jednobrzmiących egzemplarzach');
    expect(list).not.toMatch(/niniejszy protokół|Protokół sporządzono|Uwagi Przyjmującego/);
    expect(list).toContain('    Zleceniodawca\n    Jan Wiśniewski\n    Data:');
  });

  it('English: "To be received by", signed "Client", never "Received by"', () => {
    const list = build('handover-record', inputOf('pl-mutual-person', 'en'));
    expect(list).toContain('To be handed over by:\n');
    expect(list).toContain('To be received by:\n');
    expect(list).not.toMatch(/^Received by|\n {4}Received by\n|this record|same record|Comments by the recipient/);
    expect(list).toContain('This list may be signed in counterparts');
    expect(list).toContain('    Client\n    Jan Wiśniewski\n    Date:');
  });

  it('a record of what was handed over keeps its captions', () => {
    const record = build('handover-record', inputOf('pl-written-letter-en', 'en'));
    expect(record).toContain('Received by:\n');
    expect(record).toContain('not written into this record');
  });
});

describe('EN C14: each confirmation named with its items', () => {
  it('no "confirm each separately"', () => {
    const record = build('handover-record', inputOf('en-client-notice', 'en'));
    expect(record).toContain('The Parties will confirm the handover of item 2, and the return or deletion of the data in item 3, separately.');
    expect(record).not.toContain('confirm each separately');
  });
});

describe('PL B11: an unpaid dzieło points to the demand, and art. 491 § 1 for a withdrawal', () => {
  it('only where the reason is non-payment', () => {
    const unpaid = notes(buildDocument('termination-statement', inputOf('pl-dzielo-missing')));
    expect(unpaid).toContain('Przy braku zapłaty wynagrodzenia za oddane dzieło właściwym krokiem jest wezwanie do zapłaty; odstąpienie od umowy wymagałoby wyznaczenia dodatkowego terminu (art. 491 § 1 k.c.).');
    expect(notes(buildDocument('termination-statement', inputOf('pl-dzielo-missing', 'en')))).toContain('Article 491 § 1');
    const other = inputOf('pl-dzielo-missing');
    other.offboarding!.reason = 'capacity';
    expect(notes(buildDocument('termination-statement', other))).not.toContain('491');
  });
});

describe('PL B12: "prawo właściwe" only where another law may govern', () => {
  it('Polish law: the Civil Code; English says Polish law too', () => {
    expect(build('termination-agreement', inputOf('pl-mutual-person'))).toContain('stosuje się postanowienia Umowy oraz przepisy Kodeksu cywilnego.');
    expect(build('termination-agreement', inputOf('pl-mutual-person'))).not.toContain('prawo właściwe');
    expect(build('termination-agreement', inputOf('pl-mutual-person', 'en'))).toContain('This Termination Agreement is governed by Polish law.');
  });
});

describe('PL C4: what the user owes back is "do zwrotu"', () => {
  it('in the statement table', () => {
    const statement = build('settlement-statement', inputOf('pl-mutual-person'));
    expect(statement).toContain('450,00 zł | do zwrotu (termin nie upłynął)');
    expect(statement).toContain('3 000,00 zł | zapłacono');
  });
});

describe('PL C5: the note names the end-of-month rule', () => {
  it('in both languages, where the contract has it', () => {
    expect(notes(buildDocument('termination-agreement', inputOf('pl-written-letter')))).toContain('wynoszącego jeden miesiąc, ze skutkiem na koniec miesiąca kalendarzowego, a przy doręczeniu w dniu 13 marca 2026 r.');
    expect(notes(buildDocument('termination-agreement', inputOf('pl-written-letter-en', 'en')))).toContain('the contract ends at the end of the calendar month in which the notice period of one month expires');
    expect(notes(buildDocument('termination-agreement', inputOf('en-agency-qes', 'en')))).not.toContain('calendar month');
  });
});

describe('PL C6: data protection survives where personal data was processed', () => {
  it('both languages; not where the record holds no personal data', () => {
    expect(build('termination-agreement', inputOf('pl-written-letter'))).toContain('zachowania poufności oraz ochrony danych osobowych.');
    expect(build('termination-agreement', inputOf('pl-written-letter-en', 'en'))).toContain('on confidentiality and on the protection of personal data.');
    expect(build('termination-agreement', inputOf('pl-mutual-person'))).not.toContain('ochrony danych osobowych');
  });
});

describe('EN C13: jurisdiction and entire agreement', () => {
  it('English law between businesses: the courts of England and Wales; every agreement: the entire agreement', () => {
    const agency = build('termination-agreement', inputOf('en-agency-qes', 'en'));
    expect(agency).toContain('The courts of England and Wales have exclusive jurisdiction over any dispute arising out of or in connection with this Termination Agreement.');
    expect(agency).toContain('This Termination Agreement is the entire agreement between the Parties about the termination of the Agreement.');
    expect(build('termination-agreement', inputOf('en-agency-qes'))).toContain('Wyłącznie właściwe do rozstrzygania sporów wynikających z niniejszego Porozumienia lub z nim związanych są sądy Anglii i Walii.');
    const polish = build('termination-agreement', inputOf('pl-mutual-person'));
    expect(polish).toContain('Niniejsze Porozumienie stanowi całość ustaleń Stron dotyczących rozwiązania Umowy.');
    expect(polish).not.toContain('sądy');
  });
});

describe('one reading of where an item stands, for messages and documents alike', () => {
  it('a Polish status is impersonal and says "do zwrotu" for what the user owes back, settled or not', () => {
    const liability = { direction: 'liability' as const, paid: false, dueOn: '2026-03-24' };
    expect(polishImpersonalStatus(liability, itemStanding(liability, '2026-03-20', true))).toBe('do zwrotu (termin nie upłynął)');
    expect(polishImpersonalStatus(liability, itemStanding({ ...liability, paid: true }, '2026-03-20', true))).toBe('zwrócono');
    // Saturday 10 January 2026: under Polish law the last day is Monday 12 January (art. 115 k.c.).
    const invoice = { direction: 'receivable' as const, paid: false, dueOn: '2026-01-10' };
    expect(itemStanding(invoice, '2026-01-12', true)).toBe('not-yet-due');
    expect(itemStanding(invoice, '2026-01-12', false)).toBe('overdue');
    expect(itemStanding({ ...invoice, dueOn: undefined }, '2026-01-12', true)).toBe('no-due-date');
    expect(polishImpersonalStatus(invoice, 'overdue')).toBe('do zapłaty (po terminie)');
  });
});
