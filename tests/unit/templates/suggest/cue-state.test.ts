import { describe, expect, it } from 'vitest';
import { readCues } from '../../../../templates/cues';

/** The state topics a text raises (payment, handover, closing, decision). */
const states = (text: string): string[] =>
  readCues(text).topics.filter((t) => ['paid', 'unpaid', 'promised', 'invoice-missing', 'handover-done', 'closing', 'decided'].includes(t));

describe('payment state: paid, not yet paid, promised', () => {
  it.each([
    ['Faktura FV/31/2025 została dziś opłacona.', 'paid'],
    ['Fakturę już opłaciliśmy wczoraj.', 'paid'],
    ['fakture juz oplacilismy wczoraj, prosze sprawdzic', 'paid'],
    ['Faktura również zapłacona.', 'paid'],
    ['Przelew poszedł w poniedziałek.', 'paid'],
    ['Zleciliśmy przelew rano.', 'paid'],
    ['Czy dotarł już nasz przelew?', 'paid'],
    ['Just to let you know the last invoice is paid.', 'paid'],
    ['Paid in full today – thanks.', 'paid'],
    ['INV-170 was paid this morning.', 'paid'],
    ['Have you received our payment?', 'paid'],
  ])('%s → %s', (text, state) => {
    expect(states(text)).toContain(state);
  });

  it.each([
    ['Faktura nie została jeszcze opłacona.', 'unpaid'],
    ['Niestety nie zapłaciliśmy jeszcze faktury.', 'unpaid'],
    ['Faktura jest nadal nieopłacona.', 'unpaid'],
    ["INV-140 hasn't been paid yet.", 'unpaid'],
    ['The invoice has not been paid.', 'unpaid'],
    ["Not yet, I'm afraid – it's with finance for the payment run.", 'unpaid'],
  ])('%s → %s and never paid', (text, state) => {
    expect(states(text)).toContain(state);
    expect(states(text)).not.toContain('paid');
  });

  it.each([
    ['Zapłacimy w przyszłym tygodniu.', 'promised'],
    ['Przelew wyjdzie w piątek.', 'promised'],
    ['Faktura zostanie opłacona do końca miesiąca.', 'promised'],
    ['Zrobimy przelew, jak tylko dostaniemy fakturę końcową.', 'promised'],
    ['We will pay next week.', 'promised'],
    ["We'll pay INV-150 as soon as we have the files.", 'promised'],
    ["It will go out in Friday's payment run.", 'promised'],
    ['The invoice will be paid by the end of the month.', 'promised'],
  ])('%s → %s and never paid', (text, state) => {
    expect(states(text)).toContain(state);
    expect(states(text)).not.toContain('paid');
  });

  it('does not take a condition, an obligation or a question as a payment', () => {
    expect(states('Once the invoice is paid, we will confirm.')).not.toContain('paid');
    expect(states('Faktura musi zostać opłacona do piątku.')).not.toContain('paid');
    expect(states('Czy faktura została już opłacona?')).not.toContain('paid');
  });

  it('reads an invoice that never arrived', () => {
    expect(states('It never reached our accounts team – could you resend it?')).toContain('invoice-missing');
    expect(states('Faktura do nas nie dotarła, proszę o ponowne przesłanie.')).toContain('invoice-missing');
    expect(states('Nie otrzymaliśmy faktury końcowej.')).toContain('invoice-missing');
  });
});

