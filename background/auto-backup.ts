/**
 * The optional automatic backup, run by the background: an hourly alarm while it is on (and every store change)
 * checks whether one is due (offboarding/auto-backup.ts), a file is made (backup-files.ts) and saved
 * with chrome.downloads into offboard-backups/, and the files beyond the newest N are removed — only
 * those whose download ids we recorded. A failure is recorded (options page and badge) and changes
 * nothing else; a withdrawn downloads permission turns it off.
 */
import { autoBackupDue, autoBackupFileName } from '../offboarding/auto-backup';
import type { AutoBackupFailure, AutoBackupState } from '../storage/protocol';
import type { BackupFiles } from './backup-files';

export const AUTO_BACKUP_ALARM = 'offboard-auto-backup';
export const AUTO_BACKUP_PERIOD_MINUTES = 60;
export const DOWNLOADS_PERMISSION = 'downloads';

/** The Store's part (storage/repo.ts fits as it is). */
export interface AutoBackupStore {
  backupAutoStatus(): Promise<AutoBackupState>;
  autoBackupSaved(id: number): Promise<{ state: AutoBackupState; remove: number[] }>;
  autoBackupForget(ids: readonly number[]): Promise<AutoBackupState>;
  autoBackupFailed(failure: Omit<AutoBackupFailure, 'at'>): Promise<AutoBackupState>;
}

export interface DownloadDelta {
  id: number;
  state?: { current?: string };
  error?: { current?: string };
}

/** The part of chrome.downloads used here; present only while the optional permission is granted. */
export interface DownloadsApi {
  download(options: { url: string; filename: string; conflictAction: 'uniquify'; saveAs: false }): Promise<number>;
  search(query: { id: number }): Promise<Array<{ id: number; state?: string; error?: string }>>;
  removeFile(id: number): Promise<void>;
  erase(query: { id: number }): Promise<unknown>;
  onChanged: { addListener(listener: (delta: DownloadDelta) => void): void; removeListener(listener: (delta: DownloadDelta) => void): void };
}

export interface AutoBackupDeps {
  store: AutoBackupStore;
  files: BackupFiles;
  downloads: () => DownloadsApi | undefined;
  hasPermission: () => Promise<boolean>;
  now?: () => Date;
  /** After a run recorded something (the badge is recomputed). */
  onRecorded?: () => void;
}

export type AutoBackupOutcome = 'not-due' | 'saved' | 'failed';

/** One run: nothing when not due; otherwise a file, or a recorded failure. Never throws. */
export async function runAutoBackup(deps: AutoBackupDeps): Promise<AutoBackupOutcome> {
  const now = deps.now ?? (() => new Date());
  const state = await deps.store.backupAutoStatus();
  if (!autoBackupDue(state, state.lastAutoAt, now())) return 'not-due';
  const downloads = deps.downloads();
  if (!downloads || !(await deps.hasPermission())) return fail(deps, { code: 'permission-removed' });

  let file;
  try {
    file = await deps.files.make();
  } catch (error) {
    return fail(deps, { code: 'export-failed', detail: describe(error) });
  }
  try {
    const result = await saveDownload(downloads, file.url, autoBackupFileName(now()));
    if (result.error !== undefined) return fail(deps, { code: result.error === 'FILE_NO_SPACE' ? 'disk-full' : 'download-failed', detail: result.error });
    const { remove } = await deps.store.autoBackupSaved(result.id);
    if (remove.length > 0) await deps.store.autoBackupForget(await removeDownloads(downloads, remove));
    deps.onRecorded?.();
    return 'saved';
  } catch (error) {
    return fail(deps, { code: 'download-failed', detail: describe(error) });
  } finally {
    await file.release();
  }
}

