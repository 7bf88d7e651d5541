/**
 * Every variable path a template may use, with its label for the placeholder and the form in both
 * languages, and the paths that hold dates. Data only, apart from the look-up: the sidebar and the
 * documents need the words, not templates/variables.ts, which fills the values in the background.
 */
import type { Lang } from '../offboarding/types';
import { PREPARATION_VARIABLE_LABELS } from './labels/preparation';
import { INVENTORY_VARIABLE_LABELS } from './labels/inventory';
import { DEMAND_WORDING_LABELS } from './labels/demand';
import { UNBILLED_WORK_VARIABLE_LABELS } from './labels/unbilled-work';
import { MESSAGE_AND_PARTY_LABELS } from './labels/message-and-parties';
import { MONEY_AND_AFTER_LABELS } from './labels/money-and-after';

/**
 * Variables holding a date: a value typed as YYYY-MM-DD is written out in the message's language.
 * Deadlines the client must meet move past Saturdays and holidays first (art. 115 k.c.).
 */
export const DATE_VALUE_PATHS: ReadonlySet<string> = new Set([
  'receipt.noticeReceivedOn',
  'payment.dueDate',
  'payment.requestedBy',
  'settlement.finalInvoice.dueDate',
  'handover.completedOn',
  'access.revokedOn',
  'dataReturn.completedOn',
  'demand.deadline',
  'demand.replyBy',
  'demand.protocolReplyBy',
  'refund.dueDate',
  'rights.transferredOn',
  'contract.signedOn',
  'contract.fixedTermEndsOn',
  'agreement.endDate',
  'agreement.proposedOn',
]);

/**
 * Every variable path with its label for the placeholder and the form, in both languages.
 * Item fields of lists are written `list[].field`.
 */
export const VARIABLE_LABELS = {
  ...PREPARATION_VARIABLE_LABELS,
  ...INVENTORY_VARIABLE_LABELS,
  ...DEMAND_WORDING_LABELS,
  demandSalutation: { pl: 'zwrot grzecznościowy (pismo formalne)', en: 'Dear … / Dear Sir or Madam' },
  ...UNBILLED_WORK_VARIABLE_LABELS,
  ...MESSAGE_AND_PARTY_LABELS,
  ...MONEY_AND_AFTER_LABELS,
} as const satisfies Record<string, { pl: string; en: string }>;

export type KnownVariable = keyof typeof VARIABLE_LABELS;

/**
 * Facts no record holds: the user gives them for the message at hand (a deadline set in this
 * letter, the date the parties agree on). They are always listed as missing until typed.
 */
export const USER_TYPED_VARIABLES: readonly KnownVariable[] = [
  // The client's breach, in the user's words for the client: never the internal reason note, which
  // may be the sender's own reason (capacity, scope) and would then be stated as the client's breach.
  'breach.description',
  'agreement.endDate',
  'agreement.proposedOn',
  'agreement.partWorkFee',
  'remedy.deadline',
  'remedy.sentOn',
  'withdrawal.callSentOn',
  'withdrawal.deadline',
  'withdrawal.cooperation',
  'withdrawal.fee',
  'withdrawal.savings',
  'withdrawal.basis',
  'contract.noticesClause',
  // Which interest a demand claims when whether the client trades is not recorded.
  'demand.interestClaim',
  // The account held in the currency of an amount other than PLN (the profile's has no currency).
  'sender.currencyAccount',
  // Used only where no invoice is recorded: the one number the reminder names (the user's to type).
  'payment.invoiceNo',
  // A sole trader's own name where the record holds only the firm (review11-pl B6).
  'demand.traderName',
];

/** Every variable path buildVariables can produce (the UI lists them; the validator checks them). */
export const KNOWN_VARIABLES: readonly KnownVariable[] = Object.keys(VARIABLE_LABELS) as KnownVariable[];

/** The placeholder's words for a path; unknown paths show themselves. */
export function variableLabel(path: string, lang: Lang): string {
  const labels: Record<string, { pl: string; en: string }> = VARIABLE_LABELS;
  return Object.hasOwn(labels, path) ? (labels[path]?.[lang] ?? path) : path;
}
