// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { bodyOf, isPickerShortcut, pickerShortcutLabel, type ShortcutKey } from '../../../webmail/compose-shortcut';
import { gmailAdapter } from '../../../webmail/adapters';
import { outlookAdapter } from '../../../webmail/adapters';
import type { ChannelPort } from '../../../common/messaging/channel';
import { createSidebarPairing } from '../../../webmail/pairing';
import { startPageRuntime, type PageRuntimeContext, type PageRuntimeDeps } from '../../../webmail/runtime';
import type { WebmailAdapter } from '../../../webmail/types';
import { GMAIL_URL, OUTLOOK_URL, loadedFixture } from './helpers';

const press = (changes: Partial<ShortcutKey>): ShortcutKey => ({
  isTrusted: true, key: ' ', code: 'Space', ctrlKey: true, metaKey: false, shiftKey: true, altKey: false, repeat: false, ...changes,
});

describe('which key presses are the shortcut', () => {
  it('is Ctrl+Shift+Space or ⌘⇧Space, pressed by the user', () => {
    expect(isPickerShortcut(press({}))).toBe(true);
    expect(isPickerShortcut(press({ ctrlKey: false, metaKey: true }))).toBe(true);
    // A layout that reports another key value for the Space key still has code "Space".
    expect(isPickerShortcut(press({ key: 'Unidentified' }))).toBe(true);
  });

  it('is not any neighbour of it', () => {
    expect(isPickerShortcut(press({ shiftKey: false }))).toBe(false); // Ctrl+Space: input method, Briskine
    expect(isPickerShortcut(press({ altKey: true }))).toBe(false); // AltGr on a Polish keyboard is Ctrl+Alt
    expect(isPickerShortcut(press({ ctrlKey: true, metaKey: true }))).toBe(false);
    expect(isPickerShortcut(press({ ctrlKey: false }))).toBe(false); // Shift+Space: a typed space
    expect(isPickerShortcut(press({ key: 'k', code: 'KeyK' }))).toBe(false);
    expect(isPickerShortcut(press({ repeat: true }))).toBe(false);
  });

  it('is never a synthetic event, whatever its keys', () => {
    expect(isPickerShortcut(press({ isTrusted: false }))).toBe(false);
    // A real event a page script dispatches: jsdom marks it untrusted, as browsers do.
    const forged = new KeyboardEvent('keydown', { key: ' ', code: 'Space', ctrlKey: true, shiftKey: true });
    expect(isPickerShortcut(forged)).toBe(false);
  });

  it('is written as the keyboard has it, in both languages', () => {
    expect(pickerShortcutLabel('Win32', 'en')).toBe('Ctrl+Shift+Space');
    expect(pickerShortcutLabel('Linux x86_64', 'pl')).toBe('Ctrl+Shift+Spacja');
    expect(pickerShortcutLabel('MacIntel', 'en')).toBe('⌘⇧Space');
    expect(pickerShortcutLabel('MacIntel', 'pl')).toBe('⌘⇧Spacja');
  });
});

const extension = { id: 'offboardid', getURL: (path: string) => `chrome-extension://offboardid/${path.replace(/^\//, '')}` };
const sidebarSender = { id: 'offboardid', url: 'chrome-extension://offboardid/sidebar.html' };
const TOKEN = '0123456789abcdef0123456789abcdef';
type Handler = (message: { data: unknown; sender: { id?: string; url?: string } }) => unknown;

/** A runtime on a fixture, with our sidebar listening on both channels, and its keydown handler in hand. */
async function runtimeOn(fixture: string, url: string, adapter: WebmailAdapter) {
  const { window } = await loadedFixture(fixture, url);
  const doc = window.document;
  const handlers = new Map<string, Handler>();
  const pushes: Array<{ channel: string; data: unknown }> = [];
  const keydown: Array<(event: unknown) => void> = [];
  const messenger = {
    onMessage: (type: string, handler: Handler) => {
      handlers.set(type, handler);
      return () => handlers.delete(type);
    },
  } as unknown as PageRuntimeDeps['messenger'];
  const channels: PageRuntimeDeps['channels'] = {
    onConnect(name, accept) {
      const listeners = new Set<(message: unknown) => void>();
      const port: ChannelPort = {
        name,
        sender: sidebarSender,
        postMessage: (data) => pushes.push({ channel: name, data }),
        disconnect: () => undefined,
        onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
        onDisconnect: { addListener: () => undefined, removeListener: () => undefined },
      };
      accept(port);
      for (const listener of [...listeners]) listener({ token: TOKEN });
      return () => undefined;
    },
  };
  const ctx = {
    onInvalidated: () => () => undefined,
    addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) => {
      if (type === 'keydown') keydown.push(handler as (event: unknown) => void);
      target.addEventListener(type, handler, options);
    },
  } as unknown as PageRuntimeContext;
  const saved: boolean[] = [];
  const runtime = startPageRuntime(adapter, ctx, {
    doc, win: window as unknown as Window, messenger, channels, extension, debounceMs: 50,
    pairing: createSidebarPairing(TOKEN), frameObstruction: () => null,
    openState: { load: async () => false, save: (open) => saved.push(open) },
  });
  await new Promise((resolve) => setTimeout(resolve, 0));
  const shortcutPushes = () => pushes.filter((p) => p.channel === 'offboard:compose-shortcut').map((p) => p.data);
  /** What the browser would hand the listener for a press on `target`; only a browser makes isTrusted true. */
  const pressOn = (target: Element, changes: Partial<ShortcutKey> = {}) => {
    const event = { ...press(changes), target, prevented: false, stopped: false, preventDefault() { event.prevented = true; }, stopPropagation() { event.stopped = true; } };
    for (const handler of keydown) handler(event);
    return event;
  };
  const setShortcut = (enabled: boolean) => handlers.get('page.setComposeShortcut')!({ data: { enabled, token: TOKEN }, sender: sidebarSender });
  return { doc, window, runtime, handlers, shortcutPushes, pressOn, setShortcut, saved };
}

