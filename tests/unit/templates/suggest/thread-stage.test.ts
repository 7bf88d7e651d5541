import { describe, expect, it } from 'vitest';
import { inferThreadStages, proposeThreadSteps } from '../../../../templates/thread-stage';
import { describeReason } from '../../../../templates/reasons';
import { suggest } from '../../../../templates/suggest';
import { ME, fromClient, fromMe, conversation, makeClient, makeOffboarding, stubLibrary } from './helpers';

const steps = (messages: Parameters<typeof inferThreadStages>[0]) =>
  inferThreadStages(messages, { userEmail: ME }).steps.map((s) => `${s.step}:${s.basis}`);

describe('inferThreadStages: the steps a thread shows as done', () => {
  const pl = [
    fromMe('2025-03-03', 'Szanowny Panie, niniejszym wypowiadam umowę z zachowaniem miesięcznego okresu wypowiedzenia.'),
    fromClient('2025-03-04', 'Dzień dobry, potwierdzam otrzymanie wypowiedzenia.'),
    fromMe('2025-04-01', 'Dzień dobry, przekazałam wszystkie pliki i dostępy; w załączeniu podpisany protokół zdawczo-odbiorczy.'),
    fromMe('2025-04-03', 'W załączeniu faktura końcowa FV/20/2025, termin płatności 17 kwietnia.'),
    fromClient('2025-04-10', 'Faktura opłacona. Dziękujemy i pozdrawiamy.'),
  ];

  it('reads notice, handover, access and settlement from a Polish thread, each with its words', () => {
    const result = inferThreadStages(pl, { userEmail: ME });
    expect(result.steps.map((s) => s.step)).toEqual([
      'analysis',
      'conversation',
      'documents',
      'notice',
      'handover',
      'assets-access',
      'settlement',
    ]);
    const byStep = Object.fromEntries(result.steps.map((s) => [s.step, s]));
    // The latest message that shows a step is the one quoted.
    expect(byStep.notice).toMatchObject({ messageIndex: 1, author: 'client', basis: 'said', words: 'potwierdzam otrzymanie wypowiedzenia' });
    expect(byStep.analysis).toMatchObject({ basis: 'before-notice', messageIndex: 1 });
    expect(byStep.handover?.author).toBe('me');
    expect(byStep.handover?.words).toMatch(/przekazałam wszystkie pliki/);
    expect(byStep.settlement).toMatchObject({ messageIndex: 4, author: 'client', words: 'Faktura opłacona' });
    expect(result.sent['termination-notice']).toMatch(/niniejszym wypowiadam/);
    expect(result.sent.settlement).toBe('W załączeniu faktura');
  });

  it('reads an English thread the same way', () => {
    expect(
      steps([
        fromMe('2025-03-03', 'Dear John, please accept this e-mail as formal notice of termination of our agreement.'),
        fromClient('2025-03-04', 'Hi Anna, I acknowledge receipt of your notice.'),
        fromMe('2025-04-01', 'Hi John, the handover is complete: all files, logins and the signed handover record are attached.'),
        fromClient('2025-04-10', 'Paid in full today – thanks for a smooth transition.'),
      ]),
    ).toEqual([
      'analysis:before-notice',
      'conversation:before-notice',
      'documents:before-notice',
      'notice:said',
      'handover:said',
      'assets-access:said',
      'settlement:said',
    ]);
  });

  it('does not take a client notice nobody answered, a negated payment or a record sent for signature as done', () => {
    expect(steps([fromClient('2025-05-02', 'Dzień dobry, wypowiadamy umowę z zachowaniem miesięcznego okresu.')])).toEqual([]);
    expect(steps([fromClient('2025-05-02', "INV-140 hasn't been paid yet, sorry.")])).toEqual([]);
    expect(steps([fromMe('2025-02-03', 'Przesyłam link do plików oraz protokół zdawczo-odbiorczy do podpisu.')])).toEqual([]);
    expect(steps([fromClient('2025-05-27', "We still haven't received the source files.")])).toEqual([]);
  });

  it('takes the closing message only after the ending, not a pleasantry under an offer', () => {
    expect(steps([fromMe('2025-01-10', 'Dziękuję za współpracę w tym roku, w załączeniu oferta na kolejny.')])).toEqual([]);
    const thread = [
      fromClient('2025-04-30', 'Dzień dobry, z końcem maja kończymy współpracę.'),
      fromMe('2025-05-02', 'Dzień dobry, potwierdzam otrzymanie wypowiedzenia.'),
      fromMe('2025-06-10', 'Rozliczenie zamknięte, wszystko przekazane. Dziękuję za wspólną pracę i życzę powodzenia.'),
    ];
    expect(steps(thread)).toContain('closing-message:said');
    expect(inferThreadStages(thread, { userEmail: ME }).sent['closing-thanks']).toBeDefined();
  });

  it('rejects what is not a list of messages', () => {
    expect(() => inferThreadStages('x' as never)).toThrow(/array/);
  });
});