describe('done and pending, closing and decision', () => {
  it.each([
    ['Wszystko dotarło, dziękujemy.', 'handover-done'],
    ['Pliki odebrane, wszystko działa.', 'handover-done'],
    ['Otrzymaliśmy wszystkie pliki.', 'handover-done'],
    ['Mamy wszystko, czego potrzebujemy.', 'handover-done'],
    ['wszystko otrzymalismy i nie potrzebujemy juz niczego wiecej', 'handover-done'],
    ['The handover went smoothly, we have everything we need.', 'handover-done'],
    ['Files all received, thanks.', 'handover-done'],
    ['Got everything, the new team is up and running.', 'handover-done'],
  ])('%s → %s', (text, state) => {
    expect(states(text)).toContain(state);
  });

  it('keeps a pending handover pending', () => {
    expect(states("We still haven't received the source files.")).not.toContain('handover-done');
    expect(states('Nie otrzymaliśmy jeszcze wszystkich plików.')).not.toContain('handover-done');
    expect(readCues("We still haven't received the source files.").topics).toContain('handover');
  });

  it.each([
    ['Dziękujemy za całą Pani pracę!', 'closing'],
    ['To była naprawdę dobra współpraca. Powodzenia!', 'closing'],
    ["It's been a real pleasure working with you.", 'closing'],
    ['Thank you for all your work!', 'closing'],
    ['Decyzja jest ostateczna, nie ma potrzeby spotkania.', 'decided'],
    ['Zarząd zdecydował o przeniesieniu obsługi do agencji sieciowej.', 'decided'],
    ['No need for a call, the decision is made.', 'decided'],
    ["We've decided to end the engagement.", 'decided'],
  ])('%s → %s', (text, state) => {
    expect(states(text)).toContain(state);
  });

  it('does not read an undecided client as decided', () => {
    expect(states("We haven't decided yet – can we talk next week?")).not.toContain('decided');
  });
});

describe('evidence: the words a cue rests on, in the writer spelling', () => {
  it('quotes the negation with the verb, with diacritics kept', () => {
    const read = readCues('Dzień dobry, przepraszam za zwłokę – faktura nie została jeszcze opłacona. Zapłacimy w przyszłym tygodniu.');
    expect(read.evidence.unpaid).toBe('faktura nie została jeszcze opłacona');
    expect(read.evidence.promised).toBe('Zapłacimy');
    expect(read.evidence.paid).toBeUndefined();
  });

  it('quotes a word cue with a little of its clause, in the writer spelling', () => {
    expect(readCues('Proszę o przesłanie FAKTURY końcowej.').evidence.invoice).toBe('o przesłanie FAKTURY końcowej');
    expect(readCues('Dzień dobry, potwierdzam otrzymanie wypowiedzenia.').evidence.acknowledgement).toBe('potwierdzam otrzymanie wypowiedzenia');
    expect(readCues('Paid in full today – thanks.').evidence.paid).toBe('Paid in full');
  });

  it('never quotes the quoted history below the reply', () => {
    const read = readCues('Dziękuję.\n\nW dniu 6.05.2025 o 14:00 Anna Nowak napisała:\n> Faktura została opłacona?');
    expect(read.topics).toEqual(['thanks']);
    expect(Object.values(read.evidence).join(' ')).not.toMatch(/opłacona/);
  });

  it('bounds a quote and keeps it on one line', () => {
    const long = `Dziękujemy za ${'bardzo '.repeat(40)}dobrą pracę`;
    const quote = readCues(`Faktura\nnie została\n  jeszcze opłacona. ${long}`).evidence.unpaid ?? '';
    expect(quote).toBe('Faktura nie została jeszcze opłacona');
    for (const words of Object.values(readCues(long).evidence)) expect(words.length).toBeLessThanOrEqual(80);
  });
});

describe('vocabulary the second set showed missing', () => {
  it('reads the object before the verb, and an invoice settled by number', () => {
    expect(states('Przelew za FV/88/2025 wysłaliśmy dzisiaj rano.')).toContain('paid');
    expect(states("We've settled INV-301 today.")).toContain('paid');
    expect(states('Faktura jest nadal nieopłacona.')).not.toContain('paid');
  });

  it('reads a client going elsewhere, a list of people and what is still owed', () => {
    expect(readCues("We're moving our account to another agency from October.").topics).toContain('termination');
    expect(readCues('Przenosimy obsługę do innej agencji.').topics).toContain('termination');
    expect(readCues('Please erase our subscriber list from your systems.').topics).toContain('data');
    expect(readCues('Proszę o zestawienie, co jeszcze jesteśmy winni.').topics).toContain('payment');
    expect(states("It's final on our side, so I'd rather skip a meeting.")).toContain('decided');
  });
});
