import { afterEach, describe, expect, it, vi } from 'vitest';
import { callStore, onStoreChanged, StoreCallError } from '../../../storage/api';
import { broadcastChange, registerStoreRouter } from '../../../storage/background';
import type { OffboardDB } from '../../../storage/db';
import type { MessageSender } from '../../../storage/wire';
import type { MessageListener, RuntimePort } from '../../../storage/runtime';
import { openTestStore } from './helpers';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';

/**
 * A fake extension runtime shared by the background and pages: sendMessage from one context is
 * delivered to the listeners of the others, with the sender the browser would report, and the
 * first asynchronous answer wins.
 */
function fakeBrowser() {
  const contexts: Array<{ sender: MessageSender; listeners: Set<MessageListener> }> = [];
  function context(sender: MessageSender): RuntimePort {
    const self = { sender, listeners: new Set<MessageListener>() };
    contexts.push(self);
    return {
      id: EXTENSION_ID,
      getURL: (path) => `chrome-extension://${EXTENSION_ID}${path.startsWith('/') ? path : `/${path}`}`,
      onMessage: {
        addListener: (l) => self.listeners.add(l),
        removeListener: (l) => self.listeners.delete(l),
      },
      sendMessage: (message) =>
        new Promise((resolve, reject) => {
          let willAnswer = false;
          const receivers = contexts.filter((c) => c !== self).flatMap((c) => [...c.listeners]);
          if (receivers.length === 0) {
            reject(new Error('Could not establish connection. Receiving end does not exist.'));
            return;
          }
          for (const listener of receivers) {
            if (listener(structuredClone(message), sender, resolve) === true) willAnswer = true;
          }
          if (!willAnswer) resolve(undefined);
        }),
    };
  }
  return { context };
}

const opened: OffboardDB[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function wired() {
  const { store, db } = openTestStore();
  opened.push(db);
  const browser = fakeBrowser();
  const background = browser.context({ id: EXTENSION_ID });
  const unregister = registerStoreRouter(store, background);
  const sidebar = browser.context({ id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/sidebar.html`, tab: { id: 7 } });
  const popup = browser.context({ id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` });
  const gmailContentScript = browser.context({ id: EXTENSION_ID, url: 'https://mail.google.com/mail/u/0/#inbox', tab: { id: 7 } });
  return { store, background, sidebar, popup, gmailContentScript, unregister };
}

describe('callStore and onStoreChanged through the background', () => {
  it('answers typed calls and tells other pages about the change', async () => {
    const { sidebar, popup } = wired();
    const changes = vi.fn();
    const stop = onStoreChanged(changes, popup);

    const started = await callStore(
      'offboarding.start',
      { name: 'Anna Nowak', email: 'anna@acme.pl', language: 'pl', initiator: 'we', reason: 'breach' },
      sidebar,
    );
    expect(started.client.name).toBe('Anna Nowak');
    await vi.waitFor(() => expect(changes).toHaveBeenCalledWith({ type: 'offboard:store-changed', tables: ['clients', 'offboardings', 'events'] }));

    const matched = await callStore('clients.match', { emails: ['anna@acme.pl'] }, popup);
    expect(matched?.offboarding?.id).toBe(started.offboarding?.id);

    stop();
    changes.mockClear();
    await callStore('offboarding.patch', { id: started.offboarding!.id, patch: { op: 'checklist', key: 'analysis', done: true } }, sidebar);
    await new Promise((r) => setTimeout(r, 10));
    expect(changes).not.toHaveBeenCalled();
  });

  it("throws the background's message, with its code", async () => {
    const { sidebar } = wired();
    const error = await callStore('clients.get', { id: '' }, sidebar).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreCallError);
    expect((error as StoreCallError).message).toMatch(/^Invalid request for "clients\.get" at id: /);
    expect((error as StoreCallError).code).toBe('invalid-request');
    const importError = await callStore('data.import', { json: '{"format":"offboard-export","version":9}' }, sidebar).catch((e: unknown) => e);
    expect(importError).toMatchObject({ code: 'newer-version', params: { version: 9 } });
  });

  it('refuses the content script even though it belongs to the extension', async () => {
    const { gmailContentScript } = wired();
    await expect(callStore('clients.list', {}, gmailContentScript)).rejects.toThrow(/content scripts and web pages cannot use the store/);
  });

  it('leaves messages that are not for the store to other listeners, and answers every store message', async () => {
    const { store, db } = openTestStore();
    opened.push(db);
    const background = fakeBrowser().context({ id: EXTENSION_ID });
    const addListener = vi.fn<(listener: MessageListener) => void>();
    registerStoreRouter(store, { ...background, onMessage: { addListener, removeListener: vi.fn() } });
    const installed = addListener.mock.calls[0]![0];
    const sendResponse = vi.fn();
    expect(installed({ type: 'tab.whoami' }, { id: EXTENSION_ID }, sendResponse)).toBe(false);
    expect(installed({ type: 'offboard:store-changed', tables: [] }, { id: EXTENSION_ID }, sendResponse)).toBe(false);
    expect(sendResponse).not.toHaveBeenCalled();
    expect(installed({ type: 'offboard:store', op: 'nope' }, { id: EXTENSION_ID, url: 'https://outlook.office.com/mail/' }, sendResponse)).toBe(true);
    await vi.waitFor(() => expect(sendResponse).toHaveBeenCalledTimes(1));
    expect(sendResponse.mock.calls[0]![0]).toMatchObject({ err: { code: 'forbidden' } });
  });

  it('reports a background that is not there', async () => {
    const browser = fakeBrowser();
    const lonely = browser.context({ id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` });
    await expect(callStore('settings.get', {}, lonely)).rejects.toMatchObject({ code: 'unavailable' });
  });
});

describe('broadcastChange', () => {
  it('ignores "no receiver" and warns about anything else', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await broadcastChange(
      { sendMessage: () => Promise.reject(new Error('Could not establish connection. Receiving end does not exist.')) },
      { type: 'offboard:store-changed', tables: ['clients'] },
    );
    expect(warn).not.toHaveBeenCalled();
    await broadcastChange({ sendMessage: () => Promise.reject(new Error('boom')) }, { type: 'offboard:store-changed', tables: ['clients'] });
    expect(warn).toHaveBeenCalledWith('Offboard: could not announce a store change', 'boom');
    warn.mockRestore();
  });
});
