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

const field = (testId: string) => container.querySelector(`[data-testid="${testId}"]`) as HTMLInputElement | HTMLTextAreaElement;
async function type(testId: string, value: string) {
  await act(() => {
    const el = field(testId);
    el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('the preparation forms (issue 18)', () => {
  it('saving one form keeps what the user typed, unsaved, in the others', async () => {
    const store = new FakeStore();
    store.addClient({ name: 'ACME', domains: ['acme.pl'] });
    // Every save stamps a new version, as the real store does.
    let second = 0;
    store.patchClock = () => new Date(Date.UTC(2026, 2, 2, 10, 0, ++second)).toISOString();
    const engine = fakeEngine([{ kind: 'conversation-request', lang: 'pl' }], [template('conversation-request', 'pl')]);
    const all = { ...deps({ store, page: new FakePage() }), templates: engine };
    const { model, container: mounted } = await mountSidebar(all);
    container = mounted;

    await type('analysis-decision', 'Kończymy współpracę z końcem kwartału.');
    await type('position-not-accepted', 'Dalsza praca w obecnym zakresie.');
    await act(async () => {
      (container.querySelector('[data-testid="save-position"]') as HTMLButtonElement).click();
      await settle();
    });
    await act(() => settle());

    expect(store.offboardings[0]!.position?.notAccepted).toBe('Dalsza praca w obecnym zakresie.');
    expect(store.offboardings[0]!.analysis).toBeUndefined();
    // The analysis was not saved, and its text is still in the form.
    expect(field('analysis-decision').value).toBe('Kończymy współpracę z końcem kwartału.');
    expect(field('position-not-accepted').value).toBe('Dalsza praca w obecnym zakresie.');
  });
});
