// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gmailAdapter } from '../../../webmail/gmail';
import type { PageProtocolMap } from '../../../webmail/page-messaging';
import { isFromOwnExtension, startPageRuntime, type PageRuntimeContext, type PageRuntimeDeps } from '../../../webmail/runtime';
import { createSidebarPairing } from '../../../webmail/pairing';
import { GMAIL_URL, loadFixture, loadedFixture } from './helpers';

type Handler = (message: { data: unknown; sender: { id?: string; url?: string } }) => unknown;

const extension = { id: 'offboardid', getURL: (path: string) => `chrome-extension://offboardid/${path.replace(/^\//, '')}` };
const sidebarSender = { id: 'offboardid', url: 'chrome-extension://offboardid/sidebar.html' };
const TOKEN = '0123456789abcdef0123456789abcdef';
/** What every test runtime gets: a known token, and a frame that counts as visible (jsdom has no layout). */
const paired = () => ({ pairing: createSidebarPairing(TOKEN), frameObstruction: () => null });

function fakes() {
  const handlers = new Map<string, Handler>();
  const sent: Array<{ type: string; data: unknown }> = [];
  const messenger = {
    onMessage: (type: string, handler: Handler) => {
      handlers.set(type, handler);
      return () => handlers.delete(type);
    },
    sendMessage: (type: string, data: unknown) => {
      sent.push({ type, data });
      return Promise.reject(new Error('Could not establish connection. Receiving end does not exist.'));
    },
  } as unknown as NonNullable<PageRuntimeDeps['messenger']>;
  const invalidated: Array<() => void> = [];
  const listeners: Array<{ target: EventTarget; type: string }> = [];
  const ctx = {
    onInvalidated: (cb: () => void) => {
      invalidated.push(cb);
      return () => undefined;
    },
    addEventListener: (target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) => {
      listeners.push({ target, type });
      target.addEventListener(type, handler, options);
    },
  } as unknown as PageRuntimeContext;
  return { handlers, sent, messenger, ctx, invalidated, listeners };
}

afterEach(() => vi.useRealTimers());

