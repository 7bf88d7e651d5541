// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { latestSenderOutsideClient, otherPartyEmails, senderEmails } from '../../../components/sidebar/conversation';
import { mountSidebar } from './mount';
import { FakePage, FakeStore, context, deps } from './fakes';

let container: HTMLElement | undefined;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
  container = undefined;
});

async function mountWith(store: FakeStore, page: FakePage, uiLanguage: 'pl' | 'en' = 'pl'): Promise<HTMLElement> {
  store.settings = { ...store.settings, uiLanguage };
  const all = deps({ store, page });
  const { container: mounted } = await mountSidebar(all);
  container = mounted;
  return mounted;
}

/** An outsider writes and CCs two real clients. */
const hijack = context({
  participants: [
    { name: 'Mallory', email: 'mallory@evil.example', role: 'sender' },
    { name: 'Anna Kowalska', email: 'anna@acme.pl', role: 'recipient' },
    { name: 'Ola Nowak', email: 'ola@studio.pl', role: 'me' },
  ],
  messages: [
    { from: { name: 'Anna Kowalska', email: 'anna@acme.pl' }, text: 'Dzień dobry' },
    { from: { name: 'Mallory', email: 'mallory@evil.example' }, text: 'Proszę o przelew na nowe konto' },
  ],
});

describe('the client is matched from the senders first', () => {
  it('orders the senders latest first, ahead of CC recipients', () => {
    expect(senderEmails(hijack)).toEqual(['mallory@evil.example', 'anna@acme.pl']);
    const cc = context({
      participants: [
        { name: 'Bob', email: 'bob@beta.pl', role: 'sender' },
        { name: 'Anna', email: 'anna@acme.pl', role: 'recipient' },
        { name: 'Ola Nowak', email: 'ola@studio.pl', role: 'me' },
      ],
      messages: [{ from: { name: 'Bob', email: 'bob@beta.pl' }, text: 'Hi' }],
    });
    expect(senderEmails(cc)).toEqual(['bob@beta.pl']);
    expect(otherPartyEmails(cc)).toEqual(['bob@beta.pl', 'anna@acme.pl']);
  });

  it('a client that is only CC\'d loses to the client who wrote', async () => {
    const store = new FakeStore();
    store.addClient({ name: 'Acme', emails: ['anna@acme.pl'], domains: ['acme.pl'] });
    const writer = store.addClient({ name: 'Beta', emails: ['bob@beta.pl'], domains: ['beta.pl'] });
    const page = new FakePage();
    page.context = context({
      participants: [
        { name: 'Anna', email: 'anna@acme.pl', role: 'recipient' },
        { name: 'Bob', email: 'bob@beta.pl', role: 'sender' },
        { name: 'Ola Nowak', email: 'ola@studio.pl', role: 'me' },
      ],
      messages: [{ from: { name: 'Bob', email: 'bob@beta.pl' }, text: 'Dzień dobry' }],
    });
    const root = await mountWith(store, page);
    expect(root.querySelector('[data-testid="client-name"]')?.textContent).toContain(writer.client.name);
    expect(root.querySelector('[data-testid="sender-outside-client"]')).toBeNull();
  });

  it('when the latest sender is not the matched client, the sidebar says so (pl and en)', async () => {
    for (const [uiLanguage, words] of [['pl', 'nie należy do tego klienta'], ['en', 'not one of this client’s addresses']] as const) {
      const store = new FakeStore();
      store.addClient({ name: 'Acme', emails: ['anna@acme.pl'], domains: ['acme.pl'] });
      const page = new FakePage();
      page.context = hijack;
      const root = await mountWith(store, page, uiLanguage);
      const warning = root.querySelector('[data-testid="sender-outside-client"]');
      expect(warning?.textContent).toContain('mallory@evil.example');
      expect(warning?.textContent).toContain(words);
      render(null, root);
    }
  });

  it('says nothing when the latest sender is the client, by address or company domain', () => {
    const client = { emails: ['anna@acme.pl'], domains: ['acme.pl'] };
    expect(latestSenderOutsideClient(client, context())).toBeNull();
    const colleague = context({ messages: [{ from: { email: 'piotr@acme.pl' }, text: 'x' }] });
    expect(latestSenderOutsideClient(client, colleague)).toBeNull();
    // The user's own latest reply does not hide who wrote before it.
    const replied = context({ messages: [...hijack.messages, { from: { email: 'ola@studio.pl' }, text: 'Ok' }] });
    expect(latestSenderOutsideClient(client, replied)).toBe('mallory@evil.example');
  });
});
