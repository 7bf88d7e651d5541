// @vitest-environment jsdom
/**
 * The inventory editor (issue 13): adding, refusing a secret and an over-long name before anything
 * is sent, changing an item's state with its date, the step offered as done once everything is
 * settled (never ticked by itself), the ask before ticking with items waiting, and removing.
 */
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

const block = (step: string) => container.querySelector(`[data-testid="inventory"][data-step="${step}"]`) as HTMLElement;
const within = (root: Element, testId: string) => root.querySelector(`[data-testid="${testId}"]`) as HTMLElement | null;
const type = async (root: Element, testId: string, value: string) => {
  const input = within(root, testId) as HTMLInputElement;
  await act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
};
const choose = async (root: Element, testId: string, value: string) => {
  const select = within(root, testId) as HTMLSelectElement;
  await act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
};
const press = async (root: Element, testId: string) => {
  await act(async () => {
    within(root, testId)!.click();
    await settle();
  });
  await act(() => settle());
};
const stepBox = (key: string) =>
  [...container.querySelectorAll('[data-testid="checklist-item"]')].find((i) => i.getAttribute('data-key') === key)!.querySelector('input[type="checkbox"]') as HTMLInputElement;

function storeWithClient() {
  const store = new FakeStore();
  store.settings = settings();
  store.addClient({ name: 'ACME', domains: ['acme.pl'] });
  return store;
}

async function addItem(step: string, fields: { kind?: string; name: string; state?: string; on?: string; recipient?: string; note?: string }) {
  await press(block(step), 'inventory-add');
  const form = within(block(step), 'inventory-form')!;
  if (fields.kind) await choose(form, 'inventory-kind', fields.kind);
  await type(form, 'inventory-name', fields.name);
  if (fields.state) await choose(form, 'inventory-state', fields.state);
  if (fields.on !== undefined) await type(form, 'inventory-on', fields.on);
  if (fields.recipient) await type(form, 'inventory-recipient', fields.recipient);
  if (fields.note) await type(form, 'inventory-note', fields.note);
  await press(form, 'inventory-save');
}

describe('the inventory editor', () => {
  it('adds two items under the handover step, each sent as one store change', async () => {
    const store = storeWithClient();
    await mount(store);
    expect(within(block('handover'), 'inventory-empty')).not.toBeNull();
    await addItem('handover', { kind: 'source-code', name: 'Repozytorium sklepu', recipient: 'Jan Nowak' });
    await addItem('handover', { kind: 'files', name: 'Pliki projektu', state: 'handed-over', on: '2026-03-01' });
    expect(store.callsOf('offboarding.patch').map((req) => req.patch)).toEqual([
      { op: 'inventory-add', item: { kind: 'source-code', name: 'Repozytorium sklepu', state: 'to-hand-over', recipient: 'Jan Nowak' } },
      { op: 'inventory-add', item: { kind: 'files', name: 'Pliki projektu', state: 'handed-over', on: '2026-03-01' } },
    ]);
    const rows = [...block('handover').querySelectorAll('[data-testid="inventory-item"]')];
    expect(rows.map((row) => within(row, 'inventory-item-name')?.textContent)).toEqual(['Repozytorium sklepu', 'Pliki projektu']);
    expect(within(rows[1]!, 'inventory-item-meta')?.textContent).toBe('Files · Handed over · 1 Mar 2026');
    expect(within(block('handover'), 'inventory-open')?.textContent).toBe('Still to hand over: 1 of 2');
    // The other steps keep their own lists.
    expect(block('assets-access').querySelectorAll('[data-testid="inventory-item"]')).toHaveLength(0);
  });

  it('refuses what looks like a password, and a name over the limit, before sending anything', async () => {
    const store = storeWithClient();
    await mount(store);
    await addItem('assets-access', { kind: 'credential', name: 'Panel hostingu', note: 'hasło: Lato2026!' });
    const form = within(block('assets-access'), 'inventory-form')!;
    expect(form.textContent).toContain('This looks like a password or key.');
    await type(form, 'inventory-note', '');
    await type(form, 'inventory-name', 'x'.repeat(401));
    expect(within(form, 'length-counter')?.textContent).toBe('401 / 400');
    await press(form, 'inventory-save');
    expect(form.textContent).toContain('At most 400 characters: shorten it.');
    expect(store.callsOf('offboarding.patch')).toEqual([]);
  });

  it('asks for the day of a dated state', async () => {
    const store = storeWithClient();
    await mount(store);
    await addItem('handover', { name: 'Pliki', state: 'handed-over', on: '' });
    expect(within(block('handover'), 'inventory-form')?.textContent).toContain('This state needs the day it happened');
    expect(store.callsOf('offboarding.patch')).toEqual([]);
  });

  it('offers the step as done once every item is settled, and ticks it only when asked', async () => {
    const store = storeWithClient();
    await mount(store);
    await addItem('assets-access', { kind: 'account', name: 'Konto Google Ads' });
    expect(within(block('assets-access'), 'inventory-offer')).toBeNull();
    const row = block('assets-access').querySelector('[data-testid="inventory-item"]')!;
    await choose(row, 'inventory-item-state', 'revoked');
    await type(row, 'inventory-item-on', '2026-03-02');
    await press(row, 'inventory-item-save-state');
    expect(store.callsOf('offboarding.patch').at(-1)?.patch).toMatchObject({ op: 'inventory-state', state: 'revoked', on: '2026-03-02' });
    expect(stepBox('assets-access').checked).toBe(false);
    await press(block('assets-access'), 'inventory-offer-yes');
    expect(store.callsOf('offboarding.patch').at(-1)?.patch).toEqual({ op: 'checklist', key: 'assets-access', done: true });
    expect(stepBox('assets-access').checked).toBe(true);
  });

  it('asks before ticking a step whose items still wait; "not now" leaves it open', async () => {
    const store = storeWithClient();
    await mount(store);
    await addItem('handover', { name: 'Pliki projektu' });
    await act(() => stepBox('handover').click());
    await act(() => settle());
    const ask = container.querySelector('[data-testid="inventory-ask"]') as HTMLElement;
    expect(ask.textContent).toContain('1 of 1');
    await press(ask, 'inventory-ask-no');
    expect(store.callsOf('offboarding.patch').some((req) => req.patch.op === 'checklist')).toBe(false);
  });

  it('removes an item after asking', async () => {
    const store = storeWithClient();
    await mount(store);
    await addItem('personal-data', { name: 'Lista klientów' });
    const row = block('personal-data').querySelector('[data-testid="inventory-item"]')!;
    expect(within(row, 'inventory-item-meta')?.textContent).toBe('Personal data set · To return or delete');
    await press(row, 'inventory-item-remove');
    await press(row, 'inventory-confirm-remove-yes');
    expect(store.callsOf('offboarding.patch').at(-1)?.patch).toMatchObject({ op: 'inventory-remove' });
    expect(block('personal-data').querySelectorAll('[data-testid="inventory-item"]')).toHaveLength(0);
  });
});
