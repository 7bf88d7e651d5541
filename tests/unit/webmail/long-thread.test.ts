// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { gmailAdapter } from '../../../webmail/adapters';
import { outlookAdapter } from '../../../webmail/adapters';
import { readPageConversation } from '../../../webmail/analysis';
import { outlookPage } from '../../../webmail/outlook';
import { MAX_MESSAGES, type WebmailAdapter } from '../../../webmail/types';
import { contextKey } from '../../../webmail/watch';
import { GMAIL_URL, loadFixture, OUTLOOK_URL } from './helpers';

const day = (n: number) => String(n).padStart(2, '0');
/** Message n's date as Outlook shows it in the fixtures: March n, then on into April. */
const outlookDate = (n: number) => (n <= 31 ? `2024-03-${day(n)} 10:00` : `2024-04-${day(n - 31)} 10:00`);

/** The Gmail fixture's thread grown to `count` messages, message n dated March n and with id msg-n. */
function longGmailThread(count: number): Document {
  const { window } = loadFixture('gmail-thread-en.html', GMAIL_URL);
  const doc = window.document;
  const list = doc.querySelector('[role="list"]')!;
  const template = list.querySelectorAll('[role="listitem"]')[0]!;
  for (const item of Array.from(list.querySelectorAll('[role="listitem"]'))) item.remove();
  for (let n = 1; n <= count; n += 1) {
    const item = template.cloneNode(true) as Element;
    const message = item.querySelector('div.adn')!;
    message.setAttribute('data-message-id', `#msg-${n}`);
    message.removeAttribute('data-legacy-message-id');
    item.querySelector('span.g3')!.setAttribute('title', `2024-03-${day(n)} 10:00`);
    item.querySelector('div.a3s')!.textContent = `Body of message ${n}, about the final invoice.`;
    list.append(item);
  }
  return doc;
}

