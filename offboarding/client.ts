/**
 * Clients: e-mail normalisation and what a client's record says about them. A client is matched by
 * an exact address or by a company domain, never by a free-mail domain (every Gmail user would
 * otherwise be "the same client"): the keys are in match-keys.ts, the factories in new-records.ts.
 */
import type { Client } from './types';

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
