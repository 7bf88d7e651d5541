/**
 * Wiring of the daily check (thin; the rules live in alerts.ts): a chrome.alarms alarm once a day
 * plus a run at startup, a notification per new due item (never the same item twice on one day; at
 * most MAX_NOTIFICATIONS_PER_RUN of them, then one summary), the due count on the toolbar badge, and a
 * click that opens the client's conversation or card.
 *
 * What was notified (offboarding ids, thread URLs) lives in chrome.storage.session, whose default
 * access level is trusted contexts only: content scripts, which run in the webmail page's process,
 * cannot read it (they can read chrome.storage.local). It is cleared when the browser restarts, so an
 * item due that day may be notified once more after a restart.
 */
import { resolveUiLang } from '../common/i18n';
import { todayIso } from '../offboarding/calendar';
import type { Client, Offboarding, Settings } from '../offboarding/types';
import { autoBackupFailedTitle, backupDueTitle, badgeText, collectAlerts, newAlerts } from './alerts';
import { backupReminder } from '../offboarding/backup-reminder';
import type { BackupStatus } from '../storage/protocol';
import type { AlertItem } from './alerts';
import { clientTarget } from '../common/thread-target';

export const DAILY_ALARM = 'offboard-daily';
export const DAILY_PERIOD_MINUTES = 24 * 60;
const NOTIFIED_KEY = 'offboard:notified';
/** Notifications of single items per run; anything beyond gets one summary notification. */
export const MAX_NOTIFICATIONS_PER_RUN = 3;
const SUMMARY_ID = 'summary';
const SUMMARY = {
  title: { pl: 'Offboard: kolejne terminy', en: 'Offboard: more deadlines' },
  body: {
    pl: 'Kolejne sprawy wymagające uwagi: {n}. Otwórz Offboard, aby zobaczyć wszystkie.',
    en: 'More items that need your attention: {n}. Open Offboard to see them all.',
  },
} as const;
const NOTIFICATION_PREFIX = 'offboard:';
const BADGE_COLOR = '#d93025';

/** The read access the alarm needs; the background's Store (storage/repo.ts) fits as it is. */
export interface AlertStore {
  /**
   * The clients and current offboardings that may have something due `today`: collectAlerts on
   * them must equal collectAlerts on every client and offboarding (storage/repo.ts reads them
   * through an index of the days each pair can be due, so the check's cost follows the due work).
   */
  alertCandidates(today: string): Promise<{ clients: Client[]; offboardings: Offboarding[] }>;
  settingsGet(): Promise<Settings>;
  /** For the backup reminder; without it the badge shows deadlines only. */
  dataBackupStatus?(): Promise<BackupStatus>;
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

  // The service worker wakes for every message; the check runs on browser start, on install/update,
  // on the alarm and once a burst of changes has settled (runSoon), not on every wake.
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

export async function runDailyCheck(store: AlertStore, today: string = todayIso()): Promise<AlertItem[]> {
  const [{ clients, offboardings }, settings, backup] = await Promise.all([store.alertCandidates(today), store.settingsGet(), store.dataBackupStatus?.()]);
  const lang = resolveUiLang(settings.uiLanguage);
  const alerts = collectAlerts(clients, offboardings, today);
  const reminder = backup ? backupReminder(backup, today, settings.backupReminderDays) : { due: false, daysSince: null };

  await chrome.action.setBadgeBackgroundColor({ color: BADGE_COLOR });
  const failure = backup?.autoBackupFailure;
  await chrome.action.setBadgeText({ text: badgeText(alerts.length, reminder.due || failure !== undefined) });
  await chrome.action.setTitle({ title: failure ? autoBackupFailedTitle(failure.code)[lang] : reminder.due ? backupDueTitle(reminder.daysSince)[lang] : '' });

  const record = await readNotified(today);
  const optionsUrl = chrome.runtime.getURL('/options.html');
  // A thread at a company's Outlook address opens there only while its grant stands.
  const granted = (await chrome.permissions.getAll()).origins ?? [];
  // Overdue items first: they are the ones shown one by one when there are many.
  const fresh = newAlerts(alerts, new Set(Object.keys(record.targets))).sort((a, b) => Number(b.overdue) - Number(a.overdue));
  const shown = fresh.slice(0, MAX_NOTIFICATIONS_PER_RUN);
  for (const alert of shown) {
    record.targets[alert.id] = clientTarget(alert, optionsUrl, granted);
    await chrome.notifications.create(NOTIFICATION_PREFIX + alert.id, {
      type: 'basic',
      iconUrl: chrome.runtime.getURL('/icon/128.png'),
      title: alert.title[lang],
      message: alert.body[lang],
      priority: alert.overdue ? 2 : 1,
    });
  }
  const rest = fresh.slice(MAX_NOTIFICATIONS_PER_RUN);
  if (rest.length > 0) {
    // Counted as notified: tomorrow's run (or the badge) brings them up again, not every change today.
    for (const alert of rest) record.targets[alert.id] = clientTarget(alert, optionsUrl, granted);
    record.targets[SUMMARY_ID] = chrome.runtime.getURL('/popup.html');
    await chrome.notifications.create(NOTIFICATION_PREFIX + SUMMARY_ID, {
      type: 'basic',
      iconUrl: chrome.runtime.getURL('/icon/128.png'),
      title: SUMMARY.title[lang],
      message: SUMMARY.body[lang].split('{n}').join(String(rest.length)),
      priority: 1,
    });
  }
  if (fresh.length > 0) await chrome.storage.session.set({ [NOTIFIED_KEY]: record });
  return shown;
}

async function readNotified(today: string): Promise<NotifiedRecord> {
  const stored: unknown = (await chrome.storage.session.get(NOTIFIED_KEY))[NOTIFIED_KEY];
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
  const stored: unknown = (await chrome.storage.session.get(NOTIFIED_KEY))[NOTIFIED_KEY];
  const target = isNotifiedRecord(stored) ? stored.targets[id] : undefined;
  await chrome.tabs.create({ url: typeof target === 'string' ? target : chrome.runtime.getURL('/options.html') });
  await chrome.notifications.clear(notificationId);
}
