/** The records of issue 18 (before the notice), on the Offboarding (offboarding/types.ts). */

/** A message of the thread a fact rests on, by the ids the webmail adapter read. */
export interface MessageLink {
  threadId: string;
  messageId: string;
}

/** One thing that is wrong, as the user states it, with the day it happened when known. */
export interface AnalysisFact {
  id: string;
  text: string;
  on?: string;
  message?: MessageLink;
}

/** One attempt to fix it and what came of it (absent while the result is not known). */
export interface AnalysisAttempt {
  id: string;
  text: string;
  on?: string;
  result?: string;
}

/** The article's step 1: what is wrong, what was tried, and the decision in the user's words. */
export interface Analysis {
  facts: AnalysisFact[];
  attempts: AnalysisAttempt[];
  /** The decision, as the user would say it to the client. */
  decision?: string;
}

/**
 * Decided before the call (the article's step 3). Open to staying: on which conditions; either way
 * the latest end date we accept and what we will not accept. Every field is the user's own.
 */
export interface NegotiationPosition {
  openToStay: boolean;
  conditions?: { scope?: string; price?: string; timing?: string };
  latestEndOn?: string;
  notAccepted?: string;
}

/**
 * What the call agreed: an end date, an end by mutual agreement, that we stay on the client's terms
 * (the offboarding ends as kept), or nothing yet.
 */
export const CALL_AGREEMENTS = ['end-date', 'mutual', 'kept', 'nothing-yet'] as const;
export type CallAgreement = (typeof CALL_AGREEMENTS)[number];

export interface CallOutcome {
  on: string;
  participants?: string;
  agreed: CallAgreement;
  /** The end date agreed (end-date, mutual), when one was. */
  endOn?: string;
  nextStep?: string;
}
