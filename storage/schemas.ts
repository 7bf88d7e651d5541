import { GOVERNING_LAWS } from '../offboarding/governing-law';
/**
 * zod schemas for everything that crosses a trust boundary into the store: every request of the
 * message API (storage/protocol.ts) and every row of an imported backup. Strings are bounded so a
 * buggy or hostile caller cannot fill the database; addresses and domains are lower-cased.
 */
import '../common/zod-config';
import * as z from 'zod/mini';
import { CALL_AGREEMENTS, CHECKLIST_KEYS, HANDOVER_ITEM_KINDS, HANDOVER_STATES } from '../offboarding/types';
import { REFERRAL_OUTCOMES, TESTIMONIAL_CONSENTS, TESTIMONIAL_PLACEMENTS } from '../offboarding/types';
import type { FeedbackRecord, MessageRef, ReferralRecord, Retrospective, TestimonialRecord } from '../offboarding/types';
import { feedbackProblems, referralProblems, testimonialProblems } from '../offboarding/after-changes';
import type {
  Analysis,
  CallOutcome,
  NegotiationPosition,
  ChecklistEntry,
  ChecklistKey,
  Client,
  CompanyDetails,
  HandoverItem,
  PostalAddress,
  NoticeRecord,
  Offboarding,
  OffboardEvent,
  SettlementItem,
  Settings,
} from '../offboarding/types';
import { isFreeMailDomain, normalizeDomain, normalizeEmail } from '../offboarding/client';
import { normalizeBic, normalizeKrs, normalizeNip } from '../offboarding/company';
import { handoverItemIssues } from '../offboarding/inventory';
import { handoverItemProblems } from '../offboarding/inventory-changes';
import { TEMPLATE_KINDS } from '../templates/types';
import type { Template } from '../templates/types';
import type { StoreOperation, StoreOperations } from './protocol';
import { LIMITS } from '../common/limits';
import { messageLanguageForLocales } from '../offboarding/locale-defaults';

// The one table of size limits; the UI's counters and messages read the same numbers.
export { LIMITS };

// ---------------------------------------------------------------------------------------------
// Scalars

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  // Day 0 of the next month is the last day of this one (UTC: no time-zone shifts).
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= lastDay;
}

/** A calendar date YYYY-MM-DD that exists (no 2025-02-30). */
export const isoDate = z.string().check(z.maxLength(10), z.refine(isCalendarDate, { message: 'Expected a calendar date YYYY-MM-DD' }));

/** An instant as produced by Date.prototype.toISOString. */
export const isoInstant = z.iso.datetime({ message: 'Expected an ISO date-time (e.g. 2025-01-05T10:00:00.000Z)' });

export const idSchema = z
  .string()
  .check(z.minLength(1, 'Expected a non-empty id'), z.maxLength(LIMITS.id), z.regex(/^[A-Za-z0-9_-]+$/, 'Expected an id made of letters, digits, "-" and "_"'));

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

/** At most `max` items, repeats dropped (after each item's own normalizing). */
const uniqueList = <T extends z.ZodMiniType>(item: T, max: number) =>
  z.pipe(z.array(item).check(z.maxLength(max)), z.transform((values: z.output<T>[]) => unique(values)));

const boundedText = (max: number) => z.string().check(z.maxLength(max));
const nameText = z.string().check(z.trim(), z.minLength(1, 'Expected a non-empty name'), z.maxLength(LIMITS.name));
const wholeNumber = (message?: string) => z.number().check(z.int(message));

/** An address, normalized exactly as the client match keys are (offboarding/client.ts). */
export const emailSchema = z.pipe(
  z.string().check(z.maxLength(LIMITS.email + 100)),
  z.transform((value: string, ctx) => {
    try {
      const email = normalizeEmail(value);
      if (email.length <= LIMITS.email) return email;
    } catch {
      // reported below
    }
    ctx.issues.push({ code: 'custom', input: value, message: 'Expected an e-mail address like name@example.com' });
    return z.NEVER;
  }),
);

