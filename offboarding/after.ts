/**
 * After the end (the article's part 3): what the client said — feedback, a testimonial, a
 * referral — kept from the thread, and the retrospective. The checks and changes the store applies
 * to an offboarding are in after-changes.ts.
 */
import type { FeedbackRecord, ReferralRecord, Retrospective, TestimonialRecord } from './types';

/** The longest captured text (a quoted reply, a testimonial, one retrospective answer); storage/schemas.ts enforces it. */
export const CAPTURED_TEXT_MAX = 5_000;

export type CaptureKind = 'feedback' | 'testimonial' | 'referral';

export type NewFeedback = Omit<FeedbackRecord, 'id'>;
export type NewTestimonial = Omit<TestimonialRecord, 'id'>;
export type NewReferral = Omit<ReferralRecord, 'id'>;
export type RetrospectiveInput = Pick<Retrospective, 'wentWell' | 'toImprove' | 'warningSigns' | 'workAgain'>;

export function retrospectiveIsEmpty(input: RetrospectiveInput): boolean {
  return input.wentWell.trim() === '' && input.toImprove.trim() === '' && input.warningSigns.trim() === '' && input.workAgain === undefined;
}
