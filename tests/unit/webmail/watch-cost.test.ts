// @vitest-environment jsdom
import type { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { gmailAdapter } from '../../../webmail/adapters';
import type { ConversationContext, WebmailAdapter } from '../../../webmail/types';
import { watchConversation, type WatchOptions } from '../../../webmail/watch';
import { GMAIL_URL, loadFixture } from './helpers';

afterEach(() => {
  vi.useRealTimers();
});

/** A Gmail thread page whose MutationObserver callbacks and adapter reads are counted. */
function setup(options: WatchOptions = {}) {
  vi.useFakeTimers();
  const dom: JSDOM = loadFixture('gmail-thread-en.html', GMAIL_URL);
  const window = dom.window;
  const doc = window.document;
  const counts = { callbacks: 0, outlines: 0, reads: 0 };
  const Base = window.MutationObserver;
  window.MutationObserver = class extends Base {
    constructor(callback: MutationCallback) {
      super((records, observer) => {
        counts.callbacks += 1;
        callback(records, observer);
      });
    }
  };
  const adapter: WebmailAdapter<ConversationContext> = {
    ...gmailAdapter,
    readOutline: (d) => (counts.outlines += 1, gmailAdapter.readOutline!(d)),
    readContext: (d) => (counts.reads += 1, gmailAdapter.readContext(d)),
  };
  const seen: ConversationContext[] = [];
  const stop = watchConversation(doc, window as unknown as Window, adapter, (c) => seen.push(c), { debounceMs: 300, maxWaitMs: 2000, ...options });
  const addMessage = (id: string) => {
    const list = doc.querySelector('[role="list"]')!;
    const copy = list.querySelector('[role="listitem"]')!.cloneNode(true) as Element;
    copy.querySelector('div.adn')!.setAttribute('data-message-id', `#${id}`);
    list.append(copy);
  };
  /** Irrelevant mutations every 16 ms, like a busy webmail (counters, chat, lazy rendering). */
  const storm = async (ms: number) => {
    for (let t = 0; t < ms; t += 16) {
      const node = doc.createElement('div');
      node.textContent = `update ${t}`;
      doc.body.append(node);
      doc.body.firstElementChild?.classList.toggle('hover');
      if (t % 64 === 0) doc.body.querySelector(':scope > div:last-child')?.remove();
      await vi.advanceTimersByTimeAsync(16);
    }
  };
  return { window, doc, counts, seen, stop, addMessage, storm };
}

describe('watchConversation reacts fast', () => {
  it('checks a change shortly after a quiet period instead of waiting out the debounce', async () => {
    const { counts, seen, stop, addMessage } = setup();
    await vi.advanceTimersByTimeAsync(50);
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1000);
    addMessage('msg-f:new-1');
    await vi.advanceTimersByTimeAsync(45);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.messages.map((m) => m.id)).toContain('msg-f:new-1');
    expect(counts.reads).toBe(2);
    stop();
  });

  it('follows a history.pushState navigation (no event fires) at the leading delay, not the busy one', async () => {
    const { window, doc, seen, stop } = setup();
    await vi.advanceTimersByTimeAsync(1500); // past the start's fast-follow window
    doc.body.append(doc.createElement('span')); // an irrelevant change: checked at once
    await vi.advanceTimersByTimeAsync(45);
    expect(seen).toHaveLength(1);
    // Right after that check (the page counts as busy), the app pushes a new URL and swaps the view.
    window.history.pushState({}, '', 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQOtherThreadAAAAAAAAA');
    doc.querySelector('h2.hP')!.textContent = 'Another conversation';
    await vi.advanceTimersByTimeAsync(60);
    expect(seen.map((c) => c.subject)).toEqual(['Ending our website retainer – final invoice', 'Another conversation']);
    stop();
  });

  it('after a URL change, keeps following the new view as it renders in bursts', async () => {
    const { window, doc, seen, stop } = setup();
    await vi.advanceTimersByTimeAsync(1500);
    window.location.hash = '#inbox/FMfcgzQOtherThreadAAAAAAAAA';
    window.dispatchEvent(new window.HashChangeEvent('hashchange'));
    await vi.advanceTimersByTimeAsync(45); // the first check sees the old view still shown
    expect(seen).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(10);
    doc.querySelector('h2.hP')!.textContent = 'The new thread, rendered a moment later';
    await vi.advanceTimersByTimeAsync(50);
    expect(seen.map((c) => c.subject)).toEqual(['Ending our website retainer – final invoice', 'The new thread, rendered a moment later']);
    stop();
  });

  it.each(['hashchange', 'currententrychange'])('a %s event cuts a storm wait short', async (event) => {
    const { window, doc, seen, stop, storm } = setup();
    const navigation = new window.EventTarget();
    Object.defineProperty(window, 'navigation', { value: navigation, configurable: true });
    // The watcher picks the Navigation API up when it starts: restart it now that it exists.
    stop();
    const again = watchConversation(doc, window as unknown as Window, gmailAdapter, (c) => seen.push(c), { debounceMs: 300, maxWaitMs: 2000 });
    await storm(3000);
    const before = seen.length;
    doc.querySelector('h2.hP')!.textContent = 'Switched during a storm';
    if (event === 'hashchange') window.dispatchEvent(new window.HashChangeEvent('hashchange'));
    else navigation.dispatchEvent(new window.Event('currententrychange'));
    await vi.advanceTimersByTimeAsync(60);
    expect(seen.slice(before).map((c) => c.subject)).toEqual(['Switched during a storm']);
    again();
  });
});

