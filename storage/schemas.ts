import { GOVERNING_LAWS } from '../offboarding/governing-law';
/**
 * zod schemas for everything that crosses a trust boundary into the store: every request of the
 * message API (storage/protocol.ts) and every row of an imported backup. Strings are bounded so a
 * buggy or hostile caller cannot fill the database; addresses and domains are lower-cased.
 */
import './zod-config';
import { z } from 'zod';
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
export const isoDate = z
  .string()
  .max(10)
  .refine(isCalendarDate, { message: 'Expected a calendar date YYYY-MM-DD' });

/** An instant as produced by Date.prototype.toISOString. */
export const isoInstant = z.iso.datetime({ message: 'Expected an ISO date-time (e.g. 2025-01-05T10:00:00.000Z)' });

export const idSchema = z
  .string()
  .min(1, 'Expected a non-empty id')
  .max(LIMITS.id)
  .regex(/^[A-Za-z0-9_-]+$/, 'Expected an id made of letters, digits, "-" and "_"');

function unique<T>(values: T[]): T[] {
  return [...new Set(values)];
}

const boundedText = (max: number) => z.string().max(max);
const nameText = z.string().trim().min(1, 'Expected a non-empty name').max(LIMITS.name);

/** An address, normalized exactly as the client match keys are (offboarding/client.ts). */
export const emailSchema = z
  .string()
  .max(LIMITS.email + 100)
  .transform((value, ctx) => {
    try {
      const email = normalizeEmail(value);
      if (email.length <= LIMITS.email) return email;
    } catch {
      // reported below
    }
    ctx.issues.push({ code: 'custom', input: value, message: 'Expected an e-mail address like name@example.com' });
    return z.NEVER;
  });

/** A company domain, lower-cased, no "@"; public webmail domains cannot identify a client. */
export const domainSchema = z
  .string()
  .max(LIMITS.domain + 10)
  .transform((value, ctx) => {
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
  });

