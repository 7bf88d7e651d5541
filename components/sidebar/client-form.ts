import type { GoverningLaw } from '../../offboarding/governing-law';
/**
 * The client edit form as plain values: filled from the records, checked, and turned into the
 * clients.update change and the offboarding "set" patch. Errors are message keys for the view.
 */
import type {
  AddressForm,
  Client,
  ContractType,
  EndReason,
  Initiator,
  Lang,
  NoticePeriod,
  Offboarding,
} from '../../offboarding/types';
import type { ClientChanges } from '../../storage/protocol';
import type { OffboardingPatch } from '../../offboarding/patch';
import { normalizeDomain, normalizeEmail } from '../../offboarding/client';
import type { SidebarMessageKey } from './messages';
import { LIMITS, NOTICE_PERIOD_MAX } from '../../common/limits';
import type { AddressInThread } from '../../templates/polish';

/** The longest text each field takes: the store's limits (common/limits.ts), shown as counters. */
export const CLIENT_FORM_MAX_LENGTH = {
  name: LIMITS.name,
  company: LIMITS.name,
  firstName: LIMITS.name,
  clause: LIMITS.shortText,
  renewalClause: LIMITS.shortText,
  breachClause: LIMITS.shortText,
} as const satisfies Partial<Record<keyof ClientForm, number>>;

export type NoticeUnit = 'days' | 'weeks' | 'months';

export interface ClientForm {
  name: string;
  company: string;
  /** The client runs a business (a company or a sole trader): the Late Payments Act applies. */
  trades: boolean;
  emails: string;
  domains: string;
  addressForm: AddressForm;
  firstName: string;
  warm: boolean;
  language: Lang;
  /** The contract's type: '' while not entered (unknown, never assumed; issue 12). */
  contractType: '' | ContractType;
  signedOn: string;
  clause: string;
  noticeAmount: string;
  noticeUnit: NoticeUnit;
  endOfMonth: boolean;
  /** The form the notice needs: '' while not entered (unknown, never assumed). */
  requiredForm: '' | 'documentary' | 'written';
  /** The contract's law: '' when not recorded. */
  governingLaw: '' | GoverningLaw;
  /** A fixed-term contract or retainer: the end of its term (empty: indefinite). */
  fixedTermEndsOn: string;
  /** Auto-renewal clause: days before the end by which the no-renewal message must arrive (empty: none). */
  nonRenewalNoticeDays: string;
  /** Where the auto-renewal clause is ("Clause 3.2"); empty: not recorded. */
  renewalClause: string;
  breachClause: string;
  initiator: Initiator;
  reason: EndReason;
}

export type ClientFormErrors = Partial<Record<keyof ClientForm, { key: SidebarMessageKey; params?: Record<string, string> }>>;

/** The notice period as one amount and unit (the largest unit that is set). */
function periodToForm(period: NoticePeriod): { amount: string; unit: NoticeUnit } {
  if (period.months) return { amount: String(period.months), unit: 'months' };
  if (period.weeks) return { amount: String(period.weeks), unit: 'weeks' };
  return { amount: String(period.days ?? 0), unit: 'days' };
}

export function formFromRecord(client: Client, offboarding: Offboarding | null): ClientForm {
  const period = periodToForm(client.contract.noticePeriod);
  return {
    name: client.name,
    company: client.company ?? '',
    trades: client.trades === true,
    emails: client.emails.join(', '),
    domains: client.domains.join(', '),
    addressForm: client.recipient.form,
    firstName: client.recipient.firstName ?? '',
    warm: client.recipient.warm,
    language: client.language,
    contractType: client.contract.type ?? '',
    signedOn: client.contract.signedOn ?? '',
    clause: client.contract.clause ?? '',
    noticeAmount: period.amount,
    noticeUnit: period.unit,
    endOfMonth: client.contract.endOfMonth,
    requiredForm: client.contract.requiredForm ?? '',
    governingLaw: client.contract.governingLaw ?? '',
    fixedTermEndsOn: client.contract.fixedTermEndsOn ?? '',
    nonRenewalNoticeDays: client.contract.nonRenewalNoticeDays === undefined ? '' : String(client.contract.nonRenewalNoticeDays),
    renewalClause: client.contract.renewalClause ?? '',
    breachClause: client.contract.breachClause ?? '',
    initiator: offboarding?.initiator ?? 'we',
    reason: offboarding?.reason ?? 'other',
  };
}

function splitList(text: string): string[] {
  return text.split(/[,;\s]+/).map((part) => part.trim()).filter((part) => part !== '');
}

export type FormResult =
  | { ok: true; client: ClientChanges; offboarding: Extract<OffboardingPatch, { op: 'set' }>['changes'] }
  | { ok: false; errors: ClientFormErrors };

