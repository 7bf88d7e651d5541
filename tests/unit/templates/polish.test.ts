import { describe, expect, it } from 'vitest';
import type { Recipient } from '../../../offboarding/types';
import { formatCount, formatDate, formatNoticePeriod, joinWithAnd } from '../../../templates/format';
import { polishPlural, salutation, vocativeOfFirstName } from '../../../templates/polish';
import { formalClosing } from '../../../templates/closing';

const recipient = (changes: Partial<Recipient>): Recipient => ({ form: 'pan', warm: false, ...changes });

describe('Polish salutations', () => {
  // Formal: never the vocative first name, even when the user chose it for warm messages.
  it.each([
    [recipient({ form: 'pani', firstName: 'Anna', lastName: 'Kowalska' }), 'Szanowna Pani,'],
    [recipient({ form: 'pan', firstName: 'Jan', lastName: 'Kowalski' }), 'Szanowny Panie,'],
    [recipient({ form: 'panstwo' }), 'Szanowni Państwo,'],
    [recipient({ form: 'pan', title: 'Prezesie' }), 'Szanowny Panie Prezesie,'],
    [recipient({ form: 'pani', title: 'Dyrektor' }), 'Szanowna Pani Dyrektor,'],
    [recipient({ form: 'pani', firstName: 'Anna', warm: true }), 'Szanowna Pani,'],
    [recipient({ form: 'pan', firstName: 'Paweł', warm: true }), 'Szanowny Panie,'],
    [recipient({ form: 'panstwo', firstName: 'Jan', warm: true }), 'Szanowni Państwo,'],
  ])('formal: %j → %s', (who, expected) => {
    expect(salutation(who, 'pl', { tone: 'formal' })).toBe(expected);
    // Formal is the default: a caller that forgets the tone never gets "Panie Pawle," on a notice.
    expect(salutation(who, 'pl')).toBe(expected);
  });

  // Warm: the vocative only when chosen and certain; else the title; else "Dzień dobry,".
  it.each([
    [recipient({ form: 'pani', firstName: 'Anna', warm: true }), 'Pani Anno,'],
    [recipient({ form: 'pan', firstName: 'Jan', warm: true }), 'Panie Janie,'],
    [recipient({ form: 'pan', firstName: 'Paweł', warm: true }), 'Panie Pawle,'],
    [recipient({ form: 'pani', firstName: 'Anna' }), 'Dzień dobry,'],
    [recipient({ form: 'pan', firstName: 'Jan', lastName: 'Kowalski' }), 'Dzień dobry,'],
    // The title kept in the warm opening (review3-pl C5: not the formal letter's "Szanowna Pani Prezes,").
    [recipient({ form: 'pan', title: 'Prezesie' }), 'Dzień dobry, Panie Prezesie,'],
    [recipient({ form: 'pani', title: 'Prezes' }), 'Dzień dobry, Pani Prezes,'],
    [recipient({ form: 'panstwo' }), 'Dzień dobry,'],
    [recipient({ form: 'panstwo', firstName: 'Jan', warm: true }), 'Dzień dobry,'],
    [recipient({ form: 'pani', firstName: 'Miriam', warm: true }), 'Dzień dobry,'],
  ])('warm: %j → %s', (who, expected) => {
    expect(salutation(who, 'pl', { tone: 'warm' })).toBe(expected);
  });

  it('never uses the surname, not even through the title field or the warm form', () => {
    const cases = [
      recipient({ form: 'pan', lastName: 'Kowalski', firstName: 'Jan' }),
      recipient({ form: 'pan', lastName: 'Kowalski', title: 'Kowalski' }),
      recipient({ form: 'pani', lastName: 'Nowak', warm: true }),
      recipient({ form: 'pan', lastName: 'Nowak', firstName: 'Xavier', warm: true }),
    ];
    for (const who of cases) {
      expect(salutation(who, 'pl', { tone: 'formal' })).toMatch(/^Szanown[ay] Pan(i|ie),$/);
      expect(salutation(who, 'pl', { tone: 'warm' })).toBe('Dzień dobry,');
    }
  });

  it('falls back when the vocative is not certain', () => {
    expect(salutation(recipient({ form: 'pan', firstName: 'Anna-Maria', warm: true, title: 'Prezesie' }), 'pl', { tone: 'warm' })).toBe('Dzień dobry, Panie Prezesie,');
    expect(salutation(recipient({ form: 'pan', firstName: 'Hugo', warm: true }), 'pl', { tone: 'warm' })).toBe('Dzień dobry,');
  });

  it('rejects an unknown form of address or tone', () => {
    expect(() => salutation({ form: 'sir' as never, warm: false }, 'pl')).toThrow(/recipient.form/);
    expect(() => salutation(recipient({}), 'pl', { tone: 'casual' as never })).toThrow(/unknown tone/);
  });
});

