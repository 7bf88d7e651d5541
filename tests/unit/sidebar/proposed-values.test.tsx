// @vitest-environment jsdom
/** The receipt date the thread offers: shown beside the missing value, used only once the user clicks. */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { localDate } from '../../../templates/thread-facts';
import { mountSidebar } from './mount';
import { FakePage, FakeStore, context, deps, fakeEngine, template, settle } from './fakes';

let container: HTMLElement;
afterEach(() => {
  render(null, container);
  container.remove();
});

async function mount(page: FakePage) {
  const store = new FakeStore();
  store.addClient({ name: 'ACME', domains: ['acme.pl'], recipient: { form: 'pani', firstName: 'Anna' } });
  const ack = template('termination-ack', 'pl', 'formal', 'Potwierdzam otrzymanie wypowiedzenia w dniu {{receipt.noticeReceivedOn}}.');
  const all = { ...deps({ store, page }), templates: fakeEngine([{ kind: 'termination-ack', lang: 'pl' }], [ack]) };
  const { container: mounted } = await mountSidebar(all);
  container = mounted;
  await act(() => (container.querySelector('[data-testid="select-suggestion"]') as HTMLButtonElement).click());
  await act(() => settle());
}

const sent = '2026-03-02T09:00:00.000Z';

describe('a value the thread proposes', () => {
  it('is offered, not used, until the user confirms it', async () => {
    const page = new FakePage();
    page.context = context({
      messages: [{ from: { name: 'Anna Kowalska', email: 'anna@acme.pl' }, date: sent, text: 'Dzień dobry, wypowiadamy umowę o świadczenie usług.' }],
    });
    await mount(page);
    const preview = () => container.querySelector('[data-testid="draft-preview"]')?.textContent ?? '';
    expect(container.querySelector('[data-testid="proposed-value"]')).not.toBeNull();
    expect(preview()).not.toContain(localDate(sent));

    await act(() => (container.querySelector('[data-testid="use-proposed"]') as HTMLButtonElement).click());
    await act(() => settle());
    expect(preview()).toContain(localDate(sent));
    const field = container.querySelector<HTMLInputElement>('[data-testid="missing-values"] input[type="date"]');
    expect(field?.value).toBe(localDate(sent));
  });

  it('is not offered when the thread holds no termination from the client', async () => {
    const page = new FakePage();
    page.context = context({ messages: [{ from: { name: 'Anna Kowalska', email: 'anna@acme.pl' }, date: sent, text: 'Dzień dobry, proszę o fakturę.' }] });
    await mount(page);
    expect(container.querySelector('[data-testid="missing-values"]')).not.toBeNull();
    expect(container.querySelector('[data-testid="proposed-value"]')).toBeNull();
  });
});

describe("the end date agreed in the call", () => {
  it('is proposed for a mutual agreement that lacks it, and used only once confirmed', async () => {
    const store = new FakeStore();
    store.addClient({ name: 'ACME', domains: ['acme.pl'], recipient: { form: 'pani', firstName: 'Anna' } });
    store.offboardings[0]!.outcome = { on: '2026-03-01', agreed: 'mutual', endOn: '2026-04-30' };
    const mutual = template('mutual-agreement', 'pl', 'formal', 'Proponuję rozwiązanie umowy z dniem {{agreement.endDate}}.');
    const all = { ...deps({ store, page: new FakePage() }), templates: fakeEngine([{ kind: 'mutual-agreement', lang: 'pl' }], [mutual]) };
    const { model, container: mounted } = await mountSidebar(all);
    container = mounted;
    await act(() => (container.querySelector('[data-testid="select-suggestion"]') as HTMLButtonElement).click());
    await act(() => settle());
    const preview = () => container.querySelector('[data-testid="draft-preview"]')?.textContent ?? '';
    const offer = container.querySelector('[data-testid="proposed-value"]');
    expect(offer?.textContent).toContain('1 Mar 2026');
    expect(preview()).not.toContain('2026');

    await act(() => (container.querySelector('[data-testid="use-proposed"]') as HTMLButtonElement).click());
    await act(() => settle());
    expect(container.querySelector<HTMLInputElement>('[data-testid="missing-values"] input[type="date"]')?.value).toBe('2026-04-30');
  });
});
