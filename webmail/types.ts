/** What an adapter reads from the open conversation. Everything here is untrusted page data. */

export type Provider = 'gmail' | 'outlook';
export type ThreadLanguage = 'pl' | 'en' | 'other';

export interface Participant {
  name?: string;
  /** Lower-case address, when the page shows one. */
  email?: string;
  role: 'sender' | 'recipient' | 'me';
}

export interface ThreadMessage {
  id?: string;
  from: { name?: string; email?: string };
  /** ISO date-time when it could be parsed, else absent. */
  date?: string;
  /** The date as the page shows it. */
  dateText?: string;
  /**
   * Plain text, bounded (MAX_MESSAGE_TEXT characters): the author's own words, without quoted
   * history or signature. Empty for a collapsed message (its body is not shown).
   */
  text: string;
  /** True when the page shows only the message's header (a collapsed message): nothing of its body was read. */
  collapsed?: boolean;
}

export type ComposeKind = 'reply' | 'new';

export type ContextField =
  | 'threadId'
  | 'subject'
  | 'participants'
  | 'messages'
  | 'userEmail'
  | 'senderEmail'
  | 'compose';

export interface ConversationContext {
  provider: Provider;
  /** Stable per thread; absent when no conversation is open. */
  threadId?: string;
  subject?: string;
  participants: Participant[];
  /** Oldest first. */
  messages: ThreadMessage[];
  userEmail?: string;
  language: ThreadLanguage;
  compose: { open: boolean; kind?: ComposeKind };
  /** The page's URL (to reopen the thread later). */
  url: string;
  /** What could not be read. */
  missing: ContextField[];
  /**
   * Messages the page folded away without rendering them (Gmail's "N older messages" bar): known to
   * exist, not read, never expanded on the user's behalf. Absent when there is no such fold.
   */
  foldedMessages?: number;
}

/**
 * The conversation as the content script reads it from the page, before any analysis of its text:
 * each message's text is the body as shown (quoted history's markup skipped, bounded), without its
 * own words cut out or its language guessed. The sidebar turns it into a ConversationContext
 * (webmail/analysis.ts), so the regexes and word lists of that analysis are never compiled in the
 * webmail's page (issue 16: the page's heap).
 */
export interface PageConversation extends Omit<ConversationContext, 'language'> {
  /** The webmail's UI language (`<html lang>`): the only hint a new message without a thread has. */
  uiLanguage?: string;
  /**
   * Outlook: `messages` are in the page's order, which may be newest first, and when more than
   * MAX_MESSAGES are shown they are both ends (at most 2 × MAX_MESSAGES): the sidebar reads their
   * dates, puts them oldest first and keeps the latest MAX_MESSAGES (webmail/analysis.ts). Absent:
   * oldest first already, at most MAX_MESSAGES.
   */
  pageOrder?: true;
}

export const MAX_MESSAGE_TEXT = 4000;
/**
 * How much more than MAX_MESSAGE_TEXT the page read keeps: the longest attribution line ("On … wrote:")
 * the own-words cut recognises, so a line that starts before the bound is still seen whole.
 */
export const PAGE_TEXT_SLACK = 400;
export const MAX_MESSAGES = 20;

export interface Draft {
  /** Sanitized HTML. */
  html: string;
  /** Plain-text twin, used for the clipboard and plain editors. */
  text: string;
  /** Set only on a new message, never on a reply. */
  subject?: string;
}

export type InsertFailure =
  | 'no-compose'
  | 'compose-not-found-after-open'
  | 'editor-rejected'
  | 'invalid-draft'
  /** The sidebar frame was hidden, transparent, covered or resized: a possible clickjacking. */
  | 'sidebar-not-visible';

export type InsertResult =
  | { ok: true; method: 'execCommand' | 'range'; openedReply: boolean }
  | { ok: false; reason: InsertFailure; detail: string };

/**
 * One webmail's page code. `C` is what it reads: the page's conversation in the content script
 * (PageConversation), or the analysed context where a test or the sidebar wraps it (webmail/adapters.ts).
 */
export interface WebmailAdapter<C extends PageConversation = PageConversation> {
  provider: Provider;
  /** Reads the open conversation from the document; never throws. */
  readContext(doc: Document): C;
  /**
   * Optional: the same context without reading any message text (texts are empty, so its language
   * means nothing). Cheap enough to run on every page change; it must agree with readContext on
   * everything the watcher compares (thread, subject, messages' ids/senders/dates, participants,
   * compose state, user).
   */
  readOutline?(doc: Document): C;
  /** The compose/reply body that is open and visible, if any (of several, the one with the caret). */
  findEditor(doc: Document): HTMLElement | null;
  /**
   * Optional: every open, visible compose body — message bodies only, never To, Cc, Bcc, Subject or
   * a search box — so the insertion can take the one the user last focused.
   */
  findEditors?(doc: Document): HTMLElement[];
  /** Opens a reply (language-independent); resolves to the editor or null. */
  openReply(doc: Document): Promise<HTMLElement | null>;
  /** Subject field of a new message (null on replies). */
  findSubjectInput(doc: Document, editor: HTMLElement): HTMLInputElement | null;
  /** The signature block inside the editor, to insert above it. */
  findSignature(editor: HTMLElement): HTMLElement | null;
  /** The element whose mutations mean the conversation may have changed. */
  observeRoot(doc: Document): Element;
}
