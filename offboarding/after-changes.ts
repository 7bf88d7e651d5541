/**
 * After the end: the checks and the pure changes patch.ts applies when feedback, a testimonial, a
 * referral or the retrospective is kept; keeping one ticks its checklist step (the client answered,
 * so the step is done). Apart from after.ts because only the store applies them: the sidebar sends
 * the change and does not load these (issue 16).
 */
import type { ChecklistKey, FeedbackRecord, Offboarding, ReferralRecord, Retrospective, TestimonialRecord } from './types';
import type { CaptureKind, RetrospectiveInput } from './after';
import { setChecklistItem } from './checklist-changes';

const STEP_OF: Readonly<Record<CaptureKind, ChecklistKey>> = { feedback: 'feedback', testimonial: 'testimonial', referral: 'referral' };

/** Problems that make a testimonial unfit to keep, in words fit to show. */
export function testimonialProblems(t: Pick<TestimonialRecord, 'text' | 'credit' | 'consent' | 'placements'>): string[] {
  const problems: string[] = [];
  if (t.text.trim() === '') problems.push('A testimonial needs its text');
  if (t.consent === 'yes' && (t.credit ?? '').trim() === '') {
    problems.push('To publish a testimonial with a name, say how the author wants to be credited (or choose "only anonymously")');
  }
  if (t.consent === 'no' && t.placements.length > 0) problems.push('A testimonial the client does not allow to publish has no place to appear');
  return problems;
}

export function feedbackProblems(f: Pick<FeedbackRecord, 'score' | 'quote'>): string[] {
  const problems: string[] = [];
  if (f.score !== undefined && !(Number.isInteger(f.score) && f.score >= 0 && f.score <= 10)) problems.push('A score is a whole number from 0 to 10');
  if (f.quote.trim() === '') problems.push('Feedback needs the client\'s words');
  return problems;
}

export function referralProblems(r: Pick<ReferralRecord, 'who'>): string[] {
  return r.who.trim() === '' ? ['A referral needs whom the client recommended us to'] : [];
}

/** Adds one captured record and ticks its step (a step already done keeps its time). */
export function addCapture(ob: Offboarding, kind: CaptureKind, record: FeedbackRecord | TestimonialRecord | ReferralRecord, nowIso: string): Offboarding {
  const withRecord: Offboarding =
    kind === 'feedback'
      ? { ...ob, feedback: [...(ob.feedback ?? []), record as FeedbackRecord] }
      : kind === 'testimonial'
        ? { ...ob, testimonials: [...(ob.testimonials ?? []), record as TestimonialRecord] }
        : { ...ob, referrals: [...(ob.referrals ?? []), record as ReferralRecord] };
  const step = STEP_OF[kind];
  return withRecord.checklist[step].doneAt ? withRecord : setChecklistItem(withRecord, step, { done: true }, nowIso);
}

/** The records of one kind, whatever their type. */
export function capturesOf(ob: Offboarding, kind: CaptureKind): Array<{ id: string }> {
  return (kind === 'feedback' ? ob.feedback : kind === 'testimonial' ? ob.testimonials : ob.referrals) ?? [];
}

export function removeCapture(ob: Offboarding, kind: CaptureKind, id: string): Offboarding {
  const keep = <T extends { id: string }>(items: T[] | undefined) => (items ?? []).filter((item) => item.id !== id);
  if (kind === 'feedback') return { ...ob, feedback: keep(ob.feedback) };
  if (kind === 'testimonial') return { ...ob, testimonials: keep(ob.testimonials) };
  return { ...ob, referrals: keep(ob.referrals) };
}

/** Writes or rewrites the retrospective (its first writing time survives) and ticks the lessons step. */
export function writeRetrospective(ob: Offboarding, input: RetrospectiveInput, nowIso: string): Offboarding {
  const retrospective: Retrospective = {
    wentWell: input.wentWell.trim(),
    toImprove: input.toImprove.trim(),
    warningSigns: input.warningSigns.trim(),
    writtenAt: ob.retrospective?.writtenAt ?? nowIso,
    updatedAt: nowIso,
  };
  if (input.workAgain !== undefined) retrospective.workAgain = input.workAgain;
  const next = { ...ob, retrospective };
  return next.checklist.lessons.doneAt ? next : setChecklistItem(next, 'lessons', { done: true }, nowIso);
}
