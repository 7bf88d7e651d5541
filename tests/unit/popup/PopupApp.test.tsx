// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PopupApp } from '../../../components/popup/PopupApp';
import type { Settings } from '../../../offboarding/types';
import type { OverviewRow } from '../../../offboarding/overview';
import { fakeStore, flush, overviewHandlers, settle } from './fake-store';
import { row } from './rows';

const settings = (uiLanguage: Settings['uiLanguage']): Settings => ({
  profile: { name: 'Ola', senderForm: 'f', signature: 'webmail' },
  defaultLanguage: 'pl',
  defaultTone: 'formal',
  defaultNoticePeriod: { months: 1 },
  uiLanguage,
});

let container: HTMLElement;
let opened: string[];
const nav = { openUrl: (url: string) => opened.push(url), optionsPageUrl: () => 'chrome-extension://x/options.html' };

beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
  opened = [];
});
afterEach(() => {
  render(null, container);
  container.remove();
});

async function mount(rows: OverviewRow[], uiLanguage: Settings['uiLanguage'] = 'en') {
  const fake = fakeStore({ 'settings.get': () => settings(uiLanguage), ...overviewHandlers(() => rows), 'data.export': () => '{}' });
  await act(async () => {
    render(<PopupApp store={fake.store} nav={nav} today="2026-03-10" languages={['en-US']} />, container);
    await settle();
  });
  await flush();
  return fake;
}

const rowsIn = () => [...container.querySelectorAll<HTMLElement>('[data-testid="overview-row"]')];

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await settle();
  });
  await flush();
}

