/**
 * Which message of the open thread the sidebar offers to keep: the latest message the client (not
 * the user) wrote whose text the page showed. Pure; the text stays plain text.
 */
import type { MessageRef } from '../../offboarding/types';
import type { ConversationContext, ThreadMessage } from '../../webmail/types';
import { senderEmails } from './conversation';

export interface ReplyToKeep {
  message: ThreadMessage;
  /** The thread and message the kept record links to. */
  source: MessageRef;
  /** The day it was sent, when the page showed a date it could read. */
  sentOn: string | null;
}

export function replyToKeep(context: ConversationContext | null): ReplyToKeep | null {
  if (!context?.threadId) return null;
  const others = new Set(senderEmails(context));
  for (let i = context.messages.length - 1; i >= 0; i -= 1) {
    const message = context.messages[i];
    if (!message || message.collapsed || message.text.trim() === '') continue;
    const from = message.from.email?.trim().toLowerCase();
    if (!from || !others.has(from)) continue;
    const source: MessageRef = { provider: context.provider, threadId: context.threadId };
    if (message.id) source.messageId = message.id;
    if (/^https?:\/\//.test(context.url)) source.url = context.url;
    const sentOn = message.date && /^\d{4}-\d{2}-\d{2}/.test(message.date) ? message.date.slice(0, 10) : null;
    return { message, source, sentOn };
  }
  return null;
}
