import { describe, expect, it } from 'vitest';
import { createSidebarModel } from '../../../components/sidebar/state';
import { suggestionsFor } from '../../../components/sidebar/model/suggestions';
import { otherPartyEmails, startInputFromContext, conversationStatus } from '../../../components/sidebar/conversation';
import { sentKindsFrom, pickTemplate, clientChangesFromOverrides } from '../../../components/sidebar/drafts';
import type { OffboardEvent } from '../../../offboarding/types';
import { FakeClipboard, FakePage, FakeStore, context, deps, fakeEngine, settings, settle, template } from './fakes';

const draft = { html: '<p>Hello</p>', text: 'Hello' };

async function started(setup: (store: FakeStore, page: FakePage, clipboard: FakeClipboard) => void = () => {}) {
  const store = new FakeStore();
  const page = new FakePage();
  const clipboard = new FakeClipboard();
  setup(store, page, clipboard);
  const model = createSidebarModel(deps({ store, page, clipboard }));
  await model.start();
  return { store, page, clipboard, model };
}

describe('participants and matching', () => {
  it('lists every other participant once, lower case, never the user, senders first', () => {
    const ctx = context({
      participants: [
        { name: 'Anna', email: 'Anna@Acme.pl', role: 'sender' },
        { email: 'jan@acme.pl', role: 'recipient' },
        { email: 'ola@studio.pl', role: 'recipient' },
        { email: 'ola2@studio.pl', role: 'me' },
        { name: 'no address', role: 'recipient' },
      ],
      messages: [
        { from: { email: 'anna@acme.pl' }, text: '' },
        { from: { email: 'OLA2@studio.pl' }, text: '' },
        { from: { email: 'ksiegowosc@acme.pl' }, text: '' },
      ],
    });
    // The senders first, latest first (issue 10: the thread's senders pick the client), then the rest.
    expect(otherPartyEmails(ctx)).toEqual(['ksiegowosc@acme.pl', 'anna@acme.pl', 'jan@acme.pl']);
  });

  it('matches the client with all participant addresses except the user’s own', async () => {
    const { store, model } = await started((s) => s.addClient({ name: 'ACME', domains: ['acme.pl'] }));
    expect(store.callsOf('clients.match')).toEqual([{ emails: ['anna@acme.pl'] }]);
    expect(model.getState().record?.client.name).toBe('ACME');
    expect(model.getState().conversation).toBe('readable');
    expect(model.getState().phase).toBe('ready');
  });

  it('says "no conversation" without a thread and does not look anything up', async () => {
    const { store, model } = await started((_, page) => { page.context = context({ threadId: undefined }); });
    expect(model.getState().conversation).toBe('none');
    expect(store.callsOf('clients.match')).toHaveLength(0);
  });

  it('treats a thread without any other address, or a silent content script, as unreadable', async () => {
    expect(conversationStatus(context({ participants: [], messages: [] }))).toBe('unreadable');
    const { model } = await started((_, page) => { page.unreachable = true; });
    expect(model.getState().conversation).toBe('unreadable');
  });

  it('lets the user pick a client by hand when the page cannot be read', async () => {
    let id = '';
    const { model } = await started((store, page) => {
      page.unreachable = true;
      id = store.addClient({ name: 'Picked', emails: ['p@firma.pl'] }).client.id;
    });
    await model.loadClients();
    expect(model.getState().clients?.map((c) => c.name)).toEqual(['Picked']);
    await model.pickClient(id);
    expect(model.getState().record?.client.name).toBe('Picked');
  });

  // Other tabs' conversations never reach this channel (tests/unit/webmail/runtime.test.ts: only the
  // port holding the frame's token is pushed to), so the sidebar takes every push it gets.
  it('follows the conversation its own channel pushes', async () => {
    const { page, model } = await started();
    expect(model.getState().context?.threadId).toBe('thread-1');
    page.push(context({ threadId: 'thread-2', subject: 'Mine' }));
    expect(model.getState().context?.subject).toBe('Mine');
  });

  it('reloads the record when the store reports a change', async () => {
    const { store, model } = await started();
    expect(model.getState().record).toBeNull();
    store.addClient({ name: 'Late', emails: ['anna@acme.pl'] });
    store.emit(['clients']);
    await settle();
    expect(model.getState().record?.client.name).toBe('Late');
  });

  it('shows an error with a working retry when the store does not answer', async () => {
    const { store, model } = await started((s) => s.failures.set('settings.get', 'The background did not answer'));
    expect(model.getState().phase).toBe('error');
    // The user sees what to do in the UI language, never the developer's message.
    expect(model.getState().errorDetail).toMatch(/Try again|Spróbuj ponownie/);
    expect(model.getState().errorDetail).not.toContain('did not answer');
    store.failures.clear();
    await model.retry();
    expect(model.getState().phase).toBe('ready');
  });

  it('follows the UI language from settings, else the browser', async () => {
    const { model } = await started((s) => { s.settings = settings({ uiLanguage: 'pl' }); });
    expect(model.getState().uiLang).toBe('pl');
    const auto = await started((s) => { s.settings = settings({ uiLanguage: 'auto' }); });
    expect(auto.model.getState().uiLang).toBe('en');
  });
});