/** A company domain, lower-cased, no "@"; public webmail domains cannot identify a client. */
export const domainSchema = z.pipe(
  z.string().check(z.maxLength(LIMITS.domain + 10)),
  z.transform((value: string, ctx) => {
    let domain: string;
    try {
      domain = normalizeDomain(value);
    } catch {
      ctx.issues.push({ code: 'custom', input: value, message: 'Expected a domain like example.com' });
      return z.NEVER;
    }
    if (isFreeMailDomain(domain)) {
      ctx.issues.push({
        code: 'custom',
        input: value,
        message: `${domain} is a public e-mail provider and cannot identify a client; add the address instead`,
      });
      return z.NEVER;
    }
    return domain;
  }),
);

const urlSchema = z.string().check(z.maxLength(LIMITS.url), z.regex(/^https?:\/\//, 'Expected an http(s) URL'));

export const langSchema = z.enum(['pl', 'en']);
export const toneSchema = z.enum(['formal', 'warm']);

// ---------------------------------------------------------------------------------------------
// Domain records (offboarding/types.ts)

export const recipientSchema = z.strictObject({
  form: z.enum(['pan', 'pani', 'panstwo']),
  firstName: z.optional(boundedText(LIMITS.name)),
  lastName: z.optional(boundedText(LIMITS.name)),
  title: z.optional(boundedText(LIMITS.name)),
  warm: z.boolean(),
});

const periodAmount = wholeNumber('Expected a whole number').check(z.minimum(0), z.maximum(3650));

export const noticePeriodSchema = z.strictObject({
  days: z.optional(periodAmount),
  weeks: z.optional(periodAmount),
  months: z.optional(periodAmount),
});

export const contractSchema = z.strictObject({
  type: z.optional(z.enum(['service', 'zlecenie', 'dzielo', 'other'])),
  title: z.optional(boundedText(LIMITS.shortText)),
  number: z.optional(boundedText(100)),
  signedOn: z.optional(isoDate),
  clause: z.optional(boundedText(LIMITS.shortText)),
  breachClause: z.optional(boundedText(LIMITS.shortText)),
  noticePeriod: noticePeriodSchema,
  endOfMonth: z.boolean(),
  requiredForm: z.optional(z.enum(['documentary', 'written'])),
  fixedTermEndsOn: z.optional(isoDate),
  nonRenewalNoticeDays: z.optional(periodAmount),
  renewalClause: z.optional(boundedText(LIMITS.shortText)),
  governingLaw: z.optional(z.enum(GOVERNING_LAWS)),
});

const threadIdSchema = z.string().check(z.minLength(1), z.maxLength(LIMITS.shortText * 2));

export const threadRefSchema = z.strictObject({
  provider: z.enum(['gmail', 'outlook']),
  threadId: threadIdSchema,
  url: z.optional(urlSchema),
  subject: z.optional(boundedText(1_000)),
});

const requiredLine = (max: number) => z.string().check(z.trim(), z.minLength(1, 'Expected a non-empty value'), z.maxLength(max));

export const postalAddressSchema = z.strictObject({
  street: requiredLine(LIMITS.shortText),
  postalCode: requiredLine(20),
  city: requiredLine(100),
  country: z.optional(boundedText(100)),
}) satisfies z.ZodMiniType<PostalAddress>;

/** A party's number read by its normalizer (offboarding/company.ts): the normal form, or the normalizer's problem. */
const normalizedNumber = <K extends string>(normalize: (value: string) => Record<K, string> | { problem: string }, key: K) =>
  z.pipe(
    z.string().check(z.maxLength(30)),
    z.transform((value: string, ctx) => {
      const result = normalize(value);
      if (key in result) return (result as Record<K, string>)[key];
      ctx.issues.push({ code: 'custom', input: value, message: (result as { problem: string }).problem });
      return z.NEVER;
    }),
  );

/** NIP: 10 digits with a valid check digit; "PL 123-456-32-18" is stored as "1234563218". */
export const nipSchema = normalizedNumber(normalizeNip, 'nip');

/** KRS: up to 10 digits, stored with its leading zeros ("0000123456"). */
export const krsSchema = normalizedNumber(normalizeKrs, 'krs');

/** A BIC (SWIFT): "bpko pl pw" is stored as "BPKOPLPW"; 8 or 11 characters, the country in 5–6. */
export const bicSchema = normalizedNumber(normalizeBic, 'bic');

/** The fields a party's details add to a client or the profile (all optional: old rows lack them). */
const companyDetailsFields = {
  address: z.optional(postalAddressSchema),
  nip: z.optional(nipSchema),
  krs: z.optional(krsSchema),
  bic: z.optional(bicSchema),
};

export const companyDetailsSchema = z.strictObject({
  ...companyDetailsFields,
  bankAccount: z.optional(boundedText(100)),
}) satisfies z.ZodMiniType<CompanyDetails>;

export const clientSchema = z.strictObject({
  ...companyDetailsFields,
  bankAccount: z.optional(boundedText(100)),
  id: idSchema,
  name: nameText,
  company: z.optional(boundedText(LIMITS.name)),
  trades: z.optional(z.boolean()),
  // Normalizing can make two entries equal ("Anna@x.pl", "anna@x.pl"): keep one.
  emails: uniqueList(emailSchema, LIMITS.listItems),
  domains: uniqueList(domainSchema, LIMITS.listItems),
  language: langSchema,
  recipient: recipientSchema,
  contract: contractSchema,
  representative: z.optional(boundedText(LIMITS.name)),
  companyNumber: z.optional(boundedText(LIMITS.companyNumber)),
  registeredIn: z.optional(boundedText(LIMITS.registeredIn)),
  registeredOffice: z.optional(boundedText(LIMITS.shortText)),
  notes: boundedText(LIMITS.note),
  createdAt: isoInstant,
  updatedAt: isoInstant,
}) satisfies z.ZodMiniType<Client>;

export const initiatorSchema = z.enum(['we', 'client', 'mutual']);
export const endReasonSchema = z.enum([
  'non-payment',
  'breach',
  'fit',
  'capacity',
  'scope-change',
  'client-decision',
  'project-complete',
  'other',
]);
export const checklistKeySchema = z.enum(CHECKLIST_KEYS);

export const checklistEntrySchema = z.strictObject({
  doneAt: z.optional(isoInstant),
  skipped: z.optional(z.boolean()),
  note: z.optional(boundedText(LIMITS.note)),
}) satisfies z.ZodMiniType<ChecklistEntry>;

/** Every checklist key must be present: a row missing one is damaged. */
export const checklistSchema = z.strictObject(
  Object.fromEntries(CHECKLIST_KEYS.map((key) => [key, checklistEntrySchema])) as Record<
    ChecklistKey,
    typeof checklistEntrySchema
  >,
);

export const noticeRecordSchema = z.strictObject({
  servedOn: isoDate,
  channel: z.enum(['email', 'letter', 'courier', 'qes', 'in-person', 'other']),
  deliveredOn: z.optional(isoDate),
  expectedDeliveryOn: z.optional(isoDate),
  acknowledgementRequested: z.boolean(),
  acknowledgedOn: z.optional(isoDate),
  servedBy: z.enum(['we', 'client']),
}) satisfies z.ZodMiniType<NoticeRecord>;

/** ISO 4217: three upper-case letters (lower case is accepted and upper-cased). */
export const currencySchema = z
  .string()
  .check(z.trim(), z.toUpperCase(), z.regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code such as PLN or EUR'));

/** Integer minor units (grosze, cents); bounded well inside Number.MAX_SAFE_INTEGER. */
export const amountMinorSchema = wholeNumber('Expected an amount in whole minor units (grosze, cents)').check(
  z.minimum(0, 'Expected a non-negative amount; the direction says who owes whom'),
  z.maximum(1e15),
);

const settlementFields = {
  direction: z.enum(['receivable', 'liability']),
  description: z.string().check(z.trim(), z.minLength(1, 'Expected a description'), z.maxLength(LIMITS.shortText * 5)),
  amountMinor: amountMinorSchema,
  currency: currencySchema,
  paid: z.boolean(),
  dueOn: z.optional(isoDate),
  invoiceNo: z.optional(boundedText(LIMITS.shortText)),
  final: z.optional(z.boolean()),
  writtenOff: z.optional(z.boolean()),
};

export const settlementItemSchema = z.strictObject({ id: idSchema, ...settlementFields }) satisfies z.ZodMiniType<SettlementItem>;
export const newSettlementItemSchema = z.strictObject(settlementFields);
export const settlementChangesSchema = z.partial(z.strictObject(settlementFields));

const handoverItemFields = {
  kind: z.enum(HANDOVER_ITEM_KINDS),
  name: z.string().check(z.trim(), z.minLength(1, 'Expected what the item is'), z.maxLength(LIMITS.inventoryName)),
  state: z.enum(HANDOVER_STATES),
  on: z.optional(isoDate),
  note: z.optional(boundedText(LIMITS.inventoryNote)),
  recipient: z.optional(boundedText(LIMITS.inventoryRecipient)),
};

/** The item's own rules (a date where its state needs one, no secrets), each issue at its field. */
function refineHandoverItem(item: Omit<HandoverItem, 'id'>, ctx: z.core.$RefinementCtx): void {
  const problems = handoverItemProblems(item);
  handoverItemIssues(item).forEach((issue, index) => ctx.addIssue({ code: 'custom', path: [issue.field], message: problems[index] ?? issue.problem }));
}

export const handoverItemSchema = z
  .strictObject({ id: idSchema, ...handoverItemFields })
  .check(z.superRefine(refineHandoverItem)) satisfies z.ZodMiniType<HandoverItem>;
export const newHandoverItemSchema = z.strictObject(handoverItemFields).check(z.superRefine(refineHandoverItem));

// Before the notice (issue 18): the analysis, the position, the call's outcome.

const preparationText = z.string().check(z.trim(), z.maxLength(LIMITS.preparationText));
const preparationLine = z.string().check(z.trim(), z.minLength(1, 'Expected a non-empty text'), z.maxLength(LIMITS.preparationText));

export const messageLinkSchema = z.strictObject({
  threadId: threadIdSchema,
  messageId: threadIdSchema,
});

const analysisFactFields = { text: preparationLine, on: z.optional(isoDate), message: z.optional(messageLinkSchema) };
const analysisAttemptFields = { text: preparationLine, on: z.optional(isoDate), result: z.optional(preparationText) };
const preparationItems = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.maxLength(LIMITS.preparationItems));

export const analysisSchema = z.strictObject({
  facts: preparationItems(z.strictObject({ id: idSchema, ...analysisFactFields })),
  attempts: preparationItems(z.strictObject({ id: idSchema, ...analysisAttemptFields })),
  decision: z.optional(preparationText),
}) satisfies z.ZodMiniType<Analysis>;

/** As a change carries it: new entries have no id yet (offboarding/preparation.ts gives them one). */
export const analysisInputSchema = z.strictObject({
  facts: preparationItems(z.strictObject({ id: z.optional(idSchema), ...analysisFactFields })),
  attempts: preparationItems(z.strictObject({ id: z.optional(idSchema), ...analysisAttemptFields })),
  decision: z.optional(preparationText),
});

export const negotiationPositionSchema = z.strictObject({
  openToStay: z.boolean(),
  conditions: z.optional(
    z.strictObject({ scope: z.optional(preparationText), price: z.optional(preparationText), timing: z.optional(preparationText) }),
  ),
  latestEndOn: z.optional(isoDate),
  notAccepted: z.optional(preparationText),
}) satisfies z.ZodMiniType<NegotiationPosition>;

export const callOutcomeSchema = z.strictObject({
  on: isoDate,
  participants: z.optional(boundedText(LIMITS.shortText * 2)),
  agreed: z.enum(CALL_AGREEMENTS),
  endOn: z.optional(isoDate),
  nextStep: z.optional(preparationText),
}) satisfies z.ZodMiniType<CallOutcome>;
// After the end (offboarding/after.ts)

export const messageRefSchema = z.strictObject({
  provider: z.enum(['gmail', 'outlook']),
  threadId: threadIdSchema,
  messageId: z.optional(threadIdSchema),
  url: z.optional(urlSchema),
}) satisfies z.ZodMiniType<MessageRef>;

const capturedText = (what: string) => z.string().check(z.trim(), z.minLength(1, `Expected ${what}`), z.maxLength(LIMITS.capturedText));
const problemsRefinement = <T>(problemsOf: (value: T) => string[]) =>
  z.superRefine((value: T, ctx) => {
    for (const message of problemsOf(value)) ctx.addIssue({ code: 'custom', message });
  });

const feedbackFields = {
  receivedOn: isoDate,
  score: z.optional(wholeNumber('Expected a whole number from 0 to 10').check(z.minimum(0), z.maximum(10))),
  quote: capturedText("the client's words"),
  source: z.optional(messageRefSchema),
};
const testimonialFields = {
  text: capturedText('the testimonial'),
  credit: z.optional(boundedText(LIMITS.shortText)),
  consent: z.enum(TESTIMONIAL_CONSENTS),
  placements: uniqueList(z.enum(TESTIMONIAL_PLACEMENTS), TESTIMONIAL_PLACEMENTS.length),
  givenOn: isoDate,
  source: z.optional(messageRefSchema),
};
const referralFields = {
  who: requiredLine(LIMITS.shortText),
  on: isoDate,
  outcome: z.enum(REFERRAL_OUTCOMES),
  note: z.optional(boundedText(LIMITS.capturedText)),
  source: z.optional(messageRefSchema),
};

export const newFeedbackSchema = z.strictObject(feedbackFields).check(problemsRefinement(feedbackProblems));
export const newTestimonialSchema = z.strictObject(testimonialFields).check(problemsRefinement(testimonialProblems));
export const newReferralSchema = z.strictObject(referralFields).check(problemsRefinement(referralProblems));
export const feedbackRecordSchema = z.strictObject({ id: idSchema, ...feedbackFields }) satisfies z.ZodMiniType<FeedbackRecord>;
export const testimonialRecordSchema = z
  .strictObject({ id: idSchema, ...testimonialFields })
  .check(problemsRefinement(testimonialProblems)) satisfies z.ZodMiniType<TestimonialRecord>;
export const referralRecordSchema = z.strictObject({ id: idSchema, ...referralFields }) satisfies z.ZodMiniType<ReferralRecord>;

const retrospectiveAnswer = boundedText(LIMITS.capturedText);
const workAgainSchema = z.enum(['yes', 'no', 'maybe']);
export const retrospectiveInputSchema = z.strictObject({
  wentWell: retrospectiveAnswer,
  toImprove: retrospectiveAnswer,
  warningSigns: retrospectiveAnswer,
  workAgain: z.optional(workAgainSchema),
});
export const retrospectiveSchema = z.strictObject({
  wentWell: retrospectiveAnswer,
  toImprove: retrospectiveAnswer,
  warningSigns: retrospectiveAnswer,
  workAgain: z.optional(workAgainSchema),
  writtenAt: isoInstant,
  updatedAt: isoInstant,
}) satisfies z.ZodMiniType<Retrospective>;

const uniqueIds = <T extends { id: string }>(items: T[]) => new Set(items.map((item) => item.id)).size === items.length;
/** At most `max` records, each with its own id. */
const recordList = <T extends z.ZodMiniType<{ id: string }>>(item: T, max: number, message: string) =>
  z.optional(z.array(item).check(z.maxLength(max), z.refine(uniqueIds, { message })));
const capturedList = <T extends z.ZodMiniType<{ id: string }>>(item: T) =>
  recordList(item, LIMITS.capturesPerOffboarding, 'Expected every record to have its own id');

export const offboardingSchema = z.strictObject({
  id: idSchema,
  clientId: idSchema,
  initiator: initiatorSchema,
  reason: endReasonSchema,
  reasonNote: z.optional(boundedText(LIMITS.note)),
  startedOn: isoDate,
  checklist: checklistSchema,
  notice: z.optional(noticeRecordSchema),
  settlement: z.array(settlementItemSchema).check(z.maxLength(1_000)),
  inventory: recordList(handoverItemSchema, LIMITS.inventoryItems, 'Expected every inventory item to have its own id'),
  thread: z.optional(threadRefSchema),
  closedOn: z.optional(isoDate),
  analysis: z.optional(analysisSchema),
  position: z.optional(negotiationPositionSchema),
  outcome: z.optional(callOutcomeSchema),
  feedback: capturedList(feedbackRecordSchema),
  testimonials: capturedList(testimonialRecordSchema),
  referrals: capturedList(referralRecordSchema),
  retrospective: z.optional(retrospectiveSchema),
  createdAt: isoInstant,
  updatedAt: isoInstant,
}) satisfies z.ZodMiniType<Offboarding>;

export const eventTypeSchema = z.enum([
  'offboarding-started',
  'notice-served',
  'notice-corrected',
  'draft-inserted',
  'draft-sent',
  'stage-changed',
  'checklist-changed',
  'call-outcome',
  'note',
  'feedback-captured',
  'testimonial-captured',
  'referral-captured',
  'retrospective-written',
  'inventory-changed',
  'document-produced',
]);

export const eventDataSchema = z
  .record(
    z.string().check(z.minLength(1), z.maxLength(100)),
    // z.number() refuses Infinity and NaN by itself (zod 4): the values are finite.
    z.union([z.string().check(z.maxLength(LIMITS.eventDataValue)), z.number(), z.boolean(), z.null()]),
  )
  .check(
    z.refine((data) => Object.keys(data).length <= LIMITS.eventDataKeys, {
      message: `Expected at most ${LIMITS.eventDataKeys} entries`,
    }),
  );

export const offboardEventSchema = z.strictObject({
  id: idSchema,
  clientId: idSchema,
  offboardingId: z.optional(idSchema),
  type: eventTypeSchema,
  at: isoInstant,
  data: eventDataSchema,
}) satisfies z.ZodMiniType<OffboardEvent>;

// ---------------------------------------------------------------------------------------------
// Templates and settings

export const templateSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(TEMPLATE_KINDS),
  lang: langSchema,
  tone: toneSchema,
  variant: z.optional(boundedText(100)),
  title: nameText,
  subject: boundedText(1_000),
  when: boundedText(2_000),
  variables: z.array(z.string().check(z.minLength(1), z.maxLength(100))).check(z.maxLength(LIMITS.listItems)),
  body: boundedText(LIMITS.templateBody),
  builtIn: z.boolean(),
  basedOn: z.optional(idSchema),
}) satisfies z.ZodMiniType<Template>;

