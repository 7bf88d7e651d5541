/**
 * Whether a kind of message applies to the client's contract (the types are in kinds.ts): what the
 * suggestion ranking and the reviewer's catalogue both read. An umowa o dzieło is ended by withdrawal (odstąpienie, art.
 * 635, 640, 644 k.c.), never by a notice or art. 746; the withdrawal texts (art. 640, 644) belong
 * to the umowa o dzieło alone. A non-renewal needs a fixed term the record holds.
 */
import type { Client, Offboarding } from '../offboarding/types';
import { paymentDueFor } from '../offboarding/deadlines';
import { citesPolishLaw } from '../offboarding/governing-law';
import { KINDS } from './kinds';
import type { Template, TemplateKind } from './types';
import { isOutstanding } from '../offboarding/settlement';
import { preActionRouteFor } from '../offboarding/uk-debt';
import { overdueReceivables } from '../offboarding/recovery';

/** Why a kind (or one variant of it) is not offered for a client's contract, or undefined when it is. */
export type NotOffered =
  | 'contract-type'
  /** A kind for an umowa o dzieło alone while the type is not recorded (no client, or none entered). */
  | 'type-unknown'
  | 'no-fixed-term'
  | 'end-of-month-rule'
  | 'no-written-form'
  /** The signed-notice cover while the form is neither recorded nor chosen in the notice. */
  | 'form-unknown'
  | 'payment-timing'
  | 'nothing-overdue'
  | 'notice-served'
  | 'client-ended'
  | 'acknowledged'
  | 'offboarding-closed'
  | 'nothing-open'
  /** A demand before legal action with no unpaid amount recorded at all: it presupposes one. */
  | 'nothing-owed'
  | 'no-due-date'
  | 'no-client-withdrawal'
  /** Money owed with no due date and never asked for: the first request comes before a demand (art. 455 k.c.). */
  | 'not-yet-requested'
  /** An amount owed is overdue: thanks, or a favour asked, would read as pressure or as a slip. */
  | 'money-overdue'
  /** A client in England and Wales who is an individual or sole trader: the Letter of Claim instead. */
  | 'debt-protocol'
  /** The Letter of Claim (Pre-Action Protocol for Debt Claims) only for such a client. */
  | 'not-debt-protocol';

/**
 * Whether a kind applies to the client's contract. With no client, or a client whose type was never
 * entered (issue 12), the type is unknown: a kind for an umowa o dzieło alone (the withdrawals,
 * whose art. 640 and 644 k.c. hold for that type only) waits for it ('type-unknown', not "not for
 * this type"); the others stay offered, their texts then naming no type and citing no article that
 * depends on one (templates/variables.ts). Non-renewal needs a recorded fixed term.
 */
export function notOfferedFor(kind: TemplateKind, client: Pick<Client, 'contract'> | null | undefined): NotOffered | undefined {
  if (kind === 'non-renewal' && !client?.contract.fixedTermEndsOn) return 'no-fixed-term';
  const types = KINDS[kind].contractTypes;
  const type = client?.contract.type;
  if (type === undefined) return types.some((t) => t !== 'dzielo') ? undefined : 'type-unknown';
  if (!types.includes(type)) return 'contract-type';
  return undefined;
}

export function appliesToContract(kind: TemplateKind, client: Pick<Client, 'contract'> | null | undefined): boolean {
  return notOfferedFor(kind, client) === undefined;
}

/** What the day and the record say, for variants that depend on them. */
export interface OfferSituation {
  today: string;
  offboarding?: (Pick<Offboarding, 'settlement'> & Partial<Pick<Offboarding, 'notice' | 'closedOn' | 'initiator' | 'checklist'>>) | null;
  /** Before any offboarding: the thread shows the client's own termination (templates/suggest.ts). */
  clientEndedBeforeStart?: boolean;
  /** A message asking for payment (the settlement, a reminder) was sent in the thread or the record. */
  paymentRequested?: boolean;
  /** The client's latest message says the money was paid: the record may just not show it yet. */
  clientSaysPaid?: boolean;
  /** No form recorded: the form the user chose for the notice (contract.requiredForm), if any. */
  resolvedForm?: 'documentary' | 'written';
}

/**
 * The form the notice needs: the contract's recorded one, else (no client, or a client whose form
 * was never entered) the one the user chose; undefined while neither is known.
 */
export function noticeForm(client: Pick<Client, 'contract'> | null | undefined, resolvedForm: 'documentary' | 'written' | undefined): 'documentary' | 'written' | undefined {
  return client?.contract.requiredForm ?? resolvedForm;
}

/**
 * Kinds that thank the client or ask a favour of them: not while an amount they owe is overdue,
 * when the sender may be about to demand it (review11-en B5, B6; their own "when" says so).
 */