describe('the shortcut in the content script', () => {
  it('in a Gmail body: keeps the caret, opens the sidebar, tells our sidebar and takes the key from the page', async () => {
    const r = await runtimeOn('gmail-compose-pl.html', `${GMAIL_URL}?compose=new`, gmailAdapter);
    const body = gmailAdapter.findEditor(r.doc)!;
    expect(body).not.toBeNull();
    expect(bodyOf(body, [body])).toBe(body);
    // Off until our sidebar says the user's setting.
    expect(r.pressOn(body).prevented).toBe(false);
    expect(r.shortcutPushes()).toEqual([]);

    await r.setShortcut(true);
    const text = body.firstElementChild!.appendChild(r.doc.createTextNode('Dzień dobry'));
    r.doc.getSelection()!.collapse(text, 4);
    expect(r.runtime.frame.isOpen()).toBe(false);
    const event = r.pressOn(body);
    expect([event.prevented, event.stopped]).toEqual([true, true]);
    expect(r.shortcutPushes()).toEqual([{ shortcut: 'template-picker' }]);
    expect(r.runtime.frame.isOpen()).toBe(true);
    expect(r.saved).toEqual([true]);

    // Escape in the picker: the caret goes back where it was.
    r.doc.getSelection()!.removeAllRanges();
    expect(await r.handlers.get('page.returnToEditor')!({ data: { token: TOKEN }, sender: sidebarSender })).toEqual({ returned: true });
    const range = r.doc.getSelection()!.getRangeAt(0);
    expect([range.startContainer, range.startOffset]).toEqual([text, 4]);
  });

  it('does nothing outside a body: To, Subject, the search box', async () => {
    const r = await runtimeOn('gmail-compose-pl.html', `${GMAIL_URL}?compose=new`, gmailAdapter);
    await r.setShortcut(true);
    const search = r.doc.body.insertBefore(r.doc.createElement('input'), r.doc.body.firstChild);
    search.setAttribute('aria-label', 'Przeszukaj pocztę');
    for (const field of [r.doc.querySelector('input[name="to"]')!, r.doc.querySelector('input[name="subjectbox"]')!, search]) {
      expect(r.pressOn(field).prevented).toBe(false);
    }
    expect(r.shortcutPushes()).toEqual([]);
  });

  it('in Outlook: the body counts, the To box (also an editable textbox) does not', async () => {
    const r = await runtimeOn('outlook-compose-en.html', OUTLOOK_URL, outlookAdapter);
    await r.setShortcut(true);
    const to = r.doc.querySelector('[contenteditable="true"][aria-label="To"]')!;
    const subject = r.doc.querySelector('input[aria-label="Add a subject"]')!;
    expect(r.pressOn(to).prevented).toBe(false);
    expect(r.pressOn(subject).prevented).toBe(false);
    expect(r.shortcutPushes()).toEqual([]);
    const body = outlookAdapter.findEditor(r.doc)!;
    expect(r.pressOn(body.firstElementChild!).prevented).toBe(true);
    expect(r.shortcutPushes()).toEqual([{ shortcut: 'template-picker' }]);
  });

  it('ignores a synthetic keydown from the page, and the key once the user turned it off', async () => {
    const r = await runtimeOn('gmail-compose-en.html', `${GMAIL_URL}?compose=new`, gmailAdapter);
    await r.setShortcut(true);
    const body = gmailAdapter.findEditor(r.doc)!;
    // Dispatched for real, through the document's listeners, as a page script would.
    const forged = new r.window.KeyboardEvent('keydown', { key: ' ', code: 'Space', ctrlKey: true, shiftKey: true, bubbles: true, cancelable: true });
    body.dispatchEvent(forged);
    expect(forged.defaultPrevented).toBe(false);
    expect(r.pressOn(body, { isTrusted: false }).prevented).toBe(false);
    expect(r.shortcutPushes()).toEqual([]);
    expect(r.runtime.frame.isOpen()).toBe(false);

    await r.setShortcut(false);
    expect(r.pressOn(body).prevented).toBe(false);
    expect(r.shortcutPushes()).toEqual([]);
  });

  it('takes the setting and the way back only from our own sidebar', async () => {
    const r = await runtimeOn('gmail-compose-en.html', `${GMAIL_URL}?compose=new`, gmailAdapter);
    const set = r.handlers.get('page.setComposeShortcut')!;
    expect(() => set({ data: { enabled: true }, sender: sidebarSender })).toThrow(/not created by Offboard/);
    expect(() => set({ data: { enabled: true, token: TOKEN }, sender: { id: 'offboardid', url: 'https://mail.google.com/' } })).toThrow(/Refused/);
    expect(() => set({ data: { enabled: 'yes', token: TOKEN }, sender: sidebarSender })).toThrow();
    expect(() => r.handlers.get('page.returnToEditor')!({ data: {}, sender: sidebarSender })).toThrow(/not created by Offboard/);
    const body = gmailAdapter.findEditor(r.doc)!;
    expect(r.pressOn(body).prevented).toBe(false);
  });
});
