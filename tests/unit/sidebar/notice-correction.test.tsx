// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { mountSidebar } from './mount';
import { FakePage, FakeStore, deps, settings, settle } from './fakes';

let container: HTMLElement;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
});

async function mount(store: FakeStore) {
  const all = deps({ store, page: new FakePage() });
  const { model, container: mounted } = await mountSidebar(all);
  container = mounted;
  return model;
}

const $ = (testId: string) => container.querySelector(`[data-testid="${testId}"]`);
const noticeCheckbox = () =>
  [...container.querySelectorAll('[data-testid="checklist-item"]')]
    .find((i) => i.getAttribute('data-key') === 'notice')!
    .querySelector('input[type="checkbox"]') as HTMLInputElement;
const setInput = (testId: string, value: string) => {
  const input = $(testId) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const setChannel = (value: string) => {
  const select = $('notice-channel') as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};
const click = async (testId: string) => {
  await act(async () => { ($(testId) as HTMLButtonElement).click(); await settle(); });
  await act(() => settle());
};

describe('correcting the recorded notice', () => {
  it('walks an e-mail notice to a corrected signed letter and back, with the warning following the record', async () => {
    const store = new FakeStore();
    store.addClient({ name: 'ACME', domains: ['acme.pl'], contract: { requiredForm: 'written', noticePeriod: { months: 1 } } });
    await mount(store);
    await act(() => noticeCheckbox().click());
    await click('serve-notice');
    expect(store.offboardings[0]?.notice?.channel).toBe('email');
    expect($('notice-served')?.getAttribute('data-tense')).toBe('today');
    expect($('warn-written-form')).not.toBeNull();

    await act(() => ($('edit-notice') as HTMLButtonElement).click());
    expect($('notice-form')?.getAttribute('data-mode')).toBe('correct');
    await act(() => { setInput('notice-date', '2026-02-20'); setChannel('letter'); });
    await act(() => setInput('notice-delivered-on', '2026-02-23'));
    await click('serve-notice');
    expect(store.callsOf('offboarding.patch').at(-1)?.patch).toEqual({
      op: 'correct-notice',
      notice: { servedOn: '2026-02-20', channel: 'letter', acknowledgementRequested: true, deliveredOn: '2026-02-23', servedBy: 'we' },
    });
    expect($('warn-written-form')).toBeNull();
    // Served and ended in the past: told in the past tense.
    expect($('notice-served')?.textContent).toBe('Notice served on 20 Feb 2026 (Signed letter, by post).');
    expect($('notice-end')?.textContent).toBe('The contract ends on 23 Mar 2026.');
    expect($('flash')?.textContent).toContain('Notice corrected.');

    await act(() => ($('edit-notice') as HTMLButtonElement).click());
    await act(() => setChannel('email'));
    await click('serve-notice');
    expect(store.offboardings[0]?.notice).toEqual({ servedOn: '2026-02-20', channel: 'email', acknowledgementRequested: true, servedBy: 'we' });
    expect($('warn-written-form')).not.toBeNull();
  });

  it('unticking keeps the record and says so; ticking again opens it for confirmation', async () => {
    const store = new FakeStore();
    store.settings = settings({ uiLanguage: 'pl' });
    store.addClient({ name: 'ACME', domains: ['acme.pl'], contract: { noticePeriod: { months: 1 } } });
    await mount(store);
    await act(() => noticeCheckbox().click());
    await act(() => setInput('notice-date', '2026-03-10'));
    await click('serve-notice');
    expect($('notice-served')?.textContent).toBe('Wypowiedzenie zostanie złożone 10 mar 2026 (E-mail).');
    await act(async () => { noticeCheckbox().click(); await settle(); });
    await act(() => settle());
    expect(noticeCheckbox().checked).toBe(false);
    expect(store.offboardings[0]?.notice?.servedOn).toBe('2026-03-10');
    expect($('notice-step-reopened')?.textContent).toContain('Zapisane wypowiedzenie pozostaje bez zmian');

    await act(() => noticeCheckbox().click());
    expect($('notice-form')?.getAttribute('data-mode')).toBe('correct');
    expect(($('notice-date') as HTMLInputElement).value).toBe('2026-03-10');
    await click('serve-notice');
    expect(noticeCheckbox().checked).toBe(true);
    expect(store.callsOf('offboarding.patch').at(-1)?.patch.op).toBe('correct-notice');
  });

  it('says what is wrong with a delivery before sending and an acknowledgement before serving, and saves nothing', async () => {
    const store = new FakeStore();
    store.addClient({ name: 'ACME', domains: ['acme.pl'], contract: { noticePeriod: { months: 1 } } });
    await mount(store);
    await act(() => noticeCheckbox().click());
    await act(() => setChannel('courier'));
    await act(() => setInput('notice-delivered-on', '2026-03-01'));
    await click('serve-notice');
    expect($('notice-form')?.textContent).toContain('The delivery cannot come before the notice was sent');
    expect(store.callsOf('offboarding.patch')).toHaveLength(0);
    await act(() => setInput('notice-delivered-on', '2026-03-04'));
    await click('serve-notice');
    await act(() => ($('edit-notice') as HTMLButtonElement).click());
    await act(() => setInput('notice-acknowledged-on', '2026-02-01'));
    await click('serve-notice');
    expect($('notice-form')?.textContent).toContain('The acknowledgement cannot come before the notice was served');
    expect(store.callsOf('offboarding.patch')).toHaveLength(1);
  });
});
