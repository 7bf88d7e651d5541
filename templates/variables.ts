/**
 * The values a template can use, computed from the client, the offboarding, the settings and the
 * open conversation. Everything a message states as a fact (dates, amounts, periods) is computed
 * here, once, with the offboarding module's rules; templates only place it.
 */
import { checkBankAccount } from '../offboarding/bank-account';
import { isKrsRegisteredForm } from '../offboarding/company';
import type { ChecklistKey, Client, ContractType, Lang, Offboarding, SettlementItem, Settings, Tone } from '../offboarding/types';
import { isPolishPublicHoliday, nextWorkingDayPL, noticeEnd } from '../offboarding/dates';
import { citesPolishLaw } from '../offboarding/governing-law';
import { endDateFallsOnNonWorkingDay, itemStanding, nonRenewalDeadlineFor, nonRenewalSafeDayFor, lastDayForPayment, paymentDueFor, type ItemStanding } from '../offboarding/deadlines';
import { channelMeetsForm, channelSatisfiesWrittenForm, endDateSettled, noticeDelivery } from '../offboarding/notice';
import { clientPartyName, hasLegalFormSuffix, isBusinessClient } from '../offboarding/client';
import { addDaysIso, daysBetweenIso, parseIsoDateParts, weekdayOf } from '../offboarding/calendar';
import { addressLines } from '../offboarding/postal-address';
import { formatMoney, isOutstanding, settlementTotals } from '../offboarding/settlement';
import { overdueReceivables } from '../offboarding/recovery';
import { inUnitedKingdom, preActionRouteFor } from '../offboarding/uk-debt';
import type { FlatCompensation } from '../offboarding/recovery';
import { formatCount, formatDate, polishImpersonalStatus, polishNoticePeriodInWords, formatNoticePeriod, formatNoticePeriodInText, joinWithAnd } from './format';
import { salutation } from './polish';
import { DATE_VALUE_PATHS } from './variable-labels';
import { contractNames } from './contract-names';
import { parseTypedDate } from './typed-date';
import { formalClosing, messageClosing } from './closing';
import { isInOtherLanguage } from './text-language';
import type { TemplateValue, TemplateVariables } from './types';
import { preparationVariables } from './preparation-variables';
import { INVENTORY_USER_VALUE_PATHS, inventoryVariables } from './inventory-variables';
import { demandWording, typedSenderForm } from './demand-wording';
import { clientWithdrewFromDzielo, unbilledWorkVariables } from './unbilled-work';
import { REQUIRED_FORM_ANSWERS } from './value-answers';

/** What the webmail adapter read (structurally a subset of webmail's ConversationContext). */
export interface ConversationFacts {
  subject?: string;
  messages?: ReadonlyArray<{ from: { name?: string; email?: string } }>;
  userEmail?: string;
}

export interface BuildVariablesInput {
  client?: Client;
  offboarding?: Offboarding;
  settings: Settings;
  context?: ConversationFacts;
  /** The user's local date, ISO YYYY-MM-DD. */
  today: string;
  /** The message's language (dates, money and labels follow it). */
  lang: Lang;
  /** The message's tone: the salutation follows it (formal when absent). */
  tone?: Tone;
  /** Values typed by the user for missing ones, by dotted path ("contract.clause"). */
  overrides?: Record<string, TemplateValue>;
}

/**
 * Facts only the user can give (the record has no place for them yet): never produced from the
 * record, always missing until typed. The sidebar's form fills them.
 */
export const USER_VALUE_PATHS = [
  'handover.items',
  'access.revokedItems',
  'demand.deadline',
  'demand.compensation',
  // A Letter of Claim under the Debt Claims protocol: whether interest or charges continue, and the
  // Annex 1 forms the user attaches (the product does not produce them).
  'demand.interest',
  'demand.protocolEnclosures',
  // The date a letter before claim (14 days) or a Letter of Claim (30 days) asks the debtor to pay or
  // reply by: the user's to set, proposed from today (demand-wording.ts proposedReplyDates).
  'demand.replyBy',
  'demand.protocolReplyBy',
  // The day a request for payment of an amount with no due date asks for (art. 455 k.c.).
  'payment.requestedBy',
  'refund.invoiceNo',
  'refund.correctedInvoiceNo',
  'rights.works',
  'rights.fields',
  'rights.clause',
  'rights.transferredOn',
  // What ending a fixed-term agreement early costs the client: the contract's own amount, or damages
  // under its law; never "the fees for the rest of the term" (review10 EN10-A1).
  'dispute.earlyEndTerms',
  // Asked for only when the handover inventory holds nothing for the list (templates/inventory-variables.ts).
  ...INVENTORY_USER_VALUE_PATHS,
] as const;

const DEADLINE_PATHS: ReadonlySet<string> = new Set(['demand.deadline', 'refund.dueDate', 'payment.requestedBy']);

/**
 * The provision the sender (the contractor, przyjmujący zlecenie) terminates under for good reason:
 * art. 746 § 2 k.c. (§ 1 is the client's right; § 3 makes the right for important reasons
 * unwaivable), reaching an unnamed services contract through art. 750. A contract for specific work
 * has none (withdrawal, art. 635, 640, 644), and for a contract of unknown type ('other') the basis
 * is unknown, so no article is cited.
 */
const IMMEDIATE_BASIS: Record<ContractType, { pl: string; en: string } | undefined> = {
  // English practice writes "Article 746(2)" and says why Polish law is cited at all.
  zlecenie: { pl: 'art. 746 § 2 i 3 k.c.', en: 'Article 746(2) and (3) of the Polish Civil Code, which governs the agreement' },
  service: { pl: 'art. 746 § 2 i 3 w zw. z art. 750 k.c.', en: 'Article 746(2) and (3) of the Polish Civil Code, which governs the agreement and applies to services agreements through Article 750' },
  other: undefined,
  dzielo: undefined,
};