const urlSchema = z
  .string()
  .max(LIMITS.url)
  .regex(/^https?:\/\//, 'Expected an http(s) URL');

export const langSchema = z.enum(['pl', 'en']);
export const toneSchema = z.enum(['formal', 'warm']);

// ---------------------------------------------------------------------------------------------
// Domain records (offboarding/types.ts)

export const recipientSchema = z.strictObject({
  form: z.enum(['pan', 'pani', 'panstwo']),
  firstName: boundedText(LIMITS.name).optional(),
  lastName: boundedText(LIMITS.name).optional(),
  title: boundedText(LIMITS.name).optional(),
  warm: z.boolean(),
});

const periodAmount = z.number().int('Expected a whole number').min(0).max(3650);

export const noticePeriodSchema = z.strictObject({
  days: periodAmount.optional(),
  weeks: periodAmount.optional(),
  months: periodAmount.optional(),
});

export const contractSchema = z.strictObject({
  type: z.enum(['service', 'zlecenie', 'dzielo', 'other']),
  title: boundedText(LIMITS.shortText).optional(),
  number: boundedText(100).optional(),
  signedOn: isoDate.optional(),
  clause: boundedText(LIMITS.shortText).optional(),
  breachClause: boundedText(LIMITS.shortText).optional(),
  noticePeriod: noticePeriodSchema,
  endOfMonth: z.boolean(),
  requiredForm: z.enum(['documentary', 'written']),
  fixedTermEndsOn: isoDate.optional(),
  nonRenewalNoticeDays: periodAmount.optional(),
  renewalClause: boundedText(LIMITS.shortText).optional(),
  governingLaw: z.enum(GOVERNING_LAWS).optional(),
});

export const threadRefSchema = z.strictObject({
  provider: z.enum(['gmail', 'outlook']),
  threadId: z.string().min(1).max(LIMITS.shortText * 2),
  url: urlSchema.optional(),
  subject: boundedText(1_000).optional(),
});

const requiredLine = (max: number) => z.string().trim().min(1, 'Expected a non-empty value').max(max);

export const postalAddressSchema = z.strictObject({
  street: requiredLine(LIMITS.shortText),
  postalCode: requiredLine(20),
  city: requiredLine(100),
  country: boundedText(100).optional(),
}) satisfies z.ZodType<PostalAddress>;

/** NIP: 10 digits with a valid check digit; "PL 123-456-32-18" is stored as "1234563218". */
export const nipSchema = z
  .string()
  .max(30)
  .transform((value, ctx) => {
    const result = normalizeNip(value);
    if ('nip' in result) return result.nip;
    ctx.issues.push({ code: 'custom', input: value, message: result.problem });
    return z.NEVER;
  });

/** KRS: up to 10 digits, stored with its leading zeros ("0000123456"). */
export const krsSchema = z
  .string()
  .max(30)
  .transform((value, ctx) => {
    const result = normalizeKrs(value);
    if ('krs' in result) return result.krs;
    ctx.issues.push({ code: 'custom', input: value, message: result.problem });
    return z.NEVER;
  });

/** A BIC (SWIFT): "bpko pl pw" is stored as "BPKOPLPW"; 8 or 11 characters, the country in 5–6. */
export const bicSchema = z
  .string()
  .max(30)
  .transform((value, ctx) => {
    const result = normalizeBic(value);
    if ('bic' in result) return result.bic;
    ctx.issues.push({ code: 'custom', input: value, message: result.problem });
    return z.NEVER;
  });

/** The fields a party's details add to a client or the profile (all optional: old rows lack them). */
const companyDetailsFields = {
  address: postalAddressSchema.optional(),
  nip: nipSchema.optional(),
  krs: krsSchema.optional(),
  bic: bicSchema.optional(),
};

export const companyDetailsSchema = z.strictObject({
  ...companyDetailsFields,
  bankAccount: boundedText(100).optional(),
}) satisfies z.ZodType<CompanyDetails>;

export const clientSchema = z.strictObject({
  ...companyDetailsFields,
  bankAccount: boundedText(100).optional(),
  id: idSchema,
  name: nameText,
  company: boundedText(LIMITS.name).optional(),
  trades: z.boolean().optional(),
  // Normalizing can make two entries equal ("Anna@x.pl", "anna@x.pl"): keep one.
  emails: z.array(emailSchema).max(LIMITS.listItems).transform(unique),
  domains: z.array(domainSchema).max(LIMITS.listItems).transform(unique),
  language: langSchema,
  recipient: recipientSchema,
  contract: contractSchema,
  representative: boundedText(LIMITS.name).optional(),
  companyNumber: boundedText(LIMITS.companyNumber).optional(),
  registeredIn: boundedText(LIMITS.registeredIn).optional(),
  registeredOffice: boundedText(LIMITS.shortText).optional(),
  notes: boundedText(LIMITS.note),
  createdAt: isoInstant,
  updatedAt: isoInstant,
}) satisfies z.ZodType<Client>;

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
  doneAt: isoInstant.optional(),
  skipped: z.boolean().optional(),
  note: boundedText(LIMITS.note).optional(),
}) satisfies z.ZodType<ChecklistEntry>;

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
  deliveredOn: isoDate.optional(),
  expectedDeliveryOn: isoDate.optional(),
  acknowledgementRequested: z.boolean(),
  acknowledgedOn: isoDate.optional(),
  servedBy: z.enum(['we', 'client']),
}) satisfies z.ZodType<NoticeRecord>;

/** ISO 4217: three upper-case letters (lower case is accepted and upper-cased). */
export const currencySchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{3}$/, 'Expected an ISO 4217 currency code such as PLN or EUR');

