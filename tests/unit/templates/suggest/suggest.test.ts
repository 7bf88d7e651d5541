import { describe, expect, it } from 'vitest';
import { REPEATABLE_KINDS, pickTemplate, resolveLanguage, suggest } from '../../../../templates/suggest';
import type { SuggestInput } from '../../../../templates/suggest';
import { describeReason } from '../../../../templates/reasons';
import { TEMPLATE_KINDS } from '../../../../templates/types';
import type { TemplateKind } from '../../../../templates/types';
import { conversation, fromClient, fromMe, makeClient, makeOffboarding, stubLibrary, stubTemplate } from './helpers';
import { SCENARIOS } from './scenarios';

const overdue = (): SuggestInput => ({
  context: conversation(fromMe('2025-02-17', 'W załączeniu przesyłam fakturę końcową nr FV/1 płatną do 28 lutego.')),
  client: makeClient(),
  offboarding: makeOffboarding({
    initiator: 'we',
    doneThrough: 'personal-data',
    notice: { servedOn: '2025-01-15' },
    settlement: [{ amountMinor: 100000, invoiceNo: 'FV/1', dueOn: '2025-02-28' }],
  }),
  templates: stubLibrary(),
  today: '2025-03-05',
  sentKinds: ['termination-notice', 'settlement'],
});

describe('never repeat what was sent', () => {
  it('drops every sent kind except payment-reminder and check-in, in every scenario', () => {
    for (const scenario of SCENARIOS) {
      const kinds = suggest({ ...scenario, templates: stubLibrary() }).map((s) => s.kind);
      for (const sent of scenario.sentKinds) {
        if (!REPEATABLE_KINDS.includes(sent)) expect(kinds, `${scenario.id} repeats ${sent}`).not.toContain(sent);
      }
    }
  });

  it('never suggests the client-ending reply twice, even when the client repeats the notice', () => {
    const input: SuggestInput = {
      context: conversation(fromClient('2025-03-05', 'Przypominam: wypowiadam umowę z końcem miesiąca.')),
      templates: stubLibrary(),
      today: '2025-03-05',
    };
    expect(suggest(input)[0]?.kind).toBe('termination-ack');
    const again = suggest({ ...input, sentKinds: ['termination-ack'] });
    expect(again.map((s) => s.kind)).not.toContain('termination-ack');
  });

  it('repeats a payment reminder and says it was sent before', () => {
    const first = suggest(overdue());
    expect(first[0]?.kind).toBe('payment-reminder');
    expect(first[0]?.reasons.map((r) => r.code)).not.toContain('sent-before-may-repeat');
    const repeated = suggest({ ...overdue(), sentKinds: ['termination-notice', 'settlement', 'payment-reminder'] });
    expect(repeated[0]?.kind).toBe('payment-reminder');
    expect(repeated[0]?.reasons).toContainEqual({ code: 'sent-before-may-repeat', params: { kind: 'payment-reminder' } });
  });

  it('rejects an unknown sent kind', () => {
    expect(() => suggest({ ...overdue(), sentKinds: ['thank-you' as TemplateKind] })).toThrow(/unknown sent kind/);
  });
});

