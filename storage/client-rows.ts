/** A client as stored (with its match keys) and back, the best match of a look-up, a new contact. */
import type { Client } from '../offboarding/types';
import { normalizeDomain, normalizeEmail } from '../offboarding/client';
import { matchKeys } from '../offboarding/match-keys';
import type { StartOffboardingInput } from './protocol';
import type { StoredClient } from './db';

export function toClient(stored: StoredClient): Client {
  const { matchKeys: _keys, ...client } = stored;
  return client;
}

export function toStored(client: Client): StoredClient {
  return { ...client, matchKeys: matchKeys(client) };
}

/** The candidate holding the earliest key in priority order; the most recently updated on a tie. */
export function bestMatch(candidates: StoredClient[], keys: string[]): StoredClient | undefined {
  const rank = new Map(keys.map((key, index) => [key, index]));
  let best: { client: StoredClient; rank: number } | undefined;
  for (const client of candidates) {
    const clientRank = Math.min(...client.matchKeys.map((key) => rank.get(key) ?? Infinity));
    if (
      !best ||
      clientRank < best.rank ||
      (clientRank === best.rank && client.updatedAt > best.client.updatedAt)
    ) {
      best = { client, rank: clientRank };
    }
  }
  return best?.client;
}

/** Adds the conversation's address and domain to a known client; returns the same object if nothing is new. */
export function addContact(client: Client, input: StartOffboardingInput, nowIso: string): Client {
  const email = input.email === undefined ? undefined : normalizeEmail(input.email);
  const domain = input.domain === undefined ? undefined : normalizeDomain(input.domain);
  const emails = email && !client.emails.includes(email) ? [...client.emails, email] : client.emails;
  const domains = domain && !client.domains.includes(domain) ? [...client.domains, domain] : client.domains;
  if (emails === client.emails && domains === client.domains) return client;
  return { ...client, emails, domains, updatedAt: nowIso };
}
