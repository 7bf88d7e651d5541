/**
 * Wiring of the daily check (thin; the rules live in alerts.ts): a chrome.alarms alarm once a day
 * plus a run at startup, a notification per new due item (never the same item twice on one day),
 * the due count on the toolbar badge, and a click that opens the client's conversation or card.
 */
import { resolveUiLang } from '../components/i18n';
import { localIsoDate } from '../components/popup/download';
import type { Client, Offboarding, Settings } from '../offboarding/types';
import { badgeText, collectAlerts, newAlerts } from './alerts';
import type { AlertItem } from './alerts';
import { clientTarget } from './targets';

export const DAILY_ALARM = 'offboard-daily';
export const DAILY_PERIOD_MINUTES = 24 * 60;
const NOTIFIED_KEY = 'offboard:notified';
const NOTIFICATION_PREFIX = 'offboard:';
const BADGE_COLOR = '#d93025';

/** The read access the alarm needs; the background's Store (storage/repo.ts) fits as it is. */
export interface AlertStore {
  db: {
    clients: { toArray(): PromiseLike<Client[]> };
    offboardings: { toArray(): PromiseLike<Offboarding[]> };
  };
  settingsGet(): Promise<Settings>;
}

/** What was notified today: ids and where a click on each leads. */
interface NotifiedRecord {
  day: string;
  targets: Record<string, string>;
}

export interface AlertsHandle {
  /** Runs the check now. */
  run(): Promise<void>;
  /** Runs the check once a burst of store changes has settled, so the badge stays current. */
  runSoon(): void;
}

/** How long a burst of changes may go on before the badge is recomputed. */
export const RUN_SOON_DELAY_MS = 2000;

/** Call once from the background's main(). Listeners are registered synchronously (MV3 wake-up). */
export function registerAlerts(store: AlertStore): AlertsHandle {
  const run = async (): Promise<void> => {
    try {
      await runDailyCheck(store);
    } catch (error) {
      console.error('Offboard: daily check failed', error);
    }
  };

  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === DAILY_ALARM) void run();
  });
  chrome.notifications.onClicked.addListener((notificationId) => void openTarget(notificationId));
  chrome.runtime.onStartup.addListener(() => void run());
  chrome.runtime.onInstalled.addListener(() => void run());

  // The service worker wakes for every message; checking on each wake would read the whole store
  // again and again, so the check runs on browser start, on install/update and on the alarm.
  void ensureAlarm();
  let pending: ReturnType<typeof setTimeout> | undefined;
  const runSoon = () => {
    if (pending !== undefined) clearTimeout(pending);
    pending = setTimeout(() => {
      pending = undefined;
      void run();
    }, RUN_SOON_DELAY_MS);
  };
  return { run, runSoon };
}

async function ensureAlarm(): Promise<void> {
  const existing = await chrome.alarms.get(DAILY_ALARM);
  if (!existing) await chrome.alarms.create(DAILY_ALARM, { periodInMinutes: DAILY_PERIOD_MINUTES, delayInMinutes: 1 });
}

export async function runDailyCheck(store: AlertStore, today: string = localIsoDate()): Promise<AlertItem[]> {
  const [clients, offboardings, settings] = await Promise.all([
    store.db.clients.toArray(),
    store.db.offboardings.toArray(),
    store.settingsGet(),
  ]);
  const lang = resolveUiLang(settings.uiLanguage);
  const alerts = collectAlerts(clients, offboardings, today);

  await chrome.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  await chrome.action.setBadgeText({ text: badgeText(alerts.length) });

  const record = await readNotified(today);
  const optionsUrl = chrome.runtime.getURL('/options.html');
  const fresh = newAlerts(alerts, new Set(Object.keys(record.targets)));
  for (const alert of fresh) {
    record.targets[alert.id] = clientTarget(alert, optionsUrl);
    await chrome.notifications.create(NOTIFICATION_PREFIX + alert.id, {
      type: 'basic',
      iconUrl: chrome.runtime.getURL('/icon/128.png'),
      title: alert.title[lang],
      message: alert.body[lang],
      priority: alert.overdue ? 2 : 1,
    });
  }
  if (fresh.length > 0) await chrome.storage.local.set({ [NOTIFIED_KEY]: record });
  return fresh;
}

async function readNotified(today: string): Promise<NotifiedRecord> {
  const stored: unknown = (await chrome.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY];
  if (isNotifiedRecord(stored) && stored.day === today) return stored;
  // A new day: yesterday's notifications may be repeated once.
  return { day: today, targets: {} };
}

function isNotifiedRecord(value: unknown): value is NotifiedRecord {
  if (value === null || typeof value !== 'object') return false;
  const record = value as Partial<NotifiedRecord>;
  return typeof record.day === 'string' && record.targets !== null && typeof record.targets === 'object';
}

async function openTarget(notificationId: string): Promise<void> {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const id = notificationId.slice(NOTIFICATION_PREFIX.length);
  const stored: unknown = (await chrome.storage.local.get(NOTIFIED_KEY))[NOTIFIED_KEY];
  const target = isNotifiedRecord(stored) ? stored.targets[id] : undefined;
  await chrome.tabs.create({ url: typeof target === 'string' ? target : chrome.runtime.getURL('/options.html') });
  await chrome.notifications.clear(notificationId);
}