const NOT_WHILE_MONEY_OVERDUE: ReadonlySet<TemplateKind> = new Set<TemplateKind>(['closing-thanks', 'feedback-request', 'testimonial-request', 'referral-request']);

/**
 * Kinds that ask for or answer a decision the sender has not yet made: moot once the client ended
 * it. The breach call among them: its sanction is the immediate notice, itself withheld then.
 */
const MOOT_AFTER_CLIENT_ENDED: ReadonlySet<TemplateKind> = new Set<TemplateKind>([
  'breach-remedy',
  'retention-reply',
  'conversation-request',
  'mutual-agreement',
  'mutual-agreement-confirmation',
  'dzielo-withdrawal',
]);

/** Kinds that answer the client's notice: not where the record says the sender served it. */
const ANSWERS_CLIENT_NOTICE: ReadonlySet<TemplateKind> = new Set<TemplateKind>(['termination-ack', 'termination-dispute', 'dzielo-withdrawal-reply']);

/** Kinds that belong to the time before the cooperation is closed: moot once the record closes it. */
const MOOT_AFTER_CLOSING: ReadonlySet<TemplateKind> = new Set<TemplateKind>([...ANSWERS_CLIENT_NOTICE, 'handover-plan', 'breach-remedy']);


/**
 * Whether one template applies to the client's contract: its kind does, and its variant does not
 * contradict the contract's terms or the day. A notice's end date follows the contract's own rule
 * (art. 110 k.c.: the contract comes first): the period variant (the end of the period) only where
 * the contract has no end-of-month rule, the end-of-month variant only where it has one. A payment
 * reminder before, on or after the due date only on such a day (the due date moved by art. 115,
 * as the ranking reads it). What is unknown (no client, no due date) leaves every variant offered.
 */