export const userProfileSchema = z.strictObject({
  ...companyDetailsFields,
  name: boundedText(LIMITS.name),
  company: z.optional(boundedText(LIMITS.name)),
  role: z.optional(boundedText(LIMITS.name)),
  senderForm: z.optional(z.enum(['m', 'f', 'we'])),
  email: z.optional(emailSchema),
  phone: z.optional(boundedText(50)),
  bankAccount: z.optional(boundedText(100)),
  signature: z.enum(['webmail', 'template']),
  companyNumber: z.optional(boundedText(LIMITS.companyNumber)),
  registeredIn: z.optional(boundedText(LIMITS.registeredIn)),
  registeredOffice: z.optional(boundedText(LIMITS.shortText)),
});

export const settingsSchema = z.strictObject({
  profile: userProfileSchema,
  defaultLanguage: langSchema,
  defaultTone: toneSchema,
  defaultNoticePeriod: noticePeriodSchema,
  uiLanguage: z.enum(['auto', 'pl', 'en']),
  sidebarOpen: z.optional(z.boolean()),
  backupReminderDays: z.optional(wholeNumber('Expected a whole number of days').check(z.minimum(1), z.maximum(365))),
  composeShortcut: z.optional(z.boolean()),
}) satisfies z.ZodMiniType<Settings>;

