/**
 * Outlook on the web (outlook.office.com, outlook.office365.com, outlook.live.com and custom OWA
 * domains). Keys on ids, roles, data-* attributes and icons; localised labels only as a first try
 * with a structural fallback. Never throws into the page.
 */
import { buildContext, emptyContext, looksLikeReplySubject, type PersonRead, type RawMessage } from './context';
import { cleanText, failSoft, findEmail, firstVisible, isVisible, readBodyText, simulateClick, visibleAll } from './dom';
import { MAX_MESSAGES, MAX_MESSAGE_TEXT, type ComposeKind, type PageConversation, type WebmailAdapter } from './types';
import { chooseEditor } from './caret';
import { waitForElement } from './wait';

const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com'];
const READING_PANE = '[data-app-section="MailReadCompose"], #ConversationReadingPaneContainer';
const MESSAGE_BODY = 'div[role="document"] > div[id^="UniqueMessageBody_"]';
const ANY_MESSAGE_BODY = '[id^="UniqueMessageBody_"]';
/** Reply first, reply-all as a fallback; icon names, so any UI language works. */
const REPLY_ICONS = [
  '[data-icon-name="ArrowReplyRegular"]',
  '[data-icon-name="ReplyRegular"]',
  '[data-icon-name="ArrowReplyAllRegular"]',
  '[data-icon-name="ReplyAllRegular"]',
];
/** "From:" in the UI languages we expect (English, Polish, German, French/Spanish/Portuguese, Italian, Dutch, Nordic). */
// "från" as an escape: the runtime's source stays ASCII (see RECIPIENT_LABEL below).
const FROM_LABEL = /^\s*(from|od|von|de|da|van|fr\u00e5n|fra|fran)\s*:\s*/i;
const OPEN_REPLY_TIMEOUT_MS = 3000;

/** True on Outlook's hosts and on custom OWA domains (markers Briskine also uses, and on-premises Exchange's). */
export function isOutlookDocument(doc: Document): boolean {
  try {
    const host = doc.location?.hostname ?? '';
    if (OUTLOOK_HOSTS.includes(host)) return true;
    // By page shape, not host: a company's own address (an origin the user granted) is recognised
    // by what OWA loads. Exchange 2013–2019 on premises serves its scripts and styles from
    // /owa/prem/<build>/ (e.g. /owa/prem/15.2.1544.4/resources/styles/0/boot.worldwide.mouse.css).
    return !!doc.querySelector(
      'meta[content*="owamail"], script[src*="/owamail/"], link[href*="cdn.office.net"], script[src*="cdn.office.net"], ' +
        'script[src*="/owa/prem/"], link[href*="/owa/prem/"]',
    );
  } catch {
    return false;
  }
}

function paneRoot(doc: Document): Element | null {
  return firstVisible(doc, '#ConversationReadingPaneContainer') ?? firstVisible(doc, READING_PANE);
}