describe('starting an offboarding from the conversation', () => {
  it('sends name, address, company domain, the thread’s language and the thread reference', () => {
    const input = startInputFromContext(context({ language: 'en' }), settings({ defaultLanguage: 'pl' }));
    expect(input).toEqual({
      name: 'Anna Kowalska',
      email: 'anna@acme.pl',
      domain: 'acme.pl',
      language: 'en',
      initiator: 'we',
      reason: 'other',
      thread: { provider: 'gmail', threadId: 'thread-1', url: 'https://mail.google.com/mail/u/0/#inbox/thread-1', subject: 'Współpraca' },
    });
  });

  it('never sends a free-mail domain, and falls back to the default language for "other"', () => {
    const ctx = context({
      language: 'other',
      participants: [{ email: 'jan.nowak@gmail.com', role: 'sender' }, { email: 'ola@studio.pl', role: 'me' }],
      messages: [{ from: { email: 'jan.nowak@gmail.com' }, text: '' }],
    });
    const input = startInputFromContext(ctx, settings({ defaultLanguage: 'pl' }));
    expect(input.domain).toBeUndefined();
    expect(input.email).toBe('jan.nowak@gmail.com');
    expect(input.name).toBe('Jan Nowak');
    expect(input.language).toBe('pl');
  });

  it('takes the latest message’s sender who is not the user', () => {
    const ctx = context({
      messages: [
        { from: { name: 'Anna Kowalska', email: 'anna@acme.pl' }, text: '' },
        { from: { name: 'Piotr Zieliński', email: 'piotr@acme.pl' }, text: '' },
        { from: { name: 'Ola Nowak', email: 'ola@studio.pl' }, text: '' },
      ],
    });
    expect(startInputFromContext(ctx, settings()).name).toBe('Piotr Zieliński');
  });

  it('refuses a conversation with no other address', () => {
    expect(() => startInputFromContext(context({ participants: [], messages: [] }), settings())).toThrow(/no address other than yours/);
  });

  it('creates client and offboarding in one call, then opens the edit form on the new client', async () => {
    const { store, model } = await started();
    await model.startOffboarding();
    expect(store.callsOf('offboarding.start')).toHaveLength(1);
    expect(store.callsOf('offboarding.start')[0]?.domain).toBe('acme.pl');
    const state = model.getState();
    expect(state.editing).toBe(true);
    expect(state.record?.client.emails).toEqual(['anna@acme.pl']);
    expect(state.pinnedClientId).toBe(state.record?.client.id);
  });
});

