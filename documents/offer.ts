/**
 * Which documents the sidebar offers, at which checklist step, for the record as it stands: each
 * builder's own rules (documents/*.ts), and what the call before the notice agreed (issue 18): an
 * agreed mutual end makes the termination agreement the document and the unilateral notice moot;
 * a client kept on new terms needs neither. An end date the call agreed is proposed for the
 * agreement, for the user to confirm; a notice cannot end the contract before its period, so an
 * earlier agreed date is said to need the agreement instead.
 */
import type { ChecklistKey, Lang } from '../offboarding/types';
import { agreedEndOn } from '../offboarding/preparation';
import { noticeForAgreedEnd } from '../offboarding/notice';
import { formatDate } from '../templates/format';
import { buildDocument, type DocumentInput } from './index';
import { DOCUMENT_KINDS, type DocumentKind, type DocumentResult } from './model';

/** The checklist step each document belongs to. */
export const DOCUMENT_STEP: Record<DocumentKind, ChecklistKey> = {
  'termination-agreement': 'documents',
  'termination-statement': 'notice',
  'handover-record': 'handover',
  'personal-data-confirmation': 'personal-data',
  'settlement-statement': 'settlement',
};

/** A value the record suggests for the form, shown with where it comes from; never filled by itself. */
export interface ProposedValue {
  path: string;
  value: string;
  /** The day of the call that agreed it. */
  callOn: string;
}

export interface DocumentOffer {
  kind: DocumentKind;
  step: ChecklistKey;
  result: DocumentResult;
  /** The call recorded a mutual end: this is the document that records it. */
  agreedInCall: boolean;
  proposals: ProposedValue[];
  /** A notice delivered today ends the contract only on `earliestEnd`, after the end the call agreed. */
  agreedEndTooEarly?: { agreedOn: string; earliestEnd: string };
}

function notApplicable(kind: DocumentKind, lang: Lang, reason: string): DocumentResult {
  return { status: 'not-applicable', kind, lang, reason };
}

function outcomeRule(kind: DocumentKind, input: DocumentInput): DocumentResult | undefined {
  const outcome = input.offboarding?.outcome;
  if (!outcome || input.offboarding?.notice) return undefined;
  const on = formatDate(outcome.on, input.lang);
  if (outcome.agreed === 'kept' && (kind === 'termination-statement' || kind === 'termination-agreement')) {
    return notApplicable(
      kind,
      input.lang,
      input.lang === 'pl'
        ? `W rozmowie ${on} klient zatrzymał współpracę na nowych warunkach: umowy nie trzeba rozwiązywać.`
        : `In the call on ${on} the client kept the work going on new terms: there is no contract to end.`,
    );
  }
  if (outcome.agreed === 'mutual' && kind === 'termination-statement') {
    return notApplicable(
      kind,
      input.lang,
      input.lang === 'pl'
        ? `W rozmowie ${on} strony uzgodniły rozwiązanie umowy za porozumieniem: zamiast wypowiedzenia sporządź porozumienie o rozwiązaniu umowy.`
        : `In the call on ${on} the parties agreed to end the contract by mutual consent: draw up a termination agreement instead of a notice.`,
    );
  }
  return undefined;
}

/** One document's offer for the record (the same rules documentOffers applies to all). */
export function documentOffer(kind: DocumentKind, input: DocumentInput): DocumentOffer {
  const offboarding = input.offboarding;
  const agreedOn = offboarding ? agreedEndOn(offboarding) : null;
  const outcome = offboarding?.outcome;
  const result = outcomeRule(kind, input) ?? buildDocument(kind, input);
  const proposals: ProposedValue[] = [];
  if (kind === 'termination-agreement' && agreedOn && outcome && result.status !== 'not-applicable' && input.values?.['agreement.endDate'] !== agreedOn) {
    proposals.push({ path: 'agreement.endDate', value: agreedOn, callOn: outcome.on });
  }
  const offer: DocumentOffer = { kind, step: DOCUMENT_STEP[kind], result, agreedInCall: kind === 'termination-agreement' && outcome?.agreed === 'mutual' && !offboarding?.notice, proposals };
  if (kind === 'termination-statement' && agreedOn && input.client && result.status !== 'not-applicable' && !offboarding?.notice) {
    const fit = noticeForAgreedEnd(input.client.contract, agreedOn, input.today);
    if (fit.latestDelivery === null) offer.agreedEndTooEarly = { agreedOn, earliestEnd: fit.endIfDeliveredToday };
  }
  return offer;
}

/** Every document's offer, in process order. */
export function documentOffers(input: DocumentInput): DocumentOffer[] {
  return DOCUMENT_KINDS.map((kind) => documentOffer(kind, input));
}