/** Integer minor units (grosze, cents); bounded well inside Number.MAX_SAFE_INTEGER. */
export const amountMinorSchema = z
  .number()
  .int('Expected an amount in whole minor units (grosze, cents)')
  .min(0, 'Expected a non-negative amount; the direction says who owes whom')
  .max(1e15);

const settlementFields = {
  direction: z.enum(['receivable', 'liability']),
  description: z.string().trim().min(1, 'Expected a description').max(LIMITS.shortText * 5),
  amountMinor: amountMinorSchema,
  currency: currencySchema,
  paid: z.boolean(),
  dueOn: isoDate.optional(),
  invoiceNo: boundedText(LIMITS.shortText).optional(),
  final: z.boolean().optional(),
  writtenOff: z.boolean().optional(),
};

export const settlementItemSchema = z.strictObject({ id: idSchema, ...settlementFields }) satisfies z.ZodType<SettlementItem>;
export const newSettlementItemSchema = z.strictObject(settlementFields);
export const settlementChangesSchema = z.strictObject(settlementFields).partial();

const handoverItemFields = {
  kind: z.enum(HANDOVER_ITEM_KINDS),
  name: z.string().trim().min(1, 'Expected what the item is').max(LIMITS.inventoryName),
  state: z.enum(HANDOVER_STATES),
  on: isoDate.optional(),
  note: boundedText(LIMITS.inventoryNote).optional(),
  recipient: boundedText(LIMITS.inventoryRecipient).optional(),
};

/** The item's own rules (a date where its state needs one, no secrets), each issue at its field. */
function refineHandoverItem(item: Omit<HandoverItem, 'id'>, ctx: z.RefinementCtx): void {
  const problems = handoverItemProblems(item);
  handoverItemIssues(item).forEach((issue, index) => ctx.addIssue({ code: 'custom', path: [issue.field], message: problems[index] ?? issue.problem }));
}

export const handoverItemSchema = z
  .strictObject({ id: idSchema, ...handoverItemFields })
  .superRefine(refineHandoverItem) satisfies z.ZodType<HandoverItem>;
export const newHandoverItemSchema = z.strictObject(handoverItemFields).superRefine(refineHandoverItem);

// Before the notice (issue 18): the analysis, the position, the call's outcome.

const preparationText = z.string().trim().max(LIMITS.preparationText);
const preparationLine = z.string().trim().min(1, 'Expected a non-empty text').max(LIMITS.preparationText);

export const messageLinkSchema = z.strictObject({
  threadId: z.string().min(1).max(LIMITS.shortText * 2),
  messageId: z.string().min(1).max(LIMITS.shortText * 2),
});

const analysisFactFields = { text: preparationLine, on: isoDate.optional(), message: messageLinkSchema.optional() };
const analysisAttemptFields = { text: preparationLine, on: isoDate.optional(), result: preparationText.optional() };

export const analysisSchema = z.strictObject({
  facts: z.array(z.strictObject({ id: idSchema, ...analysisFactFields })).max(LIMITS.preparationItems),
  attempts: z.array(z.strictObject({ id: idSchema, ...analysisAttemptFields })).max(LIMITS.preparationItems),
  decision: preparationText.optional(),
}) satisfies z.ZodType<Analysis>;

/** As a change carries it: new entries have no id yet (offboarding/preparation.ts gives them one). */
export const analysisInputSchema = z.strictObject({
  facts: z.array(z.strictObject({ id: idSchema.optional(), ...analysisFactFields })).max(LIMITS.preparationItems),
  attempts: z.array(z.strictObject({ id: idSchema.optional(), ...analysisAttemptFields })).max(LIMITS.preparationItems),
  decision: preparationText.optional(),
});

export const negotiationPositionSchema = z.strictObject({
  openToStay: z.boolean(),
  conditions: z
    .strictObject({ scope: preparationText.optional(), price: preparationText.optional(), timing: preparationText.optional() })
    .optional(),
  latestEndOn: isoDate.optional(),
  notAccepted: preparationText.optional(),
}) satisfies z.ZodType<NegotiationPosition>;