describe('insertion and the clipboard fallback', () => {
  it('copies the draft and says so when the content script refuses', async () => {
    const { page, clipboard, model } = await started((s, p) => {
      s.addClient({ name: 'ACME', domains: ['acme.pl'] });
      p.insertAnswer = { ok: false, reason: 'no-compose', detail: 'no reply open' };
    });
    await model.insertDraft('settlement', 'pl', draft);
    expect(page.inserted).toHaveLength(1);
    expect(clipboard.written).toEqual([draft]);
    expect(model.getState().flash?.key).toBe('insertFailedCopied');
    expect(model.getState().offer).toBeNull();
  });

  it('copies the draft when the content script does not answer at all', async () => {
    const { clipboard, model } = await started((_, p) => { p.insertAnswer = 'hang'; });
    await model.insertDraft('closing-thanks', 'en', draft);
    expect(clipboard.written).toEqual([draft]);
    expect(model.getState().flash?.key).toBe('insertFailedCopied');
  });

  it('reports when neither insertion nor the clipboard worked', async () => {
    const { model } = await started((_, p, c) => { p.insertAnswer = 'throw'; c.refuse = true; });
    await model.insertDraft('closing-thanks', 'en', draft);
    expect(model.getState().flash?.key).toBe('insertFailedNoClipboard');
  });

  it('after a successful insertion logs the kind and language and offers the matching step', async () => {
    const { store, clipboard, model } = await started((s) => s.addClient({ name: 'ACME', domains: ['acme.pl'] }));
    await model.insertDraft('termination-notice', 'pl', draft);
    expect(clipboard.written).toHaveLength(0);
    const appended = store.callsOf('events.append');
    expect(appended).toHaveLength(1);
    expect(appended[0]).toMatchObject({ type: 'draft-inserted', data: { kind: 'termination-notice', lang: 'pl' } });
    expect(appended[0]?.offboardingId).toBe(model.getState().record?.offboarding?.id);
    expect(model.getState().offer).toEqual({ kind: 'termination-notice', key: 'notice' });
    await model.acceptOffer();
    await settle();
    expect(store.callsOf('offboarding.patch').at(-1)?.patch).toEqual({ op: 'checklist', key: 'notice', done: true });
    expect(model.getState().record?.offboarding?.checklist.notice.doneAt).toBeDefined();
  });

  it('offers nothing for a kind that completes no step', async () => {
    const { model } = await started((s) => s.addClient({ name: 'ACME', domains: ['acme.pl'] }));
    await model.insertDraft('payment-reminder', 'pl', draft);
    expect(model.getState().flash?.key).toBe('inserted');
    expect(model.getState().offer).toBeNull();
  });
});

describe('sent kinds and the kind → step map', () => {
  const event = (kind: unknown, offboardingId?: string, type: OffboardEvent['type'] = 'draft-inserted'): OffboardEvent => ({
    id: Math.random().toString(36), clientId: 'c1', type, at: '2026-03-01T00:00:00.000Z',
    data: { kind: kind as string, lang: 'pl' }, ...(offboardingId ? { offboardingId } : {}),
  });

  it('reads kinds from draft-inserted events of the current offboarding only', () => {
    const events = [
      event('settlement', 'o1'),
      event('settlement', 'o1'),
      event('closing-thanks', 'old'),
      event('feedback-request'),
      event('not-a-kind', 'o1'),
      event('handover-plan', 'o1', 'note'),
    ];
    expect(sentKindsFrom(events, 'o1')).toEqual(['settlement', 'feedback-request']);
    expect(sentKindsFrom(events)).toEqual(['settlement', 'closing-thanks', 'feedback-request']);
  });

  it('passes the sent kinds to suggest()', async () => {
    const engine = fakeEngine([{ kind: 'settlement', lang: 'pl' }, { kind: 'closing-thanks', lang: 'pl' }], [
      template('settlement', 'pl'), template('closing-thanks', 'pl'),
    ]);
    const store = new FakeStore();
    const { client, offboarding } = store.addClient({ name: 'ACME', domains: ['acme.pl'] });
    store.events.push({ id: 'e1', clientId: client.id, offboardingId: offboarding!.id, type: 'draft-inserted', at: '2026-03-01T00:00:00.000Z', data: { kind: 'settlement', lang: 'pl' } });
    const d = { ...deps({ store, page: new FakePage() }), templates: engine };
    const model = createSidebarModel(d);
    await model.start();
    const suggestions = suggestionsFor(model.getState(), d);
    expect(suggestions.map((s) => s.kind)).toEqual(['closing-thanks']);
  });
});

