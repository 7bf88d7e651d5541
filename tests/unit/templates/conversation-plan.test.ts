/**
 * The conversation plan against its golden files (tests/golden/conversation-plan/*.txt, readable):
 * `OFFBOARD_UPDATE_GOLDEN=1 npx vitest run --project unit tests/unit/templates/conversation-plan.test.ts`
 * rewrites them; review every diff as text.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildConversationPlan, planToText } from '../../../templates/conversation-plan';
import type { PlanInput } from '../../../templates/conversation-plan';
import { makeClient, makeOffboarding } from './suggest/helpers';

const GOLDEN = join(__dirname, '../../golden/conversation-plan');
const update = process.env.OFFBOARD_UPDATE_GOLDEN === '1';

const pl = makeClient({ lang: 'pl' });
const en = makeClient({ lang: 'en', noticePeriod: { days: 30 } });
const analysed = {
  ...makeOffboarding({ initiator: 'we', reason: 'scope-change', startedOn: '2026-03-02', settlement: [{ amountMinor: 500000, dueOn: '2026-03-20', invoiceNo: 'FV/7/2026' }] }),
  analysis: {
    facts: [
      { id: 'f1', text: 'Zakres kampanii rozszerzony o dwa nowe kanały bez aneksu', on: '2026-01-15' },
      { id: 'f2', text: 'Trzy pilne zlecenia w weekendy w lutym', on: '2026-02-21' },
    ],
    attempts: [{ id: 'a1', text: 'Propozycja aneksu z nową wyceną', on: '2026-02-02', result: 'bez odpowiedzi' }],
    decision: 'Kończymy współpracę z końcem kwietnia, chyba że zakres wróci do umowy',
  },
  position: { openToStay: true, conditions: { scope: 'dwa kanały, bez pracy w weekendy', price: 'stawka wyższa o 20%' }, latestEndOn: '2026-04-30', notAccepted: 'pracy poza umową bez wyceny' },
};
const analysedEn = {
  ...makeOffboarding({ initiator: 'we', reason: 'other', startedOn: '2026-03-02' }),
  reasonNote: 'We are moving our studio away from paid-social work',
  analysis: {
    facts: [{ id: 'f1', text: 'Reports approved late three months in a row', on: '2026-02-10', message: { threadId: 't1', messageId: 'm2' } }],
    attempts: [{ id: 'a1', text: 'A fixed weekly approval slot', on: '2026-01-12', result: 'kept for two weeks, then dropped' }],
    decision: 'We will end the cooperation at the end of April',
  },
  position: { openToStay: false, latestEndOn: '2026-04-30' },
};

const CASES: Record<string, PlanInput> = {
  'pl-scope-open-to-stay': { client: pl, offboarding: analysed, lang: 'pl' },
  'en-other-reason-not-staying': { client: en, offboarding: analysedEn, lang: 'en' },
  'pl-pani-empty-record': {
    client: { ...pl, recipient: { form: 'pani', firstName: 'Anna', warm: false }, contract: { ...pl.contract, noticePeriod: {}, requiredForm: 'written', clause: '§ 9 ust. 1' } },
    offboarding: makeOffboarding({ initiator: 'we', reason: 'other' }),
    lang: 'pl',
  },
  'en-empty-record': { client: en, offboarding: makeOffboarding({ initiator: 'we', reason: 'fit' }), lang: 'en' },
};

describe('the conversation plan (issue 18)', () => {
  for (const [id, input] of Object.entries(CASES)) {
    it(`${id} matches its golden file`, () => {
      const text = planToText(buildConversationPlan(input));
      const file = join(GOLDEN, `${id}.txt`);
      if (update || !existsSync(file)) {
        if (!update) throw new Error(`No golden file ${file}: run with OFFBOARD_UPDATE_GOLDEN=1 and review it`);
        mkdirSync(GOLDEN, { recursive: true });
        writeFileSync(file, text);
      }
      expect(text).toBe(readFileSync(file, 'utf8'));
    });
  }

  it('states the reasons in the article order and names what the record lacks instead of inventing it', () => {
    const full = buildConversationPlan(CASES['pl-scope-open-to-stay']!);
    const reasons = full.sections.find((s) => s.id === 'reasons')!.lines.join('\n');
    expect(reasons.indexOf('Nasze starania')).toBeLessThan(reasons.indexOf('Powód'));
    expect(reasons.indexOf('Powód')).toBeLessThan(reasons.indexOf('Decyzja'));
    expect(full.missing).toEqual([]);
    const empty = buildConversationPlan(CASES['pl-pani-empty-record']!);
    expect(empty.missing).toEqual([
      'co zrobiono, żeby rozwiązać problemy',
      'powód własnymi słowami',
      'co konkretnie jest nie tak i kiedy',
      'decyzja, tak jak ją przedstawisz klientowi',
      'czy jesteśmy otwarci na pozostanie i na jakich warunkach',
    ]);
    // The questions agree with the client's form of address.
    expect(empty.sections.find((s) => s.id === 'questions')!.lines[0]).toBe('Jak ocenia Pani ostatnie miesiące naszej współpracy?');
  });

  it('the position decides the purpose and the answer to a retention offer', () => {
    const open = planToText(buildConversationPlan(CASES['pl-scope-open-to-stay']!));
    const closed = planToText(buildConversationPlan(CASES['en-other-reason-not-staying']!));
    expect(open).toMatch(/czy współpraca może trwać na zmienionych warunkach/);
    expect(open).toMatch(/przedstawić nasze warunki/);
    expect(closed).toMatch(/calmly stand by the decision/);
    expect(closed).toMatch(/We are moving our studio away from paid-social work/);
  });
});