describe('the ranking weighs the thread against a stale record, and says so in the thread words', () => {
  const client = makeClient({ lang: 'pl' });
  const fresh = makeOffboarding({ initiator: 'we', startedOn: '2025-04-10' });
  const thread = conversation(
    fromMe('2025-03-03', 'Szanowny Panie, niniejszym wypowiadam umowę z zachowaniem miesięcznego okresu wypowiedzenia.'),
    fromClient('2025-03-04', 'Dzień dobry, potwierdzam otrzymanie wypowiedzenia.'),
    fromMe('2025-04-01', 'Dzień dobry, przekazałam wszystkie pliki i dostępy; w załączeniu podpisany protokół zdawczo-odbiorczy.'),
    fromClient('2025-04-10', 'Faktura opłacona, wszystko dotarło. Dziękujemy za całą Pani pracę!'),
  );

  it('puts the closing message first, never a conversation request, with the quoted words', () => {
    const ranked = suggest({ context: thread, client, offboarding: fresh, templates: stubLibrary(), today: '2025-04-10' });
    expect(ranked[0]?.kind).toBe('closing-thanks');
    expect(ranked.map((s) => s.kind)).not.toContain('conversation-request');
    const said = ranked[0]!.reasons.map((r) => describeReason(r, 'pl'));
    expect(said.some((line) => line.includes('„Faktura opłacona”') || line.includes('„wszystko dotarło”'))).toBe(true);
  });

  it('without the thread the same record starts from the talk', () => {
    const bare = conversation(fromClient('2025-04-10', 'Dzień dobry.'));
    const ranked = suggest({ context: bare, client, offboarding: fresh, templates: stubLibrary(), today: '2025-04-10' });
    expect(ranked[0]?.kind).toBe('conversation-request');
  });
});

describe('proposeThreadSteps: the ticks to offer', () => {
  const thread = [
    fromMe('2025-03-03', 'Szanowny Panie, niniejszym wypowiadam umowę. Proszę o potwierdzenie otrzymania.'),
    fromClient('2025-03-04', 'Dzień dobry, potwierdzam otrzymanie wypowiedzenia.'),
  ];

  it('offers only open steps, and the notice with the day its e-mail was sent', () => {
    const ob = makeOffboarding({ initiator: 'we', done: ['analysis'] });
    const proposals = proposeThreadSteps(ob.checklist, inferThreadStages(thread, { userEmail: ME }));
    expect(proposals.map((p) => p.step)).toEqual(['conversation', 'documents', 'notice']);
    expect(proposals[2]).toMatchObject({
      author: 'me',
      messageIndex: 0,
      notice: { servedOn: '2025-03-03', channel: 'email', acknowledgementRequested: true },
    });
    expect(proposals[2]?.words).toMatch(/niniejszym wypowiadam/);
  });

  it('leaves the notice to the checklist form when the thread shows no date for it', () => {
    const undated = thread.map(({ date: _date, ...message }) => message);
    const ob = makeOffboarding({ initiator: 'we' });
    const proposals = proposeThreadSteps(ob.checklist, inferThreadStages(undated, { userEmail: ME }));
    expect(proposals.map((p) => p.step)).toEqual(['analysis', 'conversation', 'documents']);
  });
});
