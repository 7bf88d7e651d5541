import type { GoverningLaw } from './governing-law';
/**
 * The offboarding domain: plain data, no browser APIs. Dates are ISO calendar dates (YYYY-MM-DD);
 * instants are ISO date-times (toISOString). Every id is a random string, never an auto-increment.
 */

import type { FeedbackRecord, ReferralRecord, Retrospective, TestimonialRecord } from './after-types';
export * from './after-types';

export type Lang = 'pl' | 'en';

// Before the notice (issue 18): the analysis, the position and the call's outcome.
import type { Analysis, CallOutcome, NegotiationPosition } from './preparation-types';
export type { Analysis, AnalysisAttempt, AnalysisFact, CallAgreement, CallOutcome, MessageLink, NegotiationPosition } from './preparation-types';
export { CALL_AGREEMENTS } from './preparation-types';

/** Polish form of address of the recipient; drives salutation and gender agreement. */
export type AddressForm = 'pan' | 'pani' | 'panstwo';

/** The user's own grammatical gender in Polish (podjąłem / podjęłam / podjęliśmy). */
export type SenderForm = 'm' | 'f' | 'we';

export interface Recipient {
  form: AddressForm;
  firstName?: string;
  lastName?: string;
  /** Vocative title for a salutation ("Prezesie"), never a surname. */
  title?: string;
  /** The user chose a warm first-name salutation ("Pani Anno"); never guessed. */
  warm: boolean;
}

export type ContractType = 'service' | 'zlecenie' | 'dzielo' | 'other';

export interface NoticePeriod {
  days?: number;
  weeks?: number;
  months?: number;
}

export interface Contract {
  /**
   * Absent until the user enters it: unknown, never assumed (issue 12). Then no text names a type,
   * cites an article that depends on it (art. 746, 750, 640, 644 k.c.) or treats it as a dzieło.
   */
  type?: ContractType;
  /** Contract title as the parties call it ("umowa o świadczenie usług marketingowych"). */
  title?: string;
  /** The contract's number as the parties wrote it ("12/2026"), when it has one. */
  number?: string;
  signedOn?: string;
  /** Where the termination clause is ("§ 7 ust. 2", "Section 12.1"). */
  clause?: string;
  /**
   * Where the clause allowing termination for breach (with immediate effect, or after a call to remedy)
   * is ("Clause 15.2", "§ 10 ust. 1"). Never the notice clause: a for-cause notice that cites the notice
   * clause invents a contractual right (review7 EN7-A1, PL7-B1). Unrecorded: a slot the user fills.
   */
  breachClause?: string;
  noticePeriod: NoticePeriod;
  /** "ze skutkiem na koniec miesiąca kalendarzowego" */
  endOfMonth: boolean;
  /**
   * documentary: an e-mail is enough; written: signed letter or QES on pain of invalidity. Absent
   * until the user enters it: unknown, never assumed either way (a notice then offers both courses).
   */
  requiredForm?: 'documentary' | 'written';
  /** A fixed-term contract or retainer: the day it ends (or renews, with an auto-renewal clause). */
  fixedTermEndsOn?: string;
  /** Auto-renewal clause: the no-renewal message must reach the client this many days before the end. */
  nonRenewalNoticeDays?: number;
  /** Where the renewal clause is ("§ 3 ust. 2", "Clause 3.2"): a non-renewal notice cites it as a notice cites `clause`. */
  renewalClause?: string;
  /** The law the contract is under, when the user recorded it (offboarding/governing-law.ts). */
  governingLaw?: GoverningLaw;
}

export interface ThreadRef {
  provider: 'gmail' | 'outlook';
  threadId: string;
  /** Where the conversation can be opened again. */
  url?: string;
  subject?: string;
}

/** A postal address as a letter or a contract heading writes it. */
export interface PostalAddress {
  street: string;
  postalCode: string;
  city: string;
  /** Left out for an address in Poland. */
  country?: string;
}

/**
 * What a document needs to identify a party beyond its name (offboarding/company.ts checks them):
 * the registered address, NIP (10 digits), KRS (10 digits, companies in the register) and the bank
 * account payments go to. Every one is optional: a document lists what it lacks, never guesses.
 */
export interface CompanyDetails {
  address?: PostalAddress;
  nip?: string;
  krs?: string;
  bankAccount?: string;
  /** The bank's BIC (SWIFT) for a payment from abroad, upper case, 8 or 11 characters; optional. */
  bic?: string;
}