describe('English salutations', () => {
  it.each([
    [recipient({ form: 'pani', firstName: 'Anna', lastName: 'Smith' }), 'Dear Ms Smith,'],
    [recipient({ form: 'pan', firstName: 'John', lastName: 'Smith' }), 'Dear Mr Smith,'],
    // On first-name terms (the user's setting) English uses the first name in a formal text too.
    [recipient({ form: 'pani', firstName: 'Anna', lastName: 'Smith', warm: true }), 'Dear Anna,'],
    [recipient({ form: 'pan', firstName: 'John', warm: true }), 'Dear John,'],
    // The first name alone on record (the sidebar asks for no surname): the only name there is.
    [recipient({ form: 'pan', firstName: 'John' }), 'Dear John,'],
    [recipient({ form: 'pani' }), 'Dear Madam,'],
    [recipient({ form: 'pan' }), 'Dear Sir,'],
    // A company with no named person: its team, without the legal form (a native reader's choice).
    [recipient({ form: 'panstwo' }), 'Dear Acme team,'],
    [recipient({ form: 'panstwo', firstName: 'John', lastName: 'Smith' }), 'Dear Acme team,'],
  ])('formal: %j → %s', (who, expected) => {
    expect(salutation(who, 'en', { tone: 'formal', company: 'Acme Ltd' })).toBe(expected);
  });

  it.each([
    [recipient({ form: 'pani', firstName: 'Anna', lastName: 'Smith', warm: true }), 'Dear Anna,'],
    [recipient({ form: 'pani', firstName: 'Anna', lastName: 'Smith' }), 'Dear Ms Smith,'],
    [recipient({ form: 'pan', firstName: 'John' }), 'Dear John,'],
    [recipient({ form: 'pan' }), 'Hello,'],
    [recipient({ form: 'pan', lastName: 'Smith' }), 'Dear Mr Smith,'],
    [recipient({ form: 'pan' }), 'Hello,'],
    [recipient({ form: 'panstwo' }), 'Hello Acme team,'],
  ])('warm: %j → %s', (who, expected) => {
    expect(salutation(who, 'en', { tone: 'warm', company: 'Acme Ltd' })).toBe(expected);
  });

  it('greets nobody known "Dear Sir or Madam," (formal) or "Hello," (warm)', () => {
    expect(salutation(recipient({ form: 'panstwo' }), 'en', { tone: 'formal' })).toBe('Dear Sir or Madam,');
    expect(salutation(recipient({ form: 'panstwo' }), 'en', { tone: 'warm' })).toBe('Hello,');
    // An address is not a team.
    expect(salutation(recipient({ form: 'panstwo' }), 'en', { tone: 'formal', company: 'office@acme.com' })).toBe('Dear Sir or Madam,');
  });

  it('never writes "Hello" in a formal text', () => {
    for (const form of ['pan', 'pani', 'panstwo'] as const) {
      expect(salutation(recipient({ form }), 'en', { tone: 'formal', company: 'Acme Ltd' })).not.toMatch(/Hello/);
    }
  });

  it('takes the surname from the contact name rather than use a first name unasked (issue 17)', () => {
    const mark = recipient({ form: 'pan', firstName: 'Mark' });
    expect(salutation(mark, 'en', { tone: 'formal', contactName: 'Mark Thompson' })).toBe('Dear Mr Thompson,');
    expect(salutation(mark, 'en', { tone: 'warm', contactName: 'Mark Thompson' })).toBe('Dear Mr Thompson,');
    // On first-name terms, as the user said: the first name.
    expect(salutation({ ...mark, warm: true }, 'en', { tone: 'formal', contactName: 'Mark Thompson' })).toBe('Dear Mark,');
    // A contact name that is not this person's (another first name, an address) gives no surname.
    expect(salutation(mark, 'en', { tone: 'formal', contactName: 'Anna Thompson' })).toBe('Dear Mark,');
    expect(salutation(mark, 'en', { tone: 'formal', contactName: 'mark@thompson.co.uk' })).toBe('Dear Mark,');
  });

  it('closes formal letters "Yours faithfully," after no name and "Yours sincerely," after a name', () => {
    expect(formalClosing('Dear Sir or Madam,', 'en')).toBe('Yours faithfully,');
    expect(formalClosing('Dear Madam,', 'en')).toBe('Yours faithfully,');
    expect(formalClosing(undefined, 'en')).toBe('Yours faithfully,');
    expect(formalClosing('Dear Ms Smith,', 'en')).toBe('Yours sincerely,');
    expect(formalClosing('Dear Acme team,', 'en')).toBe('Yours sincerely,');
    expect(formalClosing('Szanowna Pani,', 'pl')).toBe('Z poważaniem');
  });
});

