import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { runDailyCheck } from '../../../background/notifications';
import type { AlertStore } from '../../../background/notifications';
import type { Settings } from '../../../offboarding/types';
import type { Store } from '../../../storage/repo';
import { makeClient, makeOffboarding } from './fixtures';

const settings: Settings = {
  profile: { name: 'Ola', senderForm: 'f', signature: 'webmail' },
  defaultLanguage: 'pl',
  defaultTone: 'formal',
  defaultNoticePeriod: { months: 1 },
  uiLanguage: 'pl',
};

function fakeChrome() {
  const local = new Map<string, unknown>();
  const created: Array<{ id: string; title: string; message: string }> = [];
  const badge: string[] = [];
  const chromeStub = {
    action: {
      setBadgeText: vi.fn(async ({ text }: { text: string }) => void badge.push(text)),
      setBadgeBackgroundColor: vi.fn(async () => undefined),
    },
    notifications: {
      create: vi.fn(async (id: string, options: { title: string; message: string }) => {
        created.push({ id, title: options.title, message: options.message });
        return id;
      }),
    },
    runtime: { getURL: (path: string) => `chrome-extension://x${path}` },
    storage: {
      local: {
        get: async (key: string) => (local.has(key) ? { [key]: local.get(key) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) local.set(key, value);
        },
      },
    },
  };
  return { chromeStub, created, badge, local };
}

const store: AlertStore = {
  db: {
    clients: { toArray: async () => [makeClient()] },
    offboardings: {
      toArray: async () => [
        makeOffboarding({ notice: { servedOn: '2026-03-01', channel: 'email', acknowledgementRequested: false, servedBy: 'we' } }),
      ],
    },
  },
  settingsGet: async () => settings,
};

let fake: ReturnType<typeof fakeChrome>;
beforeEach(() => {
  fake = fakeChrome();
  vi.stubGlobal('chrome', fake.chromeStub);
});
afterEach(() => vi.unstubAllGlobals());

describe('runDailyCheck', () => {
  it('accepts the background Store as it is', () => {
    expectTypeOf<Store>().toMatchTypeOf<AlertStore>();
  });

  it('notifies in the UI language and sets the badge', async () => {
    const fresh = await runDailyCheck(store, '2026-03-29');
    expect(fresh).toHaveLength(1);
    expect(fake.created[0]?.title).toBe('Koniec okresu wypowiedzenia: Anna Nowak (Nowak Design)');
    expect(fake.created[0]?.id).toBe(`offboard:${fresh[0]?.id}`);
    expect(fake.badge).toEqual(['1']);
  });

  it('does not notify the same item twice on one day, but again on the next day', async () => {
    await runDailyCheck(store, '2026-03-29');
    await runDailyCheck(store, '2026-03-29');
    expect(fake.created).toHaveLength(1);
    await runDailyCheck(store, '2026-03-30');
    expect(fake.created).toHaveLength(2);
    expect(fake.badge).toEqual(['1', '1', '1']);
  });

  it('clears the badge when nothing is due', async () => {
    await runDailyCheck(store, '2026-03-01');
    expect(fake.created).toHaveLength(0);
    expect(fake.badge).toEqual(['']);
  });
});
