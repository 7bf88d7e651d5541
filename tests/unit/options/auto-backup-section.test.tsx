// @vitest-environment jsdom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AutoBackupSection } from '../../../components/options/AutoBackupSection';
import type { AutoBackupState } from '../../../storage/protocol';
import { fakeStore, flush } from '../popup/fake-store';

let container: HTMLElement;
beforeEach(() => {
  container = document.createElement('div');
  document.body.append(container);
});
afterEach(() => {
  render(null, container);
  container.remove();
});

const off: AutoBackupState = { enabled: false, intervalDays: 7, keep: 5, files: [], lastAutoAt: null, failure: null };

function setup(initial: AutoBackupState, grant: boolean) {
  let state = initial;
  const fake = fakeStore({
    'backup.autoStatus': () => state,
    'backup.autoConfigure': (config) => (state = { ...state, ...config, failure: null }),
  });
  const permission = { request: vi.fn(async () => grant), remove: vi.fn(async () => true) };
  return { ...fake, permission, state: () => state };
}

async function mount(env: ReturnType<typeof setup>, uiLang: 'pl' | 'en' = 'en') {
  await act(async () => {
    render(<AutoBackupSection store={env.store} uiLang={uiLang} permission={env.permission} />, container);
  });
  await flush();
}

const q = (testId: string) => container.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;

async function click(testId: string) {
  await act(async () => {
    q(testId).click();
  });
  await flush();
}

describe('the automatic backup on the options page', () => {
  it('asks for the downloads permission first, in the click, and turns on only once it is granted', async () => {
    const env = setup(off, true);
    await mount(env);
    expect(q('auto-backup-enabled').checked).toBe(false);
    await click('auto-backup-enabled');
    expect(env.permission.request).toHaveBeenCalledTimes(1);
    // Nothing reached the store before the browser was asked.
    expect(env.calls.map((call) => call.op)).toEqual(['backup.autoStatus', 'backup.autoConfigure']);
    expect(env.state()).toMatchObject({ enabled: true, intervalDays: 7, keep: 5 });
    expect(q('auto-backup-enabled').checked).toBe(true);
  });

  it('stays off and says why when the browser refuses, in Polish too', async () => {
    const env = setup(off, false);
    await mount(env, 'pl');
    await click('auto-backup-enabled');
    expect(env.state().enabled).toBe(false);
    expect(q('auto-backup-error').textContent).toMatch(/przeglądarka nie udzieliła zgody/);
  });

  it('turning it off saves that first, then gives the permission back', async () => {
    const env = setup({ ...off, enabled: true, lastAutoAt: '2026-12-01T10:00:00.000Z', files: [{ id: 4, at: '2026-12-01T10:00:00.000Z' }] }, true);
    await mount(env);
    expect(q('auto-backup-last').textContent).toMatch(/Last automatic backup: 1 Dec 2026, \d\d:00\. Files kept: 1\./);
    await click('auto-backup-enabled');
    expect(env.state().enabled).toBe(false);
    expect(env.permission.remove).toHaveBeenCalledTimes(1);
    expect(env.permission.request).not.toHaveBeenCalled();
  });

  it('shows a failure in the UI language, and closing it clears it', async () => {
    const env = setup({ ...off, enabled: true, failure: { code: 'disk-full', at: '2026-12-01T10:00:00.000Z' } }, true);
    await mount(env, 'pl');
    expect(q('auto-backup-failure').textContent).toMatch(/na dysku zabrakło miejsca\. Dane w Offboardzie są nienaruszone/);
    await act(async () => {
      container.querySelector<HTMLButtonElement>('[data-testid="auto-backup-failure"] button')!.click();
    });
    await flush();
    expect(env.state().failure).toBeNull();
    expect(container.querySelector('[data-testid="auto-backup-failure"]')).toBeNull();
  });

  it('saves the interval and the number kept', async () => {
    const env = setup(off, true);
    await mount(env);
    await act(async () => {
      const keep = q('auto-backup-keep') as unknown as HTMLSelectElement;
      keep.value = '2';
      keep.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(env.state().keep).toBe(2);
    expect((q('auto-backup-interval') as unknown as HTMLSelectElement).options.length).toBe(4);
  });

  it('keeps both of two changes made before the first is answered', async () => {
    // The store answers only when released, as a busy background does: the second change is sent
    // while the screen still shows the state before the first.
    let state = off;
    const held: Array<() => void> = [];
    const fake = fakeStore({
      'backup.autoStatus': () => state,
      'backup.autoConfigure': (patch) =>
        new Promise<AutoBackupState>((resolve) => held.push(() => resolve((state = { ...state, ...patch, failure: null })))),
    });
    const env = { ...fake, permission: { request: vi.fn(async () => true), remove: vi.fn(async () => true) }, state: () => state };
    await mount(env);
    const choose = async (testId: string, value: string) => {
      await act(async () => {
        const select = q(testId) as unknown as HTMLSelectElement;
        select.value = value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
      });
    };
    await choose('auto-backup-keep', '2');
    await choose('auto-backup-interval', '1');
    expect(held).toHaveLength(2);
    await act(async () => held.forEach((release) => release()));
    await flush();
    expect(env.state()).toMatchObject({ keep: 2, intervalDays: 1, enabled: false });
    expect((q('auto-backup-keep') as unknown as HTMLSelectElement).value).toBe('2');
    expect((q('auto-backup-interval') as unknown as HTMLSelectElement).value).toBe('1');
  });
});
