/**
 * Drafts: which kinds were already sent, the template to render for a chosen language and tone,
 * and insertion with the clipboard as the fallback. The step a message completes is in
 * templates/kinds.ts.
 */
import type { Client, Lang, OffboardEvent, Offboarding, Settings, Tone } from '../../offboarding/types';
import type { ConversationContext, Draft, InsertResult } from '../../webmail/types';
import type { ClientChanges } from '../../storage/protocol';
import { TEMPLATE_KINDS } from '../../templates/types';
import type { RenderedDraft, Suggestion, Template, TemplateKind } from '../../templates/types';
import type { ClipboardPort, PagePort, TemplateEngine } from './ports';
import { RECEIPT_DATE_PATH } from '../../templates/thread-facts';
import { draftDeliveries } from '../../templates/sent-match';
import { errorText } from '../../common/errors';
import type { DraftRenderInput } from '../../templates/draft-render';
import type { ConversationFacts } from '../../templates/variables';

function isTemplateKind(value: unknown): value is TemplateKind {
  return typeof value === 'string' && (TEMPLATE_KINDS as readonly string[]).includes(value);
}

/**
 * Kinds already sent, for the ranking: an insertion counts only once the message appears among the
 * user's own in the thread (templates/sent-match.ts), or was seen there before (a draft-sent event).
 * Limited to the current offboarding when there is one (an earlier engagement's messages do not count).
 */
export function sentKindsFrom(events: readonly OffboardEvent[], offboardingId?: string, context?: ConversationContext | null): TemplateKind[] {
  return draftDeliveries(events, offboardingId, threadOf(context))
    .filter((delivery) => delivery.status === 'sent')
    .map((delivery) => delivery.kind)
    .filter(isTemplateKind);
}

/** A template picked by hand, as a card: no ranking, no reasons (the card says it was picked). */
export function pickedSuggestion(template: Template): Suggestion {
  return { template, kind: template.kind, lang: template.lang, tone: template.tone, score: 0, reasons: [] };
}

/** The thread as sent-match reads it, or null without a conversation. */
export function threadOf(context: ConversationContext | null | undefined): { messages: ConversationContext['messages']; userEmail?: string } | null {
  if (!context) return null;
  return { messages: context.messages, ...(context.userEmail ? { userEmail: context.userEmail } : {}) };
}

/**
 * The template for a kind in the chosen language and tone; the same variant when one exists,
 * then any variant, then the other tone; at each of those, the user's own before a built-in.
 * Null when the kind has no template in that language.
 */
export function pickTemplate(
  templates: readonly Template[],
  base: Template,
  lang: Lang,
  tone: Tone,
): Template | null {
  const sameKind = templates.filter((t) => t.kind === base.kind && t.lang === lang);
  const ranked = [
    (t: Template) => t.tone === tone && t.variant === base.variant,
    (t: Template) => t.tone === tone,
    (t: Template) => t.variant === base.variant,
    () => true,
  ];
  for (const test of ranked) {
    const found = sameKind.find((t) => !t.builtIn && test(t)) ?? sameKind.find(test);
    if (found) return found;
  }
  return null;
}

export interface DraftSource {
  client: Client | null;
  offboarding: Offboarding | null;
  settings: Settings;
  context: ConversationContext | null;
  today: string;
  overrides: Record<string, string>;
}

/** What a draft is rendered from: everything known plus the values the user typed (empty ones left out). */
export function draftRenderInput(source: DraftSource): DraftRenderInput {
  const overrides: Record<string, string> = {};
  for (const [name, value] of Object.entries(source.overrides)) {
    if (value.trim() !== '') overrides[name] = value.trim();
  }
  return {
    ...(source.client ? { client: source.client } : {}),
    ...(source.offboarding ? { offboarding: source.offboarding } : {}),
    ...(source.context ? { context: conversationFacts(source.context) } : {}),
    settings: source.settings,
    today: source.today,
    overrides,
  };
}

/** The thread as a draft uses it: the subject and who wrote each message, nothing of their text. */
function conversationFacts(context: ConversationContext): ConversationFacts {
  return {
    ...(context.subject !== undefined ? { subject: context.subject } : {}),
    messages: context.messages.map((message) => ({
      from: {
        ...(message.from.name !== undefined ? { name: message.from.name } : {}),
        ...(message.from.email !== undefined ? { email: message.from.email } : {}),
      },
    })),
    ...(context.userEmail ? { userEmail: context.userEmail } : {}),
  };
}

/** Renders a template with everything known plus the values the user typed. */
export function renderDraft(engine: TemplateEngine, template: Template, source: DraftSource): Promise<RenderedDraft> {
  return engine.renderDraft(template, draftRenderInput(source));
}