/** What a fresh install uses until the user saves settings. */
export function defaultSettings(languages: readonly string[] = []): Settings {
  return {
    // No grammatical form: the first run asks for it (a missing value, never a male default).
    profile: { name: '', signature: 'webmail' },
    // An English browser writes English messages by default (offboarding/locale-defaults.ts).
    defaultLanguage: messageLanguageForLocales(languages),
    defaultTone: 'formal',
    defaultNoticePeriod: { months: 1 },
    uiLanguage: 'auto',
  };
}

// ---------------------------------------------------------------------------------------------
// Requests of the message API: one schema per operation, enforced by the background router.

const emptyRequest = z.strictObject({});

export const startOffboardingInputSchema = z.strictObject({
  name: nameText,
  company: z.optional(boundedText(LIMITS.name)),
  email: z.optional(emailSchema),
  domain: z.optional(domainSchema),
  language: langSchema,
  initiator: initiatorSchema,
  reason: endReasonSchema,
  thread: z.optional(threadRefSchema),
  clientId: z.optional(idSchema),
});

export const offboardingPatchSchema = z.discriminatedUnion('op', [
  z.strictObject({
    op: z.literal('checklist'),
    key: checklistKeySchema,
    done: z.boolean(),
    skipped: z.optional(z.boolean()),
    note: z.optional(boundedText(LIMITS.note)),
  }),
  z.strictObject({ op: z.literal('serve-notice'), notice: noticeRecordSchema }),
  z.strictObject({ op: z.literal('correct-notice'), notice: noticeRecordSchema }),
  z.strictObject({ op: z.literal('acknowledge-notice'), on: isoDate }),
  z.strictObject({ op: z.literal('notice-delivery'), deliveredOn: z.optional(isoDate), expectedDeliveryOn: z.optional(isoDate) }),
  z.strictObject({ op: z.literal('settlement-add'), item: newSettlementItemSchema }),
  z.strictObject({ op: z.literal('settlement-update'), id: idSchema, changes: settlementChangesSchema }),
  z.strictObject({ op: z.literal('settlement-remove'), id: idSchema }),
  z.strictObject({ op: z.literal('analysis-set'), analysis: z.nullable(analysisInputSchema) }),
  z.strictObject({ op: z.literal('position-set'), position: z.nullable(negotiationPositionSchema) }),
  z.strictObject({ op: z.literal('outcome-set'), outcome: z.nullable(callOutcomeSchema) }),
  z.strictObject({
    op: z.literal('set'),
    changes: z.strictObject({
      initiator: z.optional(initiatorSchema),
      reason: z.optional(endReasonSchema),
      reasonNote: z.optional(boundedText(LIMITS.note)),
      startedOn: z.optional(isoDate),
      thread: z.optional(threadRefSchema),
      closedOn: z.optional(isoDate),
    }),
  }),
  z.strictObject({ op: z.literal('feedback-add'), feedback: newFeedbackSchema }),
  z.strictObject({ op: z.literal('testimonial-add'), testimonial: newTestimonialSchema }),
  z.strictObject({ op: z.literal('testimonial-update'), id: idSchema, changes: z.partial(z.strictObject(testimonialFields)) }),
  z.strictObject({ op: z.literal('referral-add'), referral: newReferralSchema }),
  z.strictObject({ op: z.literal('referral-update'), id: idSchema, changes: z.partial(z.strictObject(referralFields)) }),
  z.strictObject({ op: z.literal('capture-remove'), kind: z.enum(['feedback', 'testimonial', 'referral']), id: idSchema }),
  z.strictObject({ op: z.literal('retrospective'), retrospective: retrospectiveInputSchema }),
  z.strictObject({ op: z.literal('inventory-add'), item: newHandoverItemSchema }),
  z.strictObject({ op: z.literal('inventory-update'), id: idSchema, item: newHandoverItemSchema }),
  z.strictObject({ op: z.literal('inventory-state'), id: idSchema, state: z.enum(HANDOVER_STATES), on: z.optional(isoDate) }),
  z.strictObject({ op: z.literal('inventory-remove'), id: idSchema }),
]);