/** Builds the whole variable tree; absent facts stay absent so the template lists them as missing. */
export function buildVariables(input: BuildVariablesInput): TemplateVariables {
  const { client, offboarding, settings, context, today, lang } = input;
  parseIsoDateParts(today, 'today');
  if (lang !== 'pl' && lang !== 'en') throw new Error(`buildVariables: unknown language "${String(lang)}"`);
  if (!settings?.profile) throw new Error('buildVariables: settings.profile is required');

  const overrides = input.overrides ?? {};
  // Whose counting rules the dates follow (art. 115 k.c. only under Polish law); with no client recorded, the message's language says.
  const polishLaw = citesPolishLaw(client?.contract ?? {}, lang);
  const vars: TemplateVariables = {
    lang,
    today: formatDate(today, lang),
    todayIso: today,
    sender: senderVariables(settings, lang),
    payment: paymentVariables(offboarding, today, lang, polishLaw),
    conversation: conversationVariables(context),
  };
  // The closing follows the salutation (review6-en B1): with nobody known the English salutation is
  // a slot the user fills with a name or "Dear Sir or Madam,", so the closing is one too.
  const closing = client ? formalClosing(formalSalutation(client, lang), lang) : lang === 'pl' ? formalClosing(undefined, lang) : undefined;
  if (closing !== undefined) vars.formalClosing = closing;
  // No contract recorded: whether an e-mail can be the notice is unknown (written form or not). It
  // is a missing value the user resolves (contract.requiredForm), never a default: assuming written
  // form makes the e-mail disown itself, and a documentary-form user who sends it gives no notice
  // (review11 EN A1, PL B13); assuming documentary form fails under a written-form clause. Until it
  // is resolved the notices show both courses as a choice. The period is a slot (no claim of
  // immediate effect); the governing law follows the language (offboarding/governing-law.ts).
  // A client recorded without the form entered is the same unknown (issue 12): the recorded form
  // wins, else the user's choice in the draft, else both courses.
  const form = client?.contract.requiredForm ?? typedRequiredForm(overrides['contract.requiredForm']);
  if (!client) {
    vars.contract = { formUnknown: form === undefined, bySignedStatement: form === 'written', requiresWrittenForm: form === 'written', hasNoticePeriod: true, polishLaw };
    // Documentary form: this e-mail is the notice and reaches the client today, as with a contract recorded.
    vars.notice = form === 'documentary' ? { deliveryExpected: false, deliveredByThisMessage: true, deliveryOn: formatDate(today, lang) } : { deliveryExpected: true };
    // Nobody recorded: whether the client trades is unknown too (an offboarding's own demand replaces this).
    vars.demand = { interestBasisUnknown: true };
  }
  if (client) {
    vars.salutation = salutation(client.recipient, lang, { company: client.company, contactName: client.name, tone: input.tone ?? 'formal' });
    vars.formalSalutation = formalSalutation(client, lang);
    // A demand may be shown to an adviser or a court: the surname form whatever the first-name setting (review11-en C10).
    vars.demandSalutation = salutation(client.recipient, lang, { company: client.company, contactName: client.name, tone: 'formal', statement: true, forTheRecord: true });
    vars.client = {
      name: client.name,
      company: client.company,
      displayName: client.company?.trim() ? client.company : client.name,
      // A company with a legal form is the party itself: a demand names it, not its representative.
      isLegalEntity: hasLegalFormSuffix(client.company ?? '') || hasLegalFormSuffix(client.name),
      email: client.emails[0],
      // Which GDPR: the UK's for a UK address, the EU's for another recorded one; neither when no address is recorded.
      inUk: inUnitedKingdom(client.address),
      outsideUk: client.address !== undefined && !inUnitedKingdom(client.address),
    };
    vars.recipient = recipientVariables(client);
    vars.contract = { ...contractVariables(client, lang, form), nonRenewalInTime: nonRenewalInTime(client, today, form), ...nonRenewalMargin(client, today, lang) };
    vars.notice = noticeVariables(client, offboarding, today, lang, input.overrides?.['notice.deliveryOn'], form);
    vars.parties = {
      // An address is not a party: the name is then a missing value.
      client: clientPartyName(client),
      sender: settings.profile.company?.trim() || settings.profile.name.trim() || undefined,
    };
  }
  vars.receipt = receiptVariables(client, offboarding, overrides, lang, form);
  // Ended only once a known end date (the notice's, the client's notice's, the fixed term's) is past:
  // a refund sent before it never says the engagement "has ended".
  const endIso = isoAt(vars.notice, 'endDateIso') ?? isoAt(vars.receipt, 'contractEndsOnIso') ?? client?.contract.fixedTermEndsOn;
  vars.engagement = { ended: endIso !== undefined && endIso < today };
  // Under an umowa o dzieło the client's recorded statement is its withdrawal (art. 644 k.c.).
  const withdrawalReceived = receiptIso(offboarding, overrides);
  vars.withdrawal = {
    receivedOn: withdrawalReceived ? formatDate(withdrawalReceived, lang) : undefined,
    // The client withdrew from an umowa o dzieło before the work was done: the settlement then carries
    // the art. 644 k.c. claim (the agreed fee less savings), not "work up to the end" (review10 EN10-A2).
    byClient: clientWithdrewFromDzielo(client, offboarding),
  };
  // What the settlement says of work not yet invoiced: by contract type and how it ends (review11 PL A2, C8).
  Object.assign(vars, unbilledWorkVariables({ client, offboarding, senderForm: settings.profile.senderForm, lang }));
  if (offboarding) {
    const noteInOtherLanguage = isInOtherLanguage(offboarding.reasonNote, lang);
    vars.offboarding = {
      initiator: offboarding.initiator,
      byClient: offboarding.initiator === 'client',
      byUs: offboarding.initiator === 'we',
      mutual: offboarding.initiator === 'mutual',
      reason: offboarding.reason,
      // A note typed in the other language is not placed: it becomes a missing value the user
      // writes in the message's language (the sidebar says why).
      reasonNote: noteInOtherLanguage ? undefined : offboarding.reasonNote,
      hasReasonNote: Boolean(offboarding.reasonNote?.trim()),
      reasonNoteInOtherLanguage: noteInOtherLanguage,
      nonPayment: offboarding.reason === 'non-payment',
      // The client is in breach or has not paid: no thanks for the opportunity in a notice to them.
      clientAtFault: offboarding.reason === 'non-payment' || offboarding.reason === 'breach',
      // The sender's own capacity: a conversation about it names no problem in the work (review 8, EN8-B1).
      ownCapacity: offboarding.reason === 'capacity',
      projectComplete: offboarding.reason === 'project-complete',
      startedOn: formatDate(offboarding.startedOn, lang),
      // Open, not skipped as not applicable: the message may ask what to do with the data.
      personalDataOpen: !offboarding.checklist['personal-data'].skipped && offboarding.checklist['personal-data'].doneAt === undefined,
    };
    Object.assign(vars, preparationVariables(offboarding, lang));
    // A contract for specific work ended before the work is done (a withdrawal, an agreement, a
    // breach): what is handed over is the work done so far, never a finished work.
    vars.work = { endsUnfinished: client?.contract.type === 'dzielo' && offboarding.reason !== 'project-complete' };
    vars.settlement = settlementVariables(offboarding.settlement, today, lang, polishLaw);
    // What the inventory holds: the lists and the day access was removed (the step's tick only
    // when no revoked item carries its own day).
    const inventory = inventoryVariables(offboarding, lang, doneOn(offboarding, 'assets-access', lang));
    vars.handover = { completedOn: doneOn(offboarding, 'handover', lang), ...inventory.handover };
    vars.access = inventory.access;
    vars.dataReturn = { completedOn: doneOn(offboarding, 'personal-data', lang) };
    vars.demand = demandVariables(offboarding.settlement, client, today, lang, polishLaw);
    vars.refund = refundVariables(offboarding.settlement, lang);
  } else if (client) {
    // Whether the client trades is known from the client alone, with no offboarding yet.
    vars.demand = { commercial: isBusinessClient(client), commercialInterest: isBusinessClient(client), interestBasisUnknown: tradingUnknown(client) };
  }
  // The demand's record-dependent wording (templates/demand-wording.ts, review11 EN A3, B4, C3, PL B6).
  const demand = (vars.demand ?? {}) as Record<string, TemplateValue>;
  const contractName = vars.contract && typeof vars.contract === 'object' && !Array.isArray(vars.contract) ? (vars.contract as Record<string, TemplateValue>).name : undefined;
  vars.demand = { ...demand, ...demandWording({ client, offboarding, today, lang, polishLaw, senderForm: settings.profile.senderForm ?? typedSenderForm(overrides['sender.form']), contractName: typeof contractName === 'string' ? contractName : undefined, letterBeforeClaim: demand.letterBeforeClaim === true }) };
  for (const [path, value] of Object.entries(overrides)) {
    // A typed delivery date was already applied (formatted, with the end dates computed from it).
    if (path === 'notice.deliveryOn' && client && typeof value === 'string' && parseTypedDate(value) !== undefined) continue;
    // The form is a choice, never text in the message: applied above, or still missing when not understood.
    if (path === 'contract.requiredForm') continue;
    setPath(vars, path, typedValue(path, value, lang));
  }
  // The closing follows the salutation as it finally reads, typed or recorded (review10-en C4).
  if (!Object.hasOwn(overrides, 'closing')) {
    const closing = messageClosing(typeof vars.salutation === 'string' ? vars.salutation : undefined, lang);
    if (closing !== undefined) vars.closing = closing;
  }
  return vars;
}