describe('ranking and reasons', () => {
  it('lists each kind once, best first, with reasons that have words in both languages', () => {
    for (const scenario of SCENARIOS) {
      const list = suggest({ ...scenario, templates: stubLibrary() });
      expect(new Set(list.map((s) => s.kind)).size).toBe(list.length);
      for (let i = 1; i < list.length; i++) expect(list[i - 1]!.score).toBeGreaterThanOrEqual(list[i]!.score);
      for (const s of list) {
        expect(s.reasons.length, `${scenario.id} ${s.kind}`).toBeGreaterThan(0);
        for (const r of s.reasons) {
          expect(describeReason(r, 'pl')).not.toMatch(/undefined|NaN|\{/);
          expect(describeReason(r, 'en')).not.toMatch(/undefined|NaN|\{/);
        }
      }
    }
  });

  it('explains an overdue payment with its days and invoice, and picks the "after" variant', () => {
    const templates = [
      ...stubLibrary().filter((t) => t.kind !== 'payment-reminder'),
      stubTemplate('payment-reminder', 'pl', 'formal', 'before'),
      stubTemplate('payment-reminder', 'pl', 'formal', 'on'),
      stubTemplate('payment-reminder', 'pl', 'formal', 'after'),
    ];
    const top = suggest({ ...overdue(), templates })[0];
    expect(top?.template.variant).toBe('after');
    expect(top?.reasons[0]).toEqual({ code: 'payment-overdue', params: { invoice: 'FV/1', days: 5 } });
    expect(describeReason(top!.reasons[0]!, 'pl')).toBe('Termin płatności faktury FV/1 minął 5 dni temu');
  });

  it('puts the settlement first when the notice period ended and says how long ago', () => {
    const list = suggest({
      context: conversation(fromClient('2025-02-11', 'Dziękuję za informację.')),
      client: makeClient(),
      offboarding: makeOffboarding({ initiator: 'we', doneThrough: 'personal-data', notice: { servedOn: '2025-01-15' } }),
      templates: stubLibrary(),
      today: '2025-02-18',
    });
    expect(list[0]?.kind).toBe('settlement');
    expect(list[0]?.reasons).toContainEqual({ code: 'notice-ended-settlement-open', params: { days: 3 } });
    expect(describeReason({ code: 'notice-ended-settlement-open', params: { days: 3 } }, 'pl')).toBe(
      'Okres wypowiedzenia minął 3 dni temu, a rozliczenie jest otwarte',
    );
  });

  it('gives useful suggestions with no client, no offboarding and no words at all', () => {
    const list = suggest({ context: conversation(), templates: stubLibrary(), today: '2025-01-01' });
    expect(list.map((s) => s.kind).slice(0, 3)).toEqual(['conversation-request', 'termination-notice', 'mutual-agreement']);
    expect(list[0]?.reasons).toEqual([{ code: 'no-process-yet' }]);
  });

  it('is pure: the same input gives the same output', () => {
    expect(suggest(overdue())).toEqual(suggest(overdue()));
  });
});

describe('language and tone', () => {
  const base = (language: 'pl' | 'en' | 'other'): SuggestInput => ({
    context: { ...conversation(fromClient('2025-01-02', 'Hallo, wir kündigen den Vertrag.')), language },
    templates: stubLibrary(),
    today: '2025-01-02',
  });

  it('follows the thread, else the client, else the settings, else Polish', () => {
    expect(resolveLanguage({ ...base('en'), client: makeClient({ lang: 'pl' }) })).toBe('en');
    expect(resolveLanguage({ ...base('other'), client: makeClient({ lang: 'en' }) })).toBe('en');
    expect(resolveLanguage({ ...base('other'), settings: { defaultLanguage: 'en' } })).toBe('en');
    expect(resolveLanguage(base('other'))).toBe('pl');
    const list = suggest({ ...base('other'), client: makeClient({ lang: 'en' }) });
    expect(list.length).toBeGreaterThan(0);
    expect(list.every((s) => s.lang === 'en' && s.template.lang === 'en')).toBe(true);
  });

  it('uses the warm tone when asked and falls back to formal where no warm template exists', () => {
    const templates = stubLibrary().filter((t) => !(t.kind === 'conversation-request' && t.tone === 'warm'));
    const list = suggest({ ...base('pl'), templates, settings: { defaultTone: 'warm' } });
    const conversationRequest = list.find((s) => s.kind === 'conversation-request');
    expect(conversationRequest?.tone).toBe('formal');
    expect(list.filter((s) => s.kind !== 'conversation-request').every((s) => s.tone === 'warm')).toBe(true);
    expect(suggest(base('pl')).every((s) => s.tone === 'formal')).toBe(true);
  });

  it('prefers the user\'s own copy of a template over the built-in one', () => {
    const own = { ...stubTemplate('settlement', 'pl', 'formal'), id: 'mine', builtIn: false, basedOn: 'stub-settlement-pl-formal' };
    expect(pickTemplate([stubTemplate('settlement', 'pl', 'formal'), own], 'settlement', 'pl', 'formal')?.id).toBe('mine');
    expect(pickTemplate([own], 'settlement', 'en', 'formal')).toBeNull();
  });

  it('skips a kind missing in the language without failing', () => {
    const templates = stubLibrary().filter((t) => !(t.kind === 'termination-ack' && t.lang === 'pl'));
    const input: SuggestInput = {
      context: conversation(fromClient('2025-03-05', 'Dzień dobry, rezygnujemy ze współpracy z końcem miesiąca.')),
      templates,
      today: '2025-03-05',
    };
    const list = suggest(input);
    expect(list.map((s) => s.kind)).not.toContain('termination-ack');
    expect(list.length).toBeGreaterThan(0);
    expect(suggest({ ...input, templates: [] })).toEqual([]);
  });

  it('covers every kind with the stand-in library', () => {
    expect(new Set(stubLibrary().map((t) => t.kind))).toEqual(new Set(TEMPLATE_KINDS));
  });
});

describe('bad input', () => {
  it('names the problem', () => {
    expect(() => suggest({ ...overdue(), today: '05.03.2025' })).toThrow(/today/);
    expect(() => suggest({ ...overdue(), context: {} as never })).toThrow(/messages/);
    expect(() => suggest({ ...overdue(), templates: null as never })).toThrow(/templates/);
  });
});

describe('with the real built-in library', () => {
  it('picks the fitting variant and drafts in the thread language', async () => {
    const { loadBuiltInTemplates } = await import('./library');
    const real = await loadBuiltInTemplates();
    expect(real, 'templates/library.ts builtInTemplates()').not.toBeNull();
    const templates = real ?? [];

    const deletion = suggest({
      context: conversation(fromClient('2025-05-12', 'Dzień dobry, w związku z RODO prosimy o usunięcie wszystkich danych naszych klientów.')),
      templates,
      today: '2025-05-12',
    })[0];
    expect(deletion?.kind).toBe('data-return');
    expect(deletion?.template.variant).toBe('confirmation');
    expect(deletion?.template.lang).toBe('pl');

    const question = suggest({
      context: conversation(fromClient('2025-05-13', 'What happens to the personal data of our customers after the contract ends?')),
      templates,
      today: '2025-05-13',
    })[0];
    expect(question?.kind).toBe('data-return');
    expect(question?.template.variant).toBe('request');
    expect(question?.template.lang).toBe('en');

    const notice = (endOfMonth: boolean) =>
      suggest({
        context: conversation(fromClient('2025-01-13', 'Dziękuję za rozmowę w piątek. Rozumiem Pani powody.')),
        client: makeClient({ endOfMonth }),
        offboarding: makeOffboarding({ initiator: 'we', doneThrough: 'documents' }),
        templates,
        today: '2025-01-13',
      })[0];
    expect(notice(true)?.template.variant).toBe('end-of-month');
    expect(notice(false)?.template.variant).toBe('period');

    const reminder = suggest({ ...overdue(), templates })[0];
    expect(reminder?.template.variant).toBe('after');
    expect(reminder?.template.kind).toBe('payment-reminder');
  });
});

describe('recommending another provider', () => {
  const base = (reason: 'fit' | 'capacity' | 'non-payment', initiator: 'we' | 'client' = 'we', text = 'Dziękuję za informację.'): SuggestInput => ({
    context: conversation(fromClient('2025-03-04', text)),
    client: makeClient(),
    offboarding: makeOffboarding({ initiator, reason, doneThrough: 'notice', notice: { servedOn: '2025-03-03' } }),
    templates: stubLibrary(),
    today: '2025-03-04',
    sentKinds: ['termination-notice'],
  });
  const find = (input: SuggestInput) => suggest(input).find((s) => s.kind === 'provider-recommendation');

  it('is offered, with its reason, when we end over fit or capacity', () => {
    for (const reason of ['fit', 'capacity'] as const) {
      const found = find(base(reason));
      expect(found, reason).toBeDefined();
      expect(found?.reasons.map((r) => r.code)).toContain('ending-fit-or-capacity');
      expect(describeReason({ code: 'ending-fit-or-capacity' }, 'pl')).toMatch(/polecić/);
    }
  });

  it('is not offered for non-payment, nor when the client ended it', () => {
    expect(find(base('non-payment'))).toBeUndefined();
    expect(find(base('fit', 'client'))).toBeUndefined();
  });

  it('comes first when the client asks whom to hire instead, and is not read as an offer to refer us', () => {
    const kinds = suggest(base('capacity', 'we', 'Czy mógłby Pan polecić kogoś, kto przejmie projekt?')).map((s) => s.kind);
    expect(kinds[0]).toBe('provider-recommendation');
    expect(kinds).not.toContain('referral-request');
  });
});

describe('no page read (a client picked by hand)', () => {
  it('ranks from the record alone, in the client language, as an empty conversation would', () => {
    const byRecord: SuggestInput = { ...overdue(), context: null, client: makeClient({ lang: 'en' }) };
    const empty: SuggestInput = { ...byRecord, context: conversation() };
    const ranked = suggest(byRecord);
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.map((s) => [s.kind, s.lang])).toEqual(suggest(empty).map((s) => [s.kind, s.lang]));
    expect(ranked[0]?.lang).toBe('en');
    expect(resolveLanguage({ context: null, client: makeClient({ lang: 'en' }) })).toBe('en');
  });

  it('still refuses a context that is neither a conversation nor null', () => {
    expect(() => suggest({ ...overdue(), context: {} as never })).toThrow(/context must be a ConversationContext/);
  });
});
