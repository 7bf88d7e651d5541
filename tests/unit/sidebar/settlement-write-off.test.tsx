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

async function mount(store: FakeStore) {
  const engine = fakeEngine([{ kind: 'settlement', lang: 'pl' }], [template('settlement', 'pl')]);
  const all = { ...deps({ store, page: new FakePage() }), templates: engine };
  const { container: mounted } = await mountSidebar(all);
  container = mounted;
}

const row = (description: string) =>
  [...container.querySelectorAll('[data-testid="settlement-item"]')].find((li) => li.textContent?.includes(description))!;

describe('writing off an unpaid receivable in the sidebar (issue 14)', () => {
  it('marks it written off, takes it out of the open balance and shows the written-off total', async () => {
    const store = new FakeStore();
    store.addClient({ name: 'ACME', domains: ['acme.pl'] });
    store.offboardings[0]!.settlement = [
      { id: 'a', direction: 'receivable', description: 'Faktura 1', amountMinor: 300_00, currency: 'PLN', paid: false },
      { id: 'b', direction: 'receivable', description: 'Faktura 2', amountMinor: 200_00, currency: 'PLN', paid: false },
      { id: 'c', direction: 'liability', description: 'Zaliczka', amountMinor: 50_00, currency: 'PLN', paid: false },
    ];
    await mount(store);
    expect(container.querySelector('[data-testid="balance"]')?.textContent).toMatch(/450[.,]00/);
    // A liability has no write-off control: we cannot give up on what we owe.
    expect(row('Zaliczka').querySelector('[data-testid="settlement-written-off"]')).toBeNull();

    await act(async () => {
      (row('Faktura 1').querySelector('[data-testid="settlement-written-off"]') as HTMLInputElement).click();
      await settle();
    });
    await act(() => settle());

    expect(store.offboardings[0]!.settlement.find((item) => item.id === 'a')?.writtenOff).toBe(true);
    expect(row('Faktura 1').getAttribute('data-written-off')).toBe('true');
    expect(row('Faktura 1').textContent).toMatch(/written off|odpisane/);
    expect(container.querySelector('[data-testid="balance"]')?.textContent).toMatch(/150[.,]00/);
    expect(container.querySelector('[data-testid="balance-written-off"]')?.textContent).toMatch(/300[.,]00/);
  });
});