describe('watchConversation costs a busy page almost nothing', () => {
  it('under a 10 s storm: one observer callback per check, checks spaced out, no full read, and a real change still published', async () => {
    const { counts, seen, stop, storm, addMessage } = setup();
    await vi.advanceTimersByTimeAsync(1500); // past the start's fast-follow window
    const base = { ...counts };
    await storm(5000);
    addMessage('msg-f:during-storm');
    await storm(5000);
    // ~625 batches of records were produced; a callback per batch is what this avoids.
    expect(counts.callbacks - base.callbacks).toBeLessThanOrEqual(12);
    expect(counts.outlines - base.outlines).toBeLessThanOrEqual(12);
    // Only the real change was read in full and published.
    expect(counts.reads - base.reads).toBe(1);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.messages.map((m) => m.id)).toContain('msg-f:during-storm');
    stop();
  });

  it('ignores class and title churn (hover, tooltips) entirely', async () => {
    const { doc, counts, stop } = setup();
    await vi.advanceTimersByTimeAsync(50);
    const before = { ...counts };
    for (let i = 0; i < 100; i += 1) {
      doc.querySelector('div.adn')!.classList.toggle('hover');
      doc.querySelector('span.g3')!.setAttribute('title', `tick ${i}`);
      await vi.advanceTimersByTimeAsync(16);
    }
    expect(counts).toEqual(before);
    stop();
  });

  it('publishes when the thread view is hidden with an inline style (Gmail keeps old views that way)', async () => {
    const { doc, seen, stop } = setup();
    await vi.advanceTimersByTimeAsync(1000);
    expect(seen[0]!.messages).toHaveLength(3);
    doc.querySelector<HTMLElement>('[role="main"]')!.style.display = 'none';
    await vi.advanceTimersByTimeAsync(50);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.messages).toEqual([]);
    expect(seen[1]!.subject).toBeUndefined();
    stop();
  });

  it('a listener that changes the page does not start another round', async () => {
    vi.useFakeTimers();
    const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
    const doc = window.document;
    let outlines = 0;
    const adapter: WebmailAdapter<ConversationContext> = { ...gmailAdapter, readOutline: (d) => (outlines += 1, gmailAdapter.readOutline!(d)) };
    const stop = watchConversation(doc, window as unknown as Window, adapter, () => doc.body.append(doc.createElement('span')));
    await vi.advanceTimersByTimeAsync(5000);
    expect(outlines).toBe(1);
    stop();
  });
});
