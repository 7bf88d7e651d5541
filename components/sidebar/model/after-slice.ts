/** After the end: keeping the client's feedback, testimonial or referral, and the retrospective. */
import type { CaptureKind, NewFeedback, NewReferral, NewTestimonial, RetrospectiveInput } from '../../../offboarding/after';
import type { ReferralRecord, TestimonialRecord } from '../../../offboarding/types';
import type { Session } from './session';

export function afterSlice({ mutate, patch }: Session) {
  const done = async (p: Parameters<Session['patch']>[0]) => (await mutate(() => patch(p))) !== null;
  return {
    keepFeedback: (feedback: NewFeedback) => done({ op: 'feedback-add', feedback }),
    keepTestimonial: (testimonial: NewTestimonial) => done({ op: 'testimonial-add', testimonial }),
    keepReferral: (referral: NewReferral) => done({ op: 'referral-add', referral }),
    updateTestimonial: (id: string, changes: Partial<Omit<TestimonialRecord, 'id'>>) => done({ op: 'testimonial-update', id, changes }),
    updateReferral: (id: string, changes: Partial<Omit<ReferralRecord, 'id'>>) => done({ op: 'referral-update', id, changes }),
    removeCapture: (kind: CaptureKind, id: string) => done({ op: 'capture-remove', kind, id }),
    writeRetrospective: (retrospective: RetrospectiveInput) => done({ op: 'retrospective', retrospective }),
  };
}
