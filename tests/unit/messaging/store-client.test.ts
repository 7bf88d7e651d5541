import { afterEach, describe, expect, it, vi } from 'vitest';
import { createMessenger, RequestError, REQUEST_TYPE } from '../../../common/messaging/messenger';
import type { ChannelPort } from '../../../common/messaging/channel';
import { backgroundMessengerOptions, registerStoreService } from '../../../background/store-service';
import { createStoreClient } from '../../../messaging/store-client';
import type { OffboardDB } from '../../../storage/db';
import { STORE_CHANGES_CHANNEL, type StoreOperations } from '../../../storage/protocol';
import { openTestStore } from '../storage/helpers';
import { EXTENSION_ID, fakeBrowser, type FakeContext } from './fake-browser';

const opened: OffboardDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function pageClient(ctx: FakeContext) {
  return createStoreClient(createMessenger<StoreOperations>({ runtime: ctx.runtime }), (name) => ctx.connect(name));
}

function wired() {
  const { store, db } = openTestStore();
  opened.push(db);
  const browser = fakeBrowser();
  const background = browser.context({ id: EXTENSION_ID });
  const messenger = createMessenger<StoreOperations>({ runtime: background.runtime }, backgroundMessengerOptions(background.runtime));
  const service = registerStoreService(messenger, store, { extension: background.runtime });
  const subscribers: ChannelPort[] = [];
  background.onConnect((port) => {
    if (port.name !== STORE_CHANGES_CHANNEL) return;
    subscribers.push(port);
    service.acceptSubscriber(port);
  });
  const sidebar = browser.context({ id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/sidebar.html`, tab: { id: 7 } });
  const popup = browser.context({ id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` });
  const gmailContentScript = browser.context({ id: EXTENSION_ID, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 7 } });
  return { store, background, sidebar, popup, gmailContentScript, messenger, subscribers };
}

describe('the store client through the background', () => {
  it('answers typed calls and tells subscribed pages about the change', async () => {
    const { sidebar, popup } = wired();
    const changes = vi.fn();
    const stop = pageClient(popup).onChanged(changes);

    const started = await pageClient(sidebar).call('offboarding.start', {
      name: 'Anna Nowak',
      email: 'anna@acme.pl',
      language: 'pl',
      initiator: 'we',
      reason: 'breach',
    });
    expect(started.client.name).toBe('Anna Nowak');
    await vi.waitFor(() => expect(changes).toHaveBeenCalledWith({ type: 'offboard:store-changed', tables: ['clients', 'offboardings', 'events'] }));

    const matched = await pageClient(popup).call('clients.match', { emails: ['anna@acme.pl'] });
    expect(matched?.offboarding?.id).toBe(started.offboarding?.id);

    stop();
    changes.mockClear();
    await pageClient(sidebar).call('offboarding.patch', { id: started.offboarding!.id, patch: { op: 'checklist', key: 'analysis', done: true } });
    await new Promise((r) => setTimeout(r, 10));
    expect(changes).not.toHaveBeenCalled();
  });

  it("throws the background's message, with its code", async () => {
    const { sidebar } = wired();
    const error = await pageClient(sidebar).call('clients.get', { id: '' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestError);
    expect((error as RequestError).message).toMatch(/^Invalid request for "clients\.get" at id: /);
    expect((error as RequestError).code).toBe('invalid-request');
    const importError = await pageClient(sidebar).call('data.import', { json: '{"format":"offboard-export","version":9}' }).catch((e: unknown) => e);
    expect(importError).toMatchObject({ code: 'newer-version', params: { version: 9 } });
  });

  it('refuses the content script even though it belongs to the extension', async () => {
    const { gmailContentScript } = wired();
    await expect(pageClient(gmailContentScript).call('clients.list', {})).rejects.toThrow(/content scripts and web pages cannot send it/);
  });

  it('does not let a content script subscribe to changes', async () => {
    const { gmailContentScript, sidebar } = wired();
    const heard = vi.fn();
    const port = gmailContentScript.connect(STORE_CHANGES_CHANNEL);
    port.onMessage.addListener(heard);
    const closed = new Promise<void>((resolve) => port.onDisconnect.addListener(resolve));
    await closed;
    await pageClient(sidebar).call('settings.put', { settings: await pageClient(sidebar).call('settings.get', {}) });
    await new Promise((r) => setTimeout(r, 10));
    expect(heard).not.toHaveBeenCalled();
  });

  it('leaves messages that are not requests to other listeners, and answers every request', async () => {
    const { messenger } = wired();
    expect(messenger.dispatch({ type: 'tab.whoami' }, { id: EXTENSION_ID })).toBeNull();
    expect(messenger.dispatch({ type: 'offboard:store-changed', tables: [] }, { id: EXTENSION_ID })).toBeNull();
    const refused = await messenger.dispatch({ type: REQUEST_TYPE, op: 'nope' }, { id: EXTENSION_ID, url: 'https://outlook.office.com/mail/' });
    expect(refused).toMatchObject({ err: { code: 'forbidden' } });
    const unknown = await messenger.dispatch({ type: REQUEST_TYPE, op: 'nope' }, { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` });
    expect(unknown).toMatchObject({ err: { code: 'unknown-operation' } });
  });

  it('reports a background that is not there', async () => {
    const browser = fakeBrowser();
    const lonely = browser.context({ id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` });
    await expect(pageClient(lonely).call('settings.get', {})).rejects.toMatchObject({ code: 'unavailable' });
  });

  it('reopens its channel when the background goes away, and hears the next change', async () => {
    const { sidebar, popup, subscribers } = wired();
    const changes = vi.fn();
    pageClient(popup).onChanged(changes);
    await vi.waitFor(() => expect(subscribers).toHaveLength(1));
    // The service worker stops after a while idle (a close at once would be a refusal, retried later).
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 30_000);
    subscribers[0]!.disconnect();
    await Promise.resolve(); // the close reaches the page
    vi.useRealTimers();
    await vi.waitFor(() => expect(subscribers).toHaveLength(2));
    await pageClient(sidebar).call('settings.put', { settings: await pageClient(sidebar).call('settings.get', {}) });
    await vi.waitFor(() => expect(changes).toHaveBeenCalledWith({ type: 'offboard:store-changed', tables: ['settings'] }));
    expect(changes).toHaveBeenCalledTimes(1);
  });
});