export interface Client extends CompanyDetails {
  id: string;
  name: string;
  company?: string;
  /**
   * The user says the client runs a business (a company or a sole trader): the Late Payments Act
   * (ustawa z 8 marca 2013 r.) then applies to its invoices. Absent: not said; a company name or a
   * legal form still counts (offboarding/client.ts isBusinessClient).
   */
  trades?: boolean;
  /** Lower-case addresses. */
  emails: string[];
  /** Lower-case domains (no @). */
  domains: string[];
  language: Lang;
  recipient: Recipient;
  contract: Contract;
  /** Who signs documents for a company client ("Jan Nowak, prezes zarządu"), as the user typed it; never guessed. */
  representative?: string;
  /**
   * A client company registered outside the KRS (a UK company: Companies House), as the profile's
   * own fields: its number, where it is registered, its registered office (where a notice to it
   * is addressed). Printed where present, never asked for.
   */
  companyNumber?: string;
  registeredIn?: string;
  registeredOffice?: string;
  notes: string;
  createdAt: string;
  updatedAt: string;
}

export type Initiator = 'we' | 'client' | 'mutual';

export type EndReason =
  | 'non-payment'
  | 'breach'
  | 'fit'
  | 'capacity'
  | 'scope-change'
  | 'client-decision'
  | 'project-complete'
  | 'other';

/** The article's steps plus DOMAIN.md's additions, in process order. */
export const CHECKLIST_KEYS = [
  'analysis',
  'conversation',
  'documents',
  'notice',
  'handover',
  'assets-access',
  'personal-data',
  'settlement',
  'closing-message',
  'feedback',
  'testimonial',
  'referral',
  'lessons',
] as const;
export type ChecklistKey = (typeof CHECKLIST_KEYS)[number];

export interface ChecklistEntry {
  /** ISO date-time when ticked; absent while open. */
  doneAt?: string;
  /** Marked not applicable (e.g. no personal data processed); counts as closed. */
  skipped?: boolean;
  note?: string;
}

/**
 * How the binding statement travels: e-mail (documentary form is enough), a signed letter by post,
 * by courier, with a qualified electronic signature (art. 78¹ k.c.), by hand, or otherwise.
 */
export type NoticeChannel = 'email' | 'letter' | 'courier' | 'qes' | 'in-person' | 'other';

export interface NoticeRecord {
  /** The day the statement was sent or handed over. */
  servedOn: string;
  channel: NoticeChannel;
  /** The day it reached the recipient (art. 61 k.c.), once known. */
  deliveredOn?: string;
  /** Until delivery is recorded: the day it is expected to reach the recipient (the user's estimate). */
  expectedDeliveryOn?: string;
  acknowledgementRequested: boolean;
  acknowledgedOn?: string;
  /** Which side served it. */
  servedBy: 'we' | 'client';
}

export type SettlementDirection = 'receivable' | 'liability';

export interface SettlementItem {
  id: string;
  /** receivable: the client owes us (należność); liability: we owe the client (zobowiązanie). */
  direction: SettlementDirection;
  description: string;
  /** Integer minor units (grosze, cents). */
  amountMinor: number;
  /** ISO 4217, upper case. */
  currency: string;
  paid: boolean;
  dueOn?: string;
  invoiceNo?: string;
  /** The user marked this invoice as the final one (faktura końcowa); never inferred. */
  final?: boolean;
  /** Unpaid and given up on (odpisane): the user marked it, never inferred; never together with paid. */
  writtenOff?: boolean;
}

/** What the handover inventory lists (item 1 of issue 13). */
export const HANDOVER_ITEM_KINDS = [
  'deliverable',
  'source-code',
  'files',
  'domain',
  'hosting',
  'account',
  'credential',
  'personal-data',
  'equipment',
  'other',
] as const;
export type HandoverItemKind = (typeof HANDOVER_ITEM_KINDS)[number];

/**
 * Where an item stands. handed-over and deleted carry the day it happened; revoked (access taken
 * away) may; to-hand-over and not-applicable carry none. deleted is for personal data and copies
 * (GDPR art. 28(3)(g) tells return and deletion apart).
 */
export const HANDOVER_STATES = ['to-hand-over', 'handed-over', 'revoked', 'deleted', 'not-applicable'] as const;
export type HandoverState = (typeof HANDOVER_STATES)[number];

