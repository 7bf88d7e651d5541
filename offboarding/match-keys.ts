/**
 * The keys that match a conversation to a client (the store's multi-entry index). Apart from
 * client.ts because only the store computes them: the pages that show a client do not load them.
 */
import type { Client } from './types';
import { isFreeMailDomain, normalizeDomain, normalizeEmail } from './client';

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
