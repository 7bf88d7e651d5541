/**
 * What the sidebar derives from the open conversation: whether there is one, who the other party
 * is, and the payload that starts an offboarding from it. Pure functions over untrusted page data.
 */
import { detectCues } from '../../templates/cues';
import { inferThreadStages } from '../../templates/thread-stage';
import type { ConversationContext } from '../../webmail/types';
import type { Client, Lang, Settings } from '../../offboarding/types';
import type { StartOffboardingInput } from '../../storage/protocol';
import { displayNameFromAddress, domainOf, isClientAddress, isFreeMailDomain, normalizeEmail } from '../../offboarding/client';

export type ConversationStatus = 'none' | 'unreadable' | 'readable';

/** The address as a lower-case e-mail, or null when the page showed something else. */
function safeEmail(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    return normalizeEmail(raw);
  } catch {
    return null;
  }
}

/** The user's own addresses as the page shows them (the account and any participant marked "me"). */
function ownEmails(context: ConversationContext): Set<string> {
  const own = new Set<string>();
  const user = safeEmail(context.userEmail);
  if (user) own.add(user);
  for (const participant of context.participants) {
    if (participant.role !== 'me') continue;
    const email = safeEmail(participant.email);
    if (email) own.add(email);
  }
  return own;
}

/** Whether the conversation's other party is this client (by address, or by company domain). */
export function isConversationClient(client: Pick<Client, 'emails' | 'domains'>, context: ConversationContext | null): boolean {
  if (!context) return false;
  const emails = new Set(client.emails);
  const domains = new Set(client.domains);
  return otherPartyEmails(context).some((email) => emails.has(email) || domains.has(domainOf(email)));
}

function distinctOthers(context: ConversationContext, candidates: ReadonlyArray<string | undefined>): string[] {
  const own = ownEmails(context);
  const found = new Set<string>();
  for (const raw of candidates) {
    const email = safeEmail(raw);
    if (email && !own.has(email)) found.add(email);
  }
  return [...found];
}

/**
 * Who wrote to the user in this thread, latest first: the senders of the messages, then the
 * participants the page marks as senders. Anyone can CC a real client, so the client is matched
 * from these first (components/sidebar/state.ts), and from every participant only when none matches.
 */
export function senderEmails(context: ConversationContext): string[] {
  return distinctOthers(context, [
    ...[...context.messages].reverse().map((m) => m.from.email),
    ...context.participants.filter((p) => p.role === 'sender').map((p) => p.email),
  ]);
}

/** Every other party's address, senders first (latest first), then the other participants. */
export function otherPartyEmails(context: ConversationContext): string[] {
  return distinctOthers(context, [
    ...senderEmails(context),
    ...context.participants.filter((p) => p.role !== 'me').map((p) => p.email),
  ]);
}

/**
 * The sender of the latest message not written by the user, when that is not one of the client's
 * addresses or company domains: a reply would go to someone other than the client shown. Null when
 * it is the client, or no other sender is known.
 */
export function latestSenderOutsideClient(
  client: Pick<Client, 'emails' | 'domains'>,
  context: ConversationContext | null,
): string | null {
  if (!context) return null;
  const own = ownEmails(context);
  for (const message of [...context.messages].reverse()) {
    const email = safeEmail(message.from.email);
    if (!email || own.has(email)) continue;
    return isClientAddress(client, email) ? null : email;
  }
  return null;
}

export function conversationStatus(context: ConversationContext | null): ConversationStatus {
  if (!context || !context.threadId) return 'none';
  return otherPartyEmails(context).length > 0 ? 'readable' : 'unreadable';
}

/**
 * The other party: the latest message not written by the user, else the first other participant.
 * The name is the one the page showed, else one made from the address.
 */
export function otherParty(context: ConversationContext): { name: string; email: string } | null {
  const own = ownEmails(context);
  for (const message of [...context.messages].reverse()) {
    const email = safeEmail(message.from.email);
    if (email && !own.has(email)) return { name: cleanName(message.from.name) || displayNameFromAddress(email), email };
  }
  for (const participant of context.participants) {
    if (participant.role === 'me') continue;
    const email = safeEmail(participant.email);
    if (email && !own.has(email)) return { name: cleanName(participant.name) || displayNameFromAddress(email), email };
  }
  return null;
}

/** Names from the page are plain text; trimmed, bounded, and a bare address is not a name. */
function cleanName(name: string | undefined): string {
  const text = (name ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
  return text.includes('@') ? '' : text;
}

export function languageOf(context: ConversationContext | null, settings: Settings): Lang {
  const lang = context?.language;
  return lang === 'pl' || lang === 'en' ? lang : settings.defaultLanguage;
}

/**
 * Who ended it, as the thread tells: the client's own termination or a proposal of mutual
 * agreement; otherwise we do. Only a starting value: the user confirms it in the form shown next.
 */
export function initiatorFromContext(context: ConversationContext): Pick<StartOffboardingInput, 'initiator' | 'reason'> {
  const cues = detectCues(context.messages, context.userEmail ? { userEmail: context.userEmail } : {});
  const clientTopics = new Set(cues.recent.filter((message) => message.author === 'client').flatMap((message) => message.topics));
  if (clientTopics.has('agreement')) return { initiator: 'mutual', reason: 'other' };
  // A notice the thread shows served says who ended it ("potwierdzam otrzymanie wypowiedzenia" is not the client's own).
  const served = inferThreadStages(context.messages, context.userEmail ? { userEmail: context.userEmail } : {}).notice;
  if (served !== undefined) return served.servedBy === 'me' ? { initiator: 'we', reason: 'other' } : { initiator: 'client', reason: 'client-decision' };
  if (clientTopics.has('termination')) return { initiator: 'client', reason: 'client-decision' };
  return { initiator: 'we', reason: 'other' };
}

/**
 * The offboarding.start request for the open conversation. The domain is kept only when it is a
 * company's (never gmail.com, wp.pl…). Initiator and reason come from the thread where it says who
 * ended it; the user corrects them in the form shown right after.
 */
export function startInputFromContext(context: ConversationContext, settings: Settings): StartOffboardingInput {
  const party = otherParty(context);
  if (!party) throw new Error('The conversation shows no address other than yours');
  const domain = domainOf(party.email);
  const input: StartOffboardingInput = {
    name: party.name,
    email: party.email,
    language: languageOf(context, settings),
    ...initiatorFromContext(context),
  };
  if (!isFreeMailDomain(domain)) input.domain = domain;
  if (context.threadId) {
    input.thread = { provider: context.provider, threadId: context.threadId, url: context.url };
    if (context.subject) input.thread.subject = context.subject;
  }
  return input;
}
