// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { mountSidebar } from './mount';
import { FakePage, FakeStore, NOW, deps, settle } from './fakes';

let container: HTMLElement;
afterEach(() => {
  if (container) render(null, container);
  container?.remove();
});

const $ = (testId: string, root: ParentNode = container) => root.querySelector(`[data-testid="${testId}"]`);
const item = (key: string) => container.querySelector(`[data-testid="checklist-item"][data-key="${key}"]`)!;
const typeInto = (el: Element, value: string) => {
  (el as HTMLTextAreaElement).value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
};

describe('notes and the timeline in the sidebar', () => {
  it('writes a note on a step without ticking it, a note on the client, and lists what happened', async () => {
    const store = new FakeStore();
    const { client, offboarding } = store.addClient({ name: 'ACME', domains: ['acme.pl'] });
    store.events.push({ id: 'e1', clientId: client.id, offboardingId: offboarding!.id, type: 'notice-corrected', at: NOW, data: { servedOn: '2026-03-02', channel: 'letter', servedBy: 'we' } });
    const all = deps({ store, page: new FakePage() });
    const { model, container: mounted } = await mountSidebar(all);
    container = mounted;

    expect($('step-hint', item('settlement'))?.textContent).toContain('A list of what is owed either way');
    await act(() => ($('edit-step-note', item('handover')) as HTMLButtonElement).click());
    await act(() => typeInto($('step-note-editor-text', item('handover'))!, 'Repozytorium przekazane 3.03'));
    await act(async () => { ($('step-note-editor-save', item('handover')) as HTMLButtonElement).click(); await settle(); });
    await act(() => settle());
    expect(store.offboardings[0]?.checklist.handover).toEqual({ note: 'Repozytorium przekazane 3.03' });
    expect($('step-note', item('handover'))?.textContent).toBe('Repozytorium przekazane 3.03');

    await act(() => ($('edit-client-note') as HTMLButtonElement).click());
    await act(() => typeInto($('client-note-editor-text')!, 'Płaci zawsze po terminie.'));
    await act(async () => { ($('client-note-editor-save') as HTMLButtonElement).click(); await settle(); });
    await act(() => settle());
    expect(store.clients[0]?.notes).toBe('Płaci zawsze po terminie.');
    expect($('client-note')?.textContent).toBe('Płaci zawsze po terminie.');

    const events = [...container.querySelectorAll('[data-testid="timeline-event"]')];
    expect(events.map((e) => e.getAttribute('data-type'))).toEqual(['notice-corrected']);
    expect(events[0]?.textContent).toBe('2 Mar 2026 Notice corrected — 2 Mar 2026, Signed letter, by post');
  });
});
