import { describe, expect, it } from 'vitest';
import { detectCues, foldForMatching, ownWords, topicsIn } from '../../../../templates/cues';
import { fromClient, fromMe, ME } from './helpers';

describe('foldForMatching', () => {
  it('lower-cases and strips Polish diacritics, ł included', () => {
    expect(foldForMatching('  ZAŻÓŁĆ   gęślą JAŹŃ ')).toBe('zazolc gesla jazn');
  });
});

describe('topicsIn: inflected Polish forms', () => {
  it.each([
    ['W załączeniu przesyłam fakturę końcową.', 'invoice'],
    ['Zapłacimy fakturą VAT w przyszłym tygodniu.', 'invoice'],
    ['Proszę o FV za marzec.', 'invoice'],
    ['Nie widzę jeszcze przelewu na koncie.', 'payment'],
    ['Zgodnie z wypowiedzeniem umowa kończy się 31 maja.', 'termination'],
    ['Zgodnie z RODO proszę o usunięcie danych.', 'data'],
    ['Prosimy o przekazanie dostępów do Google Ads.', 'access'],
    ['Dostępy do kont reklamowych proszę przekazać.', 'access'],
    ['PROSZĘ O HASŁA do serwera.', 'access'],
    ['Rezygnujemy z dalszej współpracy.', 'termination'],
    ['Chcielibyśmy wypowiedzieć umowę.', 'termination'],
    ['Kończymy współpracę z końcem miesiąca.', 'termination'],
    ['Proponujemy rozwiązanie umowy za porozumieniem stron.', 'agreement'],
    ['Potwierdzam otrzymanie wypowiedzenia.', 'acknowledgement'],
    ['Dziękujemy za wszystko!', 'thanks'],
    ['Chętnie wystawimy referencje.', 'feedback'],
    ['Czy możemy porozmawiać jutro?', 'meeting'],
    ['Nie zgadzam się z tą kwotą, jest zawyżona.', 'dispute'],
    ['Czy dostaniemy 10% zniżki, jeśli zostaniecie?', 'retention'],
    ['Protokół zdawczo-odbiorczy w załączniku.', 'handover'],
  ])('%s → %s', (text, topic) => {
    expect(topicsIn(text)).toContain(topic);
  });

  it('matches without diacritics typed by the client too', () => {
    expect(topicsIn('prosze o fakture koncowa')).toContain('invoice');
    expect(topicsIn('dziekuje, przelew zrobiony')).toEqual(expect.arrayContaining(['thanks', 'payment']));
  });
});

describe('topicsIn: English', () => {
  it.each([
    ['Please treat this as our notice to terminate the agreement.', 'termination'],
    ['When will we receive the final invoice?', 'invoice'],
    ['The payment is overdue.', 'payment'],
    ['I dispute this invoice, we were overcharged.', 'dispute'],
    ['Please revoke your credentials to our account.', 'access'],
    ['Please delete the personal data under GDPR.', 'data'],
    ['Would you reconsider if we offered a discount?', 'retention'],
    ['Happy to write a testimonial.', 'feedback'],
    ['Can we have a quick call?', 'meeting'],
    ['I confirm receipt of your notice.', 'acknowledgement'],
    ['Could we end this by mutual agreement?', 'agreement'],
    ['Thank you for everything!', 'thanks'],
    ['Please send the final deliverables and source files.', 'handover'],
  ])('%s → %s', (text, topic) => {
    expect(topicsIn(text)).toContain(topic);
  });
});

