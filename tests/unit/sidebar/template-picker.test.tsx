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

const $ = (testId: string) => container.querySelector(`[data-testid="${testId}"]`);
const $$ = (testId: string) => [...container.querySelectorAll(`[data-testid="${testId}"]`)];
const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

describe('picking any template by hand', () => {
  it('searches without diacritics, moves with the arrows, picks with Enter and opens the template as the first card', async () => {
    const store = new FakeStore();
    store.addClient({ name: 'ACME', domains: ['acme.pl'] });
    const engine = fakeEngine([{ kind: 'settlement', lang: 'pl' }], [
      template('settlement', 'pl'), template('feedback-request', 'pl'), template('feedback-request', 'en'), template('referral-request', 'pl'),
    ]);
    const page = new FakePage();
    const all = { ...deps({ store, page }), templates: engine };
    const { model, container: mounted } = await mountSidebar(all);
    container = mounted;

    await act(() => ($('open-template-picker') as HTMLButtonElement).click());
    const search = $('template-search') as HTMLInputElement;
    expect($$('template-option')).toHaveLength(4);
    // "Prośba o opinię" without its diacritics.
    await act(() => { search.value = 'prosba o opinie'; search.dispatchEvent(new Event('input', { bubbles: true })); });
    const ids = () => $$('template-option').map((o) => o.getAttribute('data-template-id'));
    // The UI language's (English) first.
    expect(ids()).toEqual(['feedback-request-en-formal', 'feedback-request-pl-formal']);
    expect($('template-count')?.textContent).toBe('2 found');
    expect($$('template-option')[0]?.getAttribute('aria-selected')).toBe('true');
    await act(() => { key(search, 'ArrowDown'); });
    expect($$('template-option')[1]?.getAttribute('aria-selected')).toBe('true');
    expect(search.getAttribute('aria-activedescendant')).toBe($$('template-option')[1]?.id);
    await act(() => { key(search, 'Enter'); });
    await act(() => settle());
    expect($('template-picker')).toBeNull();
    const first = $$('suggestion')[0]!;
    expect([first.getAttribute('data-kind'), first.getAttribute('data-lang')]).toEqual(['feedback-request', 'pl']);
    expect(first.querySelector('[data-testid="picked-by-hand"]')?.textContent).toBe('Chosen by you');
    await act(async () => { (first.querySelector('[data-testid="insert-draft"]') as HTMLButtonElement).click(); await settle(); });
    expect(page.inserted.at(-1)?.draft.text).toBe('Body of feedback-request');

    await act(() => ($('open-template-picker') as HTMLButtonElement).click());
    await act(() => { key($('template-search')!, 'Escape'); });
    expect($('template-picker')).toBeNull();
  });
});