export const clientChangesSchema = z.partial(z.omit(clientSchema, { id: true, createdAt: true, updatedAt: true }));

/** One record of a backup (storage/backup/format.ts): the same schema as the row it becomes. */
export const backupRecordSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('client'), record: clientSchema }),
  z.strictObject({ kind: z.literal('offboarding'), record: offboardingSchema }),
  z.strictObject({ kind: z.literal('event'), record: offboardEventSchema }),
  z.strictObject({ kind: z.literal('template'), record: templateSchema }),
  z.strictObject({ kind: z.literal('settings'), record: settingsSchema }),
]);

const count = wholeNumber().check(z.minimum(0));
const backupCountsSchema = z.strictObject({ clients: count, offboardings: count, events: count, templates: count });

/** Records per data.importBatch / rows per data.exportPage: each message stays a few megabytes. */
export const BACKUP_BATCH = { records: 2_000, pageRows: 1_000, lineChars: 4 * 1024 * 1024 } as const;

const backupRequestSchemas = {
  'data.exportInfo': emptyRequest,
  'data.exportPage': z.strictObject({
    table: z.enum(['clients', 'offboardings', 'timelines', 'templates', 'settings']),
    after: z.nullable(z.string().check(z.maxLength(LIMITS.id + 10))),
    limit: wholeNumber().check(z.minimum(1), z.maximum(BACKUP_BATCH.pageRows)),
  }),
  'data.importBegin': emptyRequest,
  // Each line is parsed and checked against backupRecordSchema by the store (storage/backup/records.ts), so a refusal names its line.
  'data.importBatch': z.strictObject({
    session: idSchema,
    lines: z.array(z.string().check(z.maxLength(BACKUP_BATCH.lineChars))).check(z.maxLength(BACKUP_BATCH.records)),
    firstLine: z.optional(wholeNumber().check(z.minimum(1))),
  }),
  'data.importCommit': z.strictObject({ session: idSchema, counts: backupCountsSchema }),
  'data.importAbort': z.strictObject({ session: idSchema }),
  'data.backupDone': emptyRequest,
  'data.backupStatus': emptyRequest,
  'backup.autoStatus': emptyRequest,
  // Checked again, with its own messages, by storage/auto-backup.ts.
  'backup.autoConfigure': z.strictObject({
    enabled: z.optional(z.boolean()),
    intervalDays: z.optional(wholeNumber().check(z.minimum(1), z.maximum(365))),
    keep: z.optional(wholeNumber().check(z.minimum(1), z.maximum(50))),
  }),
};

