import { describe, expect, it } from 'vitest';
import { draftDeliveries, draftFingerprint, sentMessageWith } from '../../../templates/sent-match';
import type { OffboardEvent } from '../../../offboarding/types';
import type { ThreadMessage } from '../../../webmail/types';

const DRAFT = 'Szanowna Pani Anno,\n\nniniejszym wypowiadam umowę o świadczenie usług z dnia 1 lutego 2025 r. z zachowaniem miesięcznego okresu wypowiedzenia.\n\nZ poważaniem\nJan';
const ME = 'jan@studio.pl';
const mine = (text: string, extra: Partial<ThreadMessage> = {}): ThreadMessage => ({ from: { email: ME }, text, ...extra });
const client = (text: string): ThreadMessage => ({ from: { email: 'anna@acme.pl' }, text });
const inserted = (kind: string, fingerprint?: string, offboardingId = 'o1'): OffboardEvent => ({
  id: `e-${kind}-${fingerprint ?? 'legacy'}`, clientId: 'c1', offboardingId, type: 'draft-inserted', at: '2026-03-02T10:00:00.000Z',
  data: fingerprint === undefined ? { kind, lang: 'pl' } : { kind, lang: 'pl', fingerprint },
});

describe('draftFingerprint', () => {
  it('is the folded opening without the salutation, the same however the webmail spaced it', () => {
    const print = draftFingerprint(DRAFT);
    expect(print.startsWith('niniejszym wypowiadam umowe o swiadczenie uslug')).toBe(true);
    expect(print.length).toBeLessThanOrEqual(120);
    expect(draftFingerprint(DRAFT.replace(/\n\n/g, '\n').replace('umowę o', 'umowę  o'))).toBe(print);
  });

  it('is empty for an opening too short to be told apart', () => {
    expect(draftFingerprint('Dzień dobry,\nDziękuję.')).toBe('');
  });
});

describe('sentMessageWith', () => {
  const print = draftFingerprint(DRAFT);
  it('finds the user own message that carries the opening, even with a line added below it', () => {
    const thread = { userEmail: ME, messages: [client('Proszę o wypowiedzenie'), mine(`${DRAFT}\nPS. Pozdrawiam`)] };
    expect(sentMessageWith(print, thread)?.from.email).toBe(ME);
  });

  it('does not count the client quoting it, a collapsed message, a rewritten opening, or a thread without the user address', () => {
    expect(sentMessageWith(print, { userEmail: ME, messages: [client(DRAFT)] })).toBeNull();
    expect(sentMessageWith(print, { userEmail: ME, messages: [mine(DRAFT, { collapsed: true })] })).toBeNull();
    expect(sentMessageWith(print, { userEmail: ME, messages: [mine(DRAFT.replace('niniejszym wypowiadam', 'wypowiadam'))] })).toBeNull();
    expect(sentMessageWith(print, { messages: [mine(DRAFT)] })).toBeNull();
  });
});

describe('draftDeliveries: inserted is not sent', () => {
  const print = draftFingerprint(DRAFT);
  it('says "inserted" until the thread shows the message, then "sent", newly seen until logged', () => {
    const events = [inserted('termination-notice', print)];
    expect(draftDeliveries(events, 'o1', { userEmail: ME, messages: [] })).toEqual([
      { kind: 'termination-notice', lang: 'pl', fingerprint: print, status: 'inserted', newlySeen: false },
    ]);
    expect(draftDeliveries(events, 'o1', { userEmail: ME, messages: [mine(DRAFT)] })[0]).toMatchObject({ status: 'sent', newlySeen: true });
    const logged: OffboardEvent = { ...inserted('termination-notice', print), id: 's', type: 'draft-sent' };
    expect(draftDeliveries([...events, logged], 'o1', null)[0]).toMatchObject({ status: 'sent', newlySeen: false });
  });

  it('keeps a kind sent once any insertion of it went out; counts old insertions without a fingerprint as sent', () => {
    const events = [inserted('settlement', print), inserted('settlement', 'inna tresc ktora nie zostala wyslana do nikogo')];
    const thread = { userEmail: ME, messages: [mine(DRAFT)] };
    expect(draftDeliveries(events, 'o1', thread).map((d) => d.status)).toEqual(['sent']);
    expect(draftDeliveries([inserted('closing-thanks')], 'o1', null)[0]?.status).toBe('sent');
  });

  it('reads only the current offboarding', () => {
    expect(draftDeliveries([inserted('feedback-request', print, 'old')], 'o1', null)).toEqual([]);
  });
});
