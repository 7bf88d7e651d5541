// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SidebarApp } from '../../../components/sidebar/App';
import { PREVIEW_SETTLE_MS } from '../../../components/sidebar/Suggestions';
import { createSidebarModel } from '../../../components/sidebar/state';
import type { SidebarDeps } from '../../../components/sidebar/ports';
import { FakeClipboard, FakePage, FakeStore, context, deps, fakeEngine, settings, settle, template } from './fakes';
import { mountSidebar } from './mount';

let container: HTMLElement;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
});

async function mount(store: FakeStore, page = new FakePage(), d?: Partial<SidebarDeps>) {
  const all = { ...deps({ store, page }), ...d };
  const { model, container: mounted } = await mountSidebar(all);
  container = mounted;
  return { model, deps: all };
}

const $ = (testId: string) => container.querySelector(`[data-testid="${testId}"]`);
const $$ = (testId: string) => [...container.querySelectorAll(`[data-testid="${testId}"]`)];

describe('sidebar rendering', () => {
  it('renders nothing until the settings are loaded, so no wrong-language flash', async () => {
    const store = new FakeStore();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => { release = resolve; });
    const slowStore = Object.assign(Object.create(store) as FakeStore, {
      call: async (...args: Parameters<FakeStore['call']>) => { await gate; return store.call(...args); },
    });
    const all = deps({ store: slowStore, page: new FakePage() });
    const model = createSidebarModel(all);
    container = document.createElement('div');
    document.body.append(container);
    let starting!: Promise<void>;
    await act(async () => {
      render(<SidebarApp model={model} deps={all} />, container);
      starting = model.start();
    });
    expect(container.innerHTML).toBe('');
    await act(async () => { release(); await starting; });
    await act(() => settle());
    expect(container.textContent).not.toBe('');
  });

  it('offers "Start offboarding" for an unknown contact and shows the new client after one click', async () => {
    const store = new FakeStore();
    await mount(store);
    const button = $('start-offboarding') as HTMLButtonElement;
    expect(button.textContent).toBe('Start offboarding');
    await act(async () => { button.click(); await settle(); });
    await act(() => settle());
    expect($('client-name')?.textContent).toBe('Anna Kowalska');
    expect($('client-form')).not.toBeNull();
    expect($('stage')?.getAttribute('data-stage')).toBe('preparation');
  });

  it('shows the matched client, its stage and every checklist step with data-done', async () => {
    const store = new FakeStore();
    const { offboarding } = store.addClient({ name: 'ACME', domains: ['acme.pl'] });
    offboarding!.checklist.analysis = { doneAt: '2026-03-01T10:00:00.000Z' };
    offboarding!.checklist.conversation = { doneAt: '2026-03-01T10:00:00.000Z' };
    offboarding!.checklist.documents = { skipped: true };
    await mount(store);
    expect($('client-name')?.textContent).toBe('ACME');
    const stage = $('stage');
    expect(stage?.getAttribute('data-stage')).toBe('notice');
    expect(stage?.textContent).toBe('Notice');
    const items = $$('checklist-item');
    expect(items).toHaveLength(13);
    expect(items.slice(0, 4).map((i) => [i.getAttribute('data-key'), i.getAttribute('data-done')])).toEqual([
      ['analysis', 'true'], ['conversation', 'true'], ['documents', 'true'], ['notice', 'false'],
    ]);
    expect(container.textContent).toContain('not legal advice');
  });

  it('lists the suggestions in ranked order with kind and language, and renders a sanitized preview', async () => {
    const store = new FakeStore();
    store.addClient({ name: 'ACME', domains: ['acme.pl'] });
    const engine = fakeEngine(
      [{ kind: 'termination-notice', lang: 'pl' }, { kind: 'settlement', lang: 'en' }, { kind: 'closing-thanks', lang: 'pl' }],
      [template('termination-notice', 'pl'), template('settlement', 'en', 'formal', 'Due {{payment.dueDate}}'), template('closing-thanks', 'pl')],
    );
    await mount(store, new FakePage(), { templates: engine });
    const suggestions = $$('suggestion');
    expect(suggestions.map((s) => [s.getAttribute('data-kind'), s.getAttribute('data-lang')])).toEqual([
      ['termination-notice', 'pl'], ['settlement', 'en'], ['closing-thanks', 'pl'],
    ]);
    for (const s of suggestions) expect(s.querySelector('[data-testid="insert-draft"]')).not.toBeNull();
    expect(suggestions[0]?.textContent).toContain('en:fits');

    await act(() => (suggestions[1]!.querySelector('[data-testid="select-suggestion"]') as HTMLButtonElement).click());
    await act(() => settle());
    expect($('draft-preview')?.innerHTML).toBe('<p>Due </p>');
    expect($('missing-values')?.textContent).toContain('label payment.dueDate');
  });

  it('renders the preview again only after a pause in typing, off the keystroke path', async () => {
    const store = new FakeStore();
    store.addClient({ name: 'ACME', domains: ['acme.pl'] });
    const engine = fakeEngine([{ kind: 'settlement', lang: 'en' }], [template('settlement', 'en', 'formal', 'Due {{payment.dueDate}}')]);
    await mount(store, new FakePage(), { templates: engine });
    await act(() => ($$('suggestion')[0]!.querySelector('[data-testid="select-suggestion"]') as HTMLButtonElement).click());
    await act(() => settle());
    const field = document.querySelector<HTMLInputElement>('[data-testid="missing-values"] input')!;
    await act(() => {
      field.value = '2026-03-05';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    // The field shows the keystroke at once; the preview waits.
    expect(field.value).toBe('2026-03-05');
    expect($('draft-preview')?.innerHTML).toBe('<p>Due </p>');
    await act(() => new Promise((resolve) => setTimeout(resolve, PREVIEW_SETTLE_MS + 50)));
    await act(() => settle());
    expect($('draft-preview')?.innerHTML).toBe('<p>Due 2026-03-05</p>');
  });

  it('warns in the notice preview when the contract demands written form, and reminds it is not legal advice', async () => {
    const store = new FakeStore();
    store.addClient({ name: 'ACME', domains: ['acme.pl'], contract: { requiredForm: 'written', noticePeriod: { months: 1 } } });
    const engine = fakeEngine(
      [{ kind: 'termination-notice', lang: 'pl' }, { kind: 'settlement', lang: 'pl' }],
      [template('termination-notice', 'pl'), template('settlement', 'pl')],
    );
    await mount(store, new FakePage(), { templates: engine });
    const [notice, settlement] = $$('suggestion');
    await act(() => (notice!.querySelector('[data-testid="select-suggestion"]') as HTMLButtonElement).click());
    await act(() => settle());
    expect($('written-form-warning')?.textContent).toContain('written form on pain of invalidity');
    expect(notice!.textContent).toContain('not legal advice');

    await act(() => (settlement!.querySelector('[data-testid="select-suggestion"]') as HTMLButtonElement).click());
    await act(() => settle());
    expect($('written-form-warning')).toBeNull();
  });

  describe('a reason note in the other language', () => {
    const engine = () => fakeEngine([{ kind: 'conversation-request', lang: 'pl' }], [template('conversation-request', 'pl', 'formal', 'Note: {{offboarding.reasonNote}}')]);
    const open = async () => act(() => ($$('suggestion')[0]!.querySelector('[data-testid="select-suggestion"]') as HTMLButtonElement).click());

    it('is flagged when the offboarding has a note the draft still lacks (the engine left it out)', async () => {
      const store = new FakeStore();
      store.addClient({ name: 'ACME', domains: ['acme.pl'] });
      store.offboardings[0]!.reasonNote = 'the scope has grown beyond what we agreed';
      await mount(store, new FakePage(), { templates: engine() });
      await open();
      expect($('note-language-warning')?.textContent).toContain('in the language of the message');
      expect($('missing-values')?.textContent).toContain('label offboarding.reasonNote');
    });

    it('is not flagged when there is no note at all (the field is simply asked for)', async () => {
      const store = new FakeStore();
      store.addClient({ name: 'ACME', domains: ['acme.pl'] });
      await mount(store, new FakePage(), { templates: engine() });
      await open();
      expect($('missing-values')?.textContent).toContain('label offboarding.reasonNote');
      expect($('note-language-warning')).toBeNull();
    });
  });

  it('inserts a draft and, when the page refuses, shows the clipboard message', async () => {
    const store = new FakeStore();
    store.addClient({ name: 'ACME', domains: ['acme.pl'] });
    const page = new FakePage();
    page.insertAnswer = { ok: false, reason: 'editor-rejected', detail: 'x' };
    const clipboard = new FakeClipboard();
    const engine = fakeEngine([{ kind: 'settlement', lang: 'pl' }], [template('settlement', 'pl', 'formal', 'Rozliczenie')]);
    await mount(store, page, { templates: engine, clipboard });
    await act(async () => { ($('insert-draft') as HTMLButtonElement).click(); await settle(); });
    expect(page.inserted[0]?.draft).toEqual({ html: '<p>Rozliczenie</p>', text: 'Rozliczenie' });
    expect(clipboard.written).toHaveLength(1);
    expect($('flash')?.textContent).toContain('Could not insert into the reply — the draft is on your clipboard: paste it with Ctrl+V');
  });

  it('shows a hostile client name as text, never as markup', async () => {
    const store = new FakeStore();
    store.addClient({ name: '<img src=x onerror="window.pwned=1">Evil', domains: ['acme.pl'] });
    await mount(store);
    expect($('client-name')?.textContent).toBe('<img src=x onerror="window.pwned=1">Evil');
    expect(container.querySelector('img')).toBeNull();
  });

  it('shows the no-conversation state, the unreadable state with a picker, and the error state with retry', async () => {
    const page = new FakePage();
    page.context = context({ threadId: undefined });
    await mount(new FakeStore(), page);
    expect($('state-no-conversation')).not.toBeNull();
    render(null, container);

    const unreachable = new FakePage();
    unreachable.unreachable = true;
    await mount(new FakeStore(), unreachable);
    expect($('state-unreadable')).not.toBeNull();
    expect($('pick-client')).not.toBeNull();
    render(null, container);

    const failing = new FakeStore();
    failing.failures.set('settings.get', 'down');
    const { model } = await mount(failing);
    expect($('state-error')).not.toBeNull();
    failing.failures.clear();
    await act(async () => { ($('retry') as HTMLButtonElement).click(); await settle(); });
    await act(() => settle());
    expect($('state-error')).toBeNull();
    expect(model.getState().phase).toBe('ready');
  });

  it('closes its frame through the content script', async () => {
    const page = new FakePage();
    await mount(new FakeStore(), page);
    const close = $('close-sidebar') as HTMLButtonElement;
    expect(close.getAttribute('aria-label')).toBe('Close the sidebar');
    await act(async () => { close.click(); await settle(); });
    expect(page.openRequests).toEqual([false]);
  });

  it('speaks Polish when the settings say so', async () => {
    const store = new FakeStore();
    store.settings = settings({ uiLanguage: 'pl' });
    await mount(store);
    expect($('start-offboarding')?.textContent).toBe('Rozpocznij zakończenie współpracy');
  });

  it('records the notice from the notice step and warns about written form', async () => {
    const store = new FakeStore();
    const { client } = store.addClient({ name: 'ACME', domains: ['acme.pl'], contract: { requiredForm: 'written', noticePeriod: { months: 1 } } });
    expect(client.contract.requiredForm).toBe('written');
    await mount(store);
    expect($('warn-written-form')?.textContent).toContain('An e-mail is not enough');
    const notice = $$('checklist-item').find((i) => i.getAttribute('data-key') === 'notice')!;
    await act(() => (notice.querySelector('input[type="checkbox"]') as HTMLInputElement).click());
    await act(() => settle());
    expect($('notice-form')).not.toBeNull();
    await act(async () => { ($('serve-notice') as HTMLButtonElement).click(); await settle(); });
    await act(() => settle());
    expect(store.callsOf('offboarding.patch')[0]?.patch).toMatchObject({ op: 'serve-notice', notice: { servedOn: '2026-03-02', channel: 'email' } });
    // 2 March + 1 month = 2 April 2026; an e-mail read only on Tuesday 3 March would end it on 3 April
    // (art. 61 § 2 k.c.), so the end is told with both days until delivery or receipt is recorded.
    expect($('notice-end')?.getAttribute('data-status')).toBe('hangs-on-reading');
    expect($('notice-end')?.textContent).toBe(
      'The contract ends on 2 Apr 2026 if the e-mail reached the client on the day it was sent; if it reached them only on 3 Mar 2026, it ends on 3 Apr 2026. Ask the client to confirm receipt.',
    );
  });

  it('records a posted notice with its expected delivery, shows the end date as expected, then as recorded', async () => {
    const store = new FakeStore();
    store.addClient({ name: 'ACME', domains: ['acme.pl'], contract: { requiredForm: 'written', noticePeriod: { months: 1 } } });
    await mount(store);
    const notice = $$('checklist-item').find((i) => i.getAttribute('data-key') === 'notice')!;
    await act(() => (notice.querySelector('input[type="checkbox"]') as HTMLInputElement).click());
    await act(() => settle());
    const form = $('notice-form') as HTMLFormElement;
    const select = form.querySelector('select') as HTMLSelectElement;
    await act(() => { select.value = 'letter'; select.dispatchEvent(new Event('change', { bubbles: true })); });
    await act(() => settle());
    const dates = () => [...($('notice-form') as HTMLFormElement).querySelectorAll('input[type="date"]')] as HTMLInputElement[];
    expect(dates()).toHaveLength(3);
    // Without a delivery date the letter is not recorded: the period runs from delivery.
    await act(async () => { ($('serve-notice') as HTMLButtonElement).click(); await settle(); });
    expect(store.callsOf('offboarding.patch')).toHaveLength(0);
    expect($('notice-form')?.textContent).toContain('Enter the expected or the actual delivery date');
    await act(() => { const input = dates()[1]!; input.value = '2026-03-05'; input.dispatchEvent(new Event('input', { bubbles: true })); });
    await act(() => settle());
    await act(async () => { ($('serve-notice') as HTMLButtonElement).click(); await settle(); });
    await act(() => settle());
    expect(store.callsOf('offboarding.patch')[0]?.patch).toMatchObject({
      op: 'serve-notice',
      notice: { servedOn: '2026-03-02', channel: 'letter', expectedDeliveryOn: '2026-03-05' },
    });
    const end = $('notice-end')!;
    expect(end.getAttribute('data-status')).toBe('expected');
    // 5 March + 1 month = 5 April 2026, from the expected delivery, not from sending (2 April).
    expect(end.textContent).toBe('Expected end of the contract: 5 Apr 2026 (if the notice reaches the client on 5 Mar 2026).');
    // A signed letter satisfies the written-form clause: no warning any more.
    expect($('warn-written-form')).toBeNull();

    const delivery = $('notice-delivery-form') as HTMLFormElement;
    const delivered = delivery.querySelectorAll('input[type="date"]')[1] as HTMLInputElement;
    await act(() => { delivered.value = '2026-03-06'; delivered.dispatchEvent(new Event('input', { bubbles: true })); });
    await act(() => settle());
    await act(async () => { ($('save-notice-delivery') as HTMLButtonElement).click(); await settle(); });
    await act(() => settle());
    expect(store.callsOf('offboarding.patch').at(-1)?.patch).toEqual({ op: 'notice-delivery', deliveredOn: '2026-03-06' });
    expect($('notice-end')?.getAttribute('data-status')).toBe('recorded');
    expect($('notice-end')?.textContent).toBe('The contract ends on 6 Apr 2026.');
    expect($('notice-delivered')?.textContent).toBe('Delivered to the client on 6 Mar 2026.');
    expect($('notice-delivery-form')).toBeNull();
  });
});
