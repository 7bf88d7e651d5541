/**
 * New client and offboarding records with their defaults. Apart from client.ts because only the
 * store makes records: the pages ask it to (storage/repo.ts) and do not load the factories.
 */
import type { Client, Contract, Initiator, EndReason, Lang, Offboarding, Recipient, ThreadRef } from './types';
import { defaultSkips, emptyChecklist } from './checklist';
import { assertIsoInstant, parseIsoDateParts } from './calendar';
import { displayNameFromAddress, isFreeMailDomain, normalizeDomain, normalizeEmail } from './client';
import { noticeEnd } from './dates';

export interface NewClientInput {
  name?: string;
  company?: string;
  emails?: readonly string[];
  domains?: readonly string[];
  language?: Lang;
  recipient?: Partial<Recipient>;
  contract?: Partial<Contract>;
  notes?: string;
}

/**
 * A client with sensible defaults: "Szanowni Państwo" until the user says otherwise; the contract's
 * type and form are not recorded (unknown, never assumed) and its notice period is empty until
 * entered (storage/repo.ts gives the user's default period). A free-mail
 * domain given as a company domain is an error, not silently dropped.
 */
export function newClient(input: NewClientInput, nowIso: string, id: string): Client {
  assertIsoInstant(nowIso, 'nowIso');
  if (typeof id !== 'string' || id.trim() === '') throw new Error('newClient: id must be a non-empty string');
  const emails = unique((input.emails ?? []).map(normalizeEmail));
  const domains = unique((input.domains ?? []).map(normalizeDomain));
  for (const domain of domains) {
    if (isFreeMailDomain(domain)) {
      throw new Error(`${domain} is a public e-mail provider and cannot identify a client; add the address instead`);
    }
  }
  const language = input.language ?? 'pl';
  if (language !== 'pl' && language !== 'en') throw new Error(`Unknown language "${String(language)}"`);
  const name = input.name?.trim() || input.company?.trim() || (emails[0] ? displayNameFromAddress(emails[0]) : '');
  if (name === '') throw new Error('newClient: give a name, a company or at least one e-mail address');

  const client: Client = {
    id,
    name,
    emails,
    domains,
    language,
    recipient: { form: 'panstwo', warm: false, ...definedOnly(input.recipient) },
    // The type and the form are left out until entered: unknown, not a services contract in
    // documentary form (issue 12).
    contract: { noticePeriod: {}, endOfMonth: false, ...definedOnly(input.contract) },
    notes: input.notes ?? '',
    createdAt: nowIso,
    updatedAt: nowIso,
  };
  const company = input.company?.trim();
  if (company) client.company = company;
  if (client.contract.signedOn !== undefined) parseIsoDateParts(client.contract.signedOn, 'contract.signedOn');
  // Validates the period with noticeEnd's own messages (negative or fractional parts, unknown keys).
  noticeEnd({ servedOn: '2000-01-01', period: client.contract.noticePeriod });
  return client;
}

export interface NewOffboardingInput {
  clientId: string;
  initiator: Initiator;
  reason: EndReason;
  reasonNote?: string;
  /** The user's local calendar date; defaults to the UTC date of nowIso. */
  startedOn?: string;
  thread?: ThreadRef;
}

/** A fresh offboarding: every checklist item open except defaultSkips(initiator), no settlement yet. */
export function newOffboarding(input: NewOffboardingInput, nowIso: string, id: string): Offboarding {
  assertIsoInstant(nowIso, 'nowIso');
  if (typeof id !== 'string' || id.trim() === '') throw new Error('newOffboarding: id must be a non-empty string');
  if (typeof input.clientId !== 'string' || input.clientId === '') {
    throw new Error('newOffboarding: clientId must be a non-empty string');
  }
  if (!END_REASONS.includes(input.reason)) throw new Error(`Unknown reason "${String(input.reason)}"`);
  const startedOn = input.startedOn ?? new Date(nowIso).toISOString().slice(0, 10);
  parseIsoDateParts(startedOn, 'startedOn');
  const checklist = emptyChecklist();
  for (const key of defaultSkips(input.initiator)) checklist[key] = { skipped: true };

  const offboarding: Offboarding = {
    id,
    clientId: input.clientId,
    initiator: input.initiator,
    reason: input.reason,
    startedOn,
    checklist,
    settlement: [],
    createdAt: nowIso,
    updatedAt: nowIso,
  };
  const reasonNote = input.reasonNote?.trim();
  if (reasonNote) offboarding.reasonNote = reasonNote;
  if (input.thread) offboarding.thread = input.thread;
  return offboarding;
}

const END_REASONS: readonly EndReason[] = [
  'non-payment', 'breach', 'fit', 'capacity', 'scope-change', 'client-decision', 'project-complete', 'other',
];

/** Drops keys whose value is undefined, so they cannot overwrite a default when spread. */
function definedOnly<T extends object>(value: T | undefined): Partial<T> {
  if (!value) return {};
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
