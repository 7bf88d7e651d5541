/**
 * What the sidebar makes of the conversation the content script read (PageConversation): each
 * message's own words (quoted history and signature cut, webmail/quoted.ts), its date (neither
 * page parses one: webmail/dates.ts, in the page's UI language), Outlook's messages put oldest
 * first by those dates, and the thread's language (webmail/language.ts). It runs in the sidebar,
 * the extension's own page, so none of its regexes, word lists and Intl formats are compiled in
 * the webmail's page (issue 16: the page's heap).
 *
 * The page is untrusted and so is what the content script read from it: `readPageConversation`
 * checks the shape of what arrives before anything reads it.
 */
import { parseMailDate } from './dates';
import { guessThreadLanguage } from './language';
import { ownWords } from './quoted';
import {
  MAX_MESSAGE_TEXT,
  MAX_MESSAGES,
  type ConversationContext,
  type PageConversation,
  type ThreadLanguage,
  type ThreadMessage,
  type WebmailAdapter,
} from './types';

/** 'pl', 'pl-PL' → pl; 'en', 'en-GB' → en; anything else is not a language we write in. */
export function languageFromTag(tag: string | undefined): ThreadLanguage {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'pl' || primary === 'en' ? primary : 'other';
}

/**
 * The thread's language from its text. A new message with nothing to read takes the webmail's UI
 * language: it is what the user writes in when nothing else says otherwise.
 */
function languageOf(messages: readonly ThreadMessage[], page: PageConversation): ThreadLanguage {
  // Collapsed messages have no text: they say nothing about the thread's language.
  const texts = messages.filter((m) => !m.collapsed).map((m) => m.text);
  if (texts.length === 0 && page.subject) texts.push(page.subject);
  if (texts.length === 0 && page.compose.kind === 'new') return languageFromTag(page.uiLanguage);
  return guessThreadLanguage(texts);
}

/**
 * Messages in the page's order (PageConversation.pageOrder) oldest first, the latest MAX_MESSAGES:
 * newest first when the first one's date is after the last one's (both read).
 */
function latestOldestFirst(messages: ThreadMessage[]): ThreadMessage[] {
  const first = messages[0]?.date;
  const last = messages[messages.length - 1]?.date;
  const newestFirst = !!first && !!last && first > last;
  return (newestFirst ? [...messages].reverse() : messages).slice(-MAX_MESSAGES);
}

/** The page's conversation as the sidebar reads it: dated, oldest first, own words, bounded, and the language. */
export function analyseConversation(page: PageConversation): ConversationContext {
  const { uiLanguage: _uiLanguage, pageOrder, ...rest } = page;
  const dated = page.messages.map((message): ThreadMessage => {
    const date = message.date ?? parseMailDate(message.dateText, { locale: page.uiLanguage ?? '' });
    return date ? { ...message, date } : message;
  });
  const messages = (pageOrder ? latestOldestFirst(dated) : dated).map((message): ThreadMessage =>
    message.collapsed ? message : { ...message, text: ownWords(message.text).slice(0, MAX_MESSAGE_TEXT) },
  );
  return { ...rest, messages, language: languageOf(messages, page) };
}

/** An adapter whose reads are analysed as the sidebar analyses them (tests, tools). */
export function withAnalysis(adapter: WebmailAdapter): WebmailAdapter<ConversationContext> {
  const { readOutline, ...rest } = adapter;
  return {
    ...rest,
    readContext: (doc) => analyseConversation(adapter.readContext(doc)),
    ...(readOutline ? { readOutline: (doc: Document) => analyseConversation(readOutline(doc)) } : {}),
  };
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const optionalString = (value: unknown) => value === undefined || typeof value === 'string';
const isPerson = (value: unknown) => isObject(value) && optionalString(value.name) && optionalString(value.email);

/** The longest text a message may carry from the page. */
const MAX_PAGE_TEXT = MAX_MESSAGE_TEXT * 2;

function isMessage(value: unknown): boolean {
  return (
    isObject(value) &&
    isPerson(value.from) &&
    typeof value.text === 'string' &&
    value.text.length <= MAX_PAGE_TEXT &&
    optionalString(value.id) &&
    optionalString(value.date) &&
    optionalString(value.dateText) &&
    (value.collapsed === undefined || typeof value.collapsed === 'boolean')
  );
}

/** The conversation a content script sent, if it has the shape of one; else null. */
export function readPageConversation(value: unknown): PageConversation | null {
  if (!isObject(value)) return null;
  const { provider, participants, messages, compose, url, missing } = value;
  if (provider !== 'gmail' && provider !== 'outlook') return null;
  if (!Array.isArray(participants) || !participants.every((p) => isPerson(p) && isObject(p) && ['sender', 'recipient', 'me'].includes(p.role as string))) return null;
  if (!Array.isArray(messages) || messages.length > 1000 || !messages.every(isMessage)) return null;
  if (!isObject(compose) || typeof compose.open !== 'boolean' || !(compose.kind === undefined || compose.kind === 'reply' || compose.kind === 'new')) return null;
  if (typeof url !== 'string' || !Array.isArray(missing) || !missing.every((field) => typeof field === 'string')) return null;
  if (![value.threadId, value.subject, value.userEmail, value.uiLanguage].every(optionalString)) return null;
  if (!(value.foldedMessages === undefined || typeof value.foldedMessages === 'number')) return null;
  if (!(value.pageOrder === undefined || value.pageOrder === true)) return null;
  return value as unknown as PageConversation;
}
