/**
 * Which message to send next in the open conversation, best first.
 *
 * Explainable on purpose: a small table of weighted rules reads the offboarding's process state,
 * its deadlines, what the latest messages say (cues.ts) and what was already sent. Every rule adds
 * a score to one kind of message together with the reason, so the sidebar can say why.
 * Pure: the same input always gives the same list; nothing here reads the clock or the page.
 */
import { appliesToContract, noticeForm, templateNotOfferedFor } from './contract-types';
import { stepOfKind } from './kinds';
import type {
  ChecklistKey,
  Client,
  Initiator,
  Lang,
  Offboarding,
  Settings,
  Stage,
  Tone,
} from '../offboarding/types';
import { CHECKLIST_KEYS } from '../offboarding/types';
import type { ConversationContext } from '../webmail/types';
import { isClosed, stageOf } from '../offboarding/checklist';
import { feedbackDueFor, lastDayForPayment, nonRenewalDeadlineFor, paymentDueFor } from '../offboarding/deadlines';
import { citesPolishLaw } from '../offboarding/governing-law';
import { channelSatisfiesWrittenForm, hasNoticePeriod, noticeOutcome } from '../offboarding/notice';
import { lastWorkingDayOnOrBeforePL } from '../offboarding/dates';
import { conversationSettled } from '../offboarding/preparation';
import { daysBetweenIso, parseIsoDateParts } from '../offboarding/calendar';
import { asksForDeletion, detectCues } from './cues';
import type { ConversationCues, CueTopic } from './cues';
import { inferThreadStages } from './thread-stage';
import type { ThreadStages } from './thread-stage';
import type { ReasonCode } from './reasons';
import { TEMPLATE_KINDS } from './types';
import type { Suggestion, SuggestionReason, Template, TemplateKind } from './types';
import { isOutstanding } from '../offboarding/settlement';

export interface SuggestInput {
  /** The open conversation; null when no page was read (a client picked by hand): only the record ranks. */
  context: ConversationContext | null;
  /** The client matched to the conversation, if any. */
  client?: Client | null;
  /** The client's current offboarding, if one was started. */
  offboarding?: Offboarding | null;
  templates: readonly Template[];
  /** The user's local date, YYYY-MM-DD. */
  today: string;
  /** Kinds already inserted for this offboarding. */
  sentKinds?: readonly TemplateKind[];
  settings?: Partial<Pick<Settings, 'defaultLanguage' | 'defaultTone'>>;
  /** No contract recorded: the form the user chose for the notice (contract.requiredForm), if any. */
  resolvedForm?: 'documentary' | 'written';
}

/** Kinds that may be sent more than once. */
export const REPEATABLE_KINDS: readonly TemplateKind[] = ['payment-reminder', 'check-in', 'dzielo-withdrawal'];

/** Days without a reply after our last message before the client counts as silent. */
export const SILENT_AFTER_DAYS = 7;
/** How long after closing a check-in fits. */
export const CHECK_IN_AFTER_DAYS = 90;
/** A reminder before the due date fits within this many days. */
export const REMIND_BEFORE_DAYS = 7;
/** A notice ending within this many days makes an open handover urgent. */
export const HANDOVER_URGENT_DAYS = 14;
/** A no-renewal deadline within this many days raises the non-renewal message. */
export const NON_RENEWAL_SOON_DAYS = 30;
/** A reminder was sent and the payment is this many days late: a formal demand fits (a second reminder before that). */
export const DEMAND_AFTER_DAYS = 30;

/**
 * The rule weights, in one place. Cues from the client's latest message are the strongest signal
 * (the person is waiting for an answer); the checklist is the steady baseline; deadlines and
 * silence raise what is due.
 */
export const WEIGHTS = {
  nextItem: 30,
  laterItem: [12, 6],
  clientInitiatedNoNotice: 40,
  cueEnding: 60,
  cueRetention: 55,
  cueRetentionAfterOurEnding: 70,
  cueRetentionNoContext: 15,
  cueAcknowledged: 50,
  cueAgreement: 55,
  cueFinalInvoice: 50,
  cueInvoice: 40,
  cuePayment: 35,
  cuePaid: 40,
  cueDispute: 45,
  cueDisputeSecondary: 25,
  cueComplaint: 45,
  cueHandover: 40,
  /** Files asked for before the notice is served: handover comes once notice is served. */
  cueHandoverBeforeNotice: 15,
  cueAccess: 45,
  /** A data request is a legal duty (GDPR art. 28(3)(g)): the strongest request. */
  cueData: 60,
  cueThanksAfterEnd: 40,
  cueThanksAtClosing: 30,
  cueThanksNoRecord: 20,
  cueFeedback: 35,
  cueReferral: 40,
  cueMeeting: 35,
  /** The client asks whom to hire instead: they wait for a name. */
  cueProviderRequest: 55,
  /** We end it over fit or capacity: recommending someone else is a courtesy, below the next step. */
  endingFitOrCapacity: 14,
  noticeEndedSettlementOpen: 45,
  noticeEndsHandoverOpen: 15,
  paymentOverdue: 60,
  paymentDueToday: 50,
  paymentDueSoon: 30,
  feedbackDue: 30,
  silentWithMoneyOpen: 40,
  silentIdle: 35,
  silentActive: 10,
  closedMonthsAgo: 40,
  /** The signed statement under a written-form clause still needs its cover message. */
  signedNoticeCover: 45,
  /** The client withdraws from an umowa o dzieło (art. 644 k.c.). */
  cueDzieloWithdrawal: 65,
  /** The client proposes a mutual termination: accept it (or, second, send terms of our own). */
  cueAgreementSecondary: 25,
  nonRenewalDeadline: 40,
  /** The client ends sooner than the contract allows: the date is answered before anything else. */
  cueEarlyEnding: 70,
  cueRefund: 55,
  /** The client asks for it in so many words, usually before paying or closing: above the steps. */
  cueRights: 80,
  /** Above an overdue reminder: the reminder was already sent and ignored. */
  paymentDemand: 70,
  refundOwed: 35,
  /** Delivery and billing are settled and the client says so: the closing message (article 3). */
  cueClosingSettled: 65,
  /** The same moment, the feedback request as the second choice. */
  cueClosingFeedback: 30,
  /** The invoice never reached the client: the statement again, before any reminder. */
  cueInvoiceMissing: 65,
  /** The client will pay once invoiced: the statement with the final invoice. */
  cuePaysOnInvoice: 50,
  /** The client says it is not paid yet or promises a date: a hint for the reminder, never a demand. */
  cueNotYetPaid: 10,
  followsSent: 12,
  /** The call agreed an end by mutual agreement: its agreement leads (issue 18). */
  callAgreedMutual: 80,
  /** The call agreed an end date: the notice that confirms it. */
  callAgreedEndDate: 45,
  /** The call kept the cooperation: confirm the new terms (the retention reply, accepting). */
  callKept: 90,
  /** A retention attempt meets a position decided before the call: the reply follows it. */
  positionOnRetention: 15,
  noProcess: [5, 4, 3],
  /** Multiplier for a cue whose checklist step is already closed (the topic is old news). */
  closedStepDamping: 0.3,
  /** Multiplier for cues of a client message we have already answered. */
  answeredDamping: 0.5,
  /** Multiplier for every topic of a message except its main one (a message has one main ask). */
  secondaryTopic: 0.6,
} as const;

