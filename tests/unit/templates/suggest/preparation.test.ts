import { beforeAll, describe, expect, it } from 'vitest';
import { suggest } from '../../../../templates/suggest';
import type { Template } from '../../../../templates/types';
import type { Offboarding } from '../../../../offboarding/types';
import { conversation, fromClient, makeClient, makeOffboarding } from './helpers';
import { loadBuiltInTemplates } from './library';

let templates: Template[] = [];
beforeAll(async () => {
  templates = (await loadBuiltInTemplates()) ?? [];
});

const client = makeClient({ lang: 'pl' });
const context = conversation(fromClient('2025-05-06', 'Dzień dobry, przesyłam uwagi do raportu. Pozdrawiam, Jan Kowalski'));
const ours = (changes: Partial<Offboarding> = {}): Offboarding => ({ ...makeOffboarding({ initiator: 'we', startedOn: '2025-05-05' }), ...changes });
const kinds = (offboarding: Offboarding) => suggest({ context, client, offboarding, templates, today: '2025-05-08' }).map((s) => s.kind);

describe('the ranking before the notice (issue 18)', () => {
  it('offers no termination notice before the talk, and says why on the conversation request', () => {
    const list = suggest({ context, client, offboarding: ours(), templates, today: '2025-05-08' });
    expect(list.map((s) => s.kind)).not.toContain('termination-notice');
    expect(list[0]?.kind).toBe('conversation-request');
    expect(list[0]?.reasons.map((r) => r.code)).toContain('talk-before-notice');
  });

  it('offers the notice once the user marked the talk as not wanted', () => {
    const ob = ours();
    expect(kinds({ ...ob, checklist: { ...ob.checklist, conversation: { skipped: true } } })).toContain('termination-notice');
  });

  it('ranks the mutual agreement first after an outcome "mutual", with the call in the reasons', () => {
    const ob = ours();
    const mutual = { ...ob, initiator: 'mutual' as const, outcome: { on: '2025-05-07', agreed: 'mutual' as const, endOn: '2025-06-30' } };
    const list = suggest({ context, client, offboarding: mutual, templates, today: '2025-05-08' });
    expect(list[0]?.kind).toBe('mutual-agreement');
    expect(list[0]?.reasons[0]).toEqual({ code: 'call-agreed-mutual', params: { on: '2025-05-07', end: '2025-06-30' } });
  });

  it('after "kept" offers the retention reply and nothing of an ending', () => {
    const list = kinds(ours({ outcome: { on: '2025-05-07', agreed: 'kept' } }));
    expect(list[0]).toBe('retention-reply');
    for (const kind of ['termination-notice', 'handover-plan', 'mutual-agreement', 'provider-recommendation'] as const) expect(list).not.toContain(kind);
  });
});