/**
 * The form the user chose for a notice with no contract recorded (templates/value-answers.ts):
 * "documentary" or "written", or a word typed before the choice existed; anything else leaves it missing.
 */
export function typedRequiredForm(value: TemplateValue): 'documentary' | 'written' | undefined {
  return REQUIRED_FORM_ANSWERS.read(value);
}

/** A computed ISO date in a variable group, if there is one. */
function isoAt(group: TemplateValue | undefined, key: string): string | undefined {
  if (group === null || typeof group !== 'object' || Array.isArray(group)) return undefined;
  const value = (group as Record<string, TemplateValue>)[key];
  return typeof value === 'string' ? value : undefined;
}

/** The salutation of a formal statement (a notice, a withdrawal): formal whatever the message's tone. */
function formalSalutation(client: Client, lang: Lang): string {
  return salutation(client.recipient, lang, { company: client.company, contactName: client.name, tone: 'formal', statement: true });
}

/** A typed date (YYYY-MM-DD) in words, a deadline moved by art. 115 first; other values as typed. */
function typedValue(path: string, value: TemplateValue, lang: Lang): TemplateValue {
  if (typeof value !== 'string' || !DATE_VALUE_PATHS.has(path) || !/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return value;
  const iso = value.trim();
  parseIsoDateParts(iso, path);
  return formatDate(DEADLINE_PATHS.has(path) ? nextWorkingDayPL(iso) : iso, lang);
}

/** The day a checklist step was ticked, in words; absent while it is open or skipped. */
function doneOn(offboarding: Offboarding, key: ChecklistKey, lang: Lang): string | undefined {
  const doneAt = offboarding.checklist[key]?.doneAt;
  if (doneAt === undefined || offboarding.checklist[key]?.skipped) return undefined;
  const day = doneAt.slice(0, 10);
  return /^\d{4}-\d{2}-\d{2}$/.test(day) ? formatDate(day, lang) : undefined;
}

/**
 * When the client's notice reached us: the recorded notice when the client served it, else the
 * date the user typed or confirmed (YYYY-MM-DD). Never today.
 */
function receiptIso(offboarding: Offboarding | undefined, overrides: Record<string, TemplateValue>): string | undefined {
  if (offboarding?.notice?.servedBy === 'client') return offboarding.notice.servedOn;
  const typed = overrides['receipt.noticeReceivedOn'];
  return typeof typed === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(typed.trim()) ? typed.trim() : undefined;
}

/**
 * The day the client's notice reached us and the end date the contract gives from it (art. 61,
 * 111–112 k.c.); both absent until the date is recorded or confirmed.
 */
function receiptVariables(
  client: Client | undefined,
  offboarding: Offboarding | undefined,
  overrides: Record<string, TemplateValue>,
  lang: Lang,
  form: 'documentary' | 'written' | undefined,
): TemplateVariables {
  const iso = receiptIso(offboarding, overrides);
  const period = client?.contract.noticePeriod;
  const hasPeriod = period !== undefined && formatNoticePeriod(period, lang) !== undefined;
  // Under a written-form clause an e-mail notice is void (art. 73 § 1 k.c.): only a notice recorded
  // as signed (letter, courier, QES, by hand) meets it; otherwise the reply asks for the signed one,
  // and no period runs yet, so there is no end date.
  const clientNotice = offboarding?.notice?.servedBy === 'client' ? offboarding.notice : undefined;
  const signedByClient = clientNotice !== undefined && channelSatisfiesWrittenForm(clientNotice.channel);
  const signedStatementNeeded = form === 'written' && !signedByClient;
  // A form neither recorded nor chosen (issue 12): whether an e-mail notice counts is unknown, so
  // the reply asks (contract.requiredForm) and computes no end date from it; a signed one meets any form.
  const formUnknown = form === undefined && !signedByClient;
  const end = iso && client && hasPeriod && !signedStatementNeeded && !formUnknown ? noticeEnd({ servedOn: iso, period: client.contract.noticePeriod, endOfMonth: client.contract.endOfMonth }) : undefined;
  return {
    signedStatementNeeded,
    formUnknown,
    noticeReceivedOn: iso ? formatDate(iso, lang) : undefined,
    noticeReceivedOnIso: iso,
    contractEndsOn: end ? formatDate(end, lang) : undefined,
    contractEndsOnIso: end,
  };
}

const COMPENSATION_TEXT = { pl: (eur: number) => `${eur} euro`, en: (eur: number) => `EUR ${eur}` };

function compensationText(compensation: FlatCompensation, lang: Lang): string | undefined {
  return compensation.applies ? COMPENSATION_TEXT[lang](compensation.eur) : undefined;
}

/**
 * The overdue invoices a demand for payment claims, with the art. 10 compensation for those in PLN.
 * `commercial` (the statute's interest and compensation) only for a business client: a company
 * recorded, or a legal form in the name (offboarding/client.ts isBusinessClient). Nothing overdue:
 * the list is a missing value, never an empty list after a colon.
 */
function demandVariables(items: readonly SettlementItem[], client: Client | undefined, today: string, lang: Lang, polishLaw: boolean): TemplateVariables {
  const lines = overdueReceivables(items, today, polishLaw);
  // Nothing overdue but something unpaid with no due date: the demand itself sets the deadline
  // (art. 455 k.c.: due at once on demand), and interest runs from the day after it.
  const undated = lines.length === 0 ? items.filter((item) => item.direction === 'receivable' && isOutstanding(item) && item.amountMinor > 0 && item.dueOn === undefined) : [];
  const claimed = lines.length > 0 ? lines.map((line) => line.item) : undated;
  const totals = settlementTotals(claimed)
    .filter((total) => total.receivableOpen > 0)
    .map((total) => formatMoney(total.receivableOpen, total.currency, lang));
  return {
    hasInvoices: lines.length > 0,
    severalInvoices: lines.length > 1,
    singleInvoice: lines.length === 1,
    invoices: lines.length === 0 ? undefined : lines.map(({ item, compensation }) => {
      const lastDay = item.dueOn === undefined ? undefined : lastDayForPayment(item.dueOn, polishLaw);
      return {
        // An item without an invoice number is named by its description (a list item cannot be typed in).
        invoiceNo: item.invoiceNo?.trim() || undefined,
        description: item.description.trim() || '—',
        dueOn: item.dueOn ? formatDate(item.dueOn, lang) : undefined,
        // The last day for payment where art. 115 k.c. moved it past a Saturday or holiday.
        // Said only under Polish law, whose rule it is.
        lastDay: lastDay !== undefined && lastDay !== item.dueOn ? formatDate(lastDay, lang) : undefined,
        // Interest runs from the day after the last day for payment (art. 481 k.c.; after art. 115 moved
        // it, under Polish law only: elsewhere the invoice's own due date counts).
        interestFrom: lastDay !== undefined ? formatDate(addDaysIso(lastDay, 1), lang) : undefined,
        amount: formatMoney(item.amountMinor, item.currency, lang),
        // Outside PLN the bracket needs the NBP rate the product does not have: the user fills it.
        compensation: compensationText(compensation, lang),
        hasCompensation: compensation.applies,
      };
    }),
    onDemand: undated.length > 0,
    severalOnDemand: undated.length > 1,
    onDemandItems: undated.length === 0 ? undefined : undated.map((item) => ({
      description: item.description.trim() || undefined,
      invoiceNo: item.invoiceNo?.trim() || undefined,
      amount: formatMoney(item.amountMinor, item.currency, lang),
    })),
    // Several currencies are several amounts ("kwot 3690,00 zł i 1200,00 €").
    severalAmounts: totals.length > 1,
    total: totals.length > 0 ? joinWithAnd(totals, lang) : undefined,
    commercial: client !== undefined && isBusinessClient(client),
    // The statute's interest and compensation are claimed for invoices past their due date; an
    // amount due on demand (art. 455 k.c.) earns the general interest of art. 481 k.c.
    commercialInterest: client !== undefined && isBusinessClient(client) && undated.length === 0,
    // Invoices past their due date and nobody has said whether the client trades: the demand offers
    // both interests as a choice (an amount due on demand earns art. 481 k.c. interest either way).
    interestBasisUnknown: undated.length === 0 && (client === undefined || tradingUnknown(client)),
    hasNonPln: lines.some((line) => !line.compensation.applies),
    ...preActionVariables(client, lang),
  };
}

/** Whether the client trades is not recorded: no company, no legal form in the name, not said either way. */
function tradingUnknown(client: Client): boolean {
  return client.trades === undefined && !isBusinessClient(client);
}

/**
 * A client in England and Wales under a law other than Polish: the Pre-Action Protocol for Debt
 * Claims for an individual or sole trader (no legal form in the name), a letter before claim under
 * the Practice Direction for a company (offboarding/uk-debt.ts). Under Polish law, neither.
 */
function preActionVariables(client: Client | undefined, lang: Lang): TemplateVariables {
  const route = client === undefined ? undefined : preActionRouteFor(client, lang);
  return { debtProtocol: route === 'debt-protocol', letterBeforeClaim: route === 'letter-before-claim' };
}

/**
 * What we owe the client. With one open liability its recorded document (the correcting invoice
 * or credit note the refund is booked under) and due day are the refund's; with several, which
 * one a message means is the user's to say, so both stay missing.
 */
function refundVariables(items: readonly SettlementItem[], lang: Lang): TemplateVariables {
  const open = items.filter((item) => item.direction === 'liability' && isOutstanding(item));
  const owed = settlementTotals(open)
    .filter((total) => total.liabilityOpen > 0)
    .map((total) => formatMoney(total.liabilityOpen, total.currency, lang));
  const single = open.length === 1 ? open[0] : undefined;
  return {
    amount: owed.length > 0 ? joinWithAnd(owed, lang) : undefined,
    correctionNo: single?.invoiceNo?.trim() || undefined,
    dueDate: single?.dueOn ? formatDate(single.dueOn, lang) : undefined,
  };
}

/**
 * The payee as a payment from abroad needs it: the holder as the documents name the user (a company;
 * a sole trader "Ewa Nowak trading as Nowak Design"), the IBAN (grouped, when its check digits hold;
 * one that fails them is asked for again) or another account number as written, and the BIC.
 */
function accountVariables(profile: Settings['profile'], lang: Lang): TemplateVariables {
  const company = profile.company?.trim() || undefined;
  const person = profile.name.trim() || undefined;
  const incorporated = company !== undefined && (isKrsRegisteredForm(company) || hasLegalFormSuffix(company));
  const holder = company && person && !incorporated ? (lang === 'en' ? `${person} trading as ${company}` : `${person} (${company})`) : (company ?? person);
  const recorded = profile.bankAccount?.trim();
  const check = recorded ? checkBankAccount(recorded) : undefined;
  return {
    accountHolder: holder,
    iban: check?.kind === 'iban' ? check.iban : undefined,
    accountNumber: check?.kind === 'other' ? check.text : undefined,
    bic: profile.bic?.trim() || undefined,
  };
}

function senderVariables(settings: Settings, lang: Lang): TemplateVariables {
  const profile = settings.profile;
  return {
    name: profile.name,
    company: profile.company,
    role: profile.role,
    email: profile.email,
    phone: profile.phone,
    bankAccount: profile.bankAccount?.trim() || undefined,
    ...accountVariables(profile, lang),
    // One line, as a reply address in a letter's text; absent from the profile, a missing value.
    postalAddress: profile.address ? addressLines(profile.address, lang).join(', ') : undefined,
    form: profile.senderForm,
    signs: profile.signature === 'template',
  };
}

function recipientVariables(client: Client): TemplateVariables {
  const { firstName, lastName, title, form } = client.recipient;
  const fullName = [firstName, lastName].map((part) => part?.trim()).filter(Boolean).join(' ');
  // On first-name terms as the user said (the salutation then uses the first name): only then may a
  // warm text be casual ("a coffee", "Thank you so much!"); under "Dear Ms …" it stays warm but polite.
  const firstNameTerms = client.recipient.warm && Boolean(firstName?.trim()) && form !== 'panstwo';
  return { form, firstName, lastName, title, fullName: fullName || undefined, firstNameTerms };
}

/** `form`: the recorded form, else the one chosen in the draft; undefined while unknown. */
function contractVariables(client: Client, lang: Lang, form: 'documentary' | 'written' | undefined): TemplateVariables {
  const contract = client.contract;
  const title = contract.title?.trim() || undefined;
  const names = contractNames(contract.type, title, lang);
  const period = lang === 'pl' ? polishNoticePeriodInWords(contract.noticePeriod, 'nominative') : formatNoticePeriodInText(contract.noticePeriod, lang);
  const nonRenewal = nonRenewalDeadlineFor(client);
  const polishLaw = citesPolishLaw(contract, lang);
  const basis = contract.type === undefined ? undefined : IMMEDIATE_BASIS[contract.type];
  return {
    type: contract.type,
    // Not recorded: no type named, no article that depends on it, not treated as a dzieło (issue 12).
    typeUnknown: contract.type === undefined,
    title,
    name: names[0],
    nameAccusative: names[1],
    nameGenitive: names[2],
    signedOn: contract.signedOn ? formatDate(contract.signedOn, lang) : undefined,
    signedOnIso: contract.signedOn,
    clause: contract.clause?.trim() || undefined,
    // The for-cause ground is its own clause, never the notice clause (a slot when unrecorded).
    breachClause: contract.breachClause?.trim() || undefined,
    renewalClause: contract.renewalClause?.trim() || undefined,
    noticePeriod: period,
    // After "z upływem" (Polish drafting: "z upływem 1 miesiąca od dnia doręczenia", review10-pl B7).
    noticePeriodGenitive: lang === 'pl' ? polishNoticePeriodInWords(contract.noticePeriod, 'genitive') : period,
    // English idiom: "three months' notice", "one month's notice" (review9-en B5).
    noticePeriodNotice: period !== undefined && lang === 'en' ? `${period}${period.endsWith('s') ? "'" : "'s"} notice` : undefined,
    hasNoticePeriod: period !== undefined,
    endOfMonth: contract.endOfMonth,
    requiresWrittenForm: form === 'written',
    // The notice is a signed statement the e-mail announces.
    bySignedStatement: form === 'written',
    // Never entered nor chosen: the notice shows both courses and asks (contract.requiredForm).
    formUnknown: form === undefined,
    // Polish statutes are cited only under Polish law (recorded, or a Polish message with none recorded).
    polishLaw,
    // Only under Polish law: elsewhere the basis is the contract's own clause, which the user cites.
    // A type not recorded cites no article: art. 746 and 750 depend on it (issue 12).
    immediateBasis: polishLaw && basis !== undefined ? basis[lang] : undefined,
    // A zlecenie or a services contract under Polish law: art. 746 § 1 sets what the party given notice may claim.
    mandateRules: polishLaw && basis !== undefined,
    isDzielo: contract.type === 'dzielo',
    fixedTermEndsOn: contract.fixedTermEndsOn ? formatDate(contract.fixedTermEndsOn, lang) : undefined,
    // The contract states the days, not the date (computed from them): a message cites the days.
    nonRenewalNoticeDays: nonRenewal && contract.nonRenewalNoticeDays !== undefined ? formatCount(contract.nonRenewalNoticeDays, 'days', lang) : undefined,
    nonRenewalDeadline: nonRenewal ? formatDate(nonRenewal, lang) : undefined,
    hasNonRenewalDeadline: nonRenewal !== null,
    // A fixed term and no notice period: the signed statement the sender sends is a non-renewal.
    endsByNonRenewal: contract.fixedTermEndsOn !== undefined && period === undefined,
  };
}

/**
 * Whether an e-mail sent today is itself a non-renewal in time: documentary form only (under a
 * written-form clause the signed statement counts, and its delivery is not today), and today no
 * later than the last working day on or before the computed deadline (whether art. 115 k.c. saves
 * a delivery after a deadline on a Sunday is arguable for a term counted back from the end).
 */
/**
 * Whether "we send it in good time" is true (review11 PL C7): at least two working days from
 * today up to the last day (exclusive of today); otherwise the message names the kind of a last
 * day that is not a working day ("31 maja 2026 r. (niedziela)"), where an e-mail may count only
 * from the next working day (art. 61 k.c.).
 */
function nonRenewalMargin(client: Client, today: string, lang: Lang): TemplateVariables {
  const deadline = nonRenewalDeadlineFor(client);
  if (deadline === null || deadline < today) return { nonRenewalWellAhead: false };
  let workingDays = 0;
  for (let day = addDaysIso(today, 1); day <= deadline && workingDays < 2; day = addDaysIso(day, 1)) {
    if (nextWorkingDayPL(day) === day) workingDays += 1;
  }
  return { nonRenewalWellAhead: workingDays >= 2, nonRenewalDeadlineDay: nonWorkingDayName(deadline, lang) };
}

/** A day off by name ("niedziela", "sobota", "piątek, dzień ustawowo wolny od pracy"); undefined for a working day. */
function nonWorkingDayName(iso: string, lang: Lang): string | undefined {
  if (nextWorkingDayPL(iso) === iso) return undefined;
  const weekday = weekdayOf(iso);
  const names = lang === 'pl'
    ? ['niedziela', 'poniedziałek', 'wtorek', 'środa', 'czwartek', 'piątek', 'sobota']
    : ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
  const name = names[weekday] ?? '';
  if (weekday === 0 || weekday === 6 || !isPolishPublicHoliday(iso)) return name;
  return lang === 'pl' ? `${name}, dzień ustawowo wolny od pracy` : `${name}, a public holiday`;
}

function nonRenewalInTime(client: Client, today: string, form: 'documentary' | 'written' | undefined): boolean {
  const safe = nonRenewalSafeDayFor(client);
  // Only an e-mail known to suffice is in time today; under an unknown form it may not count.
  if (safe === null || form !== 'documentary') return false;
  return today <= safe;
}

/**
 * The notice's dates. The period runs from delivery (art. 61 k.c.): the recorded delivery, else the
 * expected one. Before a notice is recorded an e-mail notice reaches the client today; under a
 * written-form clause the e-mail is not the notice, so the delivery of the signed statement is
 * unknown (a missing value the user can type, ISO or DD.MM.YYYY) and so are the dates it gives.
 */
function noticeVariables(
  client: Client,
  offboarding: Offboarding | undefined,
  today: string,
  lang: Lang,
  typedDelivery: TemplateValue,
  form: 'documentary' | 'written' | undefined,
): TemplateVariables {
  const contract = client.contract;
  // Only a notice we served is ours: the client's notice feeds receipt.* and nothing here.
  const notice = offboarding?.notice?.servedBy === 'we' ? offboarding.notice : undefined;
  const servedOn = notice?.servedOn ?? today;
  // An e-mail-only record under a written-form clause (or an unknown form) does not start the period.
  const recordedCounts = notice !== undefined && channelMeetsForm(form, notice.channel);
  let delivery: { on: string; expected: boolean } | undefined;
  let sentByThisMessage = false;
  let deliveryOverdue = false;
  let deliveryAssumed = false;
  if (recordedCounts && notice) {
    const known = noticeDelivery(notice);
    // Only the sending is recorded: the end date is computed from it, but delivery is not a fact.
    deliveryAssumed = known.fromSending && known.status === 'recorded';
    // The posting day of a letter is not its delivery, and an expected day already past is no
    // longer a forecast: both leave the delivery (and the end date) for the user to record.
    const guessedFromPosting = known.status === 'expected' && notice.expectedDeliveryOn === undefined;
    const expectedInPast = !guessedFromPosting && known.status === 'expected' && known.on < today;
    deliveryOverdue = expectedInPast;
    if (!guessedFromPosting && !expectedInPast) delivery = { on: known.on, expected: known.status === 'expected' };
  } else if (form === 'documentary' && notice === undefined) {
    // No notice yet and documentary form: this e-mail is the notice and reaches the client today
    // (with the form unknown its delivery is as unknown as a signed statement's).
    delivery = { on: today, expected: false };
    sentByThisMessage = true;
  }
  let endSettled = recordedCounts && notice !== undefined && delivery !== undefined && endDateSettled(contract, notice);
  const typed = typeof typedDelivery === 'string' ? parseTypedDate(typedDelivery) : undefined;
  if (typed !== undefined) {
    delivery = { on: typed, expected: typed > today };
    endSettled = !delivery.expected;
    sentByThisMessage = false;
    deliveryAssumed = false;
    deliveryOverdue = false;
  }

  const hasPeriod = formatNoticePeriod(contract.noticePeriod, lang) !== undefined;
  const periodEnd = delivery && hasPeriod ? noticeEnd({ servedOn: delivery.on, period: contract.noticePeriod, endOfMonth: false }) : undefined;
  const monthEnd = delivery ? noticeEnd({ servedOn: delivery.on, period: contract.noticePeriod, endOfMonth: true }) : undefined;
  const endIso = contract.endOfMonth ? monthEnd : periodEnd;
  const acknowledged = notice?.acknowledgedOn;
  return {
    served: notice !== undefined,
    servedOn: formatDate(servedOn, lang),
    servedOnIso: servedOn,
    deliveryOn: delivery ? formatDate(delivery.on, lang) : undefined,
    // An expected day gone by is asked for as a past fact (the actual delivery), never forecast.
    deliveryExpected: delivery ? delivery.expected : !deliveryOverdue,
    deliveredByThisMessage: sentByThisMessage,
    deliveryAssumed,
    endDateSettled: endSettled && endIso !== undefined,
    signedByPost: recordedCounts && (notice?.channel === 'letter' || notice?.channel === 'courier'),
    signedByQes: recordedCounts && notice?.channel === 'qes',
    // A notice sent or delivered on an earlier day is told in the past tense, never as sent now.
    sentBefore: notice !== undefined && notice.servedOn < today,
    deliveredBefore: delivery !== undefined && !delivery.expected && !deliveryAssumed && delivery.on < today,
    endDate: endIso ? formatDate(endIso, lang) : undefined,
    endDateIso: endIso,
    periodEndDate: periodEnd ? formatDate(periodEnd, lang) : undefined,
    monthEndDate: monthEnd ? formatDate(monthEnd, lang) : undefined,
    endsOnNonWorkingDay: endIso ? endDateFallsOnNonWorkingDay(endIso) : false,
    acknowledgedOn: acknowledged ? formatDate(acknowledged, lang) : undefined,
  };
}

function paymentVariables(offboarding: Offboarding | undefined, today: string, lang: Lang, polishLaw: boolean): TemplateVariables {
  const items = offboarding?.settlement ?? [];
  const lastDay = (iso: string) => lastDayForPayment(iso, polishLaw);
  // No unpaid receivable with a due date: the due date is a missing fact, never a default.
  const dueIso = (offboarding && paymentDueFor(offboarding, polishLaw)) ?? undefined;
  const daysLeft = dueIso === undefined ? undefined : daysBetweenIso(today, dueIso);
  const openAmounts = settlementTotals(items.filter((item) => item.direction === 'receivable' && isOutstanding(item)))
    .filter((totals) => totals.receivableOpen > 0)
    .map((totals) => formatMoney(totals.receivableOpen, totals.currency, lang));
  const open = items.filter((item) => item.direction === 'receivable' && isOutstanding(item));
  const invoiceNos = open.filter((item) => item.invoiceNo?.trim()).map((item) => item.invoiceNo?.trim() ?? '');
  // A reminder before or on the day names what falls due that day, never a later invoice as if due
  // with it; with no due date known nothing tells the invoices apart, so all open ones are meant.
  const dueThen = dueIso === undefined ? open : open.filter((item) => item.dueOn !== undefined && lastDay(item.dueOn) === dueIso);
  const dueThenNos = dueThen.filter((item) => item.invoiceNo?.trim()).map((item) => item.invoiceNo?.trim() ?? '');
  const dueThenAmounts = settlementTotals(dueThen)
    .filter((totals) => totals.receivableOpen > 0)
    .map((totals) => formatMoney(totals.receivableOpen, totals.currency, lang));
  const dueDates = new Set(open.flatMap((item) => (item.dueOn === undefined ? [] : [lastDay(item.dueOn)])));
  // The invoice's own (contractual) due date is what the client sees; where it falls on a Saturday
  // or holiday, art. 115 k.c. moves the last day for payment, which the timing is measured by.
  const contractualIso = dueThen.flatMap((item) => (item.dueOn === undefined ? [] : [item.dueOn])).sort()[0] ?? dueIso;
  return {
    lapsedByInvoice: lapsedByInvoice(open, today, lang, lastDay),
    dueDate: contractualIso === undefined ? undefined : formatDate(contractualIso, lang),
    lastPaymentDay: dueIso === undefined ? undefined : formatDate(dueIso, lang),
    dueDateMoved: dueIso !== undefined && contractualIso !== dueIso ? formatDate(dueIso, lang) : undefined,
    // Art. 115 k.c. names a Saturday apart from a statutory day off (Sundays and holidays).
    dueDayKind: contractualIso !== undefined && contractualIso !== dueIso ? nonWorkingDayWord(contractualIso, lang) : undefined,
    // The last day for payment (art. 115 k.c.), which the before / on / after timing reads.
    dueDateIso: dueIso,
    hasDueDate: dueIso !== undefined,
    // Something unpaid and no due date anywhere: the claim falls due on request (art. 455 k.c.), so
    // a reminder "before the due date" is worded as the request that makes it due.
    onDemand: dueIso === undefined && open.length > 0,
    daysLeft: daysLeft === undefined ? undefined : Math.max(daysLeft, 0),
    daysLeftText: daysLeft === undefined ? undefined : formatCount(Math.max(daysLeft, 0), 'days', lang),
    daysOverdue: daysLeft === undefined ? undefined : Math.max(-daysLeft, 0),
    daysOverdueText: daysLeft === undefined ? undefined : formatCount(Math.max(-daysLeft, 0), 'days', lang),
    outstanding: openAmounts.length > 0 ? joinWithAnd(openAmounts, lang) : undefined,
    // Amounts in two currencies are two amounts: "na kwoty", "kwot" (never "kwota … oraz …").
    severalAmounts: openAmounts.length > 1,
    hasOutstanding: openAmounts.length > 0,
    invoiceNos: invoiceNos.length > 0 ? joinWithAnd(invoiceNos, lang) : undefined,
    severalInvoices: invoiceNos.length > 1,
    dueDatesDiffer: dueDates.size > 1,
    twoInvoices: open.length === 2,
    due: {
      invoiceNos: dueThenNos.length > 0 ? joinWithAnd(dueThenNos, lang) : undefined,
      amount: dueThenAmounts.length > 0 ? joinWithAnd(dueThenAmounts, lang) : undefined,
      severalAmounts: dueThenAmounts.length > 1,
      severalInvoices: dueThenNos.length > 1,
    },
  };
}

/**
 * Every unpaid invoice with its own due date, for a reminder after the due date (review10-pl B6: the
 * second invoice's date was left out). Only when there are several, each numbered and dated, on
 * different dates, and every one has lapsed: otherwise "upłynął" would be said of a date to come.
 * Polish names the last day for payment (a Saturday's moved by art. 115 k.c., without citing it in a
 * courtesy reminder): "faktury nr A upłynął 12 stycznia 2026 r., a faktury nr B – 27 stycznia 2026 r.";
 * English names each invoice's amount and due date: "A (£3,690.00, due on 10 January 2026) and B (…)".
 */
function lapsedByInvoice(open: readonly SettlementItem[], today: string, lang: Lang, lastDay: (iso: string) => string): string | undefined {
  const dated = open.flatMap((item) => {
    const invoiceNo = item.invoiceNo?.trim();
    return invoiceNo && item.dueOn !== undefined ? [{ item, invoiceNo, dueOn: item.dueOn, last: lastDay(item.dueOn) }] : [];
  });
  if (dated.length < 2 || dated.length !== open.length) return undefined;
  if (new Set(dated.map((entry) => entry.last)).size < 2 || dated.some((entry) => entry.last >= today)) return undefined;
  const sorted = [...dated].sort((a, b) => (a.last < b.last ? -1 : a.last > b.last ? 1 : 0));
  if (lang === 'pl') {
    const parts = sorted.map((entry, index) => (index === 0 ? `faktury nr ${entry.invoiceNo} upłynął ${formatDate(entry.last, lang)}` : `faktury nr ${entry.invoiceNo} – ${formatDate(entry.last, lang)}`));
    return `${parts.slice(0, -1).join(', ')}, a ${parts[parts.length - 1]}`;
  }
  return joinWithAnd(
    sorted.map((entry) => `${entry.invoiceNo} (${formatMoney(entry.item.amountMinor, entry.item.currency, lang)}, due on ${formatDate(entry.dueOn, lang)})`),
    lang,
  );
}

/** The kind of non-working day, as the art. 115 sentence names it (accusative in Polish). */
function nonWorkingDayWord(iso: string, lang: Lang): string {
  const weekday = weekdayOf(iso);
  if (weekday === 6) return lang === 'pl' ? 'sobotę' : 'a Saturday';
  if (weekday === 0) return lang === 'pl' ? 'niedzielę' : 'a Sunday';
  return lang === 'pl' ? 'dzień ustawowo wolny od pracy' : 'a public holiday';
}

/**
 * An item's state in the statement's Status column, as the client reads it: an invoice not yet due
 * is never called unpaid (it says when it falls due), one past its last day for payment (art. 115
 * k.c.) is overdue, and what the sender owes is "to be refunded" (review3-en B9/B10, review3-pl C8:
 * one grammatical shape, "zapłacona / niezapłacona", agreeing with "faktura" / "pozycja").
 */
function itemStatus(item: SettlementItem, today: string, lang: Lang, polishLaw: boolean): string {
  const standing = itemStanding(item, today, polishLaw);
  if (item.direction === 'liability') {
    if (standing === 'settled') return lang === 'pl' ? 'zwrócona' : 'refunded';
    return lang === 'pl' ? 'do zwrotu' : 'to be refunded';
  }
  // English: the Due date column already says when (review6-en B11); the status says where it stands.
  // Polish: the item's line already names the due date (review10 PL10-C1).
  const words: Record<ItemStanding, Record<Lang, string>> = {
    settled: { pl: 'zapłacona', en: 'paid' },
    'not-yet-due': { pl: 'do zapłaty (termin nie upłynął)', en: 'open (not yet due)' },
    overdue: { pl: 'niezapłacona, po terminie', en: 'overdue' },
    'no-due-date': { pl: 'niezapłacona', en: 'unpaid' },
  };
  return words[standing][lang];
}

/**
 * One item of a statement written as a line: only what the record holds, so no placeholder dash
 * reaches the client for an invoice number or a due date nobody recorded (review10 PL10-B4).
 */
function itemLine(item: SettlementItem, today: string, lang: Lang, polishLaw: boolean): string {
  const document = item.invoiceNo?.trim();
  const documentWord = item.direction === 'liability' ? (lang === 'pl' ? 'dokument nr' : 'document no.') : lang === 'pl' ? 'faktura nr' : 'invoice no.';
  const parts = [
    item.description.trim() || (lang === 'pl' ? 'pozycja bez opisu' : 'item without a description'),
    ...(document ? [`${documentWord} ${document}`] : []),
    ...(item.dueOn ? [`${lang === 'pl' ? 'termin płatności' : 'due'} ${formatDate(item.dueOn, lang)}`] : []),
    formatMoney(item.amountMinor, item.currency, lang),
    lang === 'pl' ? polishImpersonalStatus(item, itemStanding(item, today, polishLaw)) : itemStatus(item, today, lang, polishLaw),
  ];
  return parts.join(' – ');
}

/**
 * The words before the account held in a foreign currency (Polish): "na rachunek walutowy (EUR) nr"
 * when only such amounts are owed, ", a kwoty w EUR – na rachunek walutowy nr" after the PLN account.
 */
function currencyAccountLead(currencies: string, several: boolean, onlyForeign: boolean, lang: Lang): string | undefined {
  // English says it in the template ("(EUR account)"); the Polish phrase is kept short here for the body limit.
  if (lang !== 'pl') return undefined;
  const noun = several ? 'rachunki walutowe' : 'rachunek walutowy';
  return onlyForeign ? `na ${noun} (${currencies}) nr` : `, a kwoty w ${currencies} – na ${noun} nr`;
}

/** The statement of account; art. 115 k.c. moves a due date past a holiday only under Polish law. */
function settlementVariables(items: readonly SettlementItem[], today: string, lang: Lang, polishLaw: boolean): TemplateVariables {
  const row = (item: SettlementItem): TemplateVariables => ({
    description: item.description.trim() || '—',
    invoiceNo: item.invoiceNo?.trim() || '—',
    dueOn: item.dueOn ? formatDate(item.dueOn, lang) : '—',
    amount: formatMoney(item.amountMinor, item.currency, lang),
    paid: itemStatus(item, today, lang, polishLaw),
    line: itemLine(item, today, lang, polishLaw),
  });
  const receivables = items.filter((item) => item.direction === 'receivable');
  const liabilities = items.filter((item) => item.direction === 'liability');
  const totals = settlementTotals(items).map((total) => ({
    currency: total.currency,
    receivable: formatMoney(total.receivable, total.currency, lang),
    liability: formatMoney(total.liability, total.currency, lang),
    balance: formatMoney(total.balance, total.currency, lang),
    receivableOpen: formatMoney(total.receivableOpen, total.currency, lang),
    liabilityOpen: formatMoney(total.liabilityOpen, total.currency, lang),
    open: formatMoney(Math.abs(total.openBalance), total.currency, lang),
    clientOwes: total.openBalance > 0,
    weOwe: total.openBalance < 0,
    settled: total.openBalance === 0,
  }));
  const finalInvoice = finalInvoiceOf(receivables);
  const dueIso = finalInvoice?.dueOn ? lastDayForPayment(finalInvoice.dueOn, polishLaw) : undefined;
  // What the client pays in a currency other than PLN: the profile's account has no recorded
  // currency, so those amounts go to an account the user names as held in it (review10-pl C10).
  const foreign = totals.filter((total) => total.clientOwes && total.currency !== 'PLN').map((total) => total.currency);
  return {
    foreignCurrencies: foreign.length > 0 ? joinWithAnd(foreign, lang) : undefined,
    onlyForeign: foreign.length > 0 && foreign.length === totals.filter((total) => total.clientOwes).length,
    severalForeign: foreign.length > 1,
    currencyAccountLead: foreign.length === 0 ? undefined : currencyAccountLead(joinWithAnd(foreign, lang), foreign.length > 1, foreign.length === totals.filter((total) => total.clientOwes).length, lang),
    hasItems: items.length > 0,
    hasReceivables: receivables.length > 0,
    hasLiabilities: liabilities.length > 0,
    allPaid: items.every((item) => item.paid),
    receivables: receivables.map(row),
    liabilities: liabilities.map(row),
    totals,
    clientOwes: totals.some((total) => total.clientOwes),
    weOwe: totals.some((total) => total.weOwe),
    // What is open said once, every currency in one sentence ("3690,00 zł i 1200,00 €").
    ...openAmountsOneSentence(totals, lang),
    payment: settlementPayment(receivables, today, lang, polishLaw),
    hasFinalInvoice: finalInvoice !== undefined,
    finalInvoice: finalInvoice
      ? {
          number: finalInvoice.invoiceNo?.trim() || undefined,
          dueDate: finalInvoice.dueOn ? formatDate(finalInvoice.dueOn, lang) : undefined,
          amount: formatMoney(finalInvoice.amountMinor, finalInvoice.currency, lang),
          // A due date already past is never phrased as a deadline still to come.
          overdue: dueIso !== undefined && dueIso < today,
        }
      : {},
  };
}

/**
 * When the client is asked to pay what the statement shows open: by the one due date still to come
 * when every open invoice falls due then, "as soon as possible" once any is overdue, else no date
 * (the claim falls due on demand, art. 455 k.c., and the statement is no demand).
 */
function settlementPayment(receivables: readonly SettlementItem[], today: string, lang: Lang, polishLaw: boolean): TemplateVariables {
  const open = receivables.filter((item) => !item.paid);
  const lastDays = open.map((item) => (item.dueOn === undefined ? undefined : lastDayForPayment(item.dueOn, polishLaw)));
  const overdue = lastDays.some((day) => day !== undefined && day < today);
  const dueDates = new Set(open.map((item) => item.dueOn));
  const single = !overdue && dueDates.size === 1 ? open[0]?.dueOn : undefined;
  // An open amount with no due date falls due on demand (art. 455 k.c.): the statement then asks for
  // payment by a day the user sets (payment.requestedBy), never "please pay" with no date (review10 PL10-B4, EN10-B6).
  const undated = !overdue && open.some((item) => item.dueOn === undefined);
  return { overdue, by: single === undefined ? undefined : formatDate(single, lang), undated };
}

/** The final invoice: the unpaid receivable the user marked as final (faktura końcowa), if any. */
function finalInvoiceOf(receivables: SettlementItem[]): SettlementItem | undefined {
  return receivables.find((item) => item.final === true && isOutstanding(item));
}

function conversationVariables(context: ConversationFacts | undefined): TemplateVariables {
  const messages = context?.messages ?? [];
  const own = context?.userEmail?.toLowerCase();
  const fromOthers = messages.filter((message) => !own || message.from.email?.toLowerCase() !== own);
  const latest = fromOthers[fromOthers.length - 1];
  return {
    subject: context?.subject?.trim() || undefined,
    latestSenderName: latest?.from.name?.trim() || undefined,
  };
}

/** Sets a dotted path, creating objects on the way; refuses to walk into a non-object. */
function setPath(vars: TemplateVariables, path: string, value: TemplateValue): void {
  if (!/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(path) || /(^|\.)(__proto__|constructor|prototype)(\.|$)/.test(path)) {
    throw new Error(`buildVariables: override "${path}" is not a variable path`);
  }
  const parts = path.split('.');
  let current: TemplateVariables = vars;
  for (const part of parts.slice(0, -1)) {
    const next = current[part];
    if (next === undefined || next === null) {
      const created: TemplateVariables = {};
      current[part] = created;
      current = created;
    } else if (typeof next === 'object' && !Array.isArray(next)) {
      current = next;
    } else {
      throw new Error(`buildVariables: override "${path}" goes through "${part}", which is not an object`);
    }
  }
  current[parts[parts.length - 1] ?? ''] = value;
}

/** The open amounts owed each way, joined: "3690,00 zł i 1200,00 €"; "Several" tells the verb's number. */
function openAmountsOneSentence(totals: ReadonlyArray<{ open: string; clientOwes: boolean; weOwe: boolean }>, lang: Lang): TemplateVariables {
  const toUs = totals.filter((total) => total.clientOwes).map((total) => total.open);
  const toClient = totals.filter((total) => total.weOwe).map((total) => total.open);
  return {
    owedToUs: toUs.length > 0 ? joinWithAnd(toUs, lang) : undefined,
    owedToUsSeveral: toUs.length > 1,
    owedToClient: toClient.length > 0 ? joinWithAnd(toClient, lang) : undefined,
    owedToClientSeveral: toClient.length > 1,
  };
}
