// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { mountSidebar } from './mount';
import { FakePage, FakeStore, context, deps, settings, settle } from './fakes';

let container: HTMLElement;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
});

const client = { name: 'Anna Kowalska', email: 'anna@acme.pl' };
const me = { name: 'Ola Nowak', email: 'ola@studio.pl' };

/** A thread in which the notice was given, the handover done and the invoice paid. */
const underWay = context({
  messages: [
    { from: me, date: '2026-01-05T10:00:00.000Z', text: 'Szanowna Pani, niniejszym wypowiadam umowę z zachowaniem miesięcznego okresu wypowiedzenia. Proszę o potwierdzenie otrzymania.' },
    { from: client, date: '2026-01-06T09:00:00.000Z', text: 'Dzień dobry, potwierdzam otrzymanie wypowiedzenia.' },
    { from: me, date: '2026-02-02T10:00:00.000Z', text: 'Przekazałam wszystkie pliki i dostępy; w załączeniu podpisany protokół zdawczo-odbiorczy.' },
    { from: client, date: '2026-02-20T09:00:00.000Z', text: 'Faktura <b>opłacona</b>. Dziękujemy!' },
  ],
});

async function mountAndStart(store: FakeStore, page: FakePage) {
  const all = deps({ store, page });
  const { container: mounted } = await mountSidebar(all);
  container = mounted;
  await act(async () => { (container.querySelector('[data-testid="start-offboarding"]') as HTMLButtonElement).click(); await settle(); });
  await act(() => settle());
}

const $ = (testId: string) => container.querySelector(`[data-testid="${testId}"]`);
const $$ = (testId: string) => [...container.querySelectorAll(`[data-testid="${testId}"]`)];

describe('starting from a thread that is under way', () => {
  it('offers the steps the thread shows, with their words, and ticks only what the user confirms', async () => {
    const store = new FakeStore();
    const page = new FakePage();
    page.context = underWay;
    await mountAndStart(store, page);
    expect($('stage')?.getAttribute('data-stage')).toBe('preparation');
    expect($('thread-steps')).not.toBeNull();
    expect($$('thread-step').map((li) => li.getAttribute('data-step'))).toEqual([
      'analysis', 'conversation', 'documents', 'notice', 'handover', 'assets-access', 'settlement',
    ]);
    const words = $$('thread-step-words').map((p) => p.textContent ?? '');
    expect(words[3]).toContain('niniejszym wypowiadam');
    expect(words[3]).toContain('5 Jan 2026');
    expect(words[6]).toBe('The client’s message: “Faktura <b>opłacona”');
    // E-mail text stays text.
    expect(container.querySelector('[data-testid="thread-steps"] b')).toBeNull();
    expect(store.callsOf('offboarding.patch')).toHaveLength(0);

    // The user does not confirm the settlement (they check the bank first).
    await act(() => ($('thread-step-settlement') as HTMLInputElement).click());
    await act(async () => { ($('confirm-thread-steps') as HTMLButtonElement).click(); await settle(); });
    await act(() => settle());

    const patches = store.callsOf('offboarding.patch').map((c) => c.patch);
    expect(patches).toContainEqual({ op: 'serve-notice', notice: { servedOn: '2026-01-05', channel: 'email', acknowledgementRequested: true, servedBy: 'we' } });
    const ticked = patches.filter((p) => p.op === 'checklist').map((p) => (p as { key: string }).key);
    expect(ticked).toEqual(expect.arrayContaining(['analysis', 'conversation', 'documents', 'handover', 'assets-access']));
    expect(ticked).not.toContain('settlement');
    expect($('thread-steps')).toBeNull();
    expect($('stage')?.getAttribute('data-stage')).toBe('handover');
  });

  it('ticks nothing when the user says not now, and says it in Polish', async () => {
    const store = new FakeStore();
    store.settings = settings({ uiLanguage: 'pl' });
    const page = new FakePage();
    page.context = underWay;
    await mountAndStart(store, page);
    expect($('thread-steps')?.textContent).toContain('Z tej rozmowy wynika');
    expect($('confirm-thread-steps')?.textContent).toBe('Oznacz zaznaczone kroki jako wykonane');
    await act(() => ($('dismiss-thread-steps') as HTMLButtonElement).click());
    expect($('thread-steps')).toBeNull();
    expect(store.callsOf('offboarding.patch')).toHaveLength(0);
  });

  it('offers nothing for a thread that shows no step done', async () => {
    const store = new FakeStore();
    const page = new FakePage();
    page.context = context();
    await mountAndStart(store, page);
    expect($('stage')).not.toBeNull();
    expect($('thread-steps')).toBeNull();
  });
});
