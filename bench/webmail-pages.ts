/**
 * Large and altered webmail pages for the bench, built from the committed fixtures with jsdom so the
 * markup stays what the real apps emit (only repeated or re-addressed).
 */
import { JSDOM } from 'jsdom';
import { readFixture } from '../tests/e2e/harness';
import { NotAvailable } from './report';

export const THREAD_MARK = 'data-bench-thread';

export interface ProviderShape {
  provider: 'gmail' | 'outlook';
  fixture: string;
  /** One element per message. */
  messageSelector: string;
}

export const GMAIL_SHAPE: ProviderShape = { provider: 'gmail', fixture: 'gmail-thread-en.html', messageSelector: 'div.adn' };
export const OUTLOOK_SHAPE: ProviderShape = {
  provider: 'outlook',
  fixture: 'outlook-thread-en.html',
  messageSelector: '[id^="UniqueMessageBody_"]',
};

function load(shape: ProviderShape): JSDOM {
  let html: string;
  try {
    html = readFixture(shape.fixture);
  } catch (error) {
    throw new NotAvailable(String(error instanceof Error ? error.message : error));
  }
  return new JSDOM(html);
}

function ancestors(element: Element): Element[] {
  const chain: Element[] = [];
  for (let node: Element | null = element; node; node = node.parentElement) chain.push(node);
  return chain;
}

/**
 * The thread container and its per-message items: the lowest common ancestor of all messages, and
 * its children that hold one; with a single message, the closest ancestor that has siblings.
 */
export function threadItems(document: Document, messageSelector: string): { container: Element; items: Element[] } {
  const messages = [...document.querySelectorAll(messageSelector)];
  const first = messages[0];
  if (!first) throw new NotAvailable(`no "${messageSelector}" in the fixture`);
  if (messages.length === 1) {
    const item = ancestors(first).find((el) => el.parentElement && el.parentElement.children.length > 1) ?? first;
    return { container: item.parentElement ?? document.body, items: [item] };
  }
  const shared = ancestors(first).find((candidate) => messages.every((m) => candidate.contains(m)));
  if (!shared) throw new Error('messages without a common ancestor');
  const items = [...shared.children].filter((child) => messages.some((m) => child.contains(m)));
  return { container: shared, items };
}

function suffixIds(root: Element, suffix: string): void {
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const attr of ['id', 'data-message-id', 'data-legacy-message-id', 'data-convid']) {
      const value = el.getAttribute(attr);
      if (value) el.setAttribute(attr, `${value}${suffix}`);
    }
  }
}

/** The fixture's thread repeated up to `count` messages; the container is marked for the storm. */
export function largeThread(shape: ProviderShape, count: number): string {
  const dom = load(shape);
  const { container, items } = threadItems(dom.window.document, shape.messageSelector);
  container.setAttribute(THREAD_MARK, '');
  const template = items[items.length - 1]!;
  for (let i = items.length; i < count; i++) {
    const clone = template.cloneNode(true) as Element;
    suffixIds(clone, `-b${i}`);
    template.before(clone);
  }
  const total = dom.window.document.querySelectorAll(shape.messageSelector).length;
  if (total < count) throw new Error(`large ${shape.provider} thread has ${total} messages, wanted ${count}`);
  return dom.serialize();
}

export const GMAIL_COLLAPSED_FIXTURE = 'gmail-thread-collapsed-en.html';

/**
 * A Gmail thread as the real app shows a long one: `collapsed` earlier messages (header only, no
 * body) and `expanded` newest ones, from the collapsed fixture's own items.
 */
export function collapsedGmailThread(collapsed: number, expanded: number): string {
  const dom = load({ ...GMAIL_SHAPE, fixture: GMAIL_COLLAPSED_FIXTURE });
  const document = dom.window.document;
  const collapsedItem = document.querySelector('div[role="listitem"].kv');
  const expandedItem = document.querySelector('div.adn')?.closest('div[role="listitem"]');
  if (!collapsedItem || !expandedItem) throw new NotAvailable(`${GMAIL_COLLAPSED_FIXTURE} has no collapsed div.kv and expanded div.adn list items`);
  collapsedItem.parentElement!.setAttribute(THREAD_MARK, '');
  for (const fold of document.querySelectorAll('div[role="listitem"].kQ')) fold.remove();
  const have = (selector: string) => document.querySelectorAll(selector).length;
  for (let i = 0; have('div[role="listitem"].kv') < collapsed; i++) {
    const clone = collapsedItem.cloneNode(true) as Element;
    suffixIds(clone, `-c${i}`);
    collapsedItem.before(clone);
  }
  for (let i = 0; have('div.adn') < expanded; i++) {
    const clone = expandedItem.cloneNode(true) as Element;
    suffixIds(clone, `-e${i}`);
    expandedItem.before(clone);
  }
  return dom.serialize();
}

export interface SenderSwap {
  html: string;
  /** The thread as it first appears. */
  original: { email: string; name: string };
  /** Markup of the thread container after the swap (another client's conversation). */
  swappedThreadHtml: string;
  swappedThreadHash: string;
  other: { email: string; name: string };
}

/**
 * A Gmail page plus the markup of a second conversation from another client, to swap in page-side
 * (Gmail replaces the thread view in place and changes the URL hash).
 */
export function gmailSenderSwap(fixture = GMAIL_SHAPE.fixture): SenderSwap {
  const shape = { ...GMAIL_SHAPE, fixture };
  const dom = load(shape);
  const document = dom.window.document;
  const sender = document.querySelector('span.gD[email]');
  const email = sender?.getAttribute('email');
  if (!sender || !email) throw new NotAvailable(`no sender span.gD[email] in ${fixture}`);
  const original = { email, name: sender.getAttribute('name') ?? sender.textContent?.trim() ?? email };
  const subject = document.querySelector('h2.hP');
  const root = subject
    ? (ancestors(subject).find((el) => el.querySelector(GMAIL_SHAPE.messageSelector)) ?? document.body)
    : threadItems(document, GMAIL_SHAPE.messageSelector).container;
  root.setAttribute(THREAD_MARK, '');
  const html = dom.serialize();

  const other = { email: 'ola.nowak@brightleaf-studio.example', name: 'Ola Nowak' };
  const swapped = root.cloneNode(true) as Element;
  for (const el of swapped.querySelectorAll('[email]')) {
    if (el.getAttribute('email') !== email) continue;
    el.setAttribute('email', other.email);
    if (el.hasAttribute('name')) el.setAttribute('name', other.name);
    if (el.textContent?.trim() === original.name) el.textContent = other.name;
  }
  for (const el of swapped.querySelectorAll('[data-legacy-thread-id], [data-thread-perm-id]')) {
    if (el.hasAttribute('data-legacy-thread-id')) el.setAttribute('data-legacy-thread-id', '18f0bench0swap01');
    if (el.hasAttribute('data-thread-perm-id')) el.setAttribute('data-thread-perm-id', 'thread-f:1790000000000000001');
  }
  suffixIds(swapped, '-swap');
  const swappedSubject = swapped.querySelector('h2.hP');
  if (swappedSubject) swappedSubject.textContent = 'Handover of the Brightleaf website';
  return {
    html,
    original,
    swappedThreadHtml: swapped.innerHTML,
    swappedThreadHash: '#inbox/FMfcgzQbenchSwappedThread0000001',
    other,
  };
}