export const callOutcomeSchema = z.strictObject({
  on: isoDate,
  participants: boundedText(LIMITS.shortText * 2).optional(),
  agreed: z.enum(CALL_AGREEMENTS),
  endOn: isoDate.optional(),
  nextStep: preparationText.optional(),
}) satisfies z.ZodType<CallOutcome>;
// After the end (offboarding/after.ts)

export const messageRefSchema = z.strictObject({
  provider: z.enum(['gmail', 'outlook']),
  threadId: z.string().min(1).max(LIMITS.shortText * 2),
  messageId: z.string().min(1).max(LIMITS.shortText * 2).optional(),
  url: urlSchema.optional(),
}) satisfies z.ZodType<MessageRef>;

const capturedText = (what: string) => z.string().trim().min(1, `Expected ${what}`).max(LIMITS.capturedText);
const problemsRefinement =
  <T>(problemsOf: (value: T) => string[]) =>
  (value: T, ctx: z.RefinementCtx) => {
    for (const message of problemsOf(value)) ctx.addIssue({ code: 'custom', message });
  };

const feedbackFields = {
  receivedOn: isoDate,
  score: z.number().int('Expected a whole number from 0 to 10').min(0).max(10).optional(),
  quote: capturedText("the client's words"),
  source: messageRefSchema.optional(),
};
const testimonialFields = {
  text: capturedText('the testimonial'),
  credit: boundedText(LIMITS.shortText).optional(),
  consent: z.enum(TESTIMONIAL_CONSENTS),
  placements: z.array(z.enum(TESTIMONIAL_PLACEMENTS)).max(TESTIMONIAL_PLACEMENTS.length).transform(unique),
  givenOn: isoDate,
  source: messageRefSchema.optional(),
};
const referralFields = {
  who: requiredLine(LIMITS.shortText),
  on: isoDate,
  outcome: z.enum(REFERRAL_OUTCOMES),
  note: boundedText(LIMITS.capturedText).optional(),
  source: messageRefSchema.optional(),
};

export const newFeedbackSchema = z.strictObject(feedbackFields).superRefine(problemsRefinement(feedbackProblems));
export const newTestimonialSchema = z.strictObject(testimonialFields).superRefine(problemsRefinement(testimonialProblems));
export const newReferralSchema = z.strictObject(referralFields).superRefine(problemsRefinement(referralProblems));
export const feedbackRecordSchema = z.strictObject({ id: idSchema, ...feedbackFields }) satisfies z.ZodType<FeedbackRecord>;
export const testimonialRecordSchema = z
  .strictObject({ id: idSchema, ...testimonialFields })
  .superRefine(problemsRefinement(testimonialProblems)) satisfies z.ZodType<TestimonialRecord>;
export const referralRecordSchema = z.strictObject({ id: idSchema, ...referralFields }) satisfies z.ZodType<ReferralRecord>;

const retrospectiveAnswer = boundedText(LIMITS.capturedText);
const workAgainSchema = z.enum(['yes', 'no', 'maybe']);
export const retrospectiveInputSchema = z.strictObject({
  wentWell: retrospectiveAnswer,
  toImprove: retrospectiveAnswer,
  warningSigns: retrospectiveAnswer,
  workAgain: workAgainSchema.optional(),
});
export const retrospectiveSchema = z.strictObject({
  wentWell: retrospectiveAnswer,
  toImprove: retrospectiveAnswer,
  warningSigns: retrospectiveAnswer,
  workAgain: workAgainSchema.optional(),
  writtenAt: isoInstant,
  updatedAt: isoInstant,
}) satisfies z.ZodType<Retrospective>;

const uniqueIds = <T extends { id: string }>(items: T[]) => new Set(items.map((item) => item.id)).size === items.length;
const capturedList = <T extends z.ZodType<{ id: string }>>(item: T) =>
  z.array(item).max(LIMITS.capturesPerOffboarding).refine(uniqueIds, { message: 'Expected every record to have its own id' }).optional();