/** What usually follows a message once it was sent (used when no offboarding tracks the steps). */
const FOLLOWS: Partial<Record<TemplateKind, TemplateKind>> = {
  'termination-notice': 'handover-plan',
  'termination-ack': 'handover-plan',
  'mutual-agreement': 'handover-plan',
  'mutual-agreement-confirmation': 'handover-plan',
  'non-renewal': 'handover-plan',
  'dzielo-withdrawal-reply': 'settlement',
  'retention-reply': 'handover-plan',
  'handover-plan': 'handover-complete',
  'handover-complete': 'settlement',
  'closing-thanks': 'feedback-request',
  'feedback-request': 'testimonial-request',
  'testimonial-request': 'referral-request',
};

type Source = 'process' | 'cue' | 'deadline' | 'history';

interface Contribution {
  kind: TemplateKind;
  score: number;
  reason: SuggestionReason;
  source: Source;
  /** A template variant that fits better (payment-reminder: before/on/after). */
  variant?: string;
}

interface PaymentState {
  due: string;
  /** Days past due (negative: days left). */
  daysLate: number;
  invoice?: string;
}

/** Everything the rules read, derived once. */
interface Signals {
  today: string;
  offboarding: Offboarding | null;
  stage: Stage | null;
  initiator: Initiator | null;
  openItems: ChecklistKey[];
  cues: ConversationCues;
  /** Topics of the client's latest message. */
  clientTopics: ReadonlySet<CueTopic>;
  /** The client wrote last: they are waiting for an answer. */
  clientWaiting: boolean;
  /** We are the side ending it (or told the client so). */
  weEnding: boolean;
  /** An ending is on the table at all. */
  endingContext: boolean;
  /** The cooperation has ended or is in its last steps. */
  ended: boolean;
  noticeEnd: NoticeTiming | null;
  /** Polish law governs (or, unrecorded, the language says so): reasons may cite the k.c. */
  polishLaw: boolean;
  payment: PaymentState | null;
  moneyOpen: boolean;
  invoiceIssued: boolean;
  /** A reminder was sent and the payment is DEMAND_AFTER_DAYS late: a formal demand is due. */
  demandDue: boolean;
  /** The client says the money was sent, or disputes the amount: no reminder now. */
  holdReminders: boolean;
  clientSaysPaid: boolean;
  silentDays: number | null;
  sent: ReadonlySet<TemplateKind>;
  client: Client | null;
  /** The notice's form: recorded, or chosen with no contract recorded (contract-types.ts noticeForm). */
  noticeForm: 'documentary' | 'written' | undefined;
  /** The client's latest words (untrusted; only matched, never shown or run). */
  clientText: string;
  /** What the thread shows as done and as sent (the words are quoted in reasons). */
  thread: ThreadStages;
  /** Steps closed in the record or shown done by the thread. */
  closedSteps: ReadonlySet<ChecklistKey>;
  /** The thread shows a step done that the record still has open: the first such, for the reason. */
  threadAhead: { item: ChecklistKey; quote: string } | null;
  /**
   * The client has decided or the notice is served: the article's talk (1.1) comes before our
   * decision, so no conversation request (a money dispute can still be talked through).
   */
  decided: boolean;
  /** No offboarding yet, and the client's own recent message ends the cooperation: ours would be a second notice. */
  clientEndedBeforeStart: boolean;
  /** Words the client wrote that the next step rests on, by topic (untrusted: plain text in reasons). */
  clientEvidence: Partial<Record<CueTopic, string>>;
  /**
   * We end it and the talk has not happened (no outcome, the step open, not marked unwanted, nothing
   * decided): the article's talk comes before any notice (issue 18).
   */
  talkPending: boolean;
}

/** Kinds held back while the talk is pending: the notice waits for the conversation. */
const AFTER_THE_TALK: readonly TemplateKind[] = ['termination-notice'];

/** Sent through the extension, or shown in the thread as our own message. */
const hasSent = (s: Pick<Signals, 'sent' | 'thread'>, kind: TemplateKind): boolean => s.sent.has(kind) || s.thread.sent[kind] !== undefined;
const stepClosed = (s: Pick<Signals, 'closedSteps'>, step: ChecklistKey): boolean => s.closedSteps.has(step);

type Rule = (s: Signals) => Contribution[];

const reason = (code: ReasonCode, params?: Record<string, string | number>): SuggestionReason =>
  params === undefined ? { code } : { code, params };

/** Under another law a reason names no article of the Polish Civil Code (issue 12). */
const lawParams = (s: Pick<Signals, 'polishLaw'>): Record<string, number> | undefined => (s.polishLaw ? undefined : { foreignLaw: 1 });

const contribution = (
  kind: TemplateKind,
  score: number,
  why: SuggestionReason,
  source: Source,
  variant?: string,
): Contribution => (variant === undefined ? { kind, score, reason: why, source } : { kind, score, reason: why, source, variant });

/** Kinds offered under an earlier step than their own (kindsForStep): the reason names their own. */
const OWN_STEP: Partial<Record<TemplateKind, ChecklistKey>> = { 'handover-plan': 'handover', 'handover-complete': 'handover' };

/** The kinds that carry out a checklist step, first choice first. */
function kindsForStep(step: ChecklistKey, s: Signals): TemplateKind[] {
  const initiator = s.initiator ?? 'we';
  switch (step) {
    case 'analysis':
    case 'conversation':
      return initiator === 'client' ? ['termination-ack'] : ['conversation-request'];
    case 'documents':
    case 'notice':
      if (initiator === 'client') return isDzielo(s) ? ['dzielo-withdrawal-reply', 'handover-plan'] : ['termination-ack', 'handover-plan'];
      if (initiator === 'mutual') return ['mutual-agreement'];
      return endingKindsForUs(s);
    case 'handover':
      return ['handover-plan', 'handover-complete'];
    case 'assets-access':
      return ['access-revocation'];
    case 'personal-data':
      return ['data-return'];
    case 'settlement':
      if (s.holdReminders) return ['settlement'];
      return s.moneyOpen ? ['settlement', s.demandDue ? 'payment-demand' : 'payment-reminder'] : ['settlement', 'closing-thanks'];
    case 'closing-message':
      // Do not close while money is owed, unless the client says it was just paid.
      return s.moneyOpen && !s.clientSaysPaid ? [] : ['closing-thanks'];
    // Feedback, testimonial and referral come after delivery and billing are settled (DOMAIN.md 13).
    case 'feedback':
      return s.moneyOpen && !s.clientSaysPaid ? [] : ['feedback-request'];
    case 'testimonial':
      return s.moneyOpen && !s.clientSaysPaid ? [] : ['testimonial-request'];
    case 'referral':
      return s.moneyOpen && !s.clientSaysPaid ? [] : ['referral-request'];
    case 'lessons':
      return ['check-in'];
  }
}