describe('topicsIn: what must not match', () => {
  it('ignores negated endings', () => {
    expect(topicsIn('Nie rezygnujemy, chcemy kontynuować.')).not.toContain('termination');
    expect(topicsIn('We are not cancelling anything.')).not.toContain('termination');
  });

  it('treats a known ending mentioned in passing as a reference, not a new notice', () => {
    expect(topicsIn('W związku z zakończeniem współpracy proszę o pliki.')).not.toContain('termination');
    expect(topicsIn('After the end of our contract, please delete the data.')).not.toContain('termination');
  });

  it('does not read "noticed", "stay in touch" or a bank account as cues', () => {
    expect(topicsIn('I noticed a typo on the landing page.')).not.toContain('termination');
    expect(topicsIn("Let's stay in touch!")).not.toContain('retention');
    expect(topicsIn('Proszę o przelew na konto bankowe.')).not.toContain('access');
  });

  it('ignores quoted history below the reply', () => {
    const reply = 'Dziękuję, wszystko jasne.\n\nW dniu 3 marca 2025 Anna Nowak napisała:\n> Niniejszym wypowiadam umowę.';
    expect(topicsIn(reply)).toEqual(['thanks']);
    const en = 'Sounds good.\n\nOn Mon, 3 Mar 2025, Anna wrote:\n> This serves as notice of termination.';
    expect(topicsIn(en)).toEqual([]);
    expect(ownWords('abc\n> quoted')).toBe('abc\n');
  });

  it('treats the text as data: markup and instructions are only words', () => {
    expect(topicsIn('<script>alert(1)</script> ignore previous instructions')).toEqual([]);
  });

  it('rejects a non-string', () => {
    expect(() => topicsIn(42 as unknown as string)).toThrow(/string/);
  });
});

describe('detectCues', () => {
  const messages = [
    fromMe('2025-03-01', 'Niniejszym wypowiadam umowę.'),
    fromClient('2025-03-02', 'Potwierdzam otrzymanie wypowiedzenia. Kiedy faktura końcowa?'),
    fromMe('2025-03-03', 'Fakturę prześlę jutro.'),
  ];

  it('tells the client from me by the user address, newest first', () => {
    const cues = detectCues(messages, { userEmail: ME.toUpperCase() });
    expect(cues.lastAuthor).toBe('me');
    expect(cues.latestFromClient?.index).toBe(1);
    expect(cues.latestFromClient?.topics).toEqual(expect.arrayContaining(['acknowledgement', 'invoice', 'termination']));
    expect(cues.latestFromMe?.index).toBe(2);
    expect(cues.recent.map((m) => m.author)).toEqual(['me', 'client', 'me']);
    expect(cues.recent[0]?.date).toBe('2025-03-03T14:00:00.000Z');
  });

  it('limits the window and counts every message as the client when the user is unknown', () => {
    const cues = detectCues(messages, { window: 2 });
    expect(cues.recent).toHaveLength(2);
    expect(cues.latestFromMe).toBeNull();
    expect(cues.lastAuthor).toBe('client');
  });

  it('handles an empty thread and rejects bad input', () => {
    expect(detectCues([], {})).toEqual({ latestFromClient: null, latestFromMe: null, recent: [], lastAuthor: null, all: [] });
    expect(() => detectCues('x' as never)).toThrow(/array/);
    expect(() => detectCues([], { window: 0 })).toThrow(/window/);
  });
});

describe('issue 12 cues', () => {
  it('reads a refund, a copyright question and a refused notice-period fee', () => {
    expect(topicsIn('Kiedy mogę się spodziewać zwrotu niewykorzystanej przedpłaty?')).toContain('refund');
    expect(topicsIn('Could you send a correcting invoice for March?')).toContain('refund');
    expect(topicsIn('Prosimy o potwierdzenie przeniesienia autorskich praw majątkowych.')).toContain('rights');
    expect(topicsIn('Please confirm the copyright in the designs belongs to us.')).toContain('rights');
    expect(topicsIn('Nie będziemy płacić za okres wypowiedzenia.')).toContain('early-ending');
    expect(topicsIn('We will not pay for the notice period.')).toContain('early-ending');
  });

  it('does not take a licence on an invoice or an immediate ending for these', () => {
    expect(topicsIn('W załączeniu faktura za licencję na oprogramowanie.')).not.toContain('rights');
    expect(topicsIn('We are terminating the contract effective immediately.')).not.toContain('early-ending');
  });
});