describe('vocative of first names', () => {
  it.each([
    ['Anna', 'pani', 'Anno'],
    ['Magdalena', 'pani', 'Magdaleno'],
    ['Maria', 'pani', 'Mario'],
    ['Julia', 'pani', 'Julio'],
    ['Patrycja', 'pani', 'Patrycjo'],
    ['Kasia', 'pani', 'Kasiu'],
    ['Ola', 'pani', 'Olu'],
    ['Maja', 'pani', 'Maju'],
    ['Jan', 'pan', 'Janie'],
    ['Piotr', 'pan', 'Piotrze'],
    ['Tomasz', 'pan', 'Tomaszu'],
    ['Marek', 'pan', 'Marku'],
    ['Paweł', 'pan', 'Pawle'],
    ['Michał', 'pan', 'Michale'],
    ['Krzysztof', 'pan', 'Krzysztofie'],
    ['Adam', 'pan', 'Adamie'],
    ['Łukasz', 'pan', 'Łukaszu'],
    ['Wojciech', 'pan', 'Wojciechu'],
    ['Jacek', 'pan', 'Jacku'],
    ['Kuba', 'pan', 'Kubo'],
    ['Robert', 'pan', 'Robercie'],
    ['Konrad', 'pan', 'Konradzie'],
    ['Stanisław', 'pan', 'Stanisławie'],
    ['Kamil', 'pan', 'Kamilu'],
    ['Maciej', 'pan', 'Macieju'],
    ['Aleksander', 'pan', 'Aleksandrze'],
    ['Jerzy', 'pan', 'Jerzy'],
    ['ANNA', 'pani', 'Anno'],
  ] as const)('%s (%s) → %s', (name, form, expected) => {
    expect(vocativeOfFirstName(name, form)).toBe(expected);
  });

  it.each([
    ['Miriam', 'pani'],
    ['Ksenia', 'pani'],
    ['Hugo', 'pan'],
    ['Max', 'pan'],
    ['Jan Maria', 'pan'],
    ['J.', 'pan'],
    ['', 'pani'],
  ] as const)('is not sure about %j (%s)', (name, form) => {
    expect(vocativeOfFirstName(name, form)).toBeUndefined();
  });
});

describe('plurals, dates and periods', () => {
  it.each([
    [1, 'miesiąc'],
    [2, 'miesiące'],
    [4, 'miesiące'],
    [5, 'miesięcy'],
    [12, 'miesięcy'],
    [22, 'miesiące'],
    [25, 'miesięcy'],
    [0, 'miesięcy'],
  ])('%i %s', (count, word) => {
    expect(polishPlural(count, 'miesiąc', 'miesiące', 'miesięcy')).toBe(word);
  });

  it('writes counts of units in both languages', () => {
    expect(formatCount(1, 'days', 'pl')).toBe('1 dzień');
    expect(formatCount(2, 'days', 'pl')).toBe('2 dni');
    expect(formatCount(1, 'weeks', 'pl')).toBe('1 tydzień');
    expect(formatCount(2, 'weeks', 'pl')).toBe('2 tygodnie');
    expect(formatCount(5, 'weeks', 'pl')).toBe('5 tygodni');
    expect(formatCount(1, 'months', 'en')).toBe('1 month');
    expect(formatCount(3, 'months', 'en')).toBe('3 months');
  });

  it('writes notice periods, and none for an empty one', () => {
    expect(formatNoticePeriod({ months: 3 }, 'pl')).toBe('3 miesiące');
    expect(formatNoticePeriod({ months: 1, weeks: 2 }, 'pl')).toBe('1 miesiąc i 2 tygodnie');
    expect(formatNoticePeriod({ months: 1, weeks: 1, days: 3 }, 'en')).toBe('1 month, 1 week and 3 days');
    expect(formatNoticePeriod({}, 'en')).toBeUndefined();
    expect(formatNoticePeriod({ days: 0 }, 'pl')).toBeUndefined();
  });

  it('joins several amounts or items with one "i" / "and" and no serial comma', () => {
    expect(joinWithAnd([], 'pl')).toBe('');
    expect(joinWithAnd(['100,00 zł'], 'pl')).toBe('100,00 zł');
    expect(joinWithAnd(['100,00 zł', '20,00 €'], 'pl')).toBe('100,00 zł i 20,00 €');
    expect(joinWithAnd(['FV 1', 'FV 2', 'FV 3'], 'pl')).toBe('FV 1, FV 2 i FV 3');
    expect(joinWithAnd(['£100.00', '€20.00', '$5.00'], 'en')).toBe('£100.00, €20.00 and $5.00');
  });

  it('writes dates per language', () => {
    expect(formatDate('2026-02-28', 'pl')).toBe('28 lutego 2026 r.');
    expect(formatDate('2024-03-12', 'pl')).toBe('12 marca 2024 r.');
    expect(formatDate('2026-02-28', 'en')).toBe('28 February 2026');
    expect(() => formatDate('2026-02-30', 'pl')).toThrow(/no such calendar day/);
  });
});
