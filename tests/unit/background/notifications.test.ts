import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { DAILY_ALARM, MAX_NOTIFICATIONS_PER_RUN, RUN_SOON_DELAY_MS, registerAlerts, runDailyCheck } from '../../../background/notifications';
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
  const session = new Map<string, unknown>();
  const created: Array<{ id: string; title: string; message: string }> = [];
  const badge: string[] = [];
  const titles: string[] = [];
  const listeners = {
    alarm: [] as Array<(alarm: { name: string }) => void>,
    click: [] as Array<(id: string) => void>,
    startup: [] as Array<() => void>,
    installed: [] as Array<() => void>,
  };
  const alarms: Array<{ name: string; info: unknown }> = [];
  const opened: string[] = [];
  const granted: string[] = [];
  const chromeStub = {
    permissions: { getAll: async () => ({ origins: [...granted] }) },
    alarms: {
      get: async (name: string) => alarms.find((alarm) => alarm.name === name),
      create: async (name: string, info: unknown) => void alarms.push({ name, info }),
      onAlarm: { addListener: (fn: (alarm: { name: string }) => void) => listeners.alarm.push(fn) },
    },
    tabs: { create: async ({ url }: { url: string }) => void opened.push(url) },
    action: {
      setBadgeText: vi.fn(async ({ text }: { text: string }) => void badge.push(text)),
      setBadgeBackgroundColor: vi.fn(async () => undefined),
      setTitle: vi.fn(async ({ title }: { title: string }) => void titles.push(title)),
    },
    notifications: {
      create: vi.fn(async (id: string, options: { title: string; message: string }) => {
        created.push({ id, title: options.title, message: options.message });
        return id;
      }),
      clear: async () => true,
      onClicked: { addListener: (fn: (id: string) => void) => listeners.click.push(fn) },
    },
    runtime: {
      getURL: (path: string) => `chrome-extension://x${path}`,
      onStartup: { addListener: (fn: () => void) => listeners.startup.push(fn) },
      onInstalled: { addListener: (fn: () => void) => listeners.installed.push(fn) },
    },
    storage: {
      session: {
        get: async (key: string) => (session.has(key) ? { [key]: session.get(key) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) session.set(key, value);
        },
      },
      local: {
        get: async (key: string) => (local.has(key) ? { [key]: local.get(key) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [key, value] of Object.entries(items)) local.set(key, value);
        },
      },
    },
  };
  return { chromeStub, created, badge, titles, local, session, listeners, alarms, opened, granted };
}

const store: AlertStore = {
  alertCandidates: async () => ({
    clients: [makeClient()],
    offboardings: [
      makeOffboarding({ notice: { servedOn: '2026-03-01', channel: 'email', acknowledgementRequested: false, servedBy: 'we' } }),
    ],
  }),
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

  it('keeps what it notified (ids, thread URLs) in storage.session, never in storage.local that content scripts read', async () => {
    const fresh = await runDailyCheck(store, '2026-03-29');
    expect(fresh).toHaveLength(1);
    expect(fake.local.size).toBe(0);
    expect(JSON.stringify([...fake.session.values()])).toContain(fresh[0]!.id);
  });

  it('shows at most a handful of notifications per run, then one summary with the count', async () => {
    const many = Array.from({ length: 8 }, (_, i) => ({ client: makeClient({ id: `c${i}`, name: `Klient ${i}` }), i }));
    const crowd: AlertStore = {
      alertCandidates: async () => ({
        clients: many.map((m) => m.client),
        offboardings: many.map((m) =>
          makeOffboarding({ id: `o${m.i}`, clientId: m.client.id, notice: { servedOn: '2026-03-01', channel: 'email', acknowledgementRequested: false, servedBy: 'we' } }),
        ),
      }),
      settingsGet: async () => settings,
    };
    const shown = await runDailyCheck(crowd, '2026-03-29');
    expect(shown).toHaveLength(MAX_NOTIFICATIONS_PER_RUN);
    expect(fake.created).toHaveLength(MAX_NOTIFICATIONS_PER_RUN + 1);
    const summary = fake.created[MAX_NOTIFICATIONS_PER_RUN]!;
    expect(summary.id).toBe('offboard:summary');
    expect(summary.message).toBe(`Kolejne sprawy wymagające uwagi: ${8 - MAX_NOTIFICATIONS_PER_RUN}. Otwórz Offboard, aby zobaczyć wszystkie.`);
    expect(fake.badge).toEqual(['8']);
    // The same day again: nothing new, no second summary.
    await runDailyCheck(crowd, '2026-03-29');
    expect(fake.created).toHaveLength(MAX_NOTIFICATIONS_PER_RUN + 1);
  });

  it('clears the badge when nothing is due', async () => {
    await runDailyCheck(store, '2026-03-01');
    expect(fake.created).toHaveLength(0);
    expect(fake.badge).toEqual(['']);
  });
});