/**
 * Typed values that belong to the client record, as a clients.update change. Values for anything
 * else (dates of this message, amounts…) stay in the draft only.
 */
export function clientChangesFromOverrides(client: Client, overrides: Record<string, string>): ClientChanges {
  const changes: ClientChanges = {};
  const recipient = { ...client.recipient };
  const contract = { ...client.contract };
  let recipientChanged = false;
  let contractChanged = false;
  for (const [name, raw] of Object.entries(overrides)) {
    const value = raw.trim();
    if (value === '') continue;
    switch (name) {
      case 'client.name': changes.name = value; break;
      case 'client.company': changes.company = value; break;
      case 'recipient.firstName': case 'client.firstName': recipient.firstName = value; recipientChanged = true; break;
      case 'recipient.lastName': case 'client.lastName': recipient.lastName = value; recipientChanged = true; break;
      case 'recipient.title': recipient.title = value; recipientChanged = true; break;
      case 'contract.title': contract.title = value; contractChanged = true; break;
      // A date is saved only as a calendar day (invalidClientDates names the others).
      case 'contract.signedOn': if (ISO_DAY.test(value)) { contract.signedOn = value; contractChanged = true; } break;
      case 'contract.fixedTermEndsOn': if (ISO_DAY.test(value)) { contract.fixedTermEndsOn = value; contractChanged = true; } break;
      case 'contract.clause': contract.clause = value; contractChanged = true; break;
      case 'contract.breachClause': contract.breachClause = value; contractChanged = true; break;
      case 'contract.renewalClause': contract.renewalClause = value; contractChanged = true; break;
      default: break;
    }
  }
  if (recipientChanged) changes.recipient = recipient;
  if (contractChanged) changes.contract = contract;
  return changes;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Client-record dates typed as something other than a calendar day: not saved, and said so. */
export function invalidClientDates(overrides: Record<string, string>): string[] {
  return ['contract.signedOn', 'contract.fixedTermEndsOn'].filter((path) => {
    const value = overrides[path]?.trim() ?? '';
    return value !== '' && !ISO_DAY.test(value);
  });
}

/**
 * The client's notice to record from a confirmed receipt date: only when the client ended it, no
 * notice is recorded yet, and the date is the one the thread's own termination message carries (so
 * the channel, e-mail, is known too). A date typed by hand stays in the draft: its channel is not known.
 */
export function clientNoticeFromOverrides(
  offboarding: Offboarding | null,
  overrides: Record<string, string>,
  threadDate: string | undefined,
): { servedOn: string; channel: 'email'; acknowledgementRequested: false } | null {
  const typed = overrides[RECEIPT_DATE_PATH]?.trim();
  if (!offboarding || offboarding.notice || offboarding.initiator !== 'client') return null;
  if (!typed || typed !== threadDate || !/^\d{4}-\d{2}-\d{2}$/.test(typed)) return null;
  return { servedOn: typed, channel: 'email', acknowledgementRequested: false };
}

export type InsertOutcome =
  | { status: 'inserted'; result: Extract<InsertResult, { ok: true }> }
  | { status: 'copied'; reason: string }
  | { status: 'failed'; reason: string };

/** Rejects when the promise has not settled within ms (a content script that never answers). */
export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The page did not answer within ${ms} ms`)), ms);
    promise.then(
      (value) => { clearTimeout(timer); resolve(value); },
      (error: unknown) => { clearTimeout(timer); reject(error instanceof Error ? error : new Error(String(error))); },
    );
  });
}

/**
 * Asks the content script to insert the draft into the reply; when it refuses, fails or does not
 * answer, puts the draft on the clipboard instead so the user only has to paste it.
 */
export async function insertOrCopy(
  page: PagePort,
  clipboard: ClipboardPort,
  tabId: number | null,
  draft: Draft,
  timeoutMs: number,
): Promise<InsertOutcome> {
  let reason: string;
  if (tabId === null) {
    reason = 'The sidebar does not know its tab';
  } else {
    try {
      const result = await withTimeout(page.insertDraft(draft), timeoutMs);
      if (result.ok) return { status: 'inserted', result };
      reason = `${result.reason}: ${result.detail}`;
      // Refused because the frame was not visible (clickjacking): no clipboard copy either.
      if (result.reason === 'sidebar-not-visible') return { status: 'failed', reason };
    } catch (error) {
      reason = errorText(error);
    }
  }
  try {
    await clipboard.writeDraft(draft);
    return { status: 'copied', reason };
  } catch (error) {
    return { status: 'failed', reason: `${reason}; clipboard: ${errorText(error)}` };
  }
}
