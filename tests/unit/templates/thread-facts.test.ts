import { describe, expect, it } from 'vitest';
import { AGREED_END_PATH, clientTerminationMessage, localDate, proposedValues, RECEIPT_DATE_PATH } from '../../../templates/thread-facts';
import type { ThreadMessage } from '../../../webmail/types';

const ME = 'anna@studio.pl';
const client = (date: string | undefined, text: string): ThreadMessage => ({ from: { name: 'Jan', email: 'jan@firma.pl' }, ...(date ? { date } : {}), text });
const mine = (date: string, text: string): ThreadMessage => ({ from: { email: ME }, date, text });

describe('clientTerminationMessage', () => {
  it("finds the client's latest message that ends the cooperation, with its local date", () => {
    const messages = [
      client('2026-03-02T09:00:00.000Z', 'Dzień dobry, wypowiadamy umowę z zachowaniem okresu wypowiedzenia.'),
      mine('2026-03-02T15:00:00.000Z', 'Dziękuję, potwierdzam otrzymanie wypowiedzenia.'),
      client('2026-03-04T09:00:00.000Z', 'Proszę jeszcze o fakturę za luty.'),
    ];
    expect(clientTerminationMessage({ messages, userEmail: ME })).toEqual({ index: 0, date: localDate('2026-03-02T09:00:00.000Z') });
  });

  it('never takes our own message, and nothing without the user address', () => {
    const messages = [mine('2026-03-02T15:00:00.000Z', 'Niniejszym wypowiadam umowę.')];
    expect(clientTerminationMessage({ messages, userEmail: ME })).toBeNull();
    expect(clientTerminationMessage({ messages: [client('2026-03-02T09:00:00.000Z', 'Wypowiadamy umowę.')] })).toBeNull();
  });

  it('ignores a termination mentioned only in quoted history', () => {
    const messages = [client('2026-03-05T09:00:00.000Z', 'Proszę o fakturę.\n\nW dniu 2 marca Jan pisze:\n> Wypowiadamy umowę.')];
    expect(clientTerminationMessage({ messages, userEmail: ME })).toBeNull();
  });

  it('gives no date when the page date could not be read', () => {
    const messages = [client(undefined, 'We have decided to terminate the agreement.')];
    expect(clientTerminationMessage({ messages, userEmail: ME })).toEqual({ index: 0 });
    expect(proposedValues([RECEIPT_DATE_PATH], { messages, userEmail: ME })).toEqual([]);
  });

  it('refuses a bad input', () => {
    expect(() => clientTerminationMessage({ messages: 'x' } as never)).toThrow(/messages array/);
  });
});

describe('proposedValues', () => {
  const messages = [client('2026-03-02T09:00:00.000Z', 'We have decided to terminate the agreement.')];

  it('proposes the thread date for the missing receipt date only', () => {
    expect(proposedValues([RECEIPT_DATE_PATH, 'contract.clause'], { messages, userEmail: ME })).toEqual([
      { path: RECEIPT_DATE_PATH, value: localDate('2026-03-02T09:00:00.000Z'), source: 'thread-termination-message' },
    ]);
    expect(proposedValues(['contract.clause'], { messages, userEmail: ME })).toEqual([]);
    expect(proposedValues([RECEIPT_DATE_PATH], null)).toEqual([]);
  });

  it("proposes the call's agreed end date for a mutual agreement's missing end date, with the call's day", () => {
    const outcome = { on: '2026-03-01', agreed: 'mutual' as const, endOn: '2026-04-30' };
    expect(proposedValues([AGREED_END_PATH], null, outcome)).toEqual([
      { path: AGREED_END_PATH, value: '2026-04-30', source: 'call-outcome', callOn: '2026-03-01' },
    ]);
    expect(proposedValues([AGREED_END_PATH], null, { ...outcome, agreed: 'end-date' })).toHaveLength(1);
    // Nothing agreed, no date agreed, or the draft does not lack it: nothing proposed.
    expect(proposedValues([AGREED_END_PATH], null, { on: '2026-03-01', agreed: 'nothing-yet' })).toEqual([]);
    expect(proposedValues([AGREED_END_PATH], null, { on: '2026-03-01', agreed: 'mutual' })).toEqual([]);
    expect(proposedValues(['contract.clause'], null, outcome)).toEqual([]);
    expect(proposedValues([AGREED_END_PATH], null, null)).toEqual([]);
  });

  it('reads dates as local calendar dates', () => {
    expect(localDate('2026-03-02T09:00:00.000Z')).toMatch(/^2026-03-0[12]$/);
    expect(localDate('2 marca 2026')).toBeUndefined();
    expect(localDate(undefined)).toBeUndefined();
  });
});