describe('startPageRuntime', () => {
  it('publishes the context, opens the sidebar for the first conversation and answers its own pages only', async () => {
    const { window } = await loadedFixture('gmail-thread-en.html', GMAIL_URL);
    vi.useFakeTimers();
    const doc = window.document;
    const f = fakes();
    startPageRuntime(gmailAdapter, f.ctx, { doc, win: window as unknown as Window, messenger: f.messenger, extension, debounceMs: 50, ...paired() });
    const iframe = doc.querySelector<HTMLIFrameElement>('[data-testid="offboard-sidebar"]')!;
    expect(iframe.src).toBe('chrome-extension://offboardid/sidebar.html');
    expect(iframe.style.getPropertyValue('display')).toBe('none');
    await vi.advanceTimersByTimeAsync(100);
    expect(f.sent.map((s) => s.type)).toEqual(['page.contextChanged']);
    expect(iframe.style.getPropertyValue('display')).toBe('block');
    expect(f.listeners.map((l) => l.type)).toEqual(['selectionchange', 'keyup', 'mouseup', 'focusin']);

    const getContext = f.handlers.get('page.getContext')!;
    const context = (await getContext({ data: { token: TOKEN }, sender: sidebarSender })) as PageProtocolMap['page.getContext']['RrhVseLgZW'];
    expect(context?.subject).toBe('Ending our website retainer – final invoice');
    expect(() => getContext({ data: { token: TOKEN }, sender: { id: 'other', url: 'chrome-extension://other/x.html' } })).toThrow(/Refused/);
    expect(() => getContext({ data: { token: TOKEN }, sender: { id: 'offboardid', url: 'https://mail.google.com/' } })).toThrow(/Refused/);
    // A sidebar frame without our token (one the page made) gets nothing.
    expect(() => getContext({ data: {}, sender: sidebarSender })).toThrow(/not created by Offboard/);
    expect(() => getContext({ data: { token: 'f'.repeat(32) }, sender: sidebarSender })).toThrow(/not created by Offboard/);

    const setSidebar = f.handlers.get('page.setSidebar')!;
    expect(await setSidebar({ data: { open: 'toggle' }, sender: { id: 'offboardid', url: 'chrome-extension://offboardid/background.js' } })).toEqual({ open: false });
    expect(iframe.style.getPropertyValue('display')).toBe('none');
    expect(() => setSidebar({ data: { open: 'yes', token: TOKEN }, sender: sidebarSender })).toThrow(/Invalid request/);
    expect(() => setSidebar({ data: { open: false }, sender: sidebarSender })).toThrow(/not created by Offboard/);
  });

  it('validates insert requests and inserts valid drafts', async () => {
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const doc = window.document;
    const f = fakes();
    startPageRuntime(gmailAdapter, f.ctx, { doc, win: window as unknown as Window, messenger: f.messenger, extension, ...paired() });
    const insert = f.handlers.get('page.insertDraft')!;
    expect(await insert({ data: { draft: { html: 5 }, token: TOKEN }, sender: sidebarSender })).toMatchObject({ ok: false, reason: 'invalid-draft' });
    await expect(insert({ data: { draft: { html: '<p>Hi</p>', text: 'Hi' } }, sender: sidebarSender })).rejects.toThrow(/not created by Offboard/);
    expect(await insert({ data: { draft: { html: '<p>Hi</p>', text: 'Hi' }, token: TOKEN }, sender: sidebarSender })).toEqual({
      ok: true,
      method: 'range',
      openedReply: false,
    });
    await expect(insert({ data: { draft: { html: '<p>Hi</p>', text: 'Hi' }, token: TOKEN }, sender: {} })).rejects.toThrow(/Refused/);
  });

  it('refuses to insert while the frame is not visible, and inserts once it is', async () => {
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const doc = window.document;
    const f = fakes();
    let obstruction: string | null = 'the sidebar frame is transparent (opacity 0.01)';
    startPageRuntime(gmailAdapter, f.ctx, {
      doc, win: window as unknown as Window, messenger: f.messenger, extension,
      pairing: createSidebarPairing(TOKEN), frameObstruction: () => obstruction,
    });
    const insert = f.handlers.get('page.insertDraft')!;
    const request = { data: { draft: { html: '<p>Hi</p>', text: 'Hi' }, token: TOKEN }, sender: sidebarSender };
    expect(await insert(request)).toEqual({ ok: false, reason: 'sidebar-not-visible', detail: 'the sidebar frame is transparent (opacity 0.01)' });
    obstruction = null;
    expect(await insert(request)).toMatchObject({ ok: true });
  });

  it('posts its token only into its own frame, to the extension origin, on every load', () => {
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const doc = window.document;
    const f = fakes();
    startPageRuntime(gmailAdapter, f.ctx, { doc, win: window as unknown as Window, messenger: f.messenger, extension, ...paired() });
    const iframe = doc.querySelector<HTMLIFrameElement>('[data-testid="offboard-sidebar"]')!;
    const posted: Array<{ message: unknown; origin: string }> = [];
    Object.defineProperty(iframe, 'contentWindow', { value: { postMessage: (message: unknown, origin: string) => posted.push({ message, origin }) } });
    iframe.dispatchEvent(new window.Event('load'));
    iframe.dispatchEvent(new window.Event('load'));
    expect(posted).toEqual([
      { message: { type: 'offboard:pair', token: TOKEN }, origin: 'chrome-extension://offboardid' },
      { message: { type: 'offboard:pair', token: TOKEN }, origin: 'chrome-extension://offboardid' },
    ]);
    // Nothing the page can read: not in the frame's URL, not in the DOM.
    expect(iframe.src).not.toContain(TOKEN);
    expect(doc.documentElement.outerHTML).not.toContain(TOKEN);
  });

  it('removes the frame, listeners, observer and handlers when the extension context is invalidated', async () => {
    vi.useFakeTimers();
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const doc = window.document;
    const f = fakes();
    startPageRuntime(gmailAdapter, f.ctx, { doc, win: window as unknown as Window, messenger: f.messenger, extension, debounceMs: 50, ...paired() });
    await vi.advanceTimersByTimeAsync(100);
    expect(f.handlers.size).toBe(4);
    for (const cb of f.invalidated) cb();
    expect(f.handlers.size).toBe(0);
    expect(doc.querySelector('[data-testid="offboard-sidebar"], [data-testid="offboard-toggle"]')).toBeNull();
    const before = f.sent.length;
    doc.querySelector('h2.hP')!.textContent = 'Changed';
    await vi.advanceTimersByTimeAsync(500);
    expect(f.sent.length).toBe(before);
  });

  it('accepts only senders from this extension', () => {
    expect(isFromOwnExtension(sidebarSender, extension)).toBe(true);
    expect(isFromOwnExtension(undefined, extension)).toBe(false);
    expect(isFromOwnExtension({ id: 'offboardid' }, extension)).toBe(false);
    expect(isFromOwnExtension({ id: 'offboardid', url: 'https://evil.example/chrome-extension://offboardid/' }, extension)).toBe(false);
  });
});

