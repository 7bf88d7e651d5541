/**
 * Inserted is not sent. An insertion is logged with a fingerprint of the draft's opening; the
 * draft counts as sent only once a message of the user's own in the thread carries the same
 * opening. What this can and cannot see: the adapters read a message's own words (no quoted
 * history, no signature), so a sent draft whose first lines the user left as inserted is found; one
 * whose opening was rewritten, or sent from another thread, is not, and stays "inserted, not yet
 * sent" until the user ticks its step.
 */
import type { OffboardEvent } from '../offboarding/types';
import type { ThreadMessage } from '../webmail/types';
import { foldWithMap } from './fold';

/** How much of the opening is compared: enough to tell two messages apart, short enough to survive edits below it. */
const FINGERPRINT_CHARS = 120;
/** Shorter than this, an opening ("Dzień dobry,") is not distinctive enough to claim a match. */
const MIN_FINGERPRINT_CHARS = 24;

/** Folded (lower case, no diacritics), letters and digits only, single spaces. */
function normalise(text: string): string {
  return foldWithMap(text).folded.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The normalised first lines of a draft's plain text, without the salutation line (most drafts
 * open with one of a handful of them); empty when the text is too short to be told apart.
 */
export function draftFingerprint(text: string): string {
  const lines = text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== '');
  // A salutation is a short first line ending in a comma: "Szanowna Pani,", "Dear Mark,".
  if (lines.length > 1 && /,$/.test(lines[0] ?? '') && (lines[0] ?? '').length <= 60) lines.shift();
  const opening = normalise(lines.join(' ')).slice(0, FINGERPRINT_CHARS).trim();
  return opening.length >= MIN_FINGERPRINT_CHARS ? opening : '';
}

/** The user's own message in the thread that carries the fingerprint, or null. */
export function sentMessageWith(
  fingerprint: string,
  thread: { messages: readonly ThreadMessage[]; userEmail?: string },
): ThreadMessage | null {
  if (fingerprint.length < MIN_FINGERPRINT_CHARS) return null;
  const own = thread.userEmail?.trim().toLowerCase();
  // Without the user's address no message can be attributed to them.
  if (!own) return null;
  for (const message of thread.messages) {
    if (message.collapsed || message.from.email?.trim().toLowerCase() !== own) continue;
    if (normalise(message.text).includes(fingerprint)) return message;
  }
  return null;
}

export type DeliveryStatus = 'sent' | 'inserted';

export interface DraftDelivery {
  kind: string;
  lang: string;
  fingerprint: string;
  status: DeliveryStatus;
  /** Known only from this thread, not yet logged as draft-sent. */
  newlySeen: boolean;
}

/**
 * Every insertion of this offboarding (or of the client when there is none), latest per kind, with
 * whether it was sent: a draft-sent event, or the user's message in the open thread carrying its
 * fingerprint. An insertion logged before fingerprints existed cannot be checked and counts as
 * sent, as the record has always said.
 */
export function draftDeliveries(
  events: readonly OffboardEvent[],
  offboardingId: string | undefined,
  thread: { messages: readonly ThreadMessage[]; userEmail?: string } | null,
): DraftDelivery[] {
  const ofThis = events.filter((e) => !offboardingId || !e.offboardingId || e.offboardingId === offboardingId);
  const sentPrints = new Set(ofThis.filter((e) => e.type === 'draft-sent').map((e) => String(e.data.fingerprint ?? '')));
  const latest = new Map<string, DraftDelivery>();
  for (const event of ofThis) {
    if (event.type !== 'draft-inserted' || typeof event.data.kind !== 'string') continue;
    const kind = event.data.kind;
    const lang = typeof event.data.lang === 'string' ? event.data.lang : '';
    const fingerprint = typeof event.data.fingerprint === 'string' ? event.data.fingerprint : '';
    const earlier = latest.get(kind);
    // Once any insertion of a kind went out, the kind stays sent.
    if (earlier?.status === 'sent' && !earlier.newlySeen) continue;
    let status: DeliveryStatus = 'inserted';
    let newlySeen = false;
    if (!('fingerprint' in event.data) || (fingerprint !== '' && sentPrints.has(fingerprint))) status = 'sent';
    else if (thread && sentMessageWith(fingerprint, thread)) {
      status = 'sent';
      newlySeen = true;
    }
    if (earlier?.status === 'sent' && status !== 'sent') continue;
    latest.set(kind, { kind, lang, fingerprint, status, newlySeen });
  }
  return [...latest.values()];
}
