import { describe, expect, it } from 'vitest';
import { initiatorFromContext, isConversationClient } from '../../../components/sidebar/conversation';
import { context } from './fakes';

const fromClient = (text: string) => ({ from: { name: 'Anna Kowalska', email: 'anna@acme.pl' }, text });
const fromMe = (text: string) => ({ from: { name: 'Ola Nowak', email: 'ola@studio.pl' }, text });

describe('who ended the cooperation, as the thread tells', () => {
  it('is the client when the client wrote that they are ending it (Polish, inflected)', () => {
    const ctx = context({ messages: [fromClient('Niestety, wypowiadamy umowę z końcem miesiąca.')] });
    expect(initiatorFromContext(ctx)).toEqual({ initiator: 'client', reason: 'client-decision' });
  });

  it('is the client in English too', () => {
    const ctx = context({ language: 'en', messages: [fromClient('We have decided to terminate our contract at the end of March.')] });
    expect(initiatorFromContext(ctx).initiator).toBe('client');
  });

  it('is mutual when the client proposes ending by agreement', () => {
    const ctx = context({ messages: [fromClient('Proponuję rozwiązanie umowy za porozumieniem stron.')] });
    expect(initiatorFromContext(ctx).initiator).toBe('mutual');
  });

  it('is us when only we wrote about ending it, or nobody did', () => {
    expect(initiatorFromContext(context({ messages: [fromMe('Niniejszym wypowiadam umowę.')] })).initiator).toBe('we');
    expect(initiatorFromContext(context({ messages: [fromClient('Dzień dobry, przesyłam pliki.')] })).initiator).toBe('we');
  });
});

describe('is the shown client the conversation’s own?', () => {
  const client = { emails: ['anna@acme.pl'], domains: ['acme.pl'] };
  it('yes by address or by company domain', () => {
    expect(isConversationClient(client, context())).toBe(true);
    expect(isConversationClient({ emails: [], domains: ['acme.pl'] }, context())).toBe(true);
  });
  it('no for a client picked by hand from elsewhere, or with no conversation', () => {
    expect(isConversationClient({ emails: ['jan@other.pl'], domains: ['other.pl'] }, context())).toBe(false);
    expect(isConversationClient(client, null)).toBe(false);
  });
});
