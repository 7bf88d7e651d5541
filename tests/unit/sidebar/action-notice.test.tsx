// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { FLASH_TIMEOUT_MS } from '../../../components/sidebar/model/session';
import { mountSidebar } from './mount';
import { FakePage, FakeStore, context, deps, fakeEngine, settle, template } from './fakes';

let container: HTMLElement;
afterEach(() => {
  vi.useRealTimers();
  if (container) render(null, container);
  container?.remove();
});

const NOTICE_TEXT = 'Szanowna Pani,\nniniejszym wypowiadam umowę o współpracy z zachowaniem okresu wypowiedzenia.';

async function mount(page = new FakePage()) {
  const store = new FakeStore();
  store.addClient({ name: 'ACME', domains: ['acme.pl'] });
  const engine = fakeEngine(
    [{ kind: 'settlement', lang: 'pl' }, { kind: 'termination-notice', lang: 'pl' }],
    [template('settlement', 'pl'), template('termination-notice', 'pl', 'formal', NOTICE_TEXT)],
  );
  const all = { ...deps({ store, page }), templates: engine };
  const { model, container: mounted } = await mountSidebar(all);
  container = mounted;
  return { model, store, page };
}

const cards = () => [...container.querySelectorAll('[data-testid="suggestion"]')];
const card = (kind: string) => cards().find((c) => c.getAttribute('data-kind') === kind)!;
const clickIn = async (root: Element, testId: string) => {
  await act(async () => { (root.querySelector(`[data-testid="${testId}"]`) as HTMLButtonElement).click(); await settle(); });
  await act(() => settle());
};

describe('confirmations next to the action', () => {
  it('shows "inserted" and the tick offer inside the card that was acted on, not at the top', async () => {
    await mount();
    await clickIn(card('termination-notice'), 'insert-draft');
    const notice = card('termination-notice').querySelector('[data-testid="action-notice"]');
    expect(notice?.querySelector('[data-testid="flash"]')?.textContent).toContain('Inserted into the reply.');
    expect(notice?.querySelector('[data-testid="tick-offer"]')?.textContent).toContain('Mark “Notice served or received” as done?');
    expect(card('settlement').querySelector('[data-testid="action-notice"]')).toBeNull();
    expect(container.querySelector('[data-testid="action-notice"][data-anchor="top"]')).toBeNull();
  });

  it('offers the settlement step with the amount still open, as ticking it asks', async () => {
    const store = new FakeStore();
    store.addClient({ name: 'ACME', domains: ['acme.pl'] });
    store.offboardings[0]!.settlement = [
      { id: 's1', direction: 'receivable', description: 'Faktura', amountMinor: 402_000, currency: 'PLN', paid: false },
    ];
    const engine = fakeEngine([{ kind: 'settlement', lang: 'pl' }], [template('settlement', 'pl')]);
    const all = { ...deps({ store, page: new FakePage() }), templates: engine };
    const { model, container: mounted } = await mountSidebar(all);
    container = mounted;
    await clickIn(card('settlement'), 'insert-draft');
    const offer = card('settlement').querySelector('[data-testid="tick-offer"]');
    expect(offer?.querySelector('[data-testid="settlement-ask-open"]')?.textContent).toMatch(/^Still open: PLN\s4,020\.00\.$/);
  });

  it('offers the handover step with the inventory items still waiting, as ticking it asks', async () => {
    const store = new FakeStore();
    store.addClient({ name: 'ACME', domains: ['acme.pl'] });
    store.offboardings[0]!.inventory = [
      { id: 'i1', kind: 'files', name: 'Pliki projektu', state: 'handed-over', on: '2026-03-01' },
      { id: 'i2', kind: 'source-code', name: 'Repozytorium', state: 'to-hand-over' },
    ];
    const engine = fakeEngine([{ kind: 'handover-complete', lang: 'pl' }], [template('handover-complete', 'pl')]);
    const all = { ...deps({ store, page: new FakePage() }), templates: engine };
    const { model, container: mounted } = await mountSidebar(all);
    container = mounted;
    await clickIn(card('handover-complete'), 'insert-draft');
    const offer = card('handover-complete').querySelector('[data-testid="tick-offer"]');
    expect(offer?.querySelector('[data-testid="inventory-offer-open"]')?.textContent).toBe('Still to hand over: 1 of 2');
  });

  it('lets a confirmation time out, keeps an error until a later success replaces it', async () => {
    const { model, store } = await mount();
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    await act(async () => { await model.copyDraft({ html: '<p>x</p>', text: 'x' }); });
    expect(model.getState().flash?.key).toBe('copied');
    await act(() => { vi.advanceTimersByTime(FLASH_TIMEOUT_MS.ok + 1); });
    expect(model.getState().flash).toBeNull();

    store.failures.set('offboarding.patch', 'disk full');
    await act(async () => { await model.setChecklist('analysis', true); });
    expect(model.getState().flash?.tone).toBe('error');
    await act(() => { vi.advanceTimersByTime(FLASH_TIMEOUT_MS.warn * 2); });
    expect(model.getState().flash?.tone).toBe('error');
    store.failures.delete('offboarding.patch');
    await act(async () => { await model.setChecklist('analysis', true); });
    expect(model.getState().flash).toBeNull();
  });
});

describe('inserted is not sent', () => {
  it('keeps an inserted suggestion, marked "inserted, not yet sent", until the thread shows the user sent it', async () => {
    const page = new FakePage();
    const { store } = await mount(page);
    await clickIn(card('termination-notice'), 'insert-draft');
    // The fake store does not announce its own changes: reload as the background's notice would.
    await act(async () => { store.emit(['events']); await settle(); });
    const status = card('termination-notice').querySelector('[data-testid="draft-status"]');
    expect(status?.getAttribute('data-status')).toBe('inserted');
    expect(status?.textContent).toBe('inserted, not yet sent');
    expect(store.events.at(-1)?.data.fingerprint).toMatch(/^niniejszym wypowiadam umowe/);

    // The user sends it: the thread now holds the user's own message with the draft's opening.
    const sent = context({
      messages: [
        { from: { email: 'anna@acme.pl' }, text: 'Dzień dobry' },
        { from: { email: 'ola@studio.pl' }, text: `${NOTICE_TEXT}\nZ poważaniem\nOla` },
      ],
    });
    await act(async () => { page.push(sent); await settle(); });
    await act(() => settle());
    expect(store.events.map((e) => e.type)).toEqual(['draft-inserted', 'draft-sent']);
    await act(async () => { store.emit(['events']); await settle(); });
    // The fake ranking drops kinds already sent: the notice is no longer suggested.
    expect(cards().map((c) => c.getAttribute('data-kind'))).toEqual(['settlement']);
  });
});
