/**
 * The documents' missing-values form: which values a person can type there (the rest — settlement
 * items, the handover inventory — are kept in their own sections), which are dates, which are
 * optional provisions, and which typed values belong to the client record or the user's profile
 * when "save these values" is ticked. Invalid ones are named and not saved.
 */
import type { Client, UserProfile } from '../../offboarding/types';
import type { DocumentKind } from '../../documents/model';
import type { ClientChanges } from '../../storage/protocol';
import { normalizeBic, normalizeKrs, normalizeNip, parsePostalAddress } from '../../offboarding/company';
import { parseTypedDate } from '../../templates/typed-date';
import { checkBankAccount } from '../../offboarding/bank-account';

/** Facts kept in a section of their own: the form says where, it has no field for them. */
export const RECORD_SECTION_PATHS: Readonly<Record<string, 'settlement' | 'inventory'>> = {
  'settlement.items': 'settlement',
  'handover.items': 'inventory',
  'inventory.personalData': 'inventory',
  'inventory.personalDataOpen': 'inventory',
};

export const DOCUMENT_DATE_PATHS: ReadonlySet<string> = new Set(['contract.signedOn', 'notice.deliveryOn', 'agreement.endDate', 'agreement.signedOn', 'settlement.deadline', 'dataReturn.copiesDeletedOn']);

/** Provisions a document takes when typed and leaves out otherwise: offered, never asked for. */
export const OPTIONAL_DOCUMENT_VALUES: Readonly<Partial<Record<DocumentKind, readonly string[]>>> = {
  // A notice is addressed to the company ("for the attention of" its representative, at a UK
  // company's registered office): offered, printed when typed. The day the signed statement is
  // delivered gives the end date; without it the statement states the rule (review10 PL10-B13).
  'termination-statement': ['client.representative', 'client.companyNumber', 'client.registeredIn', 'client.registeredOffice', 'notice.deliveryOn'],
  // A BIC only helps a payment across borders: offered beside the account, never asked for.
  'termination-agreement': ['agreement.signedOn', 'agreement.place', 'agreement.workInProgress', 'agreement.exceptions', 'client.secondRepresentative', 'sender.bic', 'client.bic'],
  'settlement-statement': ['sender.bic', 'client.bic'],
  'personal-data-confirmation': ['dataReturn.retention'],
};

export interface DocumentValueChanges {
  client: ClientChanges;
  profile: Partial<UserProfile>;
  /** Paths whose typed value could not be read and so is not saved. */
  invalid: string[];
}

/** What saving the typed values changes: the client's details and contract date, the user's own details. */
export function documentValueChanges(client: Client, typed: Readonly<Record<string, string>>): DocumentValueChanges {
  const changes: DocumentValueChanges = { client: {}, profile: {}, invalid: [] };
  for (const [path, raw] of Object.entries(typed)) {
    const value = raw.trim();
    if (value === '') continue;
    const [owner, field] = path.split('.') as [string, string];
    const target = owner === 'client' ? changes.client : owner === 'sender' ? changes.profile : undefined;
    if (path === 'contract.signedOn') {
      const iso = parseTypedDate(value);
      if (iso) changes.client.contract = { ...client.contract, signedOn: iso };
      else changes.invalid.push(path);
      continue;
    }
    if (!target) continue;
    if (field === 'address') {
      const parsed = parsePostalAddress(value);
      if ('address' in parsed) target.address = parsed.address;
      else changes.invalid.push(path);
    } else if (field === 'nip') {
      const parsed = normalizeNip(value);
      if ('nip' in parsed) target.nip = parsed.nip;
      else changes.invalid.push(path);
    } else if (field === 'krs') {
      const parsed = normalizeKrs(value);
      if ('krs' in parsed) target.krs = parsed.krs;
      else changes.invalid.push(path);
    } else if (field === 'bic') {
      const parsed = normalizeBic(value);
      if ('bic' in parsed) target.bic = parsed.bic;
      else changes.invalid.push(path);
    } else if (field === 'bankAccount') {
      // An IBAN or NRB whose check digits fail is a typo: not saved (the document asks again).
      if (checkBankAccount(value).kind === 'invalid') changes.invalid.push(path);
      else target.bankAccount = value;
    } else if (field === 'companyNumber' || field === 'registeredIn' || field === 'registeredOffice') {
      target[field] = value;
    } else if (path === 'client.representative') {
      changes.client.representative = value;
    }
  }
  return changes;
}