export interface HandoverItem {
  id: string;
  kind: HandoverItemKind;
  /** What it is ("Domena acme.pl", "Konto administratora WordPress"); for a credential its name only, never the secret. */
  name: string;
  state: HandoverState;
  /** ISO date the item was handed over, deleted or revoked. */
  on?: string;
  note?: string;
  /** Who receives it on the client's side (a person or a team), as the user typed it. */
  recipient?: string;
}

export interface Offboarding {
  id: string;
  clientId: string;
  initiator: Initiator;
  reason: EndReason;
  reasonNote?: string;
  startedOn: string;
  checklist: Record<ChecklistKey, ChecklistEntry>;
  notice?: NoticeRecord;
  settlement: SettlementItem[];
  /** The handover inventory; absent in records made before it existed (same as empty). */
  inventory?: HandoverItem[];
  thread?: ThreadRef;
  /** ISO date when the cooperation was closed (closing message sent). */
  closedOn?: string;
  /** Before the notice (issue 18): the analysis, our position for the talk, and its outcome. */
  analysis?: Analysis;
  position?: NegotiationPosition;
  outcome?: CallOutcome;
  /** What the client said afterwards, kept from the thread (offboarding/after.ts); absent = none yet. */
  feedback?: FeedbackRecord[];
  testimonials?: TestimonialRecord[];
  referrals?: ReferralRecord[];
  /** The lessons learned, written when the offboarding closes and editable later. */
  retrospective?: Retrospective;
  createdAt: string;
  updatedAt: string;
}

/** Derived from the checklist, never stored. */
export const STAGES = [
  'preparation',
  'notice',
  'handover',
  'settlement',
  'closing',
  'follow-up',
  'closed',
  /** The client kept us (a retention accepted in the call): an ending of its own, not 'closed'. */
  'kept',
] as const;
export type Stage = (typeof STAGES)[number];

export type EventType =
  | 'offboarding-started'
  | 'notice-served'
  | 'notice-corrected'
  | 'draft-inserted'
  | 'draft-sent'
  | 'stage-changed'
  | 'checklist-changed'
  /** The call before the notice was recorded with its outcome (issue 18). */
  | 'call-outcome'
  | 'note'
  | 'feedback-captured'
  | 'testimonial-captured'
  | 'referral-captured'
  | 'retrospective-written'
  /** An item of the handover inventory was added, edited, moved to another state or removed. */
  | 'inventory-changed'
  /** A document (documents/) was downloaded or printed: { kind, lang, action }. */
  | 'document-produced';

export interface OffboardEvent {
  id: string;
  clientId: string;
  offboardingId?: string;
  type: EventType;
  /** ISO date-time. */
  at: string;
  /** Small JSON payload: e.g. { kind, lang } for draft-inserted, { from, to } for stage-changed. */
  data: Record<string, string | number | boolean | null>;
}

export type Tone = 'formal' | 'warm';

export interface UserProfile extends Omit<CompanyDetails, 'bankAccount'> {
  name: string;
  company?: string;
  /** Job title under the name, optional. */
  role?: string;
  /** How the user writes of themself in Polish; absent until the user says (never a male default). */
  senderForm?: SenderForm;
  email?: string;
  phone?: string;
  /** Where the client pays what is due to us (settlement, demand for payment); never guessed. */
  bankAccount?: string;
  /** 'webmail' leaves the webmail's signature alone; 'template' adds the sign-off with the name. */
  signature: 'webmail' | 'template';
  /**
   * A company registered outside the KRS (a UK company: Companies House): its registered number,
   * where it is registered ("England and Wales") and its registered office, which UK business
   * documents carry (SI 2015/17 reg. 25). Printed where present, never asked for.
   */
  companyNumber?: string;
  registeredIn?: string;
  registeredOffice?: string;
}

export interface Settings {
  profile: UserProfile;
  defaultLanguage: Lang;
  defaultTone: Tone;
  defaultNoticePeriod: NoticePeriod;
  /** 'auto' follows the browser. */
  uiLanguage: 'auto' | Lang;
  /** Remembered sidebar state; undefined until the first conversation was shown. */
  sidebarOpen?: boolean;
  /** Remind when the last backup is older than this many days; absent: BACKUP_REMINDER_DEFAULT_DAYS. */
  backupReminderDays?: number;
  /** Ctrl+Shift+Space in a message body opens the template picker; absent: on. */
  composeShortcut?: boolean;
}
