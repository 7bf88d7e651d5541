// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mountSidebarFrame } from '../../../webmail/frame';
import { gmailAdapter } from '../../../webmail/adapters';
import type { ConversationContext } from '../../../webmail/types';
import { watchConversation } from '../../../webmail/watch';
import { GMAIL_URL, loadFixture, loadedFixture } from './helpers';

afterEach(() => {
  vi.useRealTimers();
});

describe('watchConversation', () => {
  it('publishes once per real change and not for irrelevant mutations', async () => {
    vi.useFakeTimers();
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const doc = window.document;
    const seen: ConversationContext[] = [];
    let reads = 0;
    const adapter = { ...gmailAdapter, readContext: (d: Document) => (reads += 1, gmailAdapter.readContext(d)) };
    const stop = watchConversation(doc, window as unknown as Window, adapter, (c) => seen.push(c), { debounceMs: 300 });
    await vi.advanceTimersByTimeAsync(350);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.messages).toHaveLength(3);

    // A storm of irrelevant mutations: hover classes and a new tooltip node.
    for (let i = 0; i < 200; i += 1) {
      doc.querySelector('div.adn')!.classList.toggle('hover');
      doc.body.append(doc.createElement('span'));
    }
    await vi.advanceTimersByTimeAsync(350);
    expect(seen).toHaveLength(1);
    expect(reads).toBeLessThanOrEqual(3);

    // A real change: a fourth message arrives.
    const list = doc.querySelector('[role="list"]')!;
    const copy = list.querySelector('[role="listitem"]')!.cloneNode(true) as Element;
    copy.querySelector('div.adn')!.setAttribute('data-message-id', '#msg-f:1789000000000000004');
    list.append(copy);
    await vi.advanceTimersByTimeAsync(350);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.messages).toHaveLength(4);

    // The reply box closes: compose state changed.
    doc.querySelector('.ip.adB')!.remove();
    await vi.advanceTimersByTimeAsync(350);
    expect(seen).toHaveLength(3);
    expect(seen[2]!.compose.open).toBe(false);

    stop();
    list.append(copy.cloneNode(true));
    window.dispatchEvent(new window.HashChangeEvent('hashchange'));
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen).toHaveLength(3);
  });

  it('checks on hashchange and still publishes under a never-ending mutation storm', async () => {
    vi.useFakeTimers();
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const doc = window.document;
    const seen: ConversationContext[] = [];
    const stop = watchConversation(doc, window as unknown as Window, gmailAdapter, (c) => seen.push(c), { debounceMs: 300, maxWaitMs: 1000 });
    await vi.advanceTimersByTimeAsync(350);
    doc.querySelector('h2.hP')!.textContent = 'Another subject';
    // Mutations every 100 ms would postpone a plain debounce forever.
    for (let i = 0; i < 15; i += 1) {
      doc.body.append(doc.createElement('i'));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(seen.map((c) => c.subject)).toEqual(['Ending our website retainer – final invoice', 'Another subject']);
    stop();
  });
});

describe('mountSidebarFrame', () => {
  it('loads the sidebar page only after the webmail page has loaded, so it never holds back its load event', async () => {
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    expect(window.document.readyState).not.toBe('complete');
    mountSidebarFrame(window.document, { src: 'chrome-extension://abc/sidebar.html', open: false });
    const iframe = window.document.querySelector<HTMLIFrameElement>('[data-testid="offboard-sidebar"]')!;
    expect(iframe.getAttribute('src')).toBeNull();
    await new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }));
    expect(iframe.src).toBe('chrome-extension://abc/sidebar.html');
  });

  it('loads it at once when the page has already loaded, and not after an unmount', async () => {
    const loaded = await loadedFixture('gmail-thread-en.html', GMAIL_URL);
    mountSidebarFrame(loaded.window.document, { src: 'chrome-extension://abc/sidebar.html', open: false });
    expect(loaded.window.document.querySelector<HTMLIFrameElement>('[data-testid="offboard-sidebar"]')!.src).toBe('chrome-extension://abc/sidebar.html');
    const loading = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const frame = mountSidebarFrame(loading.window.document, { src: 'chrome-extension://abc/sidebar.html', open: false });
    const iframe = frame.iframe;
    frame.unmount();
    await new Promise<void>((resolve) => loading.window.addEventListener('load', () => resolve(), { once: true }));
    expect(iframe.getAttribute('src')).toBeNull();
  });

  it('mounts the frame and toggle with their test ids, toggles, and unmounts cleanly', async () => {
    const { window } = await loadedFixture('gmail-thread-en.html', GMAIL_URL);
    const doc = window.document;
    const changes: boolean[] = [];
    const frame = mountSidebarFrame(doc, { src: 'chrome-extension://abc/sidebar.html', open: true, onOpenChange: (o) => changes.push(o) });
    const iframe = doc.querySelector<HTMLIFrameElement>('[data-testid="offboard-sidebar"]')!;
    const toggle = doc.querySelector<HTMLButtonElement>('[data-testid="offboard-toggle"]')!;
    expect(iframe.parentElement).toBe(doc.documentElement);
    expect(iframe.src).toBe('chrome-extension://abc/sidebar.html');
    expect(iframe.style.getPropertyValue('width')).toBe('360px');
    expect(iframe.style.getPropertyValue('position')).toBe('fixed');
    expect(iframe.style.getPropertyPriority('display')).toBe('important');
    expect(iframe.style.getPropertyValue('display')).toBe('block');
    expect(toggle.getAttribute('aria-label')).toBe('Offboard');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');

    toggle.click();
    expect(frame.isOpen()).toBe(false);
    expect(iframe.style.getPropertyValue('display')).toBe('none');
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    expect(changes).toEqual([false]);

    frame.setOpen(true);
    expect(iframe.style.getPropertyValue('display')).toBe('block');
    expect(changes).toEqual([false]);

    frame.unmount();
    expect(doc.querySelector('[data-testid="offboard-sidebar"], [data-testid="offboard-toggle"]')).toBeNull();
  });

  it('leaves the page layout untouched when collapsed', () => {
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const doc = window.document;
    const bodyStyle = doc.body.getAttribute('style');
    const frame = mountSidebarFrame(doc, { src: 'chrome-extension://abc/sidebar.html', open: false });
    expect(frame.iframe.style.getPropertyValue('display')).toBe('none');
    expect(doc.body.getAttribute('style')).toBe(bodyStyle);
    frame.unmount();
  });
});
