/**
 * Whether a kind of message applies to the client's contract (the types are in kinds.ts): what the
 * suggestion ranking and the reviewer's catalogue both read. An umowa o dzieło is ended by withdrawal (odstąpienie, art.
 * 635, 640, 644 k.c.), never by a notice or art. 746; the withdrawal texts (art. 640, 644) belong
 * to the umowa o dzieło alone. A non-renewal needs a fixed term the record holds.
 */
import type { Client, Offboarding } from '../offboarding/types';
import { paymentDueFor } from '../offboarding/deadlines';
import { KINDS } from './kinds';
import type { Template, TemplateKind } from './types';

/** Why a kind (or one variant of it) is not offered for a client's contract, or undefined when it is. */
export type NotOffered = 'contract-type' | 'no-fixed-term' | 'contract-terms' | 'payment-timing';

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

/** What the day and the record say, for variants that depend on them. */
export interface OfferSituation {
  today: string;
  offboarding?: Pick<Offboarding, 'settlement'> | null;
}

/**
 * Whether one template applies to the client's contract: its kind does, and its variant does not
 * contradict the contract's terms or the day. A notice's end date follows the contract's own rule
 * (art. 110 k.c.: the contract comes first): the period variant (the end of the period) only where
 * the contract has no end-of-month rule, the end-of-month variant only where it has one. A payment
 * reminder before, on or after the due date only on such a day (the due date moved by art. 115,
 * as the ranking reads it). What is unknown (no client, no due date) leaves every variant offered.
 */
export function templateNotOfferedFor(
  template: Pick<Template, 'kind' | 'variant'>,
  client: Pick<Client, 'contract'> | null | undefined,
  situation?: OfferSituation,
): NotOffered | undefined {
  const byKind = notOfferedFor(template.kind, client);
  if (byKind !== undefined) return byKind;
  if (client && template.kind === 'termination-notice') {
    if (template.variant === 'period' && client.contract.endOfMonth) return 'contract-terms';
    if (template.variant === 'end-of-month' && !client.contract.endOfMonth) return 'contract-terms';
  }
  if (template.kind === 'payment-reminder' && situation?.offboarding) {
    const due = paymentDueFor(situation.offboarding);
    if (due !== null) {
      const fits = template.variant === 'before' ? situation.today < due : template.variant === 'on' ? situation.today === due : template.variant === 'after' ? situation.today > due : true;
      if (!fits) return 'payment-timing';
    }
  }
  return undefined;
}
