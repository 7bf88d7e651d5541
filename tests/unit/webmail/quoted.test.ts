import { describe, expect, it } from 'vitest';
import { ownWords } from '../../../webmail/quoted';

describe("a message's own words, without quoted history and signature", () => {
  it.each([
    ['Gmail, English', 'Thanks, see you.\n\nOn Tue, Mar 5, 2024 at 10:02 AM Mark Davies <mark@brightfield.co.uk> wrote:\nPlease send it.'],
    ['Gmail, English, wrapped', 'Thanks, see you.\nOn Tue, Mar 5, 2024 at 10:02 AM Mark Davies\n<mark@brightfield.co.uk> wrote:\nPlease send it.'],
    ['Gmail, Polish (old)', 'Thanks, see you.\n\nW dniu 5 marca 2024 10:02 użytkownik Anna Nowak <anna@sklep.pl> napisał:\nProszę o fakturę.'],
    ['Gmail, Polish (new)', 'Thanks, see you.\n\nwt., 5 mar 2024 o 10:02 Anna Nowak <anna@sklep.pl> napisał(a):\nProszę o fakturę.'],
    ['Outlook, English', 'Thanks, see you.\n\nFrom: Mark Davies <mark@brightfield.co.uk>\nSent: Tuesday, March 5, 2024 10:02 AM\nTo: Sam'],
    ['Outlook, Polish', 'Thanks, see you.\n\nOd: Anna Nowak <anna@sklep.pl>\n\nWysłano: wtorek, 5 marca 2024 10:02\nDo: Ola'],
    ['original message rule', 'Thanks, see you.\n-----Original Message-----\nFrom: Mark'],
    ['forwarded rule', 'Thanks, see you.\n---------- Forwarded message ---------\nFrom: Mark'],
    ['signature delimiter', 'Thanks, see you.\n-- \nSam Taylor\n+44 20 7946 0321'],
  ])('%s', (_name, text) => {
    expect(ownWords(text)).toBe('Thanks, see you.');
  });

  it('keeps lines that only look like history', () => {
    const text = 'As Mark wrote: the budget moves in-house.\nFrom: the board, a decision.\nWe end on 31 March.';
    expect(ownWords(text)).toBe(text);
  });
});