/** The Outlook fixture's thread grown to `count` messages (message n dated outlookDate(n)), in either order. */
function longOutlookThread(count: number, newestFirst: boolean): Document {
  const { window } = loadFixture('outlook-thread-en.html', OUTLOOK_URL);
  const doc = window.document;
  const items = Array.from(doc.querySelectorAll('#ConversationReadingPaneContainer .aVla3'));
  const template = items[0]!;
  const parent = template.parentElement!;
  const anchor = items[items.length - 1]!.nextSibling;
  for (const item of items) item.remove();
  const order = Array.from({ length: count }, (_, i) => (newestFirst ? count - i : i + 1));
  for (const n of order) {
    const item = template.cloneNode(true) as Element;
    item.querySelector('[data-testid="SentReceivedSavedTime"]')!.textContent = outlookDate(n);
    const body = item.querySelector('[id^="UniqueMessageBody_"]')!;
    body.id = `UniqueMessageBody_${n}`;
    body.textContent = `Body of message ${n}, about the final invoice.`;
    parent.insertBefore(item, anchor);
  }
  return doc;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('a long thread is read from its latest messages only', () => {
  it('Gmail: the latest MAX_MESSAGES visible messages, oldest first', () => {
    const doc = longGmailThread(30);
    const context = gmailAdapter.readContext(doc);
    expect(MAX_MESSAGES).toBe(20);
    expect(context.messages.map((m) => m.id)).toEqual(range(11, 30).map((n) => `msg-${n}`));
    expect(context.messages[19]!.text).toBe('Body of message 30, about the final invoice.');
  });

  it('Gmail: a hidden message is skipped and an older visible one takes its place', () => {
    const doc = longGmailThread(30);
    (doc.querySelectorAll('div.adn')[29] as HTMLElement).style.display = 'none';
    const ids = gmailAdapter.readContext(doc).messages.map((m) => m.id);
    expect(ids).toEqual(range(10, 29).map((n) => `msg-${n}`));
  });

  it.each([false, true])('Outlook (newest first in the page: %s): the latest messages, oldest first', (newestFirst) => {
    const doc = longOutlookThread(30, newestFirst);
    const context = outlookAdapter.readContext(doc);
    expect(context.messages.map((m) => m.dateText)).toEqual(range(11, 30).map((n) => `2024-03-${day(n)} 10:00`));
    expect(context.messages.map((m) => m.text)).toEqual(range(11, 30).map((n) => `Body of message ${n}, about the final invoice.`));
    expect(context.messages.every((m) => m.from.email === 'mark.davies@brightfield.co.uk')).toBe(true);
  });

  it.each([false, true])('Outlook: the page parses no date and sends both ends in its own order (newest first: %s)', (newestFirst) => {
    const doc = longOutlookThread(45, newestFirst);
    const page = outlookPage.readContext(doc);
    expect(page.pageOrder).toBe(true);
    expect(page.messages.some((m) => m.date !== undefined)).toBe(false);
    // The first and the last MAX_MESSAGES shown, in document order; the five between are not read.
    const shown = Array.from({ length: 45 }, (_, i) => (newestFirst ? 45 - i : i + 1));
    const ends = [...shown.slice(0, MAX_MESSAGES), ...shown.slice(-MAX_MESSAGES)];
    expect(page.messages.map((m) => m.dateText)).toEqual(ends.map(outlookDate));
    // The sidebar keeps the latest, oldest first.
    const context = outlookAdapter.readContext(doc);
    expect(context.messages.map((m) => m.dateText)).toEqual(range(26, 45).map(outlookDate));
    expect(context.messages[19]!.text).toBe('Body of message 45, about the final invoice.');
    expect(context).not.toHaveProperty('pageOrder');
  });

  it('the sidebar takes the page order flag only as `true`', () => {
    const page = outlookPage.readContext(longOutlookThread(3, false));
    expect(readPageConversation(page)).not.toBeNull();
    expect(readPageConversation({ ...page, pageOrder: 'yes' })).toBeNull();
    expect(readPageConversation({ ...page, pageOrder: false })).toBeNull();
  });

  it.each([true, false])('Outlook: each message keeps its own header (reply box open: %s)', (replyOpen) => {
    const doc = longOutlookThread(5, false);
    if (!replyOpen) for (const el of Array.from(doc.querySelectorAll('.bQhgx'))) el.remove();
    const headers = Array.from(doc.querySelectorAll('[aria-label^="From:"]'));
    headers[4]!.setAttribute('aria-label', 'From: Sam Taylor <sam.taylor@northlight.studio>');
    // The first message shows no date: it must not borrow the next message's.
    doc.querySelector('[data-testid="SentReceivedSavedTime"]')!.remove();
    const context = outlookAdapter.readContext(doc);
    expect(context.messages.map((m) => m.from.email)).toEqual([
      ...Array(4).fill('mark.davies@brightfield.co.uk'),
      'sam.taylor@northlight.studio',
    ]);
    expect(context.messages.map((m) => m.dateText)).toEqual([undefined, ...range(2, 5).map((n) => `2024-03-${day(n)} 10:00`)]);
    expect(context.compose).toEqual(replyOpen ? { open: true, kind: 'reply' } : { open: false });
  });
});

describe('readOutline agrees with readContext on everything the watcher compares', () => {
  const cases: Array<[string, WebmailAdapter, () => Document]> = [
    ...[
      'gmail-thread-en.html',
      'gmail-thread-pl.html',
      'gmail-thread-stale-en.html',
      'gmail-thread-noreply-en.html',
      'gmail-compose-en.html',
      'gmail-thread-collapsed-en.html',
      'gmail-thread-collapsed-pl.html',
      'gmail-thread-collapsed-ru.html',
    ].map(
      (name) => [name, gmailAdapter, () => loadFixture(name, GMAIL_URL).window.document] as [string, WebmailAdapter, () => Document],
    ),
    ...[
      'outlook-thread-en.html',
      'outlook-thread-pl.html',
      'outlook-thread-noreply-pl.html',
      'outlook-compose-en.html',
      'outlook-thread-collapsed-en.html',
      'outlook-compose-legacy-en.html',
    ].map(
      (name) => [name, outlookAdapter, () => loadFixture(name, OUTLOOK_URL).window.document] as [string, WebmailAdapter, () => Document],
    ),
    ['long Gmail thread', gmailAdapter, () => longGmailThread(30)],
    ['long Outlook thread, newest first', outlookAdapter, () => longOutlookThread(30, true)],
  ];

  it.each(cases)('%s', (_name, adapter, load) => {
    const doc = load();
    const outline = adapter.readOutline!(doc);
    const full = adapter.readContext(doc);
    expect(contextKey(outline)).toBe(contextKey(full));
    expect(outline.messages.map((m) => m.text).filter(Boolean)).toEqual([]);
    expect(outline.messages.map((m) => m.from)).toEqual(full.messages.map((m) => m.from));
  });

  it('the stale hidden Gmail view stays out of the outline too', () => {
    const doc = loadFixture('gmail-thread-stale-en.html', GMAIL_URL).window.document;
    expect(JSON.stringify(gmailAdapter.readOutline!(doc))).not.toContain('stale-thread.example');
  });
});
