// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PREVIEW_SETTLE_MS } from '../../../components/sidebar/Suggestions';
import { mountSidebar } from './mount';
import { FakePage, FakeStore, deps, fakeEngine, settle, template } from './fakes';

let container: HTMLElement;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
});

async function mount() {
  const store = new FakeStore();
  store.addClient({ name: 'ACME', domains: ['acme.pl'] });
  const engine = fakeEngine(
    [{ kind: 'closing-thanks', lang: 'pl' }, { kind: 'termination-notice', lang: 'pl' }],
    [template('closing-thanks', 'pl'), template('termination-notice', 'pl', 'formal', 'Umowa z {{contract.signedOn}}')],
  );
  const all = { ...deps({ store, page: new FakePage() }), templates: engine };
  const { container: mounted } = await mountSidebar(all);
  container = mounted;
  return store;
}

const card = (kind: string) => container.querySelector(`[data-testid="suggestion"][data-kind="${kind}"]`)!;
const type = async (root: Element, testId: string, value: string) => {
  const input = root.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement;
  await act(() => { input.value = value; input.dispatchEvent(new Event('input', { bubbles: true })); });
  await act(() => settle());
  await act(() => settle(PREVIEW_SETTLE_MS + 10));
};

describe('saving typed values to the client', () => {
  it('saves the contract date typed in a date control, and the preview stays on its card', async () => {
    const store = await mount();
    const notice = card('termination-notice');
    await act(() => (notice.querySelector('[data-testid="select-suggestion"]') as HTMLButtonElement).click());
    await act(() => settle());
    const field = notice.querySelector('[data-testid="missing-contract.signedOn"]') as HTMLInputElement;
    expect(field.type).toBe('date');
    expect(notice.textContent).toContain('Pick the day in the calendar, or type day, month and year.');
    await type(notice, 'missing-contract.signedOn', '2025-02-01');
    await act(() => { (notice.querySelector('[data-testid="save-to-client"]') as HTMLInputElement).click(); });
    await act(() => settle());
    await act(async () => { (notice.querySelector('[data-testid="insert-draft"]') as HTMLButtonElement).click(); await settle(); });
    await act(() => settle());
    expect(store.clients[0]?.contract.signedOn).toBe('2025-02-01');
    // Still open on the same card.
    expect(card('termination-notice').querySelector('[data-testid="draft-preview"]')).not.toBeNull();
    expect(card('closing-thanks').querySelector('[data-testid="draft-preview"]')).toBeNull();
  });

  it('says a date that is not a full date is not saved, and saves nothing of it', async () => {
    const store = await mount();
    const notice = card('termination-notice');
    await act(() => (notice.querySelector('[data-testid="select-suggestion"]') as HTMLButtonElement).click());
    await act(() => settle());
    // A browser without a date control passes the text through.
    const field = notice.querySelector('[data-testid="missing-contract.signedOn"]') as HTMLInputElement;
    field.type = 'text';
    await type(notice, 'missing-contract.signedOn', '1 lutego');
    expect(notice.textContent).toContain('This is not a full date: enter the day, month and year.');
    await act(() => { (notice.querySelector('[data-testid="save-to-client"]') as HTMLInputElement).click(); });
    await act(() => settle());
    await act(async () => { (notice.querySelector('[data-testid="copy-draft"]') as HTMLButtonElement).click(); await settle(); });
    await act(() => settle());
    expect(store.clients[0]?.contract.signedOn).toBeUndefined();
    expect(store.callsOf('clients.update')).toHaveLength(0);
    expect(card('termination-notice').textContent).toContain('Not saved to the client: label contract.signedOn is not a full date.');
  });
});
