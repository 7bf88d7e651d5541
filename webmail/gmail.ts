/**
 * Gmail (mail.google.com). Selectors follow gmail.js and InboxSDK (see /work/shared/WEBMAIL.md);
 * every lookup tolerates absence: a changed page yields a context with `missing` fields.
 */
import { buildContext, emptyContext, looksLikeReplySubject, type PersonRead, type RawMessage } from './context';
import { parseMailDate } from './dates';
import { cleanText, failSoft, findEmail, firstVisible, lastVisible, readText, simulateClick, visibleAll } from './dom';
import { MAX_MESSAGES, MAX_MESSAGE_TEXT, type ComposeKind, type ConversationContext, type WebmailAdapter } from './types';
import { waitForElement } from './wait';

export const GMAIL_EDITOR_SELECTOR = 'div[g_editable="true"][role="textbox"][contenteditable="true"]';
const SUBJECT_HEADING = 'h2.hP';
const MESSAGE = 'div.adn';
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

function readMessage(el: Element, withText: boolean): RawMessage {
  const id = (el.getAttribute('data-message-id') ?? el.getAttribute('data-legacy-message-id') ?? '').replace(/^#/, '');
  const from =
    person(el.querySelector('span.gD[email]')) ??
    person(el.querySelector('td.gF span[email]')) ??
    {};
  const recipients: PersonRead[] = [];
  for (const span of Array.from(el.querySelectorAll('span.g2[email]'))) {
    const recipient = person(span);
    if (recipient) recipients.push(recipient);
  }
  const dateEl = el.querySelector('span.g3');
  const dateText = cleanText(dateEl?.getAttribute('title')) ?? cleanText(dateEl?.textContent);
  const date = parseMailDate(dateText);
  const body = withText ? (el.querySelector('div.a3s') ?? el.querySelector('div.ii.gt')) : null;
  return {
    ...(id ? { id } : {}),
    from,
    ...(date ? { date } : {}),
    ...(dateText ? { dateText } : {}),
    text: body ? readText(body, MAX_MESSAGE_TEXT) : '',
    recipients,
  };
}

/** The smallest ancestor of the subject heading that also holds the thread's messages. */
function threadRoot(heading: Element): Element {
  for (let node = heading.parentElement; node; node = node.parentElement) {
    if (node.querySelector(MESSAGE)) return node;
    if (node.matches('[role="main"]')) return node;
  }
  return heading.ownerDocument.body;
}

function findGmailEditor(doc: Document): HTMLElement | null {
  const editors = visibleAll<HTMLElement>(doc, GMAIL_EDITOR_SELECTOR);
  if (editors.length === 0) return null;
  const active = doc.activeElement;
  return editors.find((editor) => active && editor.contains(active)) ?? editors[editors.length - 1]!;
}

function findGmailSubject(_doc: Document, editor: HTMLElement): HTMLInputElement | null {
  const container = editor.closest(COMPOSE_CONTAINER);
  if (!container) return null;
  return firstVisible<HTMLInputElement>(container, 'input[name="subjectbox"]');
}

function composeKind(doc: Document, editor: HTMLElement): ComposeKind {
  const subject = findGmailSubject(doc, editor);
  if (subject && !looksLikeReplySubject(subject.value)) return 'new';
  return 'reply';
}

function readGmail(doc: Document, withText: boolean): ConversationContext {
  const url = doc.URL;
  const heading = firstVisible(doc, SUBJECT_HEADING);
  const root = heading ? threadRoot(heading) : firstVisible(doc, '[role="main"]');
  // Only the latest messages are ever used (buildContext keeps MAX_MESSAGES): read no others.
  const messageEls = root ? lastVisible(root, MESSAGE, MAX_MESSAGES) : [];
  const messages = messageEls.map((el) => readMessage(el, withText));
  const threadId =
    cleanText(heading?.getAttribute('data-legacy-thread-id')) ??
    cleanText(heading?.getAttribute('data-thread-perm-id'))?.replace(/^#/, '') ??
    (heading || messages.length > 0 ? threadIdFromUrl(url) : undefined);
  const editor = findGmailEditor(doc);
  const userEmail = gmailUserEmail(doc);
  return buildContext({
    provider: 'gmail',
    url,
    uiLanguage: doc.documentElement?.lang ?? '',
    ...(threadId ? { threadId } : {}),
    ...(heading ? { subject: cleanText(heading.textContent, 500) } : {}),
    ...(userEmail ? { userEmail } : {}),
    messages,
    compose: editor ? { open: true, kind: composeKind(doc, editor) } : { open: false },
  });
}

export const gmailAdapter: WebmailAdapter = {
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