export const offboardingSchema = z.strictObject({
  id: idSchema,
  clientId: idSchema,
  initiator: initiatorSchema,
  reason: endReasonSchema,
  reasonNote: boundedText(LIMITS.note).optional(),
  startedOn: isoDate,
  checklist: checklistSchema,
  notice: noticeRecordSchema.optional(),
  settlement: z.array(settlementItemSchema).max(1_000),
  inventory: z
    .array(handoverItemSchema)
    .max(LIMITS.inventoryItems)
    .refine((items) => new Set(items.map((item) => item.id)).size === items.length, { message: 'Expected every inventory item to have its own id' })
    .optional(),
  thread: threadRefSchema.optional(),
  closedOn: isoDate.optional(),
  analysis: analysisSchema.optional(),
  position: negotiationPositionSchema.optional(),
  outcome: callOutcomeSchema.optional(),
  feedback: capturedList(feedbackRecordSchema),
  testimonials: capturedList(testimonialRecordSchema),
  referrals: capturedList(referralRecordSchema),
  retrospective: retrospectiveSchema.optional(),
  createdAt: isoInstant,
  updatedAt: isoInstant,
}) satisfies z.ZodType<Offboarding>;

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
    z.string().min(1).max(100),
    z.union([z.string().max(LIMITS.eventDataValue), z.number().finite(), z.boolean(), z.null()]),
  )
  .refine((data) => Object.keys(data).length <= LIMITS.eventDataKeys, {
    message: `Expected at most ${LIMITS.eventDataKeys} entries`,
  });

export const offboardEventSchema = z.strictObject({
  id: idSchema,
  clientId: idSchema,
  offboardingId: idSchema.optional(),
  type: eventTypeSchema,
  at: isoInstant,
  data: eventDataSchema,
}) satisfies z.ZodType<OffboardEvent>;

// ---------------------------------------------------------------------------------------------
// Templates and settings

export const templateSchema = z.strictObject({
  id: idSchema,
  kind: z.enum(TEMPLATE_KINDS),
  lang: langSchema,
  tone: toneSchema,
  variant: boundedText(100).optional(),
  title: nameText,
  subject: boundedText(1_000),
  when: boundedText(2_000),
  variables: z.array(z.string().min(1).max(100)).max(LIMITS.listItems),
  body: boundedText(LIMITS.templateBody),
  builtIn: z.boolean(),
  basedOn: idSchema.optional(),
}) satisfies z.ZodType<Template>;

export const userProfileSchema = z.strictObject({
  ...companyDetailsFields,
  name: boundedText(LIMITS.name),
  company: boundedText(LIMITS.name).optional(),
  role: boundedText(LIMITS.name).optional(),
  senderForm: z.enum(['m', 'f', 'we']).optional(),
  email: emailSchema.optional(),
  phone: boundedText(50).optional(),
  bankAccount: boundedText(100).optional(),
  signature: z.enum(['webmail', 'template']),
  companyNumber: boundedText(LIMITS.companyNumber).optional(),
  registeredIn: boundedText(LIMITS.registeredIn).optional(),
  registeredOffice: boundedText(LIMITS.shortText).optional(),
});

export const settingsSchema = z.strictObject({
  profile: userProfileSchema,
  defaultLanguage: langSchema,
  defaultTone: toneSchema,
  defaultNoticePeriod: noticePeriodSchema,
  uiLanguage: z.enum(['auto', 'pl', 'en']),
  sidebarOpen: z.boolean().optional(),
  backupReminderDays: z.number().int('Expected a whole number of days').min(1).max(365).optional(),
  composeShortcut: z.boolean().optional(),
}) satisfies z.ZodType<Settings>;

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
  company: boundedText(LIMITS.name).optional(),
  email: emailSchema.optional(),
  domain: domainSchema.optional(),
  language: langSchema,
  initiator: initiatorSchema,
  reason: endReasonSchema,
  thread: threadRefSchema.optional(),
  clientId: idSchema.optional(),
});

