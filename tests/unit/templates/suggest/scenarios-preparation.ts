/**
 * Issue 18's labelled set: the analysis, the negotiation position and the call's outcome in the
 * record. Written and committed before the rules read them (the figures before and after are in
 * the commit messages). Labels follow the article: talk before any notice unless the user said no
 * talk is wanted; after the call, what it agreed decides the next message.
 */
import type { Client, Offboarding } from '../../../../offboarding/types';
import { conversation, fromClient, fromMe, makeClient, makeOffboarding } from './helpers';
import type { Scenario } from './scenarios';

export interface PreparationScenario extends Scenario {
  /** Kinds that must not reach the top three. */
  never?: Scenario['expected'][];
}

const pl: Client = makeClient({ lang: 'pl' });
const en: Client = makeClient({ lang: 'en', noticePeriod: { days: 30 } });

const analysed = (ob: Offboarding): Offboarding => ({
  ...ob,
  checklist: { ...ob.checklist, analysis: { doneAt: '2025-05-05T12:00:00.000Z' } },
  analysis: {
    facts: [{ id: 'f1', text: 'Raporty spóźnione / late reports', on: '2025-04-15' }],
    attempts: [{ id: 'a1', text: 'Cotygodniowe spotkania / weekly calls', result: 'bez zmian / no change' }],
    decision: 'Kończymy / we end it',
  },
});
const withOutcome = (ob: Offboarding, outcome: NonNullable<Offboarding['outcome']>): Offboarding => ({
  ...ob,
  outcome,
  initiator: outcome.agreed === 'mutual' ? 'mutual' : ob.initiator,
  checklist: { ...ob.checklist, conversation: { doneAt: `${outcome.on}T15:00:00.000Z` } },
});
const talkNotWanted = (ob: Offboarding): Offboarding => ({ ...ob, checklist: { ...ob.checklist, conversation: { skipped: true } } });
const ours = (reason: Offboarding['reason'] = 'fit') => makeOffboarding({ initiator: 'we', reason, startedOn: '2025-05-05' });

