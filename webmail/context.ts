/**
 * Assembles the page's conversation from what an adapter read; shared by Gmail and Outlook. No
 * analysis of the text here (own words, language): that is the sidebar's (webmail/analysis.ts).
 */
import {
  MAX_MESSAGES,
  type ComposeKind,
  type ContextField,
  type PageConversation,
  type Participant,
  type Provider,
  type ThreadMessage,
} from './types';

export interface PersonRead {
  name?: string;
  email?: string;
}

export interface RawMessage extends ThreadMessage {
  recipients: PersonRead[];
}

export interface ContextParts {
  provider: Provider;
  url: string;
  threadId?: string;
  subject?: string;
  userEmail?: string;
  messages: RawMessage[];
  compose: { open: boolean; kind?: ComposeKind };
  /** The webmail's UI language (`<html lang>`): the only hint a new message without a thread has. */
  uiLanguage?: string;
  /** Messages folded away unrendered (see ConversationContext.foldedMessages). */
  foldedMessages?: number;
  /**
   * Senders of shown messages older than the latest MAX_MESSAGES (headers only): they are still
   * participants, so a long thread whose latest messages are the user's own still shows the client.
   */
  olderSenders?: PersonRead[];
  /** The messages are in the page's order, from both ends of a long thread (PageConversation.pageOrder): none is dropped here. */
  pageOrder?: boolean;
}

const ROLE_RANK: Record<Participant['role'], number> = { me: 3, sender: 2, recipient: 1 };

/** Senders and recipients of the messages, deduplicated by address (else by name). */
export function collectParticipants(messages: RawMessage[], userEmail?: string, olderSenders: PersonRead[] = []): Participant[] {
  const byKey = new Map<string, Participant>();
  const add = (person: PersonRead, role: 'sender' | 'recipient') => {
    const key = person.email ?? (person.name ? `name:${person.name.toLowerCase()}` : undefined);
    if (!key) return;
    const actualRole: Participant['role'] = userEmail && person.email === userEmail ? 'me' : role;
    const existing = byKey.get(key);
    if (!existing) {
      byKey.set(key, { ...(person.name ? { name: person.name } : {}), ...(person.email ? { email: person.email } : {}), role: actualRole });
      return;
    }
    if (!existing.name && person.name) existing.name = person.name;
    if (ROLE_RANK[actualRole] > ROLE_RANK[existing.role]) existing.role = actualRole;
  };
  for (const sender of olderSenders) add(sender, 'sender');
  for (const message of messages) {
    add(message.from, 'sender');
    for (const recipient of message.recipients) add(recipient, 'recipient');
  }
  return Array.from(byKey.values());
}

export function buildContext(parts: ContextParts): PageConversation {
  // In the page's order the sidebar chooses the latest (the participants of both ends are kept).
  const keep = parts.pageOrder ? parts.messages.length : MAX_MESSAGES;
  const latest = parts.messages.slice(-keep);
  const messages: ThreadMessage[] = latest.map(({ recipients: _recipients, ...message }) => message);
  const dropped = parts.messages.slice(0, Math.max(0, parts.messages.length - keep)).map((m) => m.from);
  const participants = collectParticipants(latest, parts.userEmail, [...(parts.olderSenders ?? []), ...dropped]);
  const missing: ContextField[] = [];
  if (!parts.threadId) missing.push('threadId');
  if (!parts.subject) missing.push('subject');
  if (participants.length === 0) missing.push('participants');
  if (messages.length === 0) missing.push('messages');
  if (!parts.userEmail) missing.push('userEmail');
  // The other side's address: someone who wrote in the thread and is not the user.
  const otherSenders = messages.filter((m) => !parts.userEmail || m.from.email !== parts.userEmail);
  if (!otherSenders.some((m) => m.from.email)) missing.push('senderEmail');
  if (!parts.compose.open) missing.push('compose');

  return {
    provider: parts.provider,
    ...(parts.threadId ? { threadId: parts.threadId } : {}),
    ...(parts.subject ? { subject: parts.subject } : {}),
    participants,
    messages,
    ...(parts.userEmail ? { userEmail: parts.userEmail } : {}),
    compose: parts.compose,
    ...(parts.uiLanguage ? { uiLanguage: parts.uiLanguage } : {}),
    url: parts.url,
    missing,
    ...(parts.foldedMessages ? { foldedMessages: parts.foldedMessages } : {}),
    ...(parts.pageOrder ? { pageOrder: true as const } : {}),
  };
}

/** A context for a page the adapter could not read at all (never thrown into the page). */
export function emptyContext(provider: Provider, url: string): PageConversation {
  return {
    provider,
    participants: [],
    messages: [],
    compose: { open: false },
    url,
    missing: ['threadId', 'subject', 'participants', 'messages', 'userEmail', 'senderEmail', 'compose'],
  };
}

/** Subjects of replies and forwards in the languages users are likely to have. */
const REPLY_PREFIX = /^\s*(re|odp|aw|sv|vs|antw|r|rif|tr|fw|fwd|pd|wg)\s*:/i;

export function looksLikeReplySubject(subject: string): boolean {
  return REPLY_PREFIX.test(subject);
}