export const offboardingPatchSchema = z.discriminatedUnion('op', [
  z.strictObject({
    op: z.literal('checklist'),
    key: checklistKeySchema,
    done: z.boolean(),
    skipped: z.boolean().optional(),
    note: boundedText(LIMITS.note).optional(),
  }),
  z.strictObject({ op: z.literal('serve-notice'), notice: noticeRecordSchema }),
  z.strictObject({ op: z.literal('correct-notice'), notice: noticeRecordSchema }),
  z.strictObject({ op: z.literal('acknowledge-notice'), on: isoDate }),
  z.strictObject({ op: z.literal('notice-delivery'), deliveredOn: isoDate.optional(), expectedDeliveryOn: isoDate.optional() }),
  z.strictObject({ op: z.literal('settlement-add'), item: newSettlementItemSchema }),
  z.strictObject({ op: z.literal('settlement-update'), id: idSchema, changes: settlementChangesSchema }),
  z.strictObject({ op: z.literal('settlement-remove'), id: idSchema }),
  z.strictObject({ op: z.literal('analysis-set'), analysis: analysisInputSchema.nullable() }),
  z.strictObject({ op: z.literal('position-set'), position: negotiationPositionSchema.nullable() }),
  z.strictObject({ op: z.literal('outcome-set'), outcome: callOutcomeSchema.nullable() }),
  z.strictObject({
    op: z.literal('set'),
    changes: z.strictObject({
      initiator: initiatorSchema.optional(),
      reason: endReasonSchema.optional(),
      reasonNote: boundedText(LIMITS.note).optional(),
      startedOn: isoDate.optional(),
      thread: threadRefSchema.optional(),
      closedOn: isoDate.optional(),
    }),
  }),
  z.strictObject({ op: z.literal('feedback-add'), feedback: newFeedbackSchema }),
  z.strictObject({ op: z.literal('testimonial-add'), testimonial: newTestimonialSchema }),
  z.strictObject({ op: z.literal('testimonial-update'), id: idSchema, changes: z.strictObject(testimonialFields).partial() }),
  z.strictObject({ op: z.literal('referral-add'), referral: newReferralSchema }),
  z.strictObject({ op: z.literal('referral-update'), id: idSchema, changes: z.strictObject(referralFields).partial() }),
  z.strictObject({ op: z.literal('capture-remove'), kind: z.enum(['feedback', 'testimonial', 'referral']), id: idSchema }),
  z.strictObject({ op: z.literal('retrospective'), retrospective: retrospectiveInputSchema }),
  z.strictObject({ op: z.literal('inventory-add'), item: newHandoverItemSchema }),
  z.strictObject({ op: z.literal('inventory-update'), id: idSchema, item: newHandoverItemSchema }),
  z.strictObject({ op: z.literal('inventory-state'), id: idSchema, state: z.enum(HANDOVER_STATES), on: isoDate.optional() }),
  z.strictObject({ op: z.literal('inventory-remove'), id: idSchema }),
]);

export const clientChangesSchema = clientSchema.omit({ id: true, createdAt: true, updatedAt: true }).partial();

/** One record of a backup (storage/backup/format.ts): the same schema as the row it becomes. */
export const backupRecordSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('client'), record: clientSchema }),
  z.strictObject({ kind: z.literal('offboarding'), record: offboardingSchema }),
  z.strictObject({ kind: z.literal('event'), record: offboardEventSchema }),
  z.strictObject({ kind: z.literal('template'), record: templateSchema }),
  z.strictObject({ kind: z.literal('settings'), record: settingsSchema }),
]);