const isAvailable = (kind: TemplateKind, s: Signals): boolean =>
  (!s.sent.has(kind) || REPEATABLE_KINDS.includes(kind) || repeatAsked(kind, s)) && fitsContract(kind, s.client);

/** The client asks for a message again: the statement that never reached them. */
const repeatAsked = (kind: TemplateKind, s: Pick<Signals, 'clientTopics' | 'clientWaiting' | 'talkPending' | 'cues'>): boolean =>
  (kind === 'settlement' && s.clientWaiting && s.clientTopics.has('invoice-missing')) ||
  // The request for a talk went unanswered: it may go again (issue 18).
  (kind === 'conversation-request' && s.talkPending && s.cues.lastAuthor === 'me');

const isDzielo = (s: Pick<Signals, 'client'>): boolean => s.client?.contract.type === 'dzielo';
/** A client recorded without the contract's type (issue 12): the ending kind's reason says what that leaves open. */
const typeUnknown = (s: Pick<Signals, 'client'>): boolean => s.client !== null && s.client.contract.type === undefined;

/** An umowa o dzieło is ended by odstąpienie (art. 640, 644 k.c.), never by a notice (art. 746): the table in contract-types.ts. */
export function fitsContract(kind: TemplateKind, client: Pick<Client, 'contract'> | null): boolean {
  return appliesToContract(kind, client);
}

/**
 * How we end it, first choice first: an umowa o dzieło by withdrawal; a breach or non-payment with a
 * call to remedy it before an immediate notice; a fixed-term contract by not renewing it.
 */
function endingKindsForUs(s: Signals): TemplateKind[] {
  if (isDzielo(s)) return ['dzielo-withdrawal'];
  // A breach is answered before the term runs out, whatever the contract's term.
  const breach = s.offboarding?.reason === 'breach' || s.offboarding?.reason === 'non-payment';
  if (breach) return ['breach-remedy', 'termination-notice'];
  if (s.client?.contract.fixedTermEndsOn !== undefined) return ['non-renewal', 'termination-notice'];
  return ['termination-notice'];
}

/** The reason the ending message of a special case fits (next to the checklist's reason). */
function endingReason(kind: TemplateKind, s: Signals): SuggestionReason | null {
  switch (kind) {
    case 'dzielo-withdrawal':
      return s.sent.has('dzielo-withdrawal') ? reason('dzielo-cooperation-call-sent') : reason('contract-dzielo', lawParams(s));
    case 'dzielo-withdrawal-reply':
      return reason('client-withdraws-dzielo', lawParams(s));
    case 'non-renewal':
      return reason('fixed-term-contract');
    case 'breach-remedy':
      return reason('breach-remedy-first');
    case 'termination-notice':
      if (s.sent.has('breach-remedy')) return reason('breach-remedy-sent');
      return typeUnknown(s) ? reason('contract-type-unknown') : null;
    case 'termination-ack':
      return typeUnknown(s) ? reason('contract-type-unknown') : null;
    default:
      return null;
  }
}

/** The checklist: the next open step's message, then a little for the steps after it. */
const processRule: Rule = (s) => {
  // Kept by the call: no step of an ending is due (preparationRule confirms the terms).
  if (s.offboarding === null || s.stage === 'kept') return [];
  if (s.stage === 'closed') {
    // Nothing is open: no "next open step" to name.
    return [contribution('check-in', WEIGHTS.nextItem, reason('all-steps-closed'), 'process')];
  }
  const out: Contribution[] = [];
  const weights = [WEIGHTS.nextItem, ...WEIGHTS.laterItem];
  const taken = new Set<TemplateKind>();
  for (const step of s.openItems) {
    if (out.length >= weights.length) break;
    // Until the talk has happened, the steps after it are not due.
    if (s.talkPending && CHECKLIST_KEYS.indexOf(step) > CHECKLIST_KEYS.indexOf('conversation')) break;
    const kind = kindsForStep(step, s).find((k) => isAvailable(k, s) && !taken.has(k));
    if (kind === undefined) continue;
    taken.add(kind);
    const first = out.length === 0;
    const weight = weights[out.length] ?? 0;
    // "Next open step" only for the step that is next: when it has no message of its own to offer
    // (the closing message already sent, say), the one after it is a later step, not the next.
    const next = step === s.openItems[0];
    // The reason names the step the message carries out: a handover plan offered while the notice
    // step is open (the client ended it) is the handover, not "the notice" (review11 EN C9).
    out.push(contribution(kind, weight, reason(next ? 'next-item' : 'later-item', { item: OWN_STEP[kind] ?? step }), 'process'));
    // The thread is ahead of the record: say which step it shows done, in its words.
    if (first && s.threadAhead !== null) out.push(contribution(kind, 0.1, reason('thread-shows-done', s.threadAhead), 'process'));
    const special = first ? endingReason(kind, s) : null;
    // Zero weight: the reason is shown, the ranking is the checklist's.
    if (special !== null) out.push(contribution(kind, 0.1, special, 'process'));
  }
  return out;
};

/**
 * Under a written-form clause the e-mail notice only announces the signed statement: once the
 * notice went out (or a signed one was recorded), the cover message for the signed paper or the
 * QES document is due.
 */
const signedNoticeRule: Rule = (s) => {
  if (s.noticeForm !== 'written' || s.sent.has('signed-notice-cover')) return [];
  const notice = s.offboarding?.notice;
  const ours = notice === undefined ? s.sent.has('termination-notice') : notice.servedBy === 'we';
  const signed = notice === undefined ? s.sent.has('termination-notice') : channelSatisfiesWrittenForm(notice.channel) || s.sent.has('termination-notice');
  if (!ours || !signed || s.ended) return [];
  return [contribution('signed-notice-cover', WEIGHTS.signedNoticeCover, reason('written-form-signed-notice'), 'process')];
};

/** An auto-renewal clause: the no-renewal message must reach the client before its deadline. */
const nonRenewalRule: Rule = (s) => {
  if (s.client === null || s.offboarding === null || s.initiator === 'client') return [];
  if (isClosed(s.offboarding.checklist.notice)) return [];
  const deadline = nonRenewalDeadlineFor(s.client);
  if (deadline === null) return [];
  const days = daysBetweenIso(s.today, deadline);
  if (days < 0 || days > NON_RENEWAL_SOON_DAYS) return [];
  // A legal last day on a non-working day stays the legal day; the reason adds the safe one before it.
  const safeOn = lastWorkingDayOnOrBeforePL(deadline);
  const params: Record<string, number | string> = safeOn !== deadline && safeOn >= s.today ? { days, on: deadline, safeOn, today: s.today } : { days, on: deadline };
  return [contribution('non-renewal', WEIGHTS.nonRenewalDeadline, reason('non-renewal-deadline', params), 'deadline')];
};