describe('the backup reminder on the badge', () => {
  const withBackup = (lastBackupAt: string | null, backupReminderDays?: number): AlertStore => ({
    alertCandidates: async () => ({ clients: [makeClient()], offboardings: [] }),
    settingsGet: async () => ({ ...settings, ...(backupReminderDays === undefined ? {} : { backupReminderDays }) }),
    dataBackupStatus: async () => ({ lastBackupAt, hasClients: true }),
  });

  it('marks the badge and explains in the tooltip when there has never been a backup', async () => {
    await runDailyCheck(withBackup(null), '2026-03-29');
    expect(fake.badge.at(-1)).toBe('!');
    expect(fake.titles.at(-1)).toBe('Offboard: nie masz jeszcze kopii danych. Zapisz ją w ustawieniach (Dane).');
  });

  it('marks it once the last backup is older than the chosen interval (a week by default), not before', async () => {
    await runDailyCheck(withBackup('2026-03-22T10:00:00.000Z'), '2026-03-29');
    expect(fake.badge.at(-1)).toBe('');
    await runDailyCheck(withBackup('2026-03-21T10:00:00.000Z'), '2026-03-29');
    expect(fake.badge.at(-1)).toBe('!');
    expect(fake.titles.at(-1)).toBe('Offboard: ostatnia kopia danych ma 8 dni. Zapisz nową w ustawieniach (Dane).');
    await runDailyCheck(withBackup('2026-03-21T10:00:00.000Z', 14), '2026-03-29');
    expect(fake.badge.at(-1)).toBe('');
  });

  it('marks it after a failed automatic backup even when the last backup is fresh, and says which failure', async () => {
    const failed = (code: 'disk-full' | 'permission-removed'): AlertStore => ({
      ...withBackup('2026-03-28T10:00:00.000Z'),
      dataBackupStatus: async () => ({ lastBackupAt: '2026-03-28T10:00:00.000Z', hasClients: true, autoBackupFailure: { code, at: '2026-03-29T08:00:00.000Z' } }),
    });
    await runDailyCheck(failed('disk-full'), '2026-03-29');
    expect(fake.badge.at(-1)).toBe('!');
    expect(fake.titles.at(-1)).toBe('Offboard: nie udało się zapisać automatycznej kopii danych. Szczegóły w ustawieniach (Dane).');
    await runDailyCheck(failed('permission-removed'), '2026-03-29');
    expect(fake.titles.at(-1)).toMatch(/^Offboard: automatyczna kopia danych jest wyłączona/);
    await runDailyCheck(withBackup('2026-03-28T10:00:00.000Z'), '2026-03-29');
    expect(fake.badge.at(-1)).toBe('');
  });
});

describe('registerAlerts', () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('creates the daily alarm once and runs the check when it fires', async () => {
    registerAlerts(store);
    await settle();
    expect(fake.alarms).toEqual([{ name: DAILY_ALARM, info: { periodInMinutes: 24 * 60, delayInMinutes: 1 } }]);
    registerAlerts(store);
    await settle();
    expect(fake.alarms).toHaveLength(1);

    fake.listeners.alarm[0]?.({ name: 'something-else' });
    await settle();
    expect(fake.badge).toEqual([]);
    fake.listeners.alarm[0]?.({ name: DAILY_ALARM });
    await vi.waitFor(() => expect(fake.badge).toHaveLength(1));
  });

  it('recomputes the badge once after a burst of store changes', async () => {
    vi.useFakeTimers();
    try {
      const alerts = registerAlerts(store);
      await vi.advanceTimersByTimeAsync(0);
      const before = fake.badge.length;
      alerts.runSoon();
      alerts.runSoon();
      alerts.runSoon();
      await vi.advanceTimersByTimeAsync(RUN_SOON_DELAY_MS - 1);
      expect(fake.badge).toHaveLength(before);
      await vi.advanceTimersByTimeAsync(1);
      await vi.waitFor(() => expect(fake.badge).toHaveLength(before + 1));
    } finally {
      vi.useRealTimers();
    }
  });

  it("opens a thread at a company's Outlook address only while that address is granted", async () => {
    const url = 'https://poczta.firma.pl/owa/#path=/mail/inbox/rp';
    const withThread: AlertStore = {
      ...store,
      alertCandidates: async () => ({
        clients: [makeClient()],
        offboardings: [
          makeOffboarding({
            thread: { provider: 'outlook', threadId: 't', url },
            notice: { servedOn: '2026-03-01', channel: 'email', acknowledgementRequested: false, servedBy: 'we' },
          }),
        ],
      }),
    };
    registerAlerts(withThread);
    const notGranted = await runDailyCheck(withThread, '2026-03-29');
    fake.listeners.click[0]?.(`offboard:${notGranted[0]?.id}`);
    await vi.waitFor(() => expect(fake.opened).toEqual(['chrome-extension://x/options.html#client=c1']));

    fake.session.clear();
    fake.granted.push('https://poczta.firma.pl/*');
    const grantedRun = await runDailyCheck(withThread, '2026-03-29');
    fake.listeners.click[0]?.(`offboard:${grantedRun[0]?.id}`);
    await vi.waitFor(() => expect(fake.opened).toEqual(['chrome-extension://x/options.html#client=c1', url]));
  });

  it('opens the client card on a click when the offboarding has no thread link', async () => {
    const fresh = await runDailyCheck(store, '2026-03-29');
    registerAlerts(store);
    fake.listeners.click[0]?.(`offboard:${fresh[0]?.id}`);
    await vi.waitFor(() => expect(fake.opened).toEqual(['chrome-extension://x/options.html#client=c1']));
    fake.listeners.click[0]?.('someone-else');
    await settle();
    expect(fake.opened).toHaveLength(1);
  });
});
