/**
 * The records of the time after the end (offboarding/after.ts): what the client said and the
 * retrospective. Kept apart from types.ts, which re-exports them, so that file stays one screenful
 * of the core records.
 */

/** The message a captured reply came from: the thread and, when the webmail shows one, the message's id. */
export interface MessageRef {
  provider: 'gmail' | 'outlook';
  threadId: string;
  messageId?: string;
  url?: string;
}

/** The client's feedback, as they wrote it. */
export interface FeedbackRecord {
  id: string;
  /** The day the client's message was sent (or the day it was kept, when the page showed no date). */
  receivedOn: string;
  /** 0–10, only when the client gave one and the user confirmed it; never guessed. */
  score?: number;
  /** The client's own words, quoted. */
  quote: string;
  source?: MessageRef;
}

/** yes: with the credit given; anonymous: without any name; no: kept for ourselves only. */
export const TESTIMONIAL_CONSENTS = ['yes', 'anonymous', 'no'] as const;
export type TestimonialConsent = (typeof TESTIMONIAL_CONSENTS)[number];

/** Where the client allowed the testimonial to appear. */
export const TESTIMONIAL_PLACEMENTS = ['website', 'case-study', 'social', 'proposals'] as const;
export type TestimonialPlacement = (typeof TESTIMONIAL_PLACEMENTS)[number];

export interface TestimonialRecord {
  id: string;
  text: string;
  /** How the author wants to be credited ("Anna Nowak, Acme sp. z o.o."); required to publish with a name. */
  credit?: string;
  consent: TestimonialConsent;
  placements: TestimonialPlacement[];
  /** The day the client gave it. */
  givenOn: string;
  source?: MessageRef;
}

export const REFERRAL_OUTCOMES = ['pending', 'contacted', 'won', 'lost'] as const;
export type ReferralOutcome = (typeof REFERRAL_OUTCOMES)[number];

export interface ReferralRecord {
  id: string;
  /** Whom the client recommended us to (a person or a company), as the user typed it. */
  who: string;
  on: string;
  outcome: ReferralOutcome;
  note?: string;
  source?: MessageRef;
}

export type WorkAgain = 'yes' | 'no' | 'maybe';

/** The structured look back of the article's step 3.2. */
export interface Retrospective {
  wentWell: string;
  toImprove: string;
  /** Early warning signs that were missed. */
  warningSigns: string;
  /** Would we work with them again; absent until the user answers. */
  workAgain?: WorkAgain;
  writtenAt: string;
  updatedAt: string;
}