/** The thread as a draft uses it (templates/variables.ts ConversationFacts): its subject and senders. */
const conversationFactsSchema = z.strictObject({
  subject: z.optional(boundedText(LIMITS.note)),
  messages: z.optional(
    z.array(z.strictObject({ from: z.strictObject({ name: z.optional(boundedText(LIMITS.name)), email: z.optional(boundedText(LIMITS.email + 100)) }) })).check(
      z.maxLength(LIMITS.listItems),
    ),
  ),
  userEmail: z.optional(boundedText(LIMITS.email + 100)),
});

const typedValuesSchema = z.record(z.string().check(z.maxLength(100)), boundedText(LIMITS.note)).check(
  z.refine((values) => Object.keys(values).length <= LIMITS.listItems, { message: `At most ${LIMITS.listItems} typed values` }),
);

const draftRenderSchema = z.strictObject({
  template: templateSchema,
  input: z.strictObject({
    client: z.optional(clientSchema),
    offboarding: z.optional(offboardingSchema),
    settings: settingsSchema,
    context: z.optional(conversationFactsSchema),
    today: isoDate,
    overrides: z.optional(typedValuesSchema),
  }),
});

export const requestSchemas = {
  'clients.list': emptyRequest,
  'clients.get': z.strictObject({ id: idSchema }),
  // Lenient on purpose: lookupKeys skips text that is not an address (webmail sometimes shows a bare name).
  'clients.match': z.strictObject({ emails: z.array(z.string().check(z.maxLength(LIMITS.email + 100))).check(z.maxLength(LIMITS.listItems)) }),
  'clients.update': z.strictObject({ id: idSchema, changes: clientChangesSchema }),
  'clients.delete': z.strictObject({ id: idSchema }),
  'offboarding.start': startOffboardingInputSchema,
  'offboarding.patch': z.strictObject({ id: idSchema, patch: offboardingPatchSchema }),
  'events.append': z.strictObject({
    clientId: idSchema,
    offboardingId: z.optional(idSchema),
    type: eventTypeSchema,
    data: eventDataSchema,
  }),
  'events.list': z.strictObject({ clientId: idSchema }),
  'overview.list': z.strictObject({ today: isoDate }),
  'overview.summary': z.strictObject({
    today: isoDate,
    limit: wholeNumber('Expected a whole number of rows').check(z.minimum(1), z.maximum(LIMITS.overviewPage)),
  }),
  'insights.compute': z.strictObject({ from: z.optional(isoDate), to: z.optional(isoDate) }).check(
    z.refine((period) => period.from === undefined || period.to === undefined || period.from <= period.to, {
      message: 'The period must start before it ends',
    }),
  ),
  'insights.testimonials': emptyRequest,
  'templates.list': emptyRequest,
  'templates.builtIn': emptyRequest,
  'templates.render': draftRenderSchema,
  'templates.put': z.strictObject({ template: templateSchema }),
  'templates.delete': z.strictObject({ id: idSchema }),
  'settings.get': emptyRequest,
  'settings.put': z.strictObject({ settings: settingsSchema }),
  'data.export': emptyRequest,
  // No size limit here: storage/transfer.ts refuses an oversized backup with its own message.
  'data.import': z.strictObject({ json: z.string() }),
  'data.deleteAll': z.strictObject({ confirm: z.literal('DELETE') }),
  ...backupRequestSchemas,
} satisfies { [Op in StoreOperation]: z.ZodMiniType<StoreOperations[Op]['req']> };
