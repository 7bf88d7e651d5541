// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { mountSidebar } from './mount';
import { FakePage, FakeStore, deps, fakeEngine, settle, template } from './fakes';

let container: HTMLElement;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
});

const radio = (root: Element, label: string) =>
  [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label)?.querySelector('input') as HTMLInputElement;

describe('the preview switches', () => {
  it('moves the language tag with the switch and says when the chosen tone has no text of its own', async () => {
    const store = new FakeStore();
    store.addClient({ name: 'ACME', domains: ['acme.pl'] });
    // Settlement exists formal in both languages and warm only in Polish.
    const engine = fakeEngine([{ kind: 'settlement', lang: 'pl' }], [
      template('settlement', 'pl'), template('settlement', 'pl', 'warm', 'Serdecznie'), template('settlement', 'en'),
    ]);
    const all = { ...deps({ store, page: new FakePage() }), templates: engine };
    const { model, container: mounted } = await mountSidebar(all);
    container = mounted;
    const card = container.querySelector('[data-testid="suggestion"]')!;
    await act(() => (card.querySelector('[data-testid="select-suggestion"]') as HTMLButtonElement).click());
    await act(() => settle());
    expect(card.querySelector('[data-testid="suggestion-lang"]')?.textContent).toBe('PL');

    await act(() => { radio(card, 'Warm').click(); });
    await act(() => settle());
    await act(() => settle());
    expect(card.querySelector('[data-testid="draft-preview"]')?.textContent).toBe('Serdecznie');
    expect(card.querySelector('[data-testid="tone-fallback"]')).toBeNull();

    await act(() => { radio(card, 'EN').click(); });
    await act(() => settle());
    await act(() => settle());
    expect(card.querySelector('[data-testid="suggestion-lang"]')?.textContent).toBe('EN');
    expect(card.querySelector('[data-testid="draft-preview"]')?.textContent).toBe('Body of settlement');
    expect(card.querySelector('[data-testid="tone-fallback"]')?.textContent).toBe('This message has no warm version in this language: the formal one is shown.');
  });
});

describe('the editable preview', () => {
  it('inserts the user own edit, as escaped paragraphs, never as markup', async () => {
    const store = new FakeStore();
    store.addClient({ name: 'ACME', domains: ['acme.pl'] });
    const page = new FakePage();
    const engine = fakeEngine([{ kind: 'settlement', lang: 'pl' }], [template('settlement', 'pl')]);
    const all = { ...deps({ store, page }), templates: engine };
    const { model, container: mounted } = await mountSidebar(all);
    container = mounted;
    const card = container.querySelector('[data-testid="suggestion"]')!;
    await act(() => (card.querySelector('[data-testid="select-suggestion"]') as HTMLButtonElement).click());
    await act(() => settle());
    await act(() => (card.querySelector('[data-testid="edit-draft"]') as HTMLButtonElement).click());
    await act(() => settle());
    const area = card.querySelector('[data-testid="draft-edit"]') as HTMLTextAreaElement;
    expect(area.value).toBe('Body of settlement');
    await act(() => { area.value = 'Dzień dobry,\nfaktura <img src=x onerror=alert(1)> w załączniku.\n\nPozdrawiam'; area.dispatchEvent(new Event('input', { bubbles: true })); });
    await act(() => settle());
    await act(async () => { (card.querySelector('[data-testid="insert-draft"]') as HTMLButtonElement).click(); await settle(); });
    const inserted = page.inserted.at(-1)?.draft;
    expect(inserted?.html).toBe('<p>Dzień dobry,<br>faktura &lt;img src=x onerror=alert(1)&gt; w załączniku.</p><p>Pozdrawiam</p>');
    expect(inserted?.text).toBe('Dzień dobry,\nfaktura <img src=x onerror=alert(1)> w załączniku.\n\nPozdrawiam');
  });
});