/** Starts the download and waits until the browser says it is complete or interrupted. */
async function saveDownload(downloads: DownloadsApi, url: string, filename: string): Promise<{ id: number; error?: string }> {
  const deltas: DownloadDelta[] = [];
  let settle: ((delta: DownloadDelta) => void) | undefined;
  const listener = (delta: DownloadDelta) => {
    deltas.push(delta);
    settle?.(delta);
  };
  downloads.onChanged.addListener(listener);
  try {
    const id = await downloads.download({ url, filename, conflictAction: 'uniquify', saveAs: false });
    const ended = (state: string | undefined) => state === 'complete' || state === 'interrupted';
    const outcome = await new Promise<{ state: string; error?: string }>((resolve) => {
      settle = (delta) => {
        if (delta.id === id && ended(delta.state?.current)) resolve({ state: delta.state!.current!, ...(delta.error?.current ? { error: delta.error.current } : {}) });
      };
      deltas.forEach((delta) => settle?.(delta));
      // It may have ended before the listener saw it.
      void downloads.search({ id }).then(([item]) => {
        if (item && ended(item.state)) resolve({ state: item.state!, ...(item.error ? { error: item.error } : {}) });
      });
    });
    if (outcome.state === 'complete') return { id };
    await downloads.erase({ id }).catch(() => undefined);
    return { id, error: outcome.error ?? 'INTERRUPTED' };
  } finally {
    downloads.onChanged.removeListener(listener);
  }
}

/**
 * Removes each file and its entry in the browser's list; a file the user already deleted or moved
 * is just forgotten. Returns the ids that are gone.
 */
async function removeDownloads(downloads: DownloadsApi, ids: readonly number[]): Promise<number[]> {
  const gone: number[] = [];
  for (const id of ids) {
    await downloads.removeFile(id).catch(() => undefined);
    try {
      await downloads.erase({ id });
      gone.push(id);
    } catch {
      // Still listed: tried again after the next backup.
    }
  }
  return gone;
}

async function fail(deps: AutoBackupDeps, failure: Omit<AutoBackupFailure, 'at'>): Promise<'failed'> {
  try {
    await deps.store.autoBackupFailed(failure);
    deps.onRecorded?.();
  } catch (error) {
    console.error('Offboard: could not record the automatic backup failure', error);
  }
  return 'failed';
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 500);
}

/** The withdrawn permission (from the browser's settings, or the options page) stops it and says so. */
export async function permissionWithdrawn(store: AutoBackupStore, onRecorded?: () => void): Promise<void> {
  const state = await store.backupAutoStatus();
  if (!state.enabled) return;
  await store.autoBackupFailed({ code: 'permission-removed' });
  onRecorded?.();
}

/** Call once from the background's main(); listeners are registered synchronously (MV3 wake-up). */
export function registerAutoBackup(deps: AutoBackupDeps): { check(): void } {
  let running: Promise<unknown> | null = null;
  const check = () => {
    if (running) return;
    running = runAutoBackup(deps)
      .then(() => syncAlarm(deps.store))
      .catch((error: unknown) => console.error('Offboard: automatic backup failed', error))
      .finally(() => {
        running = null;
      });
  };
  chrome.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === AUTO_BACKUP_ALARM) check();
  });
  chrome.permissions.onRemoved.addListener((removed) => {
    if (removed.permissions?.includes(DOWNLOADS_PERMISSION)) void permissionWithdrawn(deps.store, deps.onRecorded);
  });
  // Whatever was last chosen: a browser start checks once and keeps the alarm only while it is on.
  check();
  return { check };
}

/** The hourly alarm exists only while the automatic backup is on: off, nothing wakes the worker for it. */
export async function syncAlarm(store: Pick<AutoBackupStore, 'backupAutoStatus'>): Promise<void> {
  const [{ enabled }, existing] = await Promise.all([store.backupAutoStatus(), chrome.alarms.get(AUTO_BACKUP_ALARM)]);
  if (enabled && !existing) await chrome.alarms.create(AUTO_BACKUP_ALARM, { periodInMinutes: AUTO_BACKUP_PERIOD_MINUTES, delayInMinutes: AUTO_BACKUP_PERIOD_MINUTES });
  if (!enabled && existing) await chrome.alarms.clear(AUTO_BACKUP_ALARM);
}
