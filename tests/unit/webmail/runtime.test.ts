// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gmailAdapter } from '../../../webmail/adapters';
import type { PageOperations } from '../../../webmail/page-protocol';
import type { ChannelPort } from '../../../common/messaging/channel';
import { senderKind } from '../../../common/messaging/senders';
import { startPageRuntime, type PageRuntimeContext, type PageRuntimeDeps } from '../../../webmail/runtime';
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
  /** What reached the channel our own sidebar opened (with the known token). */
  const sent: Array<{ channel: string; data: unknown }> = [];
  const messenger = {
    onMessage: (type: string, handler: Handler) => {
      handlers.set(type, handler);
      return () => handlers.delete(type);
    },
  } as unknown as PageRuntimeDeps['messenger'];
  const ports: FakePort[] = [];
  const channels: PageRuntimeDeps['channels'] = {
    onConnect(name, accept) {
      // Our sidebar connects at once and proves the token, as the real one does after pairing.
      const port = fakePort(name, sidebarSender, (data) => sent.push({ channel: name, data }));
      ports.push(port);
      accept(port);
      port.deliver({ token: TOKEN });
      const connect = (sender: { id?: string; url?: string }, hello: unknown) => {
        const other = fakePort(name, sender, () => undefined);
        accept(other);
        other.deliver(hello);
        return other;
      };
      extraConnections.push(connect);
      return () => undefined;
    },
  };
  const extraConnections: Array<(sender: { id?: string; url?: string }, hello: unknown) => FakePort> = [];
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
  const connect = (sender: { id?: string; url?: string }, hello: unknown) => extraConnections[0]!(sender, hello);
  return { handlers, sent, messenger, channels, connect, ctx, invalidated, listeners };
}

afterEach(() => vi.useRealTimers());

interface FakePort extends ChannelPort {
  deliver(message: unknown): void;
  posted: unknown[];
  disconnected: boolean;
}

function fakePort(name: string, sender: { id?: string; url?: string }, onPost: (data: unknown) => void): FakePort {
  const listeners = new Set<(message: unknown) => void>();
  const port: FakePort = {
    name,
    sender,
    posted: [],
    disconnected: false,
    postMessage(message) {
      port.posted.push(message);
      onPost(message);
    },
    disconnect() {
      port.disconnected = true;
    },
    onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) },
    onDisconnect: { addListener: () => undefined, removeListener: () => undefined },
    deliver(message) {
      for (const listener of [...listeners]) listener(message);
    },
  };
  return port;
}