export const PREPARATION_SCENARIOS: PreparationScenario[] = [
  // ── Before the talk: no notice yet ───────────────────────────────────────────────────────────
  {
    id: 'prep-pl-analysed-talk-pending',
    lang: 'pl',
    client: pl,
    offboarding: analysed(ours()),
    context: conversation(
      fromClient('2025-05-06', 'Dzień dobry, przesyłam uwagi do ostatniego raportu. Proszę o poprawki do piątku. Pozdrawiam, Jan Kowalski'),
    ),
    today: '2025-05-06',
    sentKinds: [],
    expected: 'conversation-request',
    never: ['termination-notice', 'non-renewal'],
  },
  {
    id: 'prep-en-analysed-talk-pending',
    lang: 'en',
    client: en,
    offboarding: analysed(ours()),
    context: conversation(fromClient('2025-05-06', 'Hi Anna, please find attached our comments on the latest report. Could you update it by Friday? Thanks, John')),
    today: '2025-05-06',
    sentKinds: [],
    expected: 'conversation-request',
    never: ['termination-notice', 'non-renewal'],
  },
  {
    id: 'prep-pl-capacity-no-thread-talk-pending',
    lang: 'pl',
    client: pl,
    offboarding: analysed(ours('capacity')),
    context: conversation(fromMe('2025-05-02', 'Dzień dobry, w załączeniu zestawienie godzin za kwiecień. Pozdrawiam, Anna')),
    today: '2025-05-06',
    sentKinds: [],
    expected: 'conversation-request',
    never: ['termination-notice'],
  },
  {
    id: 'prep-en-talk-requested-no-answer-yet',
    lang: 'en',
    client: en,
    offboarding: analysed(ours()),
    context: conversation(fromMe('2025-05-06', 'Hi John, could we have a short call this week about how our cooperation is going? Best, Anna')),
    today: '2025-05-08',
    sentKinds: ['conversation-request'],
    expected: 'check-in',
    acceptable: ['conversation-request'],
    never: ['termination-notice'],
  },
  // ── The user said no talk is wanted: the notice may come ──────────────────────────────────────
  {
    id: 'prep-pl-talk-not-wanted',
    lang: 'pl',
    client: pl,
    offboarding: talkNotWanted(analysed(ours())),
    context: conversation(fromClient('2025-05-06', 'Dzień dobry, proszę o fakturę za kwiecień. Pozdrawiam')),
    today: '2025-05-06',
    sentKinds: [],
    expected: 'termination-notice',
    acceptable: ['settlement'],
  },
  {
    id: 'prep-en-talk-not-wanted',
    lang: 'en',
    client: en,
    offboarding: talkNotWanted(analysed(ours())),
    context: conversation(fromMe('2025-05-02', 'Hi John, the April timesheet is attached. Best, Anna')),
    today: '2025-05-06',
    sentKinds: [],
    expected: 'termination-notice',
  },
  // ── After the call: what it agreed leads ─────────────────────────────────────────────────────
  {
    id: 'prep-pl-outcome-mutual',
    lang: 'pl',
    client: pl,
    offboarding: withOutcome(analysed(ours()), { on: '2025-05-08', agreed: 'mutual', endOn: '2025-06-30' }),
    context: conversation(
      fromMe('2025-05-06', 'Dzień dobry, czy moglibyśmy porozmawiać w tym tygodniu o naszej współpracy? Pozdrawiam, Anna'),
      fromClient('2025-05-06', 'Dzień dobry, oczywiście, zapraszam w czwartek o 10. Jan Kowalski'),
    ),
    today: '2025-05-08',
    sentKinds: ['conversation-request'],
    expected: 'mutual-agreement',
    acceptable: ['mutual-agreement-confirmation'],
    never: ['termination-notice', 'conversation-request'],
  },
  {
    id: 'prep-en-outcome-mutual',
    lang: 'en',
    client: en,
    offboarding: withOutcome(analysed(ours()), { on: '2025-05-08', agreed: 'mutual', endOn: '2025-06-30' }),
    context: conversation(
      fromMe('2025-05-06', 'Hi John, could we talk this week about how our cooperation is going? Best, Anna'),
      fromClient('2025-05-06', 'Hi Anna, sure, Thursday at 10 works for me. John'),
    ),
    today: '2025-05-08',
    sentKinds: ['conversation-request'],
    expected: 'mutual-agreement',
    acceptable: ['mutual-agreement-confirmation'],
    never: ['termination-notice', 'conversation-request'],
  },
  {
    id: 'prep-pl-outcome-mutual-client-thanks-for-call',
    lang: 'pl',
    client: pl,
    offboarding: withOutcome(analysed(ours()), { on: '2025-05-08', agreed: 'mutual', endOn: '2025-06-30' }),
    context: conversation(fromClient('2025-05-08', 'Dzień dobry, dziękuję za dzisiejszą rozmowę. Rozumiem Pani decyzję. Pozdrawiam, Jan Kowalski')),
    today: '2025-05-08',
    sentKinds: ['conversation-request'],
    expected: 'mutual-agreement',
    acceptable: ['mutual-agreement-confirmation'],
    never: ['termination-notice', 'conversation-request'],
  },
  {
    id: 'prep-pl-outcome-end-date',
    lang: 'pl',
    client: pl,
    offboarding: withOutcome(analysed(ours()), { on: '2025-05-08', agreed: 'end-date', endOn: '2025-06-30' }),
    context: conversation(fromClient('2025-05-08', 'Dzień dobry, dziękuję za rozmowę. Czekam na pismo. Pozdrawiam, Jan Kowalski')),
    today: '2025-05-08',
    sentKinds: ['conversation-request'],
    expected: 'termination-notice',
    never: ['conversation-request'],
  },
  {
    id: 'prep-en-outcome-end-date',
    lang: 'en',
    client: en,
    offboarding: withOutcome(analysed(ours()), { on: '2025-05-08', agreed: 'end-date', endOn: '2025-06-30' }),
    context: conversation(fromClient('2025-05-08', 'Hi Anna, thanks for the call today. I will wait for your formal letter. John')),
    today: '2025-05-08',
    sentKinds: ['conversation-request'],
    expected: 'termination-notice',
    never: ['conversation-request'],
  },
  {
    id: 'prep-en-outcome-kept',
    lang: 'en',
    client: en,
    offboarding: withOutcome(
      { ...analysed(ours()), position: { openToStay: true, conditions: { price: 'a 15% higher rate' } } },
      { on: '2025-05-08', agreed: 'kept' },
    ),
    context: conversation(fromClient('2025-05-08', 'Hi Anna, thanks for the call. We accept the new rate, happy to keep working together. John')),
    today: '2025-05-08',
    sentKinds: ['conversation-request'],
    expected: 'retention-reply',
    never: ['termination-notice', 'handover-plan', 'mutual-agreement'],
  },
  {
    id: 'prep-pl-outcome-kept',
    lang: 'pl',
    client: pl,
    offboarding: withOutcome(
      { ...analysed(ours()), position: { openToStay: true, conditions: { scope: 'bez pracy w weekendy' } } },
      { on: '2025-05-08', agreed: 'kept' },
    ),
    context: conversation(fromClient('2025-05-08', 'Dzień dobry, dziękuję za rozmowę. Zgadzamy się na Pani warunki, kontynuujemy. Pozdrawiam, Jan Kowalski')),
    today: '2025-05-08',
    sentKinds: ['conversation-request'],
    expected: 'retention-reply',
    never: ['termination-notice', 'handover-plan', 'mutual-agreement'],
  },
  // ── A retention attempt meets the position decided before the call ───────────────────────────
  {
    id: 'prep-pl-retention-position-closed',
    lang: 'pl',
    client: pl,
    offboarding: withOutcome({ ...analysed(ours()), position: { openToStay: false, latestEndOn: '2025-06-30' } }, { on: '2025-05-08', agreed: 'nothing-yet' }),
    context: conversation(fromClient('2025-05-09', 'Pani Anno, a może jednak zostaniecie? Możemy podnieść stawkę o 10%. Pozdrawiam, Jan Kowalski')),
    today: '2025-05-09',
    sentKinds: ['conversation-request'],
    expected: 'retention-reply',
    never: ['conversation-request'],
  },
  {
    id: 'prep-en-retention-position-open',
    lang: 'en',
    client: en,
    offboarding: { ...analysed(ours()), position: { openToStay: true, conditions: { price: 'a 15% higher rate', timing: 'from July' } } },
    context: conversation(fromClient('2025-05-09', 'Anna, would a better rate change your mind? We really want you to stay. John')),
    today: '2025-05-09',
    sentKinds: ['conversation-request'],
    expected: 'retention-reply',
    never: ['termination-notice'],
  },
  {
    id: 'prep-en-outcome-nothing-yet-talk-again',
    lang: 'en',
    client: en,
    offboarding: withOutcome(analysed(ours()), { on: '2025-05-08', agreed: 'nothing-yet', nextStep: 'Decide by Friday' }),
    context: conversation(fromClient('2025-05-08', 'Hi Anna, thanks for the call. Let me discuss it internally. John')),
    today: '2025-05-09',
    sentKinds: ['conversation-request'],
    expected: 'termination-notice',
    never: ['conversation-request'],
  },
];