function threadIdOf(doc: Document): string | undefined {
  const selected = doc.querySelector('#MailList [aria-selected="true"][data-convid]');
  const convId = cleanText(selected?.getAttribute('data-convid'));
  if (convId) return convId;
  const match = /\/id\/([^/?#]+)/.exec(doc.URL);
  if (!match) return undefined;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return match[1];
  }
}

function userEmailOf(doc: Document): string | undefined {
  const candidates = [
    doc.querySelector('[id^="primaryMailboxRoot_"]')?.getAttribute('title'),
    doc.querySelector('[id^="primaryMailboxRoot_"]')?.getAttribute('data-folder-name'),
    doc.querySelector('#mectrl_currentAccount_secondary')?.textContent,
    doc.querySelector('[data-folder-name*="@"]')?.getAttribute('data-folder-name'),
  ];
  for (const candidate of candidates) {
    const email = findEmail(candidate);
    if (email) return email;
  }
  return undefined;
}

/** "Anna Nowak <anna@client.pl>", "anna@client.pl" or "Anna Nowak" → name and address. */
function parsePerson(value: string | null | undefined): PersonRead | undefined {
  const text = cleanText(value);
  if (!text) return undefined;
  // The address from the whole value: a long display name must not push it past the text's bound.
  const email = findEmail(value);
  let name = text;
  if (email) {
    name = text.replace(/<[^>]*>/g, ' ').replace(/\[[^\]]*\]/g, ' ').replace(/\S+@\S+/g, ' ');
  }
  const cleanName = cleanText(name.replace(/^["'\s]+|["'\s]+$/g, ''));
  if (!email && !cleanName) return undefined;
  return { ...(cleanName ? { name: cleanName } : {}), ...(email ? { email } : {}) };
}

/**
 * What one read of the reading pane needs to find each message's container without searching the
 * whole pane again for every ancestor of every message.
 */
interface PaneIndex {
  pane: Element;
  /** Every message body in the pane, in document order, and each one's position. */
  bodies: Element[];
  position: Map<Element, number>;
  /** Elements that hold an editable area (the reply box): a message container never reaches one. */
  holdsEditable: Set<Element>;
}

const EDITABLE = '[contenteditable="true"]';

/** One walk of the pane for both the bodies and the editable areas. */
function indexPane(pane: Element): PaneIndex {
  const bodies: Element[] = [];
  const holdsEditable = new Set<Element>();
  for (const el of Array.from(pane.querySelectorAll(`${ANY_MESSAGE_BODY}, ${EDITABLE}`))) {
    if (el.matches(ANY_MESSAGE_BODY)) bodies.push(el);
    if (!el.matches(EDITABLE)) continue;
    for (let node = el.parentElement; node && node !== pane && !holdsEditable.has(node); node = node.parentElement) {
      holdsEditable.add(node);
    }
  }
  const position = new Map(bodies.map((body, i) => [body, i] as const));
  return { pane, bodies, position, holdsEditable };
}

/**
 * The highest ancestor of one message body (from `start`, the body's document wrapper) that holds no
 * other body and no editor. An ancestor's descendants are one run in document order, so it holds
 * another body exactly when it holds a neighbour of this one: two `contains` calls per level.
 */
function messageContainer(body: Element, start: Element, index: PaneIndex): Element {
  const at = index.position.get(body) ?? -1;
  const previous = at > 0 ? index.bodies[at - 1] : undefined;
  const next = at >= 0 ? index.bodies[at + 1] : undefined;
  let container: Element = start;
  for (let node = start.parentElement; node && node !== index.pane; node = node.parentElement) {
    if ((previous && previous !== node && node.contains(previous)) || (next && node.contains(next))) break;
    if (index.holdsEditable.has(node)) break;
    container = node;
  }
  return container;
}

function outsideBody(el: Element): boolean {
  return !el.closest('[role="document"], [role="toolbar"], [data-testid="RecipientWell"]');
}

function readSender(container: Element): PersonRead {
  for (const el of Array.from(container.querySelectorAll('[aria-label]'))) {
    const label = el.getAttribute('aria-label') ?? '';
    if (!FROM_LABEL.test(label) || !outsideBody(el)) continue;
    const fromLabel = parsePerson(label.replace(FROM_LABEL, ''));
    const fromText = parsePerson(el.textContent);
    const email = fromLabel?.email ?? fromText?.email ?? findEmail(el.querySelector('[title*="@"]')?.getAttribute('title'));
    const name = fromLabel?.name ?? fromText?.name;
    if (email || name) return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
  }
  // Structure, whatever the language: the first header element showing an address.
  for (const el of Array.from(container.querySelectorAll('[title*="@"], span, div'))) {
    if (!outsideBody(el)) continue;
    const title = el.getAttribute('title');
    if (title && findEmail(title)) {
      const name = cleanText(el.textContent);
      const email = findEmail(title)!;
      return { ...(name && !name.includes('@') ? { name } : {}), email };
    }
    if (el.children.length === 0 && findEmail(el.textContent)) {
      // The address often sits in its own span next to the name: read the pair when it is short.
      const pair = el.parentElement?.textContent ?? '';
      return parsePerson(pair.length < 200 ? pair : el.textContent) ?? {};
    }
  }
  return {};
}

/** The first match in the message's header: never inside its body (foreign HTML). */
function inHeader(container: Element, selector: string): Element | null {
  for (const el of Array.from(container.querySelectorAll(selector))) if (!el.closest('[role="document"]')) return el;
  return null;
}

function readRecipients(container: Element): PersonRead[] {
  const well = inHeader(container, '[data-testid="RecipientWell"]');
  if (!well) return [];
  const people: PersonRead[] = [];
  const text = (well.textContent ?? '').replace(/^[^:@<]{1,20}:/, ' ');
  for (const part of text.split(/[;,]/)) {
    const recipient = parsePerson(part);
    if (recipient?.email) people.push(recipient);
  }
  return people;
}

function containerOf(body: Element, index: PaneIndex): Element {
  return messageContainer(body, body.parentElement ?? body, index);
}

/** The date as shown: the sidebar parses it in the page's UI language (webmail/analysis.ts), not this page. */
function readDate(container: Element): { dateText?: string } {
  const timeEl = inHeader(container, '[data-testid="SentReceivedSavedTime"]');
  const dateText = cleanText(timeEl?.getAttribute('title')) ?? cleanText(timeEl?.textContent);
  return dateText ? { dateText } : {};
}

/**
 * A collapsed message in the conversation: an `aria-expanded="false"` item that shows a header (a
 * "From:"-labelled sender or an address in a title) and no body. Controls (menus, buttons) carry
 * aria-expanded too and are never messages.
 */
const COLLAPSED_ITEM = '[aria-expanded="false"]';
const CONTROL = 'button, [role="menuitem"], [role="combobox"], [role="option"], [aria-haspopup]';

function hasSenderHeader(el: Element): boolean {
  for (const labelled of Array.from(el.querySelectorAll('[aria-label]'))) {
    if (FROM_LABEL.test(labelled.getAttribute('aria-label') ?? '') && outsideBody(labelled)) return true;
  }
  return !!inHeader(el, '[title*="@"]');
}

function collapsedItems(index: PaneIndex): Element[] {
  const found: Element[] = [];
  for (const el of Array.from(index.pane.querySelectorAll(COLLAPSED_ITEM))) {
    if (el.matches(CONTROL) || el.closest('[role="document"], #MailList') || index.holdsEditable.has(el)) continue;
    if (el.querySelector(ANY_MESSAGE_BODY) || el.querySelector(EDITABLE)) continue;
    if (!hasSenderHeader(el)) continue;
    found.push(el);
  }
  // The innermost item per message: a wrapper around several collapsed items is not one message.
  return found.filter((el) => !found.some((other) => other !== el && el.contains(other)));
}

/** A message of the pane: its body when shown, else (collapsed) only its header. */
interface PaneMessage {
  el: Element;
  collapsed: boolean;
}

function containerOfMessage(message: PaneMessage, index: PaneIndex): Element {
  return message.collapsed ? message.el : containerOf(message.el, index);
}

function readMessage(message: PaneMessage, index: PaneIndex, withText: boolean): RawMessage {
  const container = containerOfMessage(message, index);
  return {
    from: readSender(container),
    ...readDate(container),
    text: withText && !message.collapsed ? readBodyText(message.el, MAX_MESSAGE_TEXT) : '',
    ...(message.collapsed ? { collapsed: true } : {}),
    recipients: readRecipients(container),
  };
}

/** Visible messages from one end of the pane, at most `max`, in document order. */
function visibleMessages(candidates: readonly PaneMessage[], max: number, fromEnd: boolean): PaneMessage[] {
  const picked: PaneMessage[] = [];
  for (let k = 0; k < candidates.length && picked.length < max; k += 1) {
    const message = candidates[fromEnd ? candidates.length - 1 - k : k]!;
    if (isVisible(message.el)) picked.push(message);
  }
  return fromEnd ? picked.reverse() : picked;
}

/**
 * The messages at both ends of the pane, expanded or collapsed, in the page's order, reading no
 * others: the first and the last MAX_MESSAGES visible ones (all of them when no more are shown).
 * Outlook can show the newest message on top, and only the dates tell: the sidebar parses them,
 * puts the messages oldest first and keeps the latest MAX_MESSAGES (webmail/analysis.ts), so no
 * date parsing runs in the webmail's page (issue 16: the page's heap). Nothing is expanded.
 */
function readMessages(pane: Element, withText: boolean): RawMessage[] {
  const index = indexPane(pane);
  const candidates: PaneMessage[] = [
    ...index.bodies.filter((body) => body.matches(MESSAGE_BODY)).map((el) => ({ el, collapsed: false })),
    ...collapsedItems(index).map((el) => ({ el, collapsed: true })),
  ].sort((a, b) => (a.el.compareDocumentPosition(b.el) & 4 /* FOLLOWING */ ? -1 : 1));
  const head = visibleMessages(candidates, MAX_MESSAGES, false);
  const tail = visibleMessages(candidates, MAX_MESSAGES, true);
  // Both are runs of the same visible list: the head its start, the tail its end.
  const chosen = [...head, ...tail.filter((message) => !head.includes(message))];
  return chosen.map((message) => readMessage(message, index, withText));
}

function readSubject(pane: Element): string | undefined {
  for (const heading of Array.from(pane.querySelectorAll('[role="heading"]'))) {
    if (!outsideBody(heading)) continue;
    const text = cleanText(heading.textContent, 500) ?? cleanText(heading.querySelector('[title]')?.getAttribute('title'), 500);
    if (text) return text;
  }
  return undefined;
}

/**
 * What marks a compose body in every Outlook build, whatever the UI language: its `#editorParent_N`
 * wrapper, the "Alt+F10" in its label (in every translation), or Outlook's own body markup inside it.
 */
const BODY_MARKERS = 'div.elementToProof, [id$="Signature"], [id$="appendonsend"], [id$="divRplyFwdMsg"]';
const EDITABLE_AREA = '[contenteditable="true"], [contenteditable=""], [contenteditable="plaintext-only"]';
/** Where no draft may ever go: search, pickers, the message list, a shown message's body. */
const NEVER_A_BODY = '[role="search"], [role="combobox"], [role="listbox"], #MailList, [role="document"], [data-testid="RecipientWell"]';
/**
 * Recipient fields by their label, for the one fallback that has no structural mark. "à", "кому"
 * and "копия" are written as escapes: a regex keeps its characters in the bundle as they are, and
 * one character past ASCII makes Chrome hand the page the whole script's source as two-byte text
 * (issue 16: the page's heap; tests/unit/webmail/page-bundle.test.ts).
 */
const RECIPIENT_LABEL = /^\s*(to|cc|bcc|do|dw|udw|an|kopie|blindkopie|\u00e0|a|para|cco|aan|till|til|kopia|komu|\u043a\u043e\u043c\u0443|\u043a\u043e\u043f\u0438\u044f)\s*:?\s*$/iu;

function hasBodyMark(el: HTMLElement): boolean {
  return !!el.closest('[id^="editorParent_"]') || /alt\s*\+\s*f10/i.test(el.getAttribute('aria-label') ?? '') || !!el.querySelector(BODY_MARKERS);
}

/** A visible text input that is the compose's subject (never a search box or a picker). */
function isSubjectInput(input: HTMLInputElement): boolean {
  if (input.type && input.type !== 'text') return false;
  if (input.closest('[role="search"], [role="banner"], #MailList') || input.getAttribute('role') === 'combobox' || input.hasAttribute('aria-autocomplete')) return false;
  return isVisible(input);
}

/**
 * Whether an editable area comes before the compose's subject field: To and Cc do, the body never
 * does (older Outlook: To is a multi-line textbox too, and the body has no role at all).
 */
function precedesSubject(el: HTMLElement): boolean {
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < 12; depth += 1, node = node.parentElement) {
    if (node.matches(READING_PANE) || node === el.ownerDocument.body) break;
    const subject = Array.from(node.querySelectorAll<HTMLInputElement>('input')).find(isSubjectInput);
    if (subject) return !!(el.compareDocumentPosition(subject) & 4 /* FOLLOWING */);
  }
  return false;
}

function findOutlookEditors(doc: Document): HTMLElement[] {
  const areas = visibleAll<HTMLElement>(doc, EDITABLE_AREA).filter(
    (el) => !el.parentElement?.closest(EDITABLE_AREA) && !el.closest(NEVER_A_BODY) && !el.matches('[role="combobox"]'),
  );
  const marked = areas.filter(hasBodyMark);
  if (marked.length > 0) return marked;
  // No build-specific mark: a multi-line textbox that is not a recipient field by its label, its
  // place before the subject, or the pickers Outlook puts there. Anything else is not written into.
  return areas.filter(
    (el) =>
      el.getAttribute('role') === 'textbox' &&
      el.getAttribute('aria-multiline') === 'true' &&
      !RECIPIENT_LABEL.test(el.getAttribute('aria-label') ?? '') &&
      !el.hasAttribute('aria-autocomplete') &&
      !precedesSubject(el),
  );
}

function findOutlookEditor(doc: Document): HTMLElement | null {
  return chooseEditor(doc, findOutlookEditors(doc));
}

/** The compose form around the editor: the nearest ancestor holding a subject field. */
function findOutlookSubject(doc: Document, editor: HTMLElement): HTMLInputElement | null {
  let node: Element | null = editor.parentElement;
  for (let depth = 0; node && node !== doc.body && depth < 15; depth += 1, node = node.parentElement) {
    if (node.matches('[role="document"], #MailList')) break;
    const inputs = Array.from(node.querySelectorAll<HTMLInputElement>('input')).filter(isSubjectInput);
    if (inputs.length > 0) return inputs.find((input) => input.maxLength === 255) ?? inputs[0]!;
    // Stop at the reading pane: an inline reply has no subject of its own.
    if (node.matches(READING_PANE)) break;
  }
  return null;
}

/**
 * New message or reply: by the subject when the compose has one; else a compose inside the open
 * conversation is a reply, and one on Outlook's compose URL outside any conversation is new. When
 * nothing tells, a reply: its subject is never touched.
 */
function composeKind(doc: Document, editor: HTMLElement): ComposeKind {
  const subject = findOutlookSubject(doc, editor);
  if (subject) return looksLikeReplySubject(subject.value) ? 'reply' : 'new';
  if (editor.closest('#ConversationReadingPaneContainer, [data-app-section="ConversationContainer"]')) return 'reply';
  return /\/mail\/(?:[^/?#]+\/)*(?:deeplink\/)?compose(?:[/?#]|$)/.test(doc.URL) && !/\/id\//.test(doc.URL) ? 'new' : 'reply';
}

function readOutlook(doc: Document, withText: boolean): PageConversation {
  const pane = paneRoot(doc);
  const uiLanguage = doc.documentElement?.lang ?? '';
  const messages = pane ? readMessages(pane, withText) : [];
  const threadId = threadIdOf(doc);
  const subject = pane ? readSubject(pane) : undefined;
  const userEmail = userEmailOf(doc);
  const editor = findOutlookEditor(doc);
  return buildContext({
    provider: 'outlook',
    url: doc.URL,
    uiLanguage,
    ...(threadId ? { threadId } : {}),
    ...(subject ? { subject } : {}),
    ...(userEmail ? { userEmail } : {}),
    messages,
    pageOrder: true,
    compose: editor ? { open: true, kind: composeKind(doc, editor) } : { open: false },
  });
}

function findReplyControl(doc: Document): HTMLElement | null {
  const pane = paneRoot(doc) ?? doc;
  for (const icon of REPLY_ICONS) {
    const controls = visibleAll<HTMLElement>(pane, icon)
      .map((el) => el.closest<HTMLElement>('button, [role="button"], [role="menuitem"]'))
      .filter((el): el is HTMLElement => !!el && el.getAttribute('aria-disabled') !== 'true');
    if (controls.length > 0) return controls[controls.length - 1]!;
  }
  return null;
}

/** The page side: what the content script runs (the analysed twin for tests: webmail/adapters.ts). */
export const outlookPage: WebmailAdapter = {
  provider: 'outlook',
  readContext(doc) {
    return failSoft(() => readOutlook(doc, true), () => emptyContext('outlook', doc.URL));
  },
  readOutline(doc) {
    return failSoft(() => readOutlook(doc, false), () => emptyContext('outlook', doc.URL));
  },
  findEditor(doc) {
    return failSoft(() => findOutlookEditor(doc), () => null);
  },
  findEditors(doc) {
    return failSoft(() => findOutlookEditors(doc), () => []);
  },
  async openReply(doc) {
    try {
      const control = findReplyControl(doc);
      if (!control) return null;
      simulateClick(control);
      return await waitForElement(doc, () => findOutlookEditor(doc), OPEN_REPLY_TIMEOUT_MS);
    } catch {
      return null;
    }
  },
  findSubjectInput(doc, editor) {
    return failSoft(() => findOutlookSubject(doc, editor), () => null);
  },
  findSignature(editor) {
    // Outlook on the web writes the signature as <div id="Signature"> (seen in sent OWA mail);
    // newer builds suffix the id. Lower-case and class forms are accepted too, nothing broader.
    return editor.querySelector<HTMLElement>(
      '#Signature, div[id^="Signature"], div#signature, div[id^="signature_"], div.signature',
    );
  },
  observeRoot(doc) {
    return doc.body ?? doc.documentElement;
  },
};
