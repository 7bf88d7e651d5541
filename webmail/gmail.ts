/**
 * Gmail (mail.google.com). Selectors follow gmail.js and InboxSDK (see /work/shared/WEBMAIL.md);
 * every lookup tolerates absence: a changed page yields a context with `missing` fields.
 */
import { buildContext, emptyContext, looksLikeReplySubject, type PersonRead, type RawMessage } from './context';
import { cleanText, failSoft, findEmail, firstVisible, isVisible, isVisibleBelow, readBodyText, simulateClick, visibleAll } from './dom';
import { MAX_MESSAGES, MAX_MESSAGE_TEXT, type ComposeKind, type PageConversation, type WebmailAdapter } from './types';
import { chooseEditor } from './caret';
import { waitForElement } from './wait';

export const GMAIL_EDITOR_SELECTOR = 'div[g_editable="true"][role="textbox"][contenteditable="true"]';
const SUBJECT_HEADING = 'h2.hP';
const COMPOSE_CONTAINER = '.M9, div.AD, [role="dialog"]';
/**
 * The thread's bottom "Reply" control: `span.ams.bkH[role="link"]` (.bkG is reply-all, .bkI forward).
 * A class hook, not a label, so it works in every UI language; it is the hook public Gmail
 * integrations click (found with the code search: CRM and assistant extensions built on InboxSDK,
 * which itself has no reply API). If Gmail renames it, openReply simply finds nothing.
 */
const REPLY_CONTROL = 'span.ams.bkH, div.ams.bkH';
const OPEN_REPLY_TIMEOUT_MS = 3000;

/** The user's address: the part of "Inbox (3) - ola@studio.pl - Gmail" that is an address. */
export function gmailUserEmail(doc: Document): string | undefined {
  const parts = (doc.title ?? '').split(' - ').reverse();
  for (const part of parts) {
    const trimmed = part.trim();
    if (trimmed.includes('@') && !/\s/.test(trimmed)) {
      const email = findEmail(trimmed);
      if (email) return email;
    }
  }
  return undefined;
}

function threadIdFromUrl(url: string): string | undefined {
  const hash = url.split('#')[1];
  if (!hash) return undefined;
  const last = hash.split('?')[0]!.split('/').pop() ?? '';
  return /^[A-Za-z0-9_-]{16,}$/.test(last) ? last : undefined;
}

function person(el: Element | null): PersonRead | undefined {
  if (!el) return undefined;
  const email = findEmail(el.getAttribute('email'));
  const name = cleanText(el.getAttribute('name')) ?? cleanText(el.textContent);
  if (!email && !name) return undefined;
  return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
}

/** A message body: foreign HTML, which can hold elements that look like Gmail's own header. */
const BODY = 'div.a3s, div.ii';
/**
 * One message of a thread in each state Gmail shows it (InboxSDK's getViewState): `h7` expanded,
 * `kv` collapsed (header only), `kQ` / `kx` folded into the "N older messages" bar. `div.adn`, the
 * expanded message itself, stands in when its item wrapper is missing.
 */
const MESSAGE_ITEM = 'div.h7, div.kv, div.kQ, div.kx, div.adn';

const FOLDED_ITEM = 'div.kQ, div.kx';
/** The fold bar's count ("2 older messages"): `.adv .adx span` (InboxSDK gmail-thread-view.ts). */
const FOLD_COUNT = '.adx span';

function inBody(el: Element): boolean {
  return !!el.closest(BODY);
}

/**
 * The message's header: the first `div.gE` (expanded and collapsed alike) comes before any body, so
 * what it holds is Gmail's own. Null when Gmail rendered none.
 */
function headerOf(item: Element): Element | null {
  const header = item.querySelector('div.gE') ?? item.querySelector('div.adf');
  if (!header) return null;
  // Only the few nodes between the header and its item can be a body (the item itself is not).
  for (let node = header.parentElement; node && node !== item; node = node.parentElement) if (node.matches(BODY)) return null;
  return header;
}

