import { describe, expect, it } from 'vitest';
import { suggest } from '../../../../templates/suggest';
import type { SuggestInput } from '../../../../templates/suggest';
import { templateNotOfferedFor } from '../../../../templates/contract-types';
import { conversation, fromClient, fromMe, makeClient, makeOffboarding, stubLibrary } from './helpers';

const reasonsOf = (input: SuggestInput) => suggest(input).flatMap((s) => s.reasons.map((r) => ({ kind: s.kind, ...r })));

describe('stale reasons and steps', () => {
  it('names as "next open step" only the step that is next, never one after it', () => {
    // Everything through the settlement is done; the closing message is open but already sent.
    const input: SuggestInput = {
      context: conversation(fromMe('2025-03-01', 'Dziękuję za współpracę.')),
      client: makeClient(),
      offboarding: makeOffboarding({ initiator: 'we', doneThrough: 'settlement', notice: { servedOn: '2025-01-15' } }),
      templates: stubLibrary(),
      today: '2025-03-05',
      sentKinds: ['closing-thanks'],
    };
    const next = reasonsOf(input).filter((r) => r.code === 'next-item');
    for (const r of next) expect(r.params, `${r.kind} claims to be the next step`).toEqual({ item: 'closing-message' });
    const feedback = reasonsOf(input).filter((r) => r.kind === 'feedback-request');
    expect(feedback.map((r) => r.code)).not.toContain('next-item');
  });

  it('after 13/13 names no next open step', () => {
    const input: SuggestInput = {
      context: null,
      client: makeClient(),
      offboarding: makeOffboarding({ initiator: 'we', doneThrough: 'lessons', notice: { servedOn: '2025-01-15' }, closedOn: '2025-03-01' }),
      templates: stubLibrary(),
      today: '2025-04-05',
    };
    const reasons = reasonsOf(input);
    expect(reasons.map((r) => r.code)).not.toContain('next-item');
    expect(reasons.find((r) => r.kind === 'check-in')?.code).toBe('all-steps-closed');
  });

  it('before an offboarding is started, does not offer our own notice to a client who has ended it in the thread', () => {
    const ended: SuggestInput = {
      context: conversation(fromClient('2025-03-05', 'Dzień dobry, wypowiadam umowę o współpracy z zachowaniem okresu wypowiedzenia.')),
      client: makeClient(),
      offboarding: null,
      templates: stubLibrary(),
      today: '2025-03-05',
    };
    const kinds = suggest(ended).map((s) => s.kind);
    expect(kinds).toContain('termination-ack');
    expect(kinds).not.toContain('termination-notice');
    expect(kinds).not.toContain('non-renewal');
    // A client who only asks how things stand gets no such rule: the situation decides, not the client.
    expect(templateNotOfferedFor({ kind: 'termination-notice' }, null, { today: '2025-03-05', clientEndedBeforeStart: false })).toBeUndefined();
    expect(templateNotOfferedFor({ kind: 'termination-notice' }, null, { today: '2025-03-05', clientEndedBeforeStart: true })).toBe('client-ended');
  });
});