describe('checklist, notice and settlement through offboarding.patch', () => {
  it('ticks an item with a checklist patch', async () => {
    const { store, model } = await started((s) => s.addClient({ name: 'ACME', domains: ['acme.pl'] }));
    await model.setChecklist('analysis', true);
    await settle();
    expect(store.callsOf('offboarding.patch')[0]?.patch).toEqual({ op: 'checklist', key: 'analysis', done: true });
    expect(model.getState().record?.offboarding?.checklist.analysis.doneAt).toBeDefined();
  });

  it('serves notice with one patch: recording it ticks the notice step in the store (offboarding/patch.ts)', async () => {
    const { store, model } = await started((s) => s.addClient({ name: 'ACME', domains: ['acme.pl'] }));
    await model.serveNotice({ servedOn: '2026-03-02', channel: 'letter', acknowledgementRequested: true });
    await settle();
    const patches = store.callsOf('offboarding.patch').map((c) => c.patch);
    expect(patches).toEqual([
      { op: 'serve-notice', notice: { servedOn: '2026-03-02', channel: 'letter', acknowledgementRequested: true, servedBy: 'we' } },
    ]);
    expect(model.getState().record?.offboarding?.checklist.notice.doneAt).toBeDefined();
  });

  it('adds, updates and removes settlement items', async () => {
    const { store, model } = await started((s) => s.addClient({ name: 'ACME', domains: ['acme.pl'] }));
    await model.addSettlement({ direction: 'receivable', description: 'FV 1', amountMinor: 123456, currency: 'PLN', paid: false });
    await settle();
    const id = model.getState().record?.offboarding?.settlement[0]?.id;
    expect(id).toBeDefined();
    await model.updateSettlement(id!, { paid: true });
    await model.removeSettlement(id!);
    expect(store.callsOf('offboarding.patch').map((c) => c.patch.op)).toEqual(['settlement-add', 'settlement-update', 'settlement-remove']);
  });

  it('turns a store refusal into an error message', async () => {
    const { store, model } = await started((s) => s.addClient({ name: 'ACME', domains: ['acme.pl'] }));
    store.failures.set('offboarding.patch', 'invalid patch');
    await model.setChecklist('analysis', true);
    expect(model.getState().flash).toMatchObject({ tone: 'error', key: 'errorGeneric' });
    expect(model.getState().flash?.detail).toMatch(/Try again|Spróbuj ponownie/);
    expect(model.getState().flash?.detail).not.toContain('invalid patch');
  });
});

describe('templates and values typed for a draft', () => {
  it('picks the same kind in the chosen language and tone', () => {
    const all = [template('settlement', 'pl', 'formal'), template('settlement', 'en', 'formal'), template('settlement', 'en', 'warm')];
    expect(pickTemplate(all, all[0]!, 'en', 'warm')?.id).toBe('settlement-en-warm');
    expect(pickTemplate(all, all[0]!, 'pl', 'warm')?.id).toBe('settlement-pl-formal');
    expect(pickTemplate([all[0]!], all[0]!, 'en', 'formal')).toBeNull();
  });

  it('saves only values that belong to the client record', async () => {
    const store = new FakeStore();
    const { client } = store.addClient({ name: 'ACME', domains: ['acme.pl'] });
    const changes = clientChangesFromOverrides(client, {
      'recipient.firstName': ' Anna ', 'contract.clause': '§ 7', 'payment.dueDate': '2026-04-01', 'client.company': '',
    });
    expect(changes).toEqual({
      recipient: { ...client.recipient, firstName: 'Anna' },
      contract: { ...client.contract, clause: '§ 7' },
    });
  });
});

describe('failed refreshes', () => {
  it('keeps the shown client and reports the error when a background refresh fails', async () => {
    const { store, model } = await started((s) => s.addClient({ name: 'ACME', domains: ['acme.pl'] }));
    store.failures.set('clients.match', 'busy');
    store.emit(['offboardings']);
    await settle();
    expect(model.getState().phase).toBe('ready');
    expect(model.getState().record?.client.name).toBe('ACME');
    expect(model.getState().flash).toMatchObject({ tone: 'error' });
    expect(model.getState().flash?.detail).toMatch(/Try again|Spróbuj ponownie/);
  });

  it('shows the error state when the first look-up fails', async () => {
    const { model } = await started((s) => s.failures.set('clients.match', 'down'));
    expect(model.getState().phase).toBe('error');
  });
});