describe('startPageRuntime', () => {
  it('publishes the context, opens the sidebar for the first conversation and answers its own pages only', async () => {
    const { window } = await loadedFixture('gmail-thread-en.html', GMAIL_URL);
    vi.useFakeTimers();
    const doc = window.document;
    const f = fakes();
    startPageRuntime(gmailAdapter, f.ctx, { doc, win: window as unknown as Window, messenger: f.messenger, channels: f.channels, extension, debounceMs: 50, ...paired() });
    const iframe = doc.querySelector<HTMLIFrameElement>('[data-testid="offboard-sidebar"]')!;
    expect(iframe.src).toBe('chrome-extension://offboardid/sidebar.html');
    expect(iframe.style.getPropertyValue('display')).toBe('none');
    await vi.advanceTimersByTimeAsync(100);
    expect(f.sent.map((s) => s.channel)).toEqual(['offboard:conversation']);
    expect(iframe.style.getPropertyValue('display')).toBe('block');
    expect(f.listeners.map((l) => l.type)).toEqual(['selectionchange', 'keyup', 'mouseup', 'focusin', 'keydown']);

    const getContext = f.handlers.get('page.getContext')!;
    const context = (await getContext({ data: { token: TOKEN }, sender: sidebarSender })) as PageOperations['page.getContext']['res'];
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
    startPageRuntime(gmailAdapter, f.ctx, { doc, win: window as unknown as Window, messenger: f.messenger, channels: f.channels, extension, ...paired() });
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
      doc, win: window as unknown as Window, messenger: f.messenger, channels: f.channels, extension,
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
    startPageRuntime(gmailAdapter, f.ctx, { doc, win: window as unknown as Window, messenger: f.messenger, channels: f.channels, extension, ...paired() });
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
    startPageRuntime(gmailAdapter, f.ctx, { doc, win: window as unknown as Window, messenger: f.messenger, channels: f.channels, extension, debounceMs: 50, ...paired() });
    await vi.advanceTimersByTimeAsync(100);
    expect(f.handlers.size).toBe(6);
    for (const cb of f.invalidated) cb();
    expect(f.handlers.size).toBe(0);
    expect(doc.querySelector('[data-testid="offboard-sidebar"], [data-testid="offboard-toggle"]')).toBeNull();
    const before = f.sent.length;
    doc.querySelector('h2.hP')!.textContent = 'Changed';
    await vi.advanceTimersByTimeAsync(500);
    expect(f.sent.length).toBe(before);
  });

  it('accepts only senders from this extension', () => {
    expect(senderKind(sidebarSender, extension)).toBe('sidebar');
    expect(senderKind(undefined, extension)).toBe('foreign');
    expect(senderKind({ id: 'offboardid' }, extension)).toBe('content-script');
    expect(senderKind({ id: 'offboardid', url: 'https://evil.example/chrome-extension://offboardid/' }, extension)).toBe('content-script');
  });

  it('pushes the conversation only into the channel of the sidebar that holds our token', async () => {
    const { window } = await loadedFixture('gmail-thread-en.html', GMAIL_URL);
    vi.useFakeTimers();
    const doc = window.document;
    const f = fakes();
    startPageRuntime(gmailAdapter, f.ctx, { doc, win: window as unknown as Window, messenger: f.messenger, channels: f.channels, extension, debounceMs: 50, ...paired() });
    const stranger = f.connect(sidebarSender, { token: 'f'.repeat(32) });
    const noHello = f.connect(sidebarSender, 'hello');
    const popup = f.connect({ id: 'offboardid', url: 'chrome-extension://offboardid/popup.html' }, { token: TOKEN });
    const otherExtension = f.connect({ id: 'other', url: 'chrome-extension://other/sidebar.html' }, { token: TOKEN });
    await vi.advanceTimersByTimeAsync(100);
    expect(f.sent).toHaveLength(1);
    expect((f.sent[0]!.data as { context: { subject?: string } }).context.subject).toBe('Ending our website retainer – final invoice');
    for (const port of [stranger, noHello, popup, otherExtension]) {
      expect(port.posted).toEqual([]);
      expect(port.disconnected).toBe(true);
    }
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
    startPageRuntime(gmailAdapter, f.ctx, { doc: window.document, win: window as unknown as Window, messenger: f.messenger, channels: f.channels, extension, debounceMs: 50, openState: memory.state, ...paired() });
    await vi.advanceTimersByTimeAsync(100);
    const iframe = window.document.querySelector<HTMLIFrameElement>('[data-testid="offboard-sidebar"]')!;
    expect(f.sent.map((s) => s.channel)).toEqual(['offboard:conversation']);
    expect(iframe.style.getPropertyValue('display')).toBe('none');
  });

  it('stays collapsed when storage answers only after the first conversation was published', async () => {
    vi.useFakeTimers();
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const f = fakes();
    // A slow start (busy machine, cold service worker): the remembered "collapsed" arrives late.
    const slow = { load: () => new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 500)), save: () => undefined };
    startPageRuntime(gmailAdapter, f.ctx, { doc: window.document, win: window as unknown as Window, messenger: f.messenger, channels: f.channels, extension, debounceMs: 50, openState: slow, pairing: createSidebarPairing(TOKEN) });
    await vi.advanceTimersByTimeAsync(100);
    expect(f.sent.map((s) => s.channel)).toEqual(['offboard:conversation']);
    await vi.advanceTimersByTimeAsync(1000);
    const iframe = window.document.querySelector<HTMLIFrameElement>('[data-testid="offboard-sidebar"]')!;
    expect(iframe.style.getPropertyValue('display')).toBe('none');
  });

  it('opens by default once storage says there is no remembered choice, however late', async () => {
    vi.useFakeTimers();
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const f = fakes();
    const slow = { load: () => new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 500)), save: () => undefined };
    startPageRuntime(gmailAdapter, f.ctx, { doc: window.document, win: window as unknown as Window, messenger: f.messenger, channels: f.channels, extension, debounceMs: 50, openState: slow, pairing: createSidebarPairing(TOKEN) });
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
    startPageRuntime(gmailAdapter, f.ctx, { doc: window.document, win: window as unknown as Window, messenger: f.messenger, channels: f.channels, extension, debounceMs: 50, openState: memory.state, ...paired() });
    await vi.advanceTimersByTimeAsync(100);
    window.document.querySelector<HTMLButtonElement>('[data-testid="offboard-toggle"]')!.click();
    expect(memory.saved).toEqual([false]);
    await f.handlers.get('page.setSidebar')!({ data: { open: true, token: TOKEN }, sender: sidebarSender });
    expect(memory.saved).toEqual([false, true]);
  });
});