/** The first match that belongs to the message's header (`header`, when known), never to its body. */
function inHeader(item: Element, selector: string, header: Element | null = headerOf(item)): Element | null {
  if (header) return header.querySelector(selector);
  for (const el of Array.from(item.querySelectorAll(selector))) if (!inBody(el)) return el;
  return null;
}

function allInHeader(item: Element, selector: string, header: Element | null): Element[] {
  if (header) return Array.from(header.querySelectorAll(selector));
  return Array.from(item.querySelectorAll(selector)).filter((el) => !inBody(el));
}

const SENDER = 'span.gD[email], td.gF span[email]';

function senderOf(item: Element, header: Element | null = headerOf(item)): PersonRead | undefined {
  return person(inHeader(item, SENDER, header));
}

function readMessage(item: Element, withText: boolean): RawMessage {
  const header = headerOf(item);
  const idEl = item.matches('[data-message-id], [data-legacy-message-id]')
    ? item
    : (item.querySelector('div.adn[data-message-id], div.adn[data-legacy-message-id]') ??
      inHeader(item, '[data-message-id], [data-legacy-message-id]', header));
  const id = (idEl?.getAttribute('data-message-id') ?? idEl?.getAttribute('data-legacy-message-id') ?? '').replace(/^#/, '');
  const from = senderOf(item, header) ?? {};
  // Recipients are in the header's "to …" line (InboxSDK: `.hb span[email]`); a collapsed header has none.
  const recipients: PersonRead[] = [];
  for (const span of allInHeader(item, 'span.g2[email]', header)) {
    const recipient = person(span);
    if (recipient) recipients.push(recipient);
  }
  const dateEl = inHeader(item, 'span.g3', header);
  const dateText = cleanText(dateEl?.getAttribute('title')) ?? cleanText(dateEl?.textContent);
  // Parsed in the sidebar (webmail/analysis.ts, with the page's UI language): Gmail's order is the page's.
  const body = item.matches('div.kv, div.kQ, div.kx') ? null : (item.querySelector('div.a3s') ?? item.querySelector('div.ii.gt'));
  return {
    ...(id ? { id } : {}),
    from,
    ...(dateText ? { dateText } : {}),
    text: body && withText ? readBodyText(body, MAX_MESSAGE_TEXT) : '',
    ...(body ? {} : { collapsed: true }),
    recipients,
  };
}

const ITEM_WRAPPER = 'div.h7, div.kv, div.kQ, div.kx';

/**
 * Every message item of the thread in page order: the children of the list that holds the first
 * item (InboxSDK reads a thread the same way), else — no item wrappers — the expanded messages.
 * The first match in page order is Gmail's own: a body comes only after its own item's header.
 */
function messageItems(root: Element): Element[] {
  const first = root.querySelector(ITEM_WRAPPER);
  if (first && !inBody(first) && first.parentElement) {
    const items: Element[] = [];
    for (let el = first.parentElement.firstElementChild; el; el = el.nextElementSibling) if (el.matches(ITEM_WRAPPER)) items.push(el);
    return items;
  }
  return Array.from(root.querySelectorAll('div.adn')).filter((el) => !inBody(el));
}

/**
 * Whether an item is a message the page shows. A folded item counts when Gmail rendered its header
 * (the bar hides it, the page still holds it); any other item must be visible, and so must its
 * expanded message.
 */
function isShownMessage(item: Element, shownList: Element | null): boolean {
  if (item.matches(FOLDED_ITEM)) return !!inHeader(item, SENDER);
  const shown = (el: Element) => (shownList ? isVisibleBelow(el, shownList) : isVisible(el));
  const message = item.matches('div.adn') ? item : item.querySelector('div.adn');
  if (message) return shown(message);
  // A collapsed item is a message when it shows a header; an emptied wrapper is not.
  return !!inHeader(item, `${SENDER}, span.g3`) && shown(item);
}

interface ThreadRead {
  messages: RawMessage[];
  olderSenders: PersonRead[];
  folded: number;
}

/**
 * The latest MAX_MESSAGES shown messages, oldest first, read in full; of older ones only the
 * sender, from the header (they are still participants). Nothing is expanded or clicked.
 */
function readThread(root: Element, withText: boolean): ThreadRead {
  const items = messageItems(root);
  // The items' common list, checked once: below it each item needs only its own few nodes checked.
  const list = items[0]?.parentElement ?? null;
  const shownList = list && items.every((item) => item.parentElement === list) && isVisible(list) ? list : null;
  if (list && !shownList && items.every((item) => item.parentElement === list)) {
    return { messages: [], olderSenders: [], folded: 0 };
  }
  const chosen: Element[] = [];
  let at = items.length - 1;
  for (; at >= 0 && chosen.length < MAX_MESSAGES; at -= 1) {
    if (isShownMessage(items[at]!, shownList)) chosen.push(items[at]!);
  }
  chosen.reverse();
  // Older messages: only the header's sender, without the visibility checks (the thread is shown).
  const olderSenders: PersonRead[] = [];
  for (let i = 0; i <= at; i += 1) {
    const sender = senderOf(items[i]!);
    if (sender) olderSenders.push(sender);
  }
  const foldedItems = items.filter((item) => item.matches(FOLDED_ITEM));
  const unread = foldedItems.filter((item) => !inHeader(item, SENDER)).length;
  let countText: string | undefined;
  for (const item of foldedItems) {
    countText = cleanText(item.querySelector(FOLD_COUNT)?.textContent);
    if (countText) break;
  }
  const counted = countText && /^\d{1,5}$/.test(countText) ? Number(countText) - (foldedItems.length - unread) : 0;
  return {
    messages: chosen.map((item) => readMessage(item, withText)),
    olderSenders,
    folded: Math.max(unread, counted),
  };
}

/** The smallest ancestor of the subject heading that also holds the thread's messages. */
function threadRoot(heading: Element): Element {
  for (let node = heading.parentElement; node; node = node.parentElement) {
    if (node.querySelector(MESSAGE_ITEM)) return node;
    if (node.matches('[role="main"]')) return node;
  }
  return heading.ownerDocument.body;
}

/** Never an editor: search boxes and anything inside a shown message body. */
const NOT_A_COMPOSE = '[role="search"], [role="combobox"], div.a3s, div.ii';

function findGmailEditors(doc: Document): HTMLElement[] {
  return visibleAll<HTMLElement>(doc, GMAIL_EDITOR_SELECTOR).filter((editor) => !editor.parentElement?.closest(NOT_A_COMPOSE));
}

function findGmailEditor(doc: Document): HTMLElement | null {
  return chooseEditor(doc, findGmailEditors(doc));
}

/**
 * The compose around one body: its container (inline `.M9`, pop-out `div.AD`, dialog), else — a
 * compose Gmail renders without them — the nearest ancestor holding its form fields, never one that
 * holds another compose's body.
 */
function composeRegion(editor: HTMLElement): Element | null {
  let previous: Element = editor;
  for (let node = editor.parentElement, depth = 0; node && depth < 25; node = node.parentElement, depth += 1) {
    if (node.matches(COMPOSE_CONTAINER)) return node;
    if (node.matches('[role="main"], body')) return null;
    if (node.querySelectorAll(GMAIL_EDITOR_SELECTOR).length > 1) return previous === editor ? null : previous;
    if (node.querySelector('input[name="subjectbox"], input[name="rm"]')) return node;
    previous = node;
  }
  return null;
}

function findGmailSubject(_doc: Document, editor: HTMLElement): HTMLInputElement | null {
  const region = composeRegion(editor);
  return region ? firstVisible<HTMLInputElement>(region, 'input[name="subjectbox"]') : null;
}

/** `#inbox?compose=new`: Gmail's URL for a new message (a draft's id there says nothing either way). */
function urlSaysNew(url: string): boolean {
  return /[?&#]compose=new(?:[&#]|$)/.test(url);
}

/**
 * New message or reply, from what the compose itself shows: the hidden id of the message it answers
 * (`input[name="rm"]`, empty on a new message), then its subject, then where it sits (an inline reply
 * is inside the thread), then the URL. When nothing tells, a reply: its subject is never touched.
 */
function composeKind(doc: Document, editor: HTMLElement): ComposeKind {
  const region = composeRegion(editor);
  const answered = region?.querySelector<HTMLInputElement>('input[name="rm"]')?.value.trim();
  if (answered && answered !== 'undefined') return 'reply';
  const subject = findGmailSubject(doc, editor);
  if (subject) return looksLikeReplySubject(subject.value) ? 'reply' : 'new';
  if (editor.closest('.ip, [role="listitem"]')) return 'reply';
  return urlSaysNew(doc.URL) ? 'new' : 'reply';
}

function readGmail(doc: Document, withText: boolean): PageConversation {
  const url = doc.URL;
  const uiLanguage = doc.documentElement?.lang ?? '';
  const heading = firstVisible(doc, SUBJECT_HEADING);
  const root = heading ? threadRoot(heading) : firstVisible(doc, '[role="main"]');
  const thread = root ? readThread(root, withText) : { messages: [], olderSenders: [], folded: 0 };
  const { messages } = thread;
  const threadId =
    cleanText(heading?.getAttribute('data-legacy-thread-id')) ??
    cleanText(heading?.getAttribute('data-thread-perm-id'))?.replace(/^#/, '') ??
    (heading || messages.length > 0 ? threadIdFromUrl(url) : undefined);
  const editor = findGmailEditor(doc);
  const userEmail = gmailUserEmail(doc);
  return buildContext({
    provider: 'gmail',
    url,
    uiLanguage,
    ...(threadId ? { threadId } : {}),
    ...(heading ? { subject: cleanText(heading.textContent, 500) } : {}),
    ...(userEmail ? { userEmail } : {}),
    messages,
    olderSenders: thread.olderSenders,
    ...(thread.folded > 0 ? { foldedMessages: thread.folded } : {}),
    compose: editor ? { open: true, kind: composeKind(doc, editor) } : { open: false },
  });
}

/** The page side: what the content script runs (the analysed twin for tests: webmail/adapters.ts). */
export const gmailPage: WebmailAdapter = {
  provider: 'gmail',
  readContext(doc) {
    return failSoft(() => readGmail(doc, true), () => emptyContext('gmail', doc.URL));
  },
  readOutline(doc) {
    return failSoft(() => readGmail(doc, false), () => emptyContext('gmail', doc.URL));
  },
  findEditor(doc) {
    return failSoft(() => findGmailEditor(doc), () => null);
  },
  findEditors(doc) {
    return failSoft(() => findGmailEditors(doc), () => []);
  },
  async openReply(doc) {
    try {
      const controls = visibleAll<HTMLElement>(doc, REPLY_CONTROL);
      const control = controls[controls.length - 1];
      if (!control) return null;
      simulateClick(control);
      return await waitForElement(doc, () => findGmailEditor(doc), OPEN_REPLY_TIMEOUT_MS);
    } catch {
      return null;
    }
  },
  findSubjectInput(doc, editor) {
    return failSoft(() => findGmailSubject(doc, editor), () => null);
  },
  findSignature(editor) {
    return (
      editor.querySelector<HTMLElement>('div.gmail_signature[data-smartmail="gmail_signature"]') ??
      editor.querySelector<HTMLElement>('div.gmail_signature')
    );
  },
  observeRoot(doc) {
    // The whole body: new-message dialogs sit outside the thread's main area.
    return doc.body ?? doc.documentElement;
  },
};
