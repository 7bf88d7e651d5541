// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import type { ComposeShortcutPort } from '../../../components/sidebar/ports';
import { mountSidebar } from './mount';
import { FakePage, FakeStore, deps, fakeEngine, settings, settle, template } from './fakes';

let container: HTMLElement;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
});

const $ = (testId: string) => container.querySelector(`[data-testid="${testId}"]`);
const key = (target: Element, k: string) => target.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));

/** The content script's side of the shortcut, as the sidebar sees it. */
class FakeShortcut implements ComposeShortcutPort {
  enabled: boolean[] = [];
  returns = 0;
  private listeners = new Set<() => void>();
  onPressed(listener: () => void) {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  async setEnabled(enabled: boolean) {
    this.enabled.push(enabled);
  }
  async returnToEditor() {
    this.returns += 1;
  }
  press() {
    for (const listener of this.listeners) listener();
  }
  get listening() {
    return this.listeners.size;
  }
}

async function sidebar(stored: Partial<Parameters<typeof settings>[0]> = {}, uiLanguage: 'pl' | 'en' = 'en', noConversation = false) {
  const store = new FakeStore();
  store.settings = settings({ ...stored, uiLanguage });
  store.addClient({ name: 'ACME', domains: ['acme.pl'] });
  const engine = fakeEngine([{ kind: 'settlement', lang: 'pl' }], [
    template('settlement', 'pl'), template('feedback-request', 'pl'), template('feedback-request', 'en'),
  ]);
  const page = new FakePage();
  if (noConversation) page.context = null;
  const shortcut = new FakeShortcut();
  const all = { ...deps({ store, page }), templates: engine, shortcut };
  const { container: mounted } = await mountSidebar(all);
  container = mounted;
  return { page, shortcut, store };
}

describe('the picker opened by the compose-box shortcut', () => {
  it('opens with the focus in its search, and Enter inserts the chosen template at the caret', async () => {
    const { page, shortcut } = await sidebar();
    expect(shortcut.enabled).toEqual([true]);
    expect($('picker-shortcut-hint')?.textContent).toBe('In a message body, Ctrl+Shift+Space opens this list at the cursor.');
    expect($('template-picker')).toBeNull();

    await act(() => shortcut.press());
    await act(() => settle());
    const search = $('template-search') as HTMLInputElement;
    expect(document.activeElement).toBe(search);
    expect($('picker-at-caret-hint')?.textContent).toContain('Esc goes back to the message, unchanged');
    await act(() => { search.value = 'feedback'; search.dispatchEvent(new Event('input', { bubbles: true })); });
    await act(() => { key(search, 'Enter'); });
    await act(() => settle());
    // Straight into the message, no Insert button in between.
    expect(page.inserted.map((i) => i.draft.text)).toEqual(['Body of feedback-request']);
    expect($('template-picker')).toBeNull();
    expect(shortcut.returns).toBe(0);
  });

  it('Escape gives the focus back to the message with nothing inserted', async () => {
    const { page, shortcut } = await sidebar();
    await act(() => shortcut.press());
    await act(() => settle());
    await act(() => { key($('template-search')!, 'Escape'); });
    await act(() => settle());
    expect($('template-picker')).toBeNull();
    expect(shortcut.returns).toBe(1);
    expect(page.inserted).toEqual([]);
  });

  it('opened by hand, Enter still only opens the card and Escape stays in the sidebar', async () => {
    const { page, shortcut } = await sidebar();
    await act(() => ($('open-template-picker') as HTMLButtonElement).click());
    await act(() => { key($('template-search')!, 'Enter'); });
    await act(() => settle());
    expect(page.inserted).toEqual([]);
    expect($('picker-at-caret-hint')).toBeNull();
    await act(() => ($('open-template-picker') as HTMLButtonElement).click());
    await act(() => { key($('template-search')!, 'Escape'); });
    expect(shortcut.returns).toBe(0);
  });

  it('says the shortcut in Polish', async () => {
    await sidebar({}, 'pl');
    expect($('picker-shortcut-hint')?.textContent).toBe('W treści wiadomości skrót Ctrl+Shift+Spacja otwiera tę listę w miejscu kursora.');
  });

  it('turned off in options: the content script is told, no hint, and a press opens nothing', async () => {
    const { shortcut } = await sidebar({ composeShortcut: false });
    expect(shortcut.enabled).toEqual([false]);
    expect(shortcut.listening).toBe(0);
    expect($('picker-shortcut-hint')).toBeNull();
    await act(() => shortcut.press());
    expect($('template-picker')).toBeNull();
  });

  it('where the picker is not shown (no conversation, no client), the key stays the page\'s', async () => {
    const { shortcut } = await sidebar({}, 'en', true);
    expect($('open-template-picker')).toBeNull();
    expect(shortcut.enabled.at(-1)).toBe(false);
    expect(shortcut.listening).toBe(0);
  });
});