export function changesFromForm(form: ClientForm, current: Client): FormResult {
  const errors: ClientFormErrors = {};
  const name = form.name.trim();
  if (name === '') errors.name = { key: 'nameRequired' };
  for (const [field, max] of Object.entries(CLIENT_FORM_MAX_LENGTH) as Array<[keyof typeof CLIENT_FORM_MAX_LENGTH, number]>) {
    if (form[field].trim().length > max) errors[field] = { key: 'tooLong', params: { max: String(max) } };
  }

  const emails: string[] = [];
  for (const raw of splitList(form.emails)) {
    try {
      emails.push(normalizeEmail(raw));
    } catch {
      errors.emails = { key: 'invalidEmail', params: { value: raw } };
      break;
    }
  }
  const domains: string[] = [];
  for (const raw of splitList(form.domains)) {
    try {
      domains.push(normalizeDomain(raw));
    } catch {
      errors.domains = { key: 'invalidDomain', params: { value: raw } };
      break;
    }
  }
  const amountText = form.noticeAmount.trim() === '' ? '0' : form.noticeAmount.trim();
  const amount = /^\d{1,4}$/.test(amountText) ? Number(amountText) : NaN;
  if (Number.isNaN(amount)) errors.noticeAmount = { key: 'invalidNumber' };
  else if (amount > NOTICE_PERIOD_MAX[form.noticeUnit]) {
    errors.noticeAmount = { key: `noticePeriodTooLong.${form.noticeUnit}`, params: { max: String(NOTICE_PERIOD_MAX[form.noticeUnit]) } };
  }
  const renewalText = form.nonRenewalNoticeDays.trim();
  const renewalDays = renewalText === '' ? undefined : /^\d{1,4}$/.test(renewalText) ? Number(renewalText) : NaN;
  if (Number.isNaN(renewalDays)) errors.nonRenewalNoticeDays = { key: 'invalidNumber' };
  else if (renewalDays !== undefined && renewalDays > NOTICE_PERIOD_MAX.days) {
    errors.nonRenewalNoticeDays = { key: 'noticePeriodTooLong.days', params: { max: String(NOTICE_PERIOD_MAX.days) } };
  }
  const termEnd = form.fixedTermEndsOn.trim();
  if (renewalDays !== undefined && termEnd === '') errors.fixedTermEndsOn = { key: 'fixedTermEndRequired' };
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const firstName = form.firstName.trim();
  const recipient = { ...current.recipient, form: form.addressForm, warm: form.warm && firstName !== '' };
  if (firstName) recipient.firstName = firstName;
  else delete recipient.firstName;

  const contract: Client['contract'] = {
    ...current.contract,
    noticePeriod: amount > 0 ? { [form.noticeUnit]: amount } : {},
    endOfMonth: form.endOfMonth,
  };
  if (form.contractType !== '') contract.type = form.contractType;
  else delete contract.type;
  if (form.requiredForm !== '') contract.requiredForm = form.requiredForm;
  else delete contract.requiredForm;
  if (form.signedOn.trim()) contract.signedOn = form.signedOn.trim();
  else delete contract.signedOn;
  if (form.clause.trim()) contract.clause = form.clause.trim();
  else delete contract.clause;
  if (form.governingLaw !== '') contract.governingLaw = form.governingLaw;
  else delete contract.governingLaw;
  if (termEnd) contract.fixedTermEndsOn = termEnd;
  else delete contract.fixedTermEndsOn;
  if (renewalDays !== undefined && !Number.isNaN(renewalDays)) contract.nonRenewalNoticeDays = renewalDays;
  else delete contract.nonRenewalNoticeDays;
  if (form.renewalClause.trim()) contract.renewalClause = form.renewalClause.trim();
  else delete contract.renewalClause;
  if (form.breachClause.trim()) contract.breachClause = form.breachClause.trim();
  else delete contract.breachClause;

  const client: ClientChanges = {
    name,
    emails: [...new Set(emails)],
    domains: [...new Set(domains)],
    language: form.language,
    recipient,
    contract,
  };
  const company = form.company.trim();
  if (company) client.company = company;
  // Checked, or unchecked after it was said: what the user said; never said stays absent.
  if (form.trades || current.trades !== undefined) client.trades = form.trades;
  return { ok: true, client, offboarding: { initiator: form.initiator, reason: form.reason } };
}

/** What the form of address found in the thread would change in the form, or null when nothing. */
export type AddressPatch = Pick<ClientForm, 'addressForm' | 'firstName' | 'warm'>;

/**
 * The form fields the user's own greeting in the thread suggests ("Pani Anno," → Pani, Anna, by
 * first name; "Szanowny Panie," → Pan): offered for the user to apply and save, never applied by
 * itself; null when there is nothing to offer or the form already says it.
 */
export function addressPatchFromThread(form: ClientForm, found: AddressInThread | undefined): AddressPatch | null {
  if (!found) return null;
  const patch: AddressPatch = {
    addressForm: found.form,
    firstName: found.firstName ?? form.firstName,
    // The vocative of a first name is the first-name form of address the user already uses.
    warm: found.firstName !== undefined ? true : form.warm,
  };
  const same = patch.addressForm === form.addressForm && patch.firstName === form.firstName && patch.warm === form.warm;
  return same ? null : patch;
}