describe('remembered sidebar state', () => {
  function memoryState(initial: boolean | undefined) {
    const saved: boolean[] = [];
    return { saved, state: { load: async () => initial, save: (open: boolean) => void saved.push(open) } };
  }

  it('stays collapsed on a new page when the user collapsed it before', async () => {
    vi.useFakeTimers();
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const f = fakes();
    const memory = memoryState(false);
    startPageRuntime(gmailAdapter, f.ctx, { doc: window.document, win: window as unknown as Window, messenger: f.messenger, extension, debounceMs: 50, openState: memory.state, ...paired() });
    await vi.advanceTimersByTimeAsync(100);
    const iframe = window.document.querySelector<HTMLIFrameElement>('[data-testid="offboard-sidebar"]')!;
    expect(f.sent.map((s) => s.type)).toEqual(['page.contextChanged']);
    expect(iframe.style.getPropertyValue('display')).toBe('none');
  });

  it('stays collapsed when storage answers only after the first conversation was published', async () => {
    vi.useFakeTimers();
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const f = fakes();
    // A slow start (busy machine, cold service worker): the remembered "collapsed" arrives late.
    const slow = { load: () => new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 500)), save: () => undefined };
    startPageRuntime(gmailAdapter, f.ctx, { doc: window.document, win: window as unknown as Window, messenger: f.messenger, extension, debounceMs: 50, openState: slow });
    await vi.advanceTimersByTimeAsync(100);
    expect(f.sent.map((s) => s.type)).toEqual(['page.contextChanged']);
    await vi.advanceTimersByTimeAsync(1000);
    const iframe = window.document.querySelector<HTMLIFrameElement>('[data-testid="offboard-sidebar"]')!;
    expect(iframe.style.getPropertyValue('display')).toBe('none');
  });

  it('opens by default once storage says there is no remembered choice, however late', async () => {
    vi.useFakeTimers();
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const f = fakes();
    const slow = { load: () => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 500)), save: () => undefined };
    startPageRuntime(gmailAdapter, f.ctx, { doc: window.document, win: window as unknown as Window, messenger: f.messenger, extension, debounceMs: 50, openState: slow });
    const iframe = window.document.querySelector<HTMLIFrameElement>('[data-testid="offboard-sidebar"]')!;
    await vi.advanceTimersByTimeAsync(100);
    expect(iframe.style.getPropertyValue('display')).toBe('none');
    await vi.advanceTimersByTimeAsync(1000);
    expect(iframe.style.getPropertyValue('display')).toBe('block');
  });

  it('saves the choice when the user toggles it', async () => {
    vi.useFakeTimers();
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const f = fakes();
    const memory = memoryState(undefined);
    startPageRuntime(gmailAdapter, f.ctx, { doc: window.document, win: window as unknown as Window, messenger: f.messenger, extension, debounceMs: 50, openState: memory.state, ...paired() });
    await vi.advanceTimersByTimeAsync(100);
    window.document.querySelector<HTMLButtonElement>('[data-testid="offboard-toggle"]')!.click();
    expect(memory.saved).toEqual([false]);
    await f.handlers.get('page.setSidebar')!({ data: { open: true, token: TOKEN }, sender: sidebarSender });
    expect(memory.saved).toEqual([false, true]);
  });
});