const backupCountsSchema = z.strictObject({
  clients: z.number().int().min(0),
  offboardings: z.number().int().min(0),
  events: z.number().int().min(0),
  templates: z.number().int().min(0),
});

/** Records per data.importBatch / rows per data.exportPage: each message stays a few megabytes. */
export const BACKUP_BATCH = { records: 2_000, pageRows: 1_000, lineChars: 4 * 1024 * 1024 } as const;

const backupRequestSchemas = {
  'data.exportInfo': emptyRequest,
  'data.exportPage': z.strictObject({
    table: z.enum(['clients', 'offboardings', 'timelines', 'templates', 'settings']),
    after: z.string().max(LIMITS.id + 10).nullable(),
    limit: z.number().int().min(1).max(BACKUP_BATCH.pageRows),
  }),
  'data.importBegin': emptyRequest,
  // Each line is parsed and checked against backupRecordSchema by the store (storage/backup/records.ts), so a refusal names its line.
  'data.importBatch': z.strictObject({
    session: idSchema,
    lines: z.array(z.string().max(BACKUP_BATCH.lineChars)).max(BACKUP_BATCH.records),
    firstLine: z.number().int().min(1).optional(),
  }),
  'data.importCommit': z.strictObject({ session: idSchema, counts: backupCountsSchema }),
  'data.importAbort': z.strictObject({ session: idSchema }),
  'data.backupDone': emptyRequest,
  'data.backupStatus': emptyRequest,
  'backup.autoStatus': emptyRequest,
  // Checked again, with its own messages, by storage/auto-backup.ts.
  'backup.autoConfigure': z.strictObject({ enabled: z.boolean().optional(), intervalDays: z.number().int().min(1).max(365).optional(), keep: z.number().int().min(1).max(50).optional() }),
};

export const requestSchemas = {
  'clients.list': emptyRequest,
  'clients.get': z.strictObject({ id: idSchema }),
  // Lenient on purpose: lookupKeys skips text that is not an address (webmail sometimes shows a bare name).
  'clients.match': z.strictObject({ emails: z.array(z.string().max(LIMITS.email + 100)).max(LIMITS.listItems) }),
  'clients.update': z.strictObject({ id: idSchema, changes: clientChangesSchema }),
  'clients.delete': z.strictObject({ id: idSchema }),
  'offboarding.start': startOffboardingInputSchema,
  'offboarding.patch': z.strictObject({ id: idSchema, patch: offboardingPatchSchema }),
  'events.append': z.strictObject({
    clientId: idSchema,
    offboardingId: idSchema.optional(),
    type: eventTypeSchema,
    data: eventDataSchema,
  }),
  'events.list': z.strictObject({ clientId: idSchema }),
  'overview.list': z.strictObject({ today: isoDate }),
  'overview.summary': z.strictObject({
    today: isoDate,
    limit: z.number().int('Expected a whole number of rows').min(1).max(LIMITS.overviewPage),
  }),
  'insights.compute': z
    .strictObject({ from: isoDate.optional(), to: isoDate.optional() })
    .refine((period) => period.from === undefined || period.to === undefined || period.from <= period.to, {
      message: 'The period must start before it ends',
    }),
  'insights.testimonials': emptyRequest,
  'templates.list': emptyRequest,
  'templates.builtIn': emptyRequest,
  'templates.put': z.strictObject({ template: templateSchema }),
  'templates.delete': z.strictObject({ id: idSchema }),
  'settings.get': emptyRequest,
  'settings.put': z.strictObject({ settings: settingsSchema }),
  'data.export': emptyRequest,
  // No size limit here: storage/transfer.ts refuses an oversized backup with its own message.
  'data.import': z.strictObject({ json: z.string() }),
  'data.deleteAll': z.strictObject({ confirm: z.literal('DELETE') }),
  ...backupRequestSchemas,
} satisfies { [Op in StoreOperation]: z.ZodType<StoreOperations[Op]['req']> };