export function templateNotOfferedFor(
  template: Pick<Template, 'kind' | 'variant'> & Partial<Pick<Template, 'lang'>>,
  client: (Pick<Client, 'contract'> & Partial<Pick<Client, 'address' | 'company' | 'name'>>) | null | undefined,
  situation?: OfferSituation,
): NotOffered | undefined {
  const byKind = notOfferedFor(template.kind, client);
  if (byKind !== undefined) return byKind;
  const notice = situation?.offboarding?.notice;
  // A notice already served: a second one would give another end date (and an immediate one a
  // termination nobody declared); the cover and the reminders are what is left to send. A call to
  // remedy a breach leads to an immediate notice, which is no longer open either.
  if (notice?.servedBy === 'we' && (template.kind === 'termination-notice' || template.kind === 'non-renewal' || template.kind === 'dzielo-withdrawal' || template.kind === 'breach-remedy')) return 'notice-served';
  if (notice?.servedBy === 'we' && (ANSWERS_CLIENT_NOTICE.has(template.kind) || template.kind === 'conversation-request')) return 'notice-served';
  if (notice?.servedBy === 'client' && (MOOT_AFTER_CLIENT_ENDED.has(template.kind) || template.kind === 'termination-notice' || template.kind === 'non-renewal' || template.kind === 'signed-notice-cover')) {
    return 'client-ended';
  }
  // The client has already ended it in the thread, before anything was recorded: our own notice,
  // non-renewal or its cover would answer a decision with a second one.
  if (notice === undefined && situation?.clientEndedBeforeStart === true && (template.kind === 'termination-notice' || template.kind === 'non-renewal' || template.kind === 'signed-notice-cover')) {
    return 'client-ended';
  }
  // The client's notice already acknowledged (the record holds the day): a second confirmation, or
  // a dispute of a notice the sender has accepted, contradicts what was sent.
  // Not the reply to a dzieło withdrawal: it claims the fee less savings (art. 644 k.c.), which an
  // acknowledgement of receipt does not (review7 PL7-A5).
  if (notice?.servedBy === 'client' && notice.acknowledgedOn !== undefined && ANSWERS_CLIENT_NOTICE.has(template.kind) && template.kind !== 'dzielo-withdrawal-reply') return 'acknowledged';
  // Closed: no handover to plan and no notice left to answer.
  if (situation?.offboarding?.closedOn !== undefined && MOOT_AFTER_CLOSING.has(template.kind)) return 'offboarding-closed';
  // A reply to the client's withdrawal needs one: not where the record says the sender (or both
  // sides together) is ending the contract and no statement of the client is recorded.
  if (template.kind === 'dzielo-withdrawal-reply' && notice?.servedBy !== 'client' && (situation?.offboarding?.initiator === 'we' || situation?.offboarding?.initiator === 'mutual')) {
    return 'no-client-withdrawal';
  }
  // An empty notice period is one nobody entered, not a contract without one (issue 12): the period
  // notice stays offered with the period as a missing value, never the immediate one for cause in
  // its place (that is a legal choice, art. 746 k.c.).
  if (client && template.kind === 'termination-notice') {
    if (template.variant === 'period' && client.contract.endOfMonth) return 'end-of-month-rule';
    if (template.variant === 'end-of-month' && !client.contract.endOfMonth) return 'end-of-month-rule';
  }
  // The cover goes with a signed statement, which only a written-form clause calls for: recorded,
  // or chosen by the user where none is recorded; a form chosen as documentary sends no signed
  // statement. A form still unknown: not yet, the notice's own choice decides (issue 12).
  const form = noticeForm(client, situation?.resolvedForm);
  if (template.kind === 'signed-notice-cover' && form === undefined) return 'form-unknown';
  if (template.kind === 'signed-notice-cover' && form !== 'written') return 'no-written-form';
  // Items recorded and every receivable paid: nothing to remind of or demand (an empty record is
  // unknown, not settled, and leaves them offered with the amount to fill).
  if ((template.kind === 'payment-reminder' || template.kind === 'payment-demand') && situation?.offboarding && nothingOpen(situation.offboarding)) return 'nothing-open';
  if (template.kind === 'payment-reminder' && situation?.offboarding) {
    const due = paymentDueFor(situation.offboarding, paymentUnderPolishLaw(template, client));
    // Something unpaid with no due date: the claim falls due on demand (art. 455 k.c.), so no
    // reminder may speak of a due date that passed or falls today.
    if (due === null && openReceivables(situation.offboarding) > 0 && (template.variant === 'after' || template.variant === 'on')) return 'no-due-date';
    if (due !== null) {
      const fits = template.variant === 'before' ? situation.today < due : template.variant === 'on' ? situation.today === due : template.variant === 'after' ? situation.today > due : true;
      if (!fits) return 'payment-timing';
    }
  }
  // An English demand to an individual or sole trader in England and Wales is a Letter of Claim under
  // the Pre-Action Protocol for Debt Claims (offboarding/uk-debt.ts); to anyone else, the demand.
  if (template.kind === 'payment-demand' && template.lang === 'en') {
    const protocol = client ? preActionRouteFor(client, 'en') === 'debt-protocol' : false;
    if (protocol && template.variant !== 'letter-of-claim') return 'debt-protocol';
    if (!protocol && template.variant === 'letter-of-claim') return 'not-debt-protocol';
  }
  // A demand before legal action presupposes an amount owed (DOMAIN: it names the amount and the
  // invoices; the ranking offers it only after an ignored reminder): with no unpaid receivable
  // recorded it is not offered, unlike a reminder, which may ask for an amount still to be typed
  // (review10-pl C4). An empty record with no offboarding at all leaves everything offered.
  if (template.kind === 'payment-demand' && situation?.offboarding && openReceivables(situation.offboarding) === 0) return 'nothing-owed';
  // A demand needs something overdue. An unpaid amount with no due date falls due on demand (art.
  // 455 k.c.): until a request for payment went out, the demand would be the first one, reserving
  // interest for a delay that has not begun (review11-en A2).
  if (template.kind === 'payment-demand' && situation?.offboarding) {
    const due = paymentDueFor(situation.offboarding, paymentUnderPolishLaw(template, client));
    if (due !== null && situation.today <= due) return 'nothing-overdue';
    // The settlement step done: the statement asking for payment went out.
    const requested = situation.paymentRequested === true || situation.offboarding.checklist?.settlement.doneAt !== undefined;
    if (due === null && !requested) return 'not-yet-requested';
  }
  if (NOT_WHILE_MONEY_OVERDUE.has(template.kind) && situation?.offboarding && situation.clientSaysPaid !== true) {
    const overdue = overdueReceivables(situation.offboarding.settlement, situation.today, paymentUnderPolishLaw(template, client));
    if (overdue.length > 0) return 'money-overdue';
  }
  return undefined;
}

/** Whether art. 115 k.c. moves a due date for this template's reader: only under Polish law. */
function paymentUnderPolishLaw(template: Partial<Pick<Template, 'lang'>>, client: Pick<Client, 'contract'> | null | undefined): boolean {
  const lang = template.lang ?? 'pl';
  return client ? citesPolishLaw(client.contract, lang) : lang === 'pl';
}

function openReceivables(offboarding: Pick<Offboarding, 'settlement'>): number {
  return offboarding.settlement.filter((item) => item.direction === 'receivable' && isOutstanding(item)).length;
}

/** Items are recorded and none of them is an unpaid receivable. */
function nothingOpen(offboarding: Pick<Offboarding, 'settlement'>): boolean {
  return offboarding.settlement.length > 0 && openReceivables(offboarding) === 0;
}
