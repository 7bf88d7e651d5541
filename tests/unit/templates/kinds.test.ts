import { describe, expect, it } from 'vitest';
import { CHECKLIST_KEYS } from '../../../offboarding/types';
import { TEMPLATE_KINDS } from '../../../templates/types';
import type { TemplateKind } from '../../../templates/types';
import { KINDS, kindPhrase, kindTitle, stepCompletedBy, stepOfKind } from '../../../templates/kinds';

/** The step each kind completes, as one map (the shape the sidebar's table had). */
const CHECKLIST_FOR_KIND = Object.fromEntries(
  TEMPLATE_KINDS.flatMap((kind) => (KINDS[kind].completes ? [[kind, KINDS[kind].completes]] : [])),
) as Partial<Record<TemplateKind, string>>;
const checklistKeyForKind = stepCompletedBy;

describe('the table of kinds', () => {
  it('maps each kind to the step it completes', () => {
    expect(CHECKLIST_FOR_KIND).toMatchObject({
      'termination-notice': 'notice',
      settlement: 'settlement',
      'handover-complete': 'handover',
      'access-revocation': 'assets-access',
      'data-return': 'personal-data',
      'closing-thanks': 'closing-message',
      'feedback-request': 'feedback',
      'testimonial-request': 'testimonial',
      'referral-request': 'referral',
      'conversation-request': 'conversation',
      'mutual-agreement': 'documents',
    });
    for (const kind of TEMPLATE_KINDS) {
      const key = checklistKeyForKind(kind);
      if (key !== null) expect(CHECKLIST_KEYS).toContain(key);
    }
    expect(checklistKeyForKind('payment-reminder')).toBeNull();
    expect(checklistKeyForKind('check-in')).toBeNull();
  });

  it('keeps the step a kind belongs to apart from the step it completes', () => {
    // A mutual agreement is recorded in the notice step, but the proposal only prepares the document.
    expect(stepOfKind('mutual-agreement')).toBe('notice');
    expect(stepCompletedBy('mutual-agreement')).toBe('documents');
    expect(stepOfKind('mutual-agreement-confirmation')).toBe('notice');
    // An acknowledgement belongs to the notice step and completes nothing; a signed notice's cover completes it.
    expect(stepOfKind('termination-ack')).toBe('notice');
    expect(stepCompletedBy('termination-ack')).toBeNull();
    expect(stepOfKind('signed-notice-cover')).toBeNull();
    expect(stepCompletedBy('signed-notice-cover')).toBe('notice');
    expect(stepOfKind('retention-reply')).toBeNull();
  });

  it('marks only the notice and the agreement as legal texts, and warns of written form for the notice', () => {
    expect(TEMPLATE_KINDS.filter((kind) => KINDS[kind].legal)).toEqual(['termination-notice', 'mutual-agreement']);
    expect(TEMPLATE_KINDS.filter((kind) => KINDS[kind].writtenFormMatters)).toEqual(['termination-notice']);
  });

  it('names every kind in both languages, as a title and inside a sentence', () => {
    for (const kind of TEMPLATE_KINDS) {
      for (const lang of ['pl', 'en'] as const) {
        expect(kindTitle(kind, lang).trim()).not.toBe('');
        expect(kindPhrase(kind, lang).trim()).not.toBe('');
      }
      expect(kindTitle(kind, 'pl')).not.toBe(kindTitle(kind, 'en'));
    }
    expect(kindTitle('termination-notice', 'pl')).toBe('Wypowiedzenie umowy');
    expect(kindPhrase('termination-notice', 'en')).toBe('termination notice');
  });
});