const clientInitiatedRule: Rule = (s) => {
  if (s.initiator !== 'client' || s.offboarding?.notice !== undefined || hasSent(s, 'termination-ack')) return [];
  if (s.stage !== 'preparation' && s.stage !== 'notice') return [];
  // A proposal to end by mutual agreement is not a notice to acknowledge.
  if (s.clientWaiting && s.clientTopics.has('agreement')) return [];
  return [contribution('termination-ack', WEIGHTS.clientInitiatedNoNotice, reason('client-initiated-no-notice'), 'process')];
};

/** What the client's latest message asks for. */
const cueRule: Rule = (s) => {
  const t = s.clientTopics;
  if (t.size === 0) return [];
  const out: Array<Contribution & { topic: CueTopic }> = [];
  const add = (topic: CueTopic, kind: TemplateKind, score: number, code: ReasonCode): void => {
    const quote = s.clientEvidence[topic];
    const params = { ...(quote === undefined ? {} : { quote }), ...(code === 'client-withdraws-dzielo' ? lawParams(s) : {}) };
    out.push({ ...contribution(kind, score, reason(code, Object.keys(params).length === 0 ? undefined : params), 'cue'), topic });
  };
  const acknowledged = t.has('acknowledgement');
  const clientEnding = t.has('termination') && !s.weEnding && !acknowledged && !t.has('agreement');
  const noticeOpen = s.offboarding !== null && !stepClosed(s, 'notice');

  if (t.has('retention') && s.ended) {
    // After the end there is nothing left to keep: a "discount" is noise (a newsletter, an offer).
    add('retention', 'retention-reply', WEIGHTS.cueRetentionNoContext, 'client-retention');
  } else if (t.has('retention')) {
    if (s.weEnding) add('retention', 'retention-reply', WEIGHTS.cueRetentionAfterOurEnding, 'client-retention');
    else if (s.endingContext) add('retention', 'retention-reply', WEIGHTS.cueRetention, 'client-retention');
    else add('retention', 'retention-reply', WEIGHTS.cueRetentionNoContext, 'client-retention');
  }
  if (clientEnding && isDzielo(s)) {
    // An umowa o dzieło is not "wypowiedziana": the client withdraws (art. 644 k.c.).
    add('termination', 'dzielo-withdrawal-reply', WEIGHTS.cueDzieloWithdrawal, 'client-withdraws-dzielo');
  } else if (clientEnding) {
    // A client who ends it but bargains is answered as a retention attempt first.
    const score = t.has('retention') ? WEIGHTS.cueRetention - 15 : WEIGHTS.cueEnding;
    add('termination', 'termination-ack', score, 'client-ending');
  }
  if (t.has('agreement')) {
    // The client's own proposal is accepted; a request for a draft is answered with our terms.
    const accept = !s.sent.has('mutual-agreement') && !asksForDraft(s.clientText);
    add('agreement', accept ? 'mutual-agreement-confirmation' : 'mutual-agreement', WEIGHTS.cueAgreement, 'client-agreement');
    add('agreement', accept ? 'mutual-agreement' : 'mutual-agreement-confirmation', WEIGHTS.cueAgreementSecondary, 'client-agreement');
  }
  if (acknowledged && (s.weEnding || s.offboarding?.notice !== undefined)) {
    add('acknowledgement', 'handover-plan', WEIGHTS.cueAcknowledged, 'client-acknowledged');
  }
  const closingSent = hasSent(s, 'closing-thanks') || stepClosed(s, 'closing-message');
  if (t.has('paid')) {
    add('paid', closingSent ? 'feedback-request' : 'closing-thanks', WEIGHTS.cuePaid, 'client-paid');
  } else if (t.has('invoice-missing')) {
    add('invoice-missing', 'settlement', WEIGHTS.cueInvoiceMissing, 'client-invoice-missing');
  } else if ((t.has('promised') || t.has('unpaid')) && !t.has('dispute')) {
    const topic = t.has('promised') ? 'promised' : 'unpaid';
    const code = t.has('promised') ? 'client-promises-payment' : 'client-not-yet-paid';
    if (!s.invoiceIssued && !hasSent(s, 'settlement')) add(topic, 'settlement', WEIGHTS.cuePaysOnInvoice, code);
    else if (s.payment !== null && s.payment.daysLate > 0) add(topic, 'payment-reminder', WEIGHTS.cueNotYetPaid, code);
  } else if (t.has('dispute')) {
    // Before the statement is sent it answers the dispute; once sent, talk it through.
    const statementFirst = s.endingContext && !s.sent.has('settlement');
    add('dispute', statementFirst ? 'settlement' : 'conversation-request', WEIGHTS.cueDispute, 'client-dispute');
    add('dispute', statementFirst ? 'conversation-request' : 'settlement', WEIGHTS.cueDisputeSecondary, 'client-dispute');
  } else if (t.has('invoice')) {
    if (s.endingContext) add('invoice', 'settlement', WEIGHTS.cueFinalInvoice, 'client-final-invoice');
    else add('invoice', 'settlement', WEIGHTS.cueInvoice, 'client-invoice');
  } else if (t.has('payment')) {
    const kind = s.sent.has('settlement') && s.moneyOpen ? 'payment-reminder' : 'settlement';
    add('payment', kind, WEIGHTS.cuePayment, 'client-payment');
  }
  if (t.has('complaint') && !clientEnding && !t.has('dispute')) {
    add('complaint', 'conversation-request', WEIGHTS.cueComplaint, 'client-complaint');
  }
  // "Wszystko dotarło, mamy wszystko, czego potrzebujemy", "thank you for all your work": the closing moment
  // once delivery and billing are settled (article 3), else what still stands in its way.
  const closingSignal = (t.has('closing') || t.has('handover-done')) && !clientEnding && !t.has('retention');
  if (closingSignal) {
    const topic: CueTopic = t.has('handover-done') ? 'handover-done' : 'closing';
    // The client's "all received" settles delivery once our handover-complete went out; before that, it is the next message.
    const delivered = (t.has('handover-done') && hasSent(s, 'handover-complete')) || stepClosed(s, 'handover');
    const moneyTalk = t.has('invoice') || t.has('unpaid') || t.has('promised') || t.has('invoice-missing') || t.has('dispute') || t.has('refund');
    const items = s.offboarding?.settlement ?? [];
    const billed =
      !moneyTalk &&
      (t.has('paid') || stepClosed(s, 'settlement') || s.offboarding === null || (items.length > 0 && !s.moneyOpen));
    if (closingSent || s.ended) {
      // The thanks after our closing message is answered by the ask for feedback (below, with the thanks).
    } else if (delivered && billed) {
      add(topic, 'closing-thanks', WEIGHTS.cueClosingSettled, 'client-closing-settled');
      add(topic, 'feedback-request', WEIGHTS.cueClosingFeedback, 'client-closing-settled');
    }
  }
  if (t.has('handover') && !t.has('handover-done')) {
    const kind = hasSent(s, 'handover-plan') ? 'handover-complete' : 'handover-plan';
    add('handover', kind, noticeOpen ? WEIGHTS.cueHandoverBeforeNotice : WEIGHTS.cueHandover, 'client-handover');
  }
  if (t.has('access')) add('access', 'access-revocation', WEIGHTS.cueAccess, 'client-access');
  if (t.has('early-ending') && (t.has('termination') || t.has('dispute')) && s.client !== null && hasNoticePeriod(s.client.contract.noticePeriod)) {
    add('early-ending', 'termination-dispute', WEIGHTS.cueEarlyEnding, 'client-ends-early');
  }
  if (t.has('refund')) {
    // Before the statement is sent, the refund is one line of the settlement.
    const statementSent = s.sent.has('settlement') || (s.offboarding !== null && isClosed(s.offboarding.checklist.settlement));
    add('refund', 'prepayment-refund', statementSent ? WEIGHTS.cueRefund : WEIGHTS.cueRefund / 2, 'client-refund');
  }
  if (t.has('rights')) add('rights', 'rights-transfer', WEIGHTS.cueRights, 'client-rights');
  if (t.has('data')) add('data', 'data-return', WEIGHTS.cueData, 'client-data');
  if (t.has('thanks') && !clientEnding) {
    if (s.stage === 'closing' && !closingSent) {
      add('thanks', 'closing-thanks', WEIGHTS.cueThanksAtClosing, 'client-thanks-after-end');
    } else if (s.ended || closingSent) {
      add('thanks', 'feedback-request', WEIGHTS.cueThanksAfterEnd, 'client-thanks-after-end');
    } else if (s.offboarding === null && !s.endingContext && [...t].every((x) => x === 'thanks' || x === 'closing')) {
      add('thanks', 'closing-thanks', WEIGHTS.cueThanksNoRecord, 'client-thanks-after-end');
      add('thanks', 'feedback-request', WEIGHTS.cueThanksNoRecord - 5, 'client-thanks-after-end');
    }
  }
  if (t.has('provider-request') && isAvailable('provider-recommendation', s)) {
    add('provider-request', 'provider-recommendation', WEIGHTS.cueProviderRequest, 'client-asks-for-provider');
  }
  // "Czy mógłby Pan polecić kogoś…" asks us for a name; it is not an offer to recommend us.
  const asksForProvider = t.has('provider-request');
  if (asksForProvider) {
    // The name they ask for is the whole answer: no referral or feedback ask on top of it.
  } else if (t.has('referral') && !s.sent.has('referral-request')) {
    add('referral', 'referral-request', WEIGHTS.cueReferral, 'client-feedback');
  } else if (t.has('feedback')) {
    const ask = (['feedback-request', 'testimonial-request', 'referral-request'] as const).find((k) => !s.sent.has(k));
    if (ask !== undefined) add('feedback', ask, WEIGHTS.cueFeedback, 'client-feedback');
  }
  if (t.has('meeting') && !clientEnding) {
    // Once the talk has taken place, "thanks for the conversation" asks for nothing new.
    const talkPending = s.offboarding === null || !stepClosed(s, 'conversation');
    if (talkPending) add('meeting', 'conversation-request', WEIGHTS.cueMeeting, 'client-meeting');
  }

  // One main ask per message: the strongest topic counts fully, the others less.
  const topicScore = new Map<CueTopic, number>();
  for (const c of out) topicScore.set(c.topic, Math.max(topicScore.get(c.topic) ?? 0, c.score));
  const main = [...topicScore.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  // An answered message still hints, but less than one that waits for a reply.
  const scale = s.clientWaiting ? 1 : WEIGHTS.answeredDamping;
  return out.map(({ topic, ...c }) => ({ ...c, score: c.score * scale * (topic === main ? 1 : WEIGHTS.secondaryTopic) }));
};

/** Deadlines: notice end, payment due dates, feedback due, long after closing. */
const deadlineRule: Rule = (s) => {
  const out: Contribution[] = [];
  const ob = s.offboarding;
  if (ob === null) return out;
  if (s.noticeEnd !== null) {
    const { on, expected, periodless } = s.noticeEnd;
    const since = daysBetweenIso(on, s.today);
    const how = { ...(expected ? { expected: 1 } : {}), ...(periodless ? { periodless: 1 } : {}) };
    if (since >= 0 && !stepClosed(s, 'settlement') && !s.sent.has('settlement')) {
      out.push(
        contribution('settlement', WEIGHTS.noticeEndedSettlementOpen, reason('notice-ended-settlement-open', { days: since, ...how }), 'deadline'),
      );
    }
    if (since < 0 && -since <= HANDOVER_URGENT_DAYS && !stepClosed(s, 'handover')) {
      const kind = hasSent(s, 'handover-plan') ? 'handover-complete' : 'handover-plan';
      out.push(contribution(kind, WEIGHTS.noticeEndsHandoverOpen, reason('notice-ends-handover-open', { days: -since, ...how }), 'deadline'));
    }
  }
  if (s.payment !== null && !s.holdReminders) {
    const { daysLate, invoice } = s.payment;
    const params: Record<string, string | number> = invoice === undefined ? {} : { invoice };
    if (s.demandDue) {
      out.push(contribution('payment-demand', WEIGHTS.paymentDemand, reason('payment-long-overdue', { ...params, days: daysLate }), 'deadline'));
      // A further reminder remains possible, but below the demand.
      out.push(contribution('payment-reminder', WEIGHTS.paymentOverdue / 2, reason('payment-overdue', { ...params, days: daysLate }), 'deadline', 'after'));
    } else if (daysLate > 0) {
      out.push(contribution('payment-reminder', WEIGHTS.paymentOverdue, reason('payment-overdue', { ...params, days: daysLate }), 'deadline', 'after'));
    } else if (daysLate === 0) {
      out.push(contribution('payment-reminder', WEIGHTS.paymentDueToday, reason('payment-due-today', params), 'deadline', 'on'));
    } else if (-daysLate <= REMIND_BEFORE_DAYS && s.invoiceIssued) {
      out.push(
        contribution('payment-reminder', WEIGHTS.paymentDueSoon, reason('payment-due-soon', { ...params, days: -daysLate }), 'deadline', 'before'),
      );
    }
  }
  const refundOpen = ob.settlement.some((i) => i.direction === 'liability' && isOutstanding(i) && i.amountMinor > 0);
  if (refundOpen && (s.sent.has('settlement') || isClosed(ob.checklist.settlement))) {
    out.push(contribution('prepayment-refund', WEIGHTS.refundOwed, reason('refund-owed'), 'deadline'));
  }
  const feedbackDue = feedbackDueFor(ob);
  if (feedbackDue !== null && feedbackDue <= s.today) {
    out.push(contribution('feedback-request', WEIGHTS.feedbackDue, reason('feedback-due'), 'deadline'));
  }
  if (ob.closedOn !== undefined) {
    const days = daysBetweenIso(ob.closedOn, s.today);
    if (days >= CHECK_IN_AFTER_DAYS) {
      out.push(contribution('check-in', WEIGHTS.closedMonthsAgo, reason('closed-months-ago', { months: Math.floor(days / 30) }), 'deadline'));
    }
  }
  return out;
};

/**
 * We end the cooperation because it does not fit or we lack capacity: while the notice runs, a
 * recommendation of someone else helps the client (the user names the provider; nothing is invented).
 */
const providerRecommendationRule: Rule = (s) => {
  const ob = s.offboarding;
  if (ob === null || s.initiator !== 'we') return [];
  if (ob.reason !== 'fit' && ob.reason !== 'capacity') return [];
  // Recommending someone else presumes the decision: not before the talk.
  if (s.talkPending) return [];
  if (s.stage !== 'notice' && s.stage !== 'handover' && s.stage !== 'preparation') return [];
  return [contribution('provider-recommendation', WEIGHTS.endingFitOrCapacity, reason('ending-fit-or-capacity'), 'process')];
};

/**
 * Before the notice (issue 18): the talk first, then what the call agreed leads; a retention
 * attempt is answered by the position decided before the call.
 */
const preparationRule: Rule = (s) => {
  const ob = s.offboarding;
  if (ob === null) return [];
  const out: Contribution[] = [];
  if (s.talkPending) {
    out.push(contribution('conversation-request', 0.1, reason('talk-before-notice'), 'process'));
    if ((ob.analysis?.facts.length ?? 0) > 0) out.push(contribution('conversation-request', 0.1, reason('analysis-ready'), 'process'));
    // Asked for a talk and no answer since: the request once more, politely.
    if (hasSent(s, 'conversation-request') && s.cues.lastAuthor === 'me') {
      out.push(contribution('conversation-request', WEIGHTS.nextItem, reason('talk-awaiting-reply'), 'history'));
    }
  }
  const outcome = ob.outcome;
  // The record's notice step, not the thread's reading: the call is newer than the thread's words.
  if (outcome !== undefined && !isClosed(ob.checklist.notice)) {
    const params: Record<string, string> = outcome.endOn === undefined ? { on: outcome.on } : { on: outcome.on, end: outcome.endOn };
    if (outcome.agreed === 'mutual') out.push(contribution('mutual-agreement', WEIGHTS.callAgreedMutual, reason('call-agreed-mutual', params), 'process'));
    if (outcome.agreed === 'end-date' && outcome.endOn !== undefined) {
      out.push(contribution('termination-notice', WEIGHTS.callAgreedEndDate, reason('call-agreed-end-date', params), 'process'));
    }
  }
  if (outcome?.agreed === 'kept') out.push(contribution('retention-reply', WEIGHTS.callKept, reason('call-kept'), 'process'));
  if (ob.position !== undefined && s.clientTopics.has('retention') && !s.ended) {
    const code = ob.position.openToStay ? 'position-open-to-stay' : 'position-not-open';
    out.push(contribution('retention-reply', WEIGHTS.positionOnRetention, reason(code), 'cue'));
  }
  return out;
};

/** No answer after our last message. */
const silenceRule: Rule = (s) => {
  if (s.silentDays === null || s.silentDays < SILENT_AFTER_DAYS) return [];
  const why = reason('client-silent', { days: s.silentDays });
  if (s.moneyOpen && s.invoiceIssued && !s.holdReminders) {
    return [contribution(s.demandDue ? 'payment-demand' : 'payment-reminder', WEIGHTS.silentWithMoneyOpen, why, 'history')];
  }
  if (s.offboarding === null || s.stage === 'follow-up' || s.stage === 'closed') {
    return [contribution('check-in', WEIGHTS.silentIdle, why, 'history')];
  }
  return [contribution('check-in', WEIGHTS.silentActive, why, 'history')];
};

/** Without a tracked process, what was sent suggests what comes next. */
const historyRule: Rule = (s) => {
  if (s.offboarding !== null) return [];
  const out: Contribution[] = [];
  for (const sentKind of s.sent) {
    const next = FOLLOWS[sentKind];
    if (next !== undefined) out.push(contribution(next, WEIGHTS.followsSent, reason('follows-sent', { kind: sentKind }), 'history'));
  }
  return out;
};

/** Nothing tracked and nothing said: the article's first steps, weakly. */
const fallbackRule: Rule = (s) => {
  // The thread already shows the ending under way: these first steps are behind it.
  if (s.offboarding !== null || s.thread.steps.length > 0) return [];
  const kinds: TemplateKind[] = ['conversation-request', isDzielo(s) ? 'dzielo-withdrawal' : 'termination-notice', 'mutual-agreement'];
  return kinds.map((kind, i) => contribution(kind, WEIGHTS.noProcess[i] ?? 1, reason('no-process-yet'), 'process'));
};

/** The rule table, in the order their reasons are listed. */
export const RULES: ReadonlyArray<{ id: string; rule: Rule }> = [
  { id: 'client-cues', rule: cueRule },
  { id: 'deadlines', rule: deadlineRule },
  { id: 'client-initiated', rule: clientInitiatedRule },
  { id: 'checklist', rule: processRule },
  { id: 'provider-recommendation', rule: providerRecommendationRule },
  { id: 'preparation', rule: preparationRule },
  { id: 'signed-notice', rule: signedNoticeRule },
  { id: 'non-renewal', rule: nonRenewalRule },
  { id: 'silence', rule: silenceRule },
  { id: 'history', rule: historyRule },
  { id: 'fallback', rule: fallbackRule },
];

/** Ranked suggestions, best first, one per kind, each with a template in the right language. */
export function suggest(input: SuggestInput): Suggestion[] {
  const signals = deriveSignals(input);
  const lang = resolveLanguage(input);
  const wantedTone: Tone = input.settings?.defaultTone ?? 'formal';

  const byKind = new Map<TemplateKind, Contribution[]>();
  for (const { rule } of RULES) {
    for (const c of rule(signals)) {
      if (c.score <= 0) continue;
      if (c.kind === 'conversation-request' && signals.decided && c.reason.code !== 'client-dispute') continue;
      if (signals.talkPending && AFTER_THE_TALK.includes(c.kind)) continue;
      const list = byKind.get(c.kind) ?? [];
      list.push(dampen(c, signals));
      byKind.set(c.kind, list);
    }
  }

  // The templates whose variant fits the contract's terms, the day and the record (the same rule
  // the catalogue applies): a second notice, a demand with nothing overdue, a period notice under
  // an end-of-month clause are never offered.
  const paymentRequested = hasSent(signals, 'payment-reminder') || hasSent(signals, 'settlement');
  const situation = { today: input.today, offboarding: signals.offboarding, clientEndedBeforeStart: signals.clientEndedBeforeStart, paymentRequested, clientSaysPaid: signals.clientSaysPaid, ...(input.resolvedForm ? { resolvedForm: input.resolvedForm } : {}) };
  const offered = input.templates.filter((template) => templateNotOfferedFor(template, signals.client, situation) === undefined);
  const suggestions: Suggestion[] = [];
  for (const [kind, contributions] of byKind) {
    if (!isAvailable(kind, signals)) continue;
    const variant =
      [...contributions].sort((a, b) => b.score - a.score).find((c) => c.variant !== undefined)?.variant ??
      defaultVariant(kind, signals, contributions);
    const template = pickTemplate(offered, kind, lang, wantedTone, variant);
    if (template === null) continue;
    const reasons = uniqueReasons([...contributions].sort((a, b) => b.score - a.score).map((c) => c.reason));
    if (signals.sent.has(kind)) reasons.push(reason('sent-before-may-repeat', { kind }));
    const score = Math.round(contributions.reduce((sum, c) => sum + c.score, 0) * 10) / 10;
    suggestions.push({ template, kind, lang: template.lang, tone: template.tone, score, reasons });
  }
  return suggestions.sort((a, b) => b.score - a.score || TEMPLATE_KINDS.indexOf(a.kind) - TEMPLATE_KINDS.indexOf(b.kind));
}

/**
 * The variant that fits when no rule named one (the library's variants: payment-reminder
 * before/on/after, termination-notice period/end-of-month/immediate, request/confirmation).
 * An immediate termination is a legal choice (art. 746 k.c., important reasons): never picked here.
 */
function defaultVariant(kind: TemplateKind, s: Signals, contributions: readonly Contribution[]): string | undefined {
  const fromClient = contributions.some((c) => c.source === 'cue');
  switch (kind) {
    case 'payment-reminder':
      return s.payment !== null && s.payment.daysLate === 0 ? 'on' : s.payment !== null && s.payment.daysLate < 0 ? 'before' : 'after';
    case 'termination-notice':
      // After a call to remedy a breach, the notice it warned of is the immediate one.
      if (s.sent.has('breach-remedy')) return 'immediate';
      return s.client?.contract.endOfMonth === true ? 'end-of-month' : 'period';
    case 'dzielo-withdrawal':
      // The call to cooperate with its deadline comes first (art. 640 k.c.), the withdrawal after it.
      return s.sent.has('dzielo-withdrawal') ? 'withdrawal' : 'cooperation-call';
    case 'access-revocation':
      // The client asked us to give up our access: we do it and confirm.
      return fromClient ? 'confirmation' : 'request';
    case 'data-return':
      return fromClient && asksForDeletion(s.clientText) ? 'confirmation' : 'request';
    default:
      return undefined;
  }
}

/** The client asks us to draft the agreement ("prepare something to sign"), not just to agree. */
function asksForDraft(text: string): boolean {
  return /projekt\w*|przygotowa\w*|przygotuj\w*|spisa\w*|\bdraft\w*|\bprepare\b|something (?:short )?(?:for us )?to sign/i.test(text);
}


/** A cue about a step that is already done is old news. */
function dampen(c: Contribution, s: Signals): Contribution {
  if (c.source !== 'cue' || s.offboarding === null) return c;
  const step = stepOfKind(c.kind);
  if (step === null || !stepClosed(s, step)) return c;
  return { ...c, score: c.score * WEIGHTS.closedStepDamping };
}

function uniqueReasons(reasons: SuggestionReason[]): SuggestionReason[] {
  const seen = new Set<string>();
  return reasons.filter((r) => {
    const key = `${r.code}|${JSON.stringify(r.params ?? {})}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The thread's language when known, else the client's, else the user's default. */
export function resolveLanguage(input: Pick<SuggestInput, 'context' | 'client' | 'settings'>): Lang {
  const thread = input.context?.language;
  if (thread === 'pl' || thread === 'en') return thread;
  return input.client?.language ?? input.settings?.defaultLanguage ?? 'pl';
}

/** The template for a kind in a language; the wanted tone, else formal, else any; variant preferred. */
export function pickTemplate(
  templates: readonly Template[],
  kind: TemplateKind,
  lang: Lang,
  tone: Tone,
  variant?: string,
): Template | null {
  const candidates = templates.filter((t) => t.kind === kind && t.lang === lang);
  if (candidates.length === 0) return null;
  const toneRank = (t: Template): number => (t.tone === tone ? 2 : t.tone === 'formal' ? 1 : 0);
  const rank = (t: Template): number =>
    toneRank(t) * 10 + (variant !== undefined && t.variant === variant ? 5 : 0) + (t.variant === undefined ? 1 : 0) + (t.builtIn ? 0 : 2);
  return [...candidates].sort((a, b) => rank(b) - rank(a))[0] ?? null;
}

function deriveSignals(input: SuggestInput): Signals {
  if (input === null || typeof input !== 'object') throw new Error('suggest: expected an input object');
  const { context, today } = input;
  if (context !== null && (typeof context !== 'object' || !Array.isArray(context.messages))) {
    throw new Error('suggest: context must be a ConversationContext with a messages array, or null when no page was read');
  }
  const messages = context?.messages ?? [];
  if (!Array.isArray(input.templates)) throw new Error('suggest: templates must be an array');
  parseIsoDateParts(today, 'today');
  const sentKinds = input.sentKinds ?? [];
  for (const kind of sentKinds) {
    if (!(TEMPLATE_KINDS as readonly string[]).includes(kind)) throw new Error(`suggest: unknown sent kind "${String(kind)}"`);
  }

  const offboarding = input.offboarding ?? null;
  const client = input.client ?? null;
  const cueOptions = context?.userEmail === undefined ? {} : { userEmail: context.userEmail };
  const cues = detectCues(messages, cueOptions);
  const thread = inferThreadStages(messages, { ...cueOptions, cues: cues.all });
  // The latest messages outweigh a stale record: a step the thread shows done counts as closed.
  const shown = new Map(
    thread.steps
      // The client's "files received" closes the handover once our handover-complete message went out.
      .filter((x) => x.step !== 'handover' || x.author === 'me' || sentKinds.includes('handover-complete') || thread.sent['handover-complete'] !== undefined)
      .map((step) => [step.step, step]),
  );
  const closedSteps = new Set<ChecklistKey>(
    offboarding === null ? [] : CHECKLIST_KEYS.filter((key) => isClosed(offboarding.checklist[key]) || shown.has(key)),
  );
  const aheadStep = offboarding === null ? undefined : [...shown.values()].filter((x) => x.basis === 'said' && !isClosed(offboarding.checklist[x.step])).at(-1);
  const stage = offboarding === null ? null : stageOf({ checklist: effectiveChecklist(offboarding, closedSteps), ...(offboarding.outcome ? { outcome: offboarding.outcome } : {}) });
  const openItems = offboarding === null ? [] : CHECKLIST_KEYS.filter((key) => !closedSteps.has(key));
  const clientTopics = new Set(cues.latestFromClient?.topics ?? []);
  const clientRecent = cues.recent.filter((m) => m.author === 'client');
  const decided =
    offboarding?.initiator === 'client' ||
    offboarding?.notice !== undefined ||
    closedSteps.has('notice') ||
    // The thread shows the notice given or a later step done.
    thread.steps.some((x) => x.basis === 'said') ||
    clientRecent.some((m) => m.topics.includes('decided') || (m.topics.includes('termination') && !m.topics.includes('retention'))) ||
    // The call agreed how it ends (or that it goes on): nothing is left to talk about.
    (offboarding?.outcome !== undefined && offboarding.outcome.agreed !== 'nothing-yet');
  const myRecentTopics = new Set(cues.recent.filter((m) => m.author === 'me').flatMap((m) => m.topics));
  const anyRecentTopics = new Set(cues.recent.flatMap((m) => m.topics));
  const sent = new Set(sentKinds);

  const weEnding =
    offboarding?.initiator === 'we' ||
    offboarding?.notice?.servedBy === 'we' ||
    myRecentTopics.has('termination') ||
    sent.has('termination-notice');
  const endingContext = offboarding !== null || weEnding || anyRecentTopics.has('termination') || anyRecentTopics.has('agreement');

  const noticeEnd = offboarding !== null && client !== null ? noticeTiming(client, offboarding, noticeForm(client, input.resolvedForm)) : null;
  const unpaid = offboarding === null ? [] : offboarding.settlement.filter((i) => i.direction === 'receivable' && isOutstanding(i));
  // Art. 115 k.c. moves a due date off a holiday only under Polish law, as the messages count it.
  const polishLaw = client !== null ? citesPolishLaw(client.contract, resolveLanguage(input)) : resolveLanguage(input) === 'pl';
  const payment = offboarding === null ? null : paymentState(offboarding, today, polishLaw);
  const ended =
    stage === 'closing' ||
    stage === 'follow-up' ||
    stage === 'closed' ||
    offboarding?.closedOn !== undefined ||
    sent.has('closing-thanks');

  return {
    today,
    offboarding,
    stage,
    initiator: offboarding?.initiator ?? null,
    openItems,
    cues,
    clientTopics,
    clientWaiting: cues.lastAuthor === 'client',
    weEnding,
    endingContext,
    ended,
    noticeEnd,
    polishLaw,
    payment,
    moneyOpen: unpaid.length > 0,
    demandDue: payment !== null && payment.daysLate >= DEMAND_AFTER_DAYS && sent.has('payment-reminder'),
    invoiceIssued: sent.has('settlement') || unpaid.some((i) => i.invoiceNo !== undefined && i.invoiceNo !== ''),
    clientSaysPaid: cues.lastAuthor === 'client' && clientTopics.has('paid'),
    holdReminders: cues.lastAuthor === 'client' && (clientTopics.has('paid') || clientTopics.has('dispute')),
    silentDays: silentDays(cues, today),
    sent,
    client,
    noticeForm: noticeForm(client, input.resolvedForm),
    clientText: cues.latestFromClient === null ? '' : (messages[cues.latestFromClient.index]?.text ?? ''),
    thread,
    closedSteps,
    threadAhead: aheadStep === undefined ? null : { item: aheadStep.step, quote: aheadStep.words },
    decided,
    clientEndedBeforeStart:
      offboarding === null &&
      !weEnding &&
      clientRecent.some((m) => m.topics.includes('termination') && !m.topics.includes('retention') && !m.topics.includes('agreement')),
    clientEvidence: cues.latestFromClient?.evidence ?? {},
    talkPending:
      offboarding !== null &&
      offboarding.initiator === 'we' &&
      offboarding.notice === undefined &&
      !conversationSettled(offboarding) &&
      !closedSteps.has('conversation') &&
      !decided,
  };
}

/** The record's checklist with the steps the thread shows done closed too (for the stage only). */
function effectiveChecklist(offboarding: Offboarding, closed: ReadonlySet<ChecklistKey>): Offboarding['checklist'] {
  const checklist = { ...offboarding.checklist };
  for (const key of closed) if (!isClosed(checklist[key])) checklist[key] = { ...checklist[key], skipped: true };
  return checklist;
}

/** When the contract ends under a served notice, and how far that day is known. */
interface NoticeTiming {
  on: string;
  /** Counted from a delivery the user expects (a letter on its way), not a recorded one. */
  expected: boolean;
  /** No notice period: the contract ends on delivery (an immediate notice, a dzieło withdrawal). */
  periodless: boolean;
}

/**
 * The notice's end for the deadline rules; null when no notice is served, or when the only day
 * known for a letter is its posting (not a delivery, and no expected delivery was given): the
 * sidebar then says nothing ended (review11-en B1).
 */
function noticeTiming(client: Client, offboarding: Offboarding, form: 'documentary' | 'written' | undefined): NoticeTiming | null {
  const notice = offboarding.notice;
  if (notice === undefined) return null;
  // The client's unsigned notice (an e-mail) ends nothing under a written-form clause, and nothing
  // known while the form is unknown (as the reply says, templates/variables.ts receiptVariables).
  if (notice.servedBy === 'client' && form !== 'documentary' && !channelSatisfiesWrittenForm(notice.channel)) return null;
  const { delivery, endsOn: on } = noticeOutcome(client.contract, notice);
  if (delivery.status === 'expected' && notice.expectedDeliveryOn === undefined) return null;
  return { on, expected: delivery.status === 'expected', periodless: !hasNoticePeriod(client.contract.noticePeriod) };
}

function paymentState(offboarding: Offboarding, today: string, polishLaw: boolean): PaymentState | null {
  const due = paymentDueFor(offboarding, polishLaw);
  if (due === null) return null;
  const item = offboarding.settlement.find(
    (i) => i.direction === 'receivable' && isOutstanding(i) && i.dueOn !== undefined && lastDayForPayment(i.dueOn, polishLaw) === due,
  );
  const state: PaymentState = { due, daysLate: daysBetweenIso(due, today) };
  if (item?.invoiceNo !== undefined && item.invoiceNo !== '') state.invoice = item.invoiceNo;
  return state;
}

/** Days since our last message when it is the last one in the thread; null otherwise. */
function silentDays(cues: ConversationCues, today: string): number | null {
  if (cues.lastAuthor !== 'me' || cues.latestFromMe?.date === undefined) return null;
  const sentOn = cues.latestFromMe.date.slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(sentOn)) return null;
  const days = daysBetweenIso(sentOn, today);
  return days >= 0 ? days : null;
}