describe('PopupApp', () => {
  it('explains the empty state when nobody is being offboarded', async () => {
    await mount([], 'pl');
    expect(container.querySelector('[data-testid="overview-empty"]')?.textContent).toContain('Nikt nie jest w trakcie kończenia współpracy');
    expect(rowsIn()).toHaveLength(0);
  });

  it('asks the store for the overview of the given day: a first page, and the full list only once the search box is focused', async () => {
    const few = await mount([row()]);
    expect(few.calls.find((c) => c.op === 'overview.summary')?.req).toEqual({ today: '2026-03-10', limit: 50 });
    // The summary already holds every row: no second request.
    expect(few.calls.some((c) => c.op === 'overview.list')).toBe(false);
    render(null, container);

    const many = await mount(Array.from({ length: 51 }, () => row()));
    // A glance at the first screen costs the same at any store size: no full list yet.
    expect(many.calls.some((c) => c.op === 'overview.list')).toBe(false);
    await act(async () => {
      container.querySelector<HTMLInputElement>('input[type="search"]')!.dispatchEvent(new FocusEvent('focus'));
      await settle();
    });
    await flush();
    expect(many.calls.find((c) => c.op === 'overview.list')?.req).toEqual({ today: '2026-03-10' });
    expect(many.calls.map((c) => c.op).indexOf('overview.list')).toBeGreaterThan(many.calls.map((c) => c.op).indexOf('overview.summary'));
  });

  it('paints the first page and the counts from the summary before the full list arrives', async () => {
    const rows = Array.from({ length: 120 }, (_, i) =>
      row({ name: `Client ${String(i).padStart(3, '0')}`, stage: i % 3 === 0 ? 'notice' : 'handover' }),
    );
    let releaseList: (rows: OverviewRow[]) => void = () => {};
    const handlers = overviewHandlers(() => rows);
    const fake = fakeStore({
      'settings.get': () => settings('en'),
      'overview.summary': handlers['overview.summary'],
      'overview.list': () => new Promise<OverviewRow[]>((resolve) => (releaseList = resolve)),
    });
    await act(async () => {
      render(<PopupApp store={fake.store} nav={nav} today="2026-03-10" languages={['en-US']} />, container);
      await settle();
    });
    await flush();
    expect(rowsIn()).toHaveLength(50);
    expect(rowsIn()[0]?.textContent).toContain('Client 000');
    expect(container.textContent).toContain('Showing 50 of 120');
    expect(container.querySelector('[data-testid="stage-chip"][data-stage="notice"]')?.textContent).toContain('40');
    expect(fake.calls.some((c) => c.op === 'overview.list')).toBe(false);

    // A search needs every row: it waits for the full list.
    await type(container.querySelector<HTMLInputElement>('input[type="search"]')!, 'client 119');
    expect(rowsIn()).toHaveLength(0);
    expect(container.querySelector('[role="status"][aria-busy="true"]')?.textContent).toBe('Loading…');

    await act(async () => {
      releaseList(handlers['overview.list']!({ today: '2026-03-10' }) as OverviewRow[]);
      await settle();
    });
    await flush();
    expect(rowsIn().map((r) => r.textContent)).toEqual([expect.stringContaining('Client 119')]);
  });

  it('another order and the CSV wait for the full list, asked for when they are used', async () => {
    const rows = Array.from({ length: 60 }, (_, i) => row({ name: `Client ${String(i).padStart(3, '0')}`, clientId: `c${i}`, offboardingId: `o${i}` }));
    let releaseList: (rows: OverviewRow[]) => void = () => {};
    const handlers = overviewHandlers(() => rows);
    const fake = fakeStore({
      'settings.get': () => settings('en'),
      'overview.summary': handlers['overview.summary'],
      'overview.list': () => new Promise<OverviewRow[]>((resolve) => (releaseList = resolve)),
    });
    await act(async () => {
      render(<PopupApp store={fake.store} nav={nav} today="2026-03-10" languages={['en-US']} />, container);
      await settle();
    });
    await flush();
    const lists = () => fake.calls.filter((c) => c.op === 'overview.list').length;
    expect(lists()).toBe(0);
    const saved: Blob[] = [];
    const created = URL.createObjectURL;
    const revoked = URL.revokeObjectURL;
    URL.createObjectURL = (blob: Blob) => (saved.push(blob), 'blob:test');
    URL.revokeObjectURL = () => undefined;
    const follow = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      const csv = container.querySelector<HTMLButtonElement>('.popup__footer button')!;
      await act(async () => {
        csv.click();
        await settle();
      });
      await flush();
      expect(lists()).toBe(1);
      expect(saved).toHaveLength(0);
      expect(csv.disabled).toBe(true);
      const sort = container.querySelector<HTMLSelectElement>('[data-testid="popup-sort"]')!;
      await act(async () => {
        sort.value = 'name';
        sort.dispatchEvent(new Event('change', { bubbles: true }));
        await settle();
      });
      await flush();
      // A page of 50 sorted by name would be a wrong answer: it waits instead.
      expect(rowsIn()).toHaveLength(0);
      await act(async () => {
        releaseList(handlers['overview.list']!({ today: '2026-03-10' }) as OverviewRow[]);
        await settle();
      });
      await flush();
      expect(saved).toHaveLength(1);
      const text = await new Promise<string>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(String(reader.result));
        reader.readAsText(saved[0]!);
      });
      expect(text.split('\n').filter((line) => line.includes('Client'))).toHaveLength(60);
      expect(rowsIn()).toHaveLength(50);
      expect(lists()).toBe(1);
    } finally {
      URL.createObjectURL = created;
      URL.revokeObjectURL = revoked;
      follow.mockRestore();
    }
  });

  it('renders one row per client with its stage, sorted by deadline, overdue marked in text', async () => {
    await mount([
      row({ name: 'Later', stage: 'handover', nextDeadline: { on: '2026-04-01', what: 'notice-end' } }),
      row({ name: 'Late payer', stage: 'settlement', overdue: true, nextDeadline: { on: '2026-03-01', what: 'payment-due' } }),
    ]);
    const rows = rowsIn();
    expect(rows.map((r) => r.dataset.stage)).toEqual(['settlement', 'handover']);
    expect(rows[0]?.textContent).toContain('Late payer');
    expect(rows[0]?.querySelector('[data-testid="overdue"]')?.textContent).toContain('Overdue');
    expect(rows[1]?.querySelector('[data-testid="overdue"]')).toBeNull();
    expect(rows[0]?.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')).toBe('1');
    expect(container.querySelector('[data-testid="overview-empty"]')).toBeNull();
  });

  it('filters by the stage chips and by the search box', async () => {
    await mount([
      row({ name: 'Anna Nowak', company: 'Drukarnia', stage: 'notice' }),
      row({ name: 'Jan Kowalski', stage: 'handover' }),
      row({ name: 'Ewa Lis', stage: 'notice' }),
    ]);
    const chip = container.querySelector<HTMLButtonElement>('[data-testid="stage-chip"][data-stage="notice"]');
    expect(chip?.textContent).toContain('2');
    await act(async () => {
      chip?.click();
      await settle();
    });
    await flush();
    expect(rowsIn().map((r) => r.dataset.stage)).toEqual(['notice', 'notice']);
    expect(chip?.getAttribute('aria-pressed')).toBe('true');

    await type(container.querySelector<HTMLInputElement>('input[type="search"]')!, 'druk');
    expect(rowsIn().map((r) => r.textContent)).toEqual([expect.stringContaining('Anna Nowak')]);

    await type(container.querySelector<HTMLInputElement>('input[type="search"]')!, 'kowalski');
    expect(rowsIn()).toHaveLength(0);
    expect(container.textContent).toContain('No client matches the search.');
  });

  it('renders a page of rows at a time for thousands of clients', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => row({ name: `Client ${String(i).padStart(4, '0')}` }));
    await mount(many);
    expect(rowsIn()).toHaveLength(50);
    const more = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Show more');
    await act(async () => {
      more?.click();
      await settle();
    });
    await flush();
    expect(rowsIn()).toHaveLength(100);
    expect(container.textContent).toContain('Showing 100 of 3000');
  });

  it('opens the webmail thread, or the client card when there is none', async () => {
    await mount([
      row({ name: 'A', clientId: 'ca', nextDeadline: { on: '2026-03-01', what: 'notice-end' }, thread: { provider: 'gmail', threadId: 't', url: 'https://mail.google.com/mail/u/0/#inbox/t' } }),
      row({ name: 'B', clientId: 'cb' }),
    ]);
    const buttons = rowsIn().map((r) => r.querySelector('button')!);
    await act(async () => {
      buttons[0]?.click();
      buttons[1]?.click();
    });
    await flush();
    expect(opened).toEqual(['https://mail.google.com/mail/u/0/#inbox/t', 'chrome-extension://x/options.html#client=cb']);
  });

  it('renders nothing before the settings arrive (no wrong-language flash), then Polish', async () => {
    let release: (s: Settings) => void = () => {};
    const fake = fakeStore({
      'settings.get': () => new Promise<Settings>((resolve) => (release = resolve)),
      ...overviewHandlers(() => []),
    });
    await act(async () => {
      render(<PopupApp store={fake.store} nav={nav} today="2026-03-10" languages={['en-US']} />, container);
      await settle();
    });
    await flush();
    expect(container.textContent).toBe('');
    await act(async () => {
      release(settings('pl'));
      await settle();
    });
    await flush();
    expect(container.textContent).toContain('Eksport CSV');
  });

  it('reloads when the store changes', async () => {
    let rows: OverviewRow[] = [];
    const fake = fakeStore({ 'settings.get': () => settings('en'), ...overviewHandlers(() => rows) });
    await act(async () => {
      render(<PopupApp store={fake.store} nav={nav} today="2026-03-10" />, container);
      await settle();
    });
    await flush();
    expect(rowsIn()).toHaveLength(0);
    rows = [row({ stage: 'closing' })];
    await act(async () => {
      fake.emit({ type: 'offboard:store-changed', tables: ['offboardings'] });
      await settle();
    });
    await flush();
    expect(rowsIn().map((r) => r.dataset.stage)).toEqual(['closing']);
  });
});
