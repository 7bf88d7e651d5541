/**
 * Whether a kind of message applies to the client's contract (the types are in kinds.ts): what the
 * suggestion ranking and the reviewer's catalogue both read. An umowa o dzieło is ended by withdrawal (odstąpienie, art.
 * 635, 640, 644 k.c.), never by a notice or art. 746; the withdrawal texts (art. 640, 644) belong
 * to the umowa o dzieło alone. A non-renewal needs a fixed term the record holds.
 */
import type { Client } from '../offboarding/types';
import { KINDS } from './kinds';
import type { TemplateKind } from './types';

/** Why a kind is not offered for a client's contract, or undefined when it is. */
export type NotOffered = 'contract-type' | 'no-fixed-term';

/**
 * Whether a kind applies to the client's contract. With no client the contract is unknown: only
 * the dzieło withdrawals (which need that type) and non-renewal (which needs a recorded fixed term)
 * are left out.
 */
export function notOfferedFor(kind: TemplateKind, client: Pick<Client, 'contract'> | null | undefined): NotOffered | undefined {
  if (kind === 'non-renewal' && !client?.contract.fixedTermEndsOn) return 'no-fixed-term';
  if (!client) return kind === 'dzielo-withdrawal' || kind === 'dzielo-withdrawal-reply' ? 'contract-type' : undefined;
  if (!KINDS[kind].contractTypes.includes(client.contract.type)) return 'contract-type';
  return undefined;
}

export function appliesToContract(kind: TemplateKind, client: Pick<Client, 'contract'> | null | undefined): boolean {
  return notOfferedFor(kind, client) === undefined;
}
