/**
 * Clients: e-mail normalisation, the keys that match a conversation to a client, and factories.
 * A client is matched by an exact address or by a company domain, never by a free-mail domain
 * (every Gmail user would otherwise be "the same client").
 */
import type { Client, Contract, Initiator, EndReason, Lang, Offboarding, Recipient, ThreadRef } from './types';
import { defaultSkips, emptyChecklist } from './checklist';
import { assertIsoInstant, parseIsoDateParts } from './calendar';
import { noticeEnd } from './dates';

const EMAIL = /^[^\s@<>()[\]\\,;:"]+@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}\p{N}][\p{L}\p{N}-]*[\p{L}\p{N}]$/u;

/**
 * Lower-case, trimmed address. Accepts "mailto:" and "Name <address>" forms; throws on anything
 * that is not an address.
 */
export function normalizeEmail(input: string): string {
  if (typeof input !== 'string') throw new Error('Expected an e-mail address as text');
  let text = input.trim();
  const angle = /<([^<>]*)>\s*$/.exec(text);
  if (angle?.[1] !== undefined) text = angle[1].trim();
  text = text.replace(/^mailto:/i, '').toLowerCase();
  if (!EMAIL.test(text)) throw new Error(`"${input}" is not an e-mail address`);
  return text;
}

/** The domain part of an address, lower case, without "@". */
export function domainOf(email: string): string {
  const normalized = normalizeEmail(email);
  return normalized.slice(normalized.lastIndexOf('@') + 1);
}

/** Public webmail providers; a match on these domains would say nothing about the company. */
const FREE_MAIL_DOMAINS = new Set([
  // International
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com',
  'ymail.com', 'rocketmail.com', 'icloud.com', 'me.com', 'mac.com', 'proton.me', 'protonmail.com',
  'protonmail.ch', 'pm.me', 'aol.com', 'gmx.com', 'gmx.net', 'gmx.de', 'web.de', 'mail.com',
  'zoho.com', 'zohomail.eu', 'yandex.com', 'yandex.ru', 'mail.ru', 'tutanota.com', 'tutanota.de',
  'tuta.io', 'tuta.com', 'fastmail.com', 'hey.com', 'seznam.cz', 'email.cz', 'ukr.net', 'i.ua',
  // Polish
  'wp.pl', 'o2.pl', 'onet.pl', 'onet.eu', 'op.pl', 'vp.pl', 'poczta.onet.pl', 'onet.com.pl',
  'interia.pl', 'interia.eu', 'interia.com', 'poczta.fm', 'gazeta.pl', 'tlen.pl', 'go2.pl',
  'autograf.pl', 'buziaczek.pl', 'spoko.pl', 'int.pl', 'amorki.pl', 'adres.pl', 'vip.onet.pl',
  'prokonto.pl', 'konto.pl', 'poczta.pl', 'post.pl', 'wp.eu', 'neostrada.pl', 'plusnet.pl',
]);

/** Providers that run the same free service under many country domains (yahoo.co.uk, hotmail.pl). */
const FREE_MAIL_FAMILIES = /^(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|gmx|aol|yandex|icloud|protonmail)\.(?:(?:com?|net|org)\.)?[a-z]{2,3}$/;

/** True for public webmail domains (and their subdomains), which must never identify a client. */
export function isFreeMailDomain(domain: string): boolean {
  if (typeof domain !== 'string') return false;
  const normalized = domain.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
  if (FREE_MAIL_FAMILIES.test(normalized)) return true;
  const labels = normalized.split('.');
  for (let start = 0; start < labels.length - 1; start += 1) {
    if (FREE_MAIL_DOMAINS.has(labels.slice(start).join('.'))) return true;
  }
  return false;
}

/** Lower-case domain without "@", validated; throws on something that is not a domain. */
export function normalizeDomain(input: string): string {
  if (typeof input !== 'string') throw new Error('Expected a domain as text');
  const text = input.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
  if (!EMAIL.test(`x@${text}`)) throw new Error(`"${input}" is not a domain such as firma.pl`);
  return text;
}

/** Keys for the store's multi-entry index: "email:<address>" and "domain:<company domain>". */
export function matchKeys(client: Pick<Client, 'emails' | 'domains'>): string[] {
  const keys = new Set<string>();
  for (const email of client.emails) keys.add(`email:${normalizeEmail(email)}`);
  for (const domain of client.domains) {
    const normalized = normalizeDomain(domain);
    if (!isFreeMailDomain(normalized)) keys.add(`domain:${normalized}`);
  }
  return [...keys];
}

/**
 * Keys to look up for the participants of a conversation, most specific first: every address's
 * "email:" key, then the "domain:" keys of company domains. Text that is not an address (webmail
 * markup sometimes shows a bare name) is skipped rather than failing the whole lookup.
 */
export function lookupKeys(emails: readonly string[]): string[] {
  const emailKeys = new Set<string>();
  const domainKeys = new Set<string>();
  for (const raw of emails) {
    let email: string;
    try {
      email = normalizeEmail(raw);
    } catch {
      continue;
    }
    emailKeys.add(`email:${email}`);
    const domain = email.slice(email.lastIndexOf('@') + 1);
    if (!isFreeMailDomain(domain)) domainKeys.add(`domain:${domain}`);
  }
  return [...emailKeys, ...domainKeys];
}

/**
 * Whether an address belongs to the client: one of its addresses, or at one of its company domains
 * (Client.domains never holds a free-mail domain). Text that is not an address belongs to nobody.
 */
export function isClientAddress(client: Pick<Client, 'emails' | 'domains'>, raw: string): boolean {
  let email: string;
  try {
    email = normalizeEmail(raw);
  } catch {
    return false;
  }
  return client.emails.includes(email) || client.domains.includes(email.slice(email.lastIndexOf('@') + 1));
}

/** Role mailboxes whose local part is not a person's name. */
const ROLE_LOCAL_PARTS = new Set([
  'biuro', 'kontakt', 'info', 'office', 'hello', 'hi', 'contact', 'admin', 'sales', 'sprzedaz',
  'faktury', 'ksiegowosc', 'accounting', 'billing', 'invoices', 'support', 'pomoc', 'team', 'zespol',
  'marketing', 'hr', 'rekrutacja', 'sekretariat', 'recepcja', 'noreply', 'no-reply', 'mail', 'poczta',
]);

/**
 * A readable name from an address when the webmail showed none: "jan.kowalski@firma.pl" → "Jan
 * Kowalski"; a role mailbox ("biuro@firma.pl") → its company domain "firma.pl"; otherwise the address.
 */
export function displayNameFromAddress(email: string): string {
  const normalized = normalizeEmail(email);
  const at = normalized.lastIndexOf('@');
  const local = normalized.slice(0, at).replace(/\+.*$/, '');
  const domain = normalized.slice(at + 1);
  if (ROLE_LOCAL_PARTS.has(local)) return isFreeMailDomain(domain) ? normalized : domain;
  const words = local
    .split(/[._-]+/)
    .filter((word) => /\p{L}/u.test(word))
    .map((word) => word.replace(/\d+/g, ''))
    .filter((word) => word.length > 0);
  if (words.length === 0) return normalized;
  return words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
}

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
 * A client with sensible defaults: a service contract, no notice period (immediate effect, k.c.
 * art. 746), documentary form, "Szanowni Państwo" until the user says otherwise. A free-mail
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
    contract: { type: 'service', noticePeriod: {}, endOfMonth: false, requiredForm: 'documentary', ...definedOnly(input.contract) },
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

/** The name looks like an e-mail address (or a bare domain), which never names a contracting party. */
export function nameIsAddress(name: string): boolean {
  const trimmed = name.trim();
  return /\S+@\S+/.test(trimmed) || /^[\p{L}\d-]+(\.[\p{L}\d-]+)+$/u.test(trimmed);
}

/**
 * The client as a party to the contract: the company when recorded, else the person's name; absent
 * (a missing value) when all the record holds is an address.
 */
export function clientPartyName(client: Pick<Client, 'name' | 'company'>): string | undefined {
  const company = client.company?.trim();
  if (company) return company;
  const name = client.name.trim();
  return name && !nameIsAddress(name) ? name : undefined;
}

/** Legal-form suffixes of a business: Polish companies and partnerships, common English and German ones. */
const LEGAL_FORM = /(^|[\s,])(sp\.\s*z\s*o\.\s*o\.?|spółka\s+z\s+ograniczoną\s+odpowiedzialnością|s\.\s*a\.?|spółka\s+akcyjna|sp\.\s*k\.?|sp\.\s*j\.?|sp\.\s*p\.?|s\.\s*k\.\s*a\.?|p\.\s*s\.\s*a\.?|ltd\.?|limited|llp|plc|llc|inc\.?|gmbh)(?=$|[\s,.)])/iu;

/** The name carries a company's legal form ("Sp. z o.o.", "S.A.", "Ltd"). */
export function hasLegalFormSuffix(name: string): boolean {
  return LEGAL_FORM.test(name.trim());
}

/**
 * The client is a business (the 2013 late-payment act applies between businesses): a company is
 * recorded, or the name itself carries a legal form. A person recorded by name alone is not assumed
 * to trade: the statute's interest and compensation are not claimed from a consumer.
 */
export function isBusinessClient(client: Pick<Client, 'name' | 'company' | 'trades'>): boolean {
  // A sole trader trades under their own name: only the user's word says so (review3-en B1).
  return client.trades === true || Boolean(client.company?.trim()) || hasLegalFormSuffix(client.name);
}
