/**
 * Facts the open thread can offer for a message, as proposals: the sidebar shows them next to the
 * missing value and the user confirms one; nothing here is ever used silently.
 *
 * The thread is untrusted page data: a message's text is only matched against the cue lexicon
 * (cues.ts), and only the adapter's parsed date is taken from it.
 */
import { fromLocalDate } from '../offboarding/calendar';
import type { CallOutcome, EndReason, Lang } from '../offboarding/types';
import type { ThreadMessage } from '../webmail/types';
import { topicsIn } from './cues';
import { proposedReplyDates } from './reply-dates';
import { isInOtherLanguage } from './text-language';

export interface ThreadFactsInput {
  /** Oldest first, as the adapters read them. */
  messages: readonly ThreadMessage[];
  /** The user's own address: their messages are never the client's. */
  userEmail?: string;
}

export interface ClientTerminationMessage {
  /** Index in the thread (oldest first). */
  index: number;
  /** The local calendar date it was sent, YYYY-MM-DD; absent when the page's date could not be read. */
  date?: string;
}

/**
 * The client's latest message that ends the cooperation (a termination cue in the author's own
 * words, not in quoted history), with its date; null when the thread holds none.
 */
export function clientTerminationMessage(input: ThreadFactsInput): ClientTerminationMessage | null {
  if (input === null || typeof input !== 'object' || !Array.isArray(input.messages)) {
    throw new Error('clientTerminationMessage: expected { messages, userEmail? } with a messages array');
  }
  const own = input.userEmail?.trim().toLowerCase() || undefined;
  for (let index = input.messages.length - 1; index >= 0; index -= 1) {
    const message = input.messages[index];
    if (!message) continue;
    const from = message.from?.email?.trim().toLowerCase();
    // Without the user's address every message could be ours: nothing can be attributed.
    if (own === undefined || from === undefined || from === '' || from === own) continue;
    if (!topicsIn(message.text ?? '').includes('termination')) continue;
    const date = localDate(message.date);
    return date === undefined ? { index } : { index, date };
  }
  return null;
}

/** An adapter's ISO date-time as the user's local calendar date; undefined when unreadable. */
export function localDate(isoDateTime: string | undefined): string | undefined {
  if (typeof isoDateTime !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(isoDateTime)) return undefined;
  const instant = new Date(isoDateTime);
  if (Number.isNaN(instant.getTime())) return undefined;
  return fromLocalDate(instant);
}

/** A proposed value for a missing variable: the value in ISO form and where it came from. */
export interface ProposedValue {
  path: string;
  /** What the override becomes when the user confirms (dates as YYYY-MM-DD). */
  value: string;
  /** The client's termination message in the thread, the call whose outcome agreed the date, the
   * reason the user recorded for ending the cooperation, or a reply period counted from today. */
  source: 'thread-termination-message' | 'call-outcome' | 'recorded-reason' | 'reply-period';
  /** For a call outcome: the day of the call. */
  callOn?: string;
  /** For a reply period: its days from the letter's date. */
  days?: number;
}

/**
 * Proposals for the variables a draft is missing: the receipt date of the client's notice (the
 * date of their termination message in the open thread), the end date a mutual agreement names
 * (the one agreed in the call, when the outcome recorded one), and, given today, the reply date of
 * a letter before claim (its rule's days from today).
 */
export function proposedValues(
  missing: readonly string[],
  thread: ThreadFactsInput | null,
  outcome?: Pick<CallOutcome, 'on' | 'agreed' | 'endOn'> | null,
  recorded?: RecordedReason | null,
  today?: string,
): ProposedValue[] {
  if (!Array.isArray(missing)) throw new Error('proposedValues: missing must be a list of variable paths');
  const proposals: ProposedValue[] = [];
  if (thread !== null && missing.includes(RECEIPT_DATE_PATH)) {
    const found = clientTerminationMessage(thread);
    if (found?.date !== undefined) proposals.push({ path: RECEIPT_DATE_PATH, value: found.date, source: 'thread-termination-message' });
  }
  const agreedEnd = outcome && (outcome.agreed === 'mutual' || outcome.agreed === 'end-date') ? outcome.endOn : undefined;
  if (agreedEnd !== undefined && outcome && missing.includes(AGREED_END_PATH)) {
    proposals.push({ path: AGREED_END_PATH, value: agreedEnd, source: 'call-outcome', callOn: outcome.on });
  }
  const breach = recordedBreach(recorded);
  if (breach !== undefined && missing.includes(BREACH_PATH)) proposals.push({ path: BREACH_PATH, value: breach, source: 'recorded-reason' });
  // A letter before claim's reply date: the rule's period from today, for the user to keep or change.
  if (today !== undefined) for (const reply of proposedReplyDates(missing, today)) proposals.push({ ...reply, source: 'reply-period' });
  return proposals;
}

/** The reason the record holds for ending the cooperation, and the language of the message at hand. */
export interface RecordedReason {
  reason?: EndReason;
  reasonNote?: string;
  lang: Lang;
}

/**
 * The client's breach in the user's own words, where the record holds it (review10-pl C8): the
 * reason note, when the recorded reason is the client's breach or non-payment (never the sender's
 * own reason, such as capacity) and the note is not written in the other language. Proposed only:
 * the note is an internal record, and the user confirms it is what the client is told.
 */
function recordedBreach(recorded: RecordedReason | null | undefined): string | undefined {
  if (!recorded || (recorded.reason !== 'breach' && recorded.reason !== 'non-payment')) return undefined;
  const note = recorded.reasonNote?.trim();
  if (!note || isInOtherLanguage(note, recorded.lang)) return undefined;
  return note;
}

/** The variable holding what the client's breach is. */
export const BREACH_PATH = 'breach.description';

/** The variable holding the end date a mutual agreement names. */
export const AGREED_END_PATH = 'agreement.endDate';

/** The variable holding the day the client's notice reached us. */
export const RECEIPT_DATE_PATH = 'receipt.noticeReceivedOn';
