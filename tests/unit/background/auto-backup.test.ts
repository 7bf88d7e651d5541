import { afterEach, describe, expect, it, vi } from 'vitest';
import { AUTO_BACKUP_ALARM, permissionWithdrawn, runAutoBackup, syncAlarm, type DownloadDelta, type DownloadsApi } from '../../../background/auto-backup';
import type { BackupFiles } from '../../../background/backup-files';
import type { OffboardDB } from '../../../storage/db';
import { openTestStore } from '../storage/helpers';

const opened: OffboardDB[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
});

function setup() {
  const env = openTestStore();
  opened.push(env.db);
  return env;
}

/** A downloads API that completes (or interrupts with `error`) each download, and remembers what was asked. */
function fakeDownloads(options: { error?: string; removeFails?: Set<number> } = {}) {
  const listeners = new Set<(delta: DownloadDelta) => void>();
  const requested: Array<{ url: string; filename: string }> = [];
  const removed: number[] = [];
  const erased: number[] = [];
  let next = 1;
  const api: DownloadsApi = {
    async download(request) {
      requested.push({ url: request.url, filename: request.filename });
      const id = next++;
      setTimeout(() => {
        const delta: DownloadDelta = options.error ? { id, state: { current: 'interrupted' }, error: { current: options.error } } : { id, state: { current: 'complete' } };
        listeners.forEach((listener) => listener(delta));
      }, 0);
      return id;
    },
    search: async () => [],
    async removeFile(id) {
      if (options.removeFails?.has(id)) throw new Error('Download file already deleted');
      removed.push(id);
    },
    async erase({ id }) {
      erased.push(id);
      return [id];
    },
    onChanged: { addListener: (listener) => listeners.add(listener), removeListener: (listener) => listeners.delete(listener) },
  };
  return { api, requested, removed, erased };
}

function fakeFiles(fail?: Error) {
  const released: string[] = [];
  let made = 0;
  const files: BackupFiles = {
    async make() {
      if (fail) throw fail;
      made += 1;
      const url = `blob:chrome-extension://x/${made}`;
      return { url, release: async () => void released.push(url) };
    },
  };
  return { files, released };
}

const DAY = 86_400_000;

describe('runAutoBackup', () => {
  it('does nothing while it is off, or before the interval has passed', async () => {
    const { store, clock } = setup();
    const downloads = fakeDownloads();
    const deps = { store, files: fakeFiles().files, downloads: () => downloads.api, hasPermission: async () => true, now: clock.now };
    expect(await runAutoBackup(deps)).toBe('not-due');
    await store.backupAutoConfigure({ enabled: true, intervalDays: 7, keep: 5 });
    expect(await runAutoBackup(deps)).toBe('saved');
    clock.advance(6 * DAY);
    expect(await runAutoBackup(deps)).toBe('not-due');
    clock.advance(DAY);
    expect(await runAutoBackup(deps)).toBe('saved');
    expect(downloads.requested).toHaveLength(2);
  });

  it('saves into offboard-backups/, counts as the last backup, and removes only its own files beyond N', async () => {
    const { store, clock } = setup();
    const downloads = fakeDownloads();
    const { files, released } = fakeFiles();
    const onRecorded = vi.fn();
    const deps = { store, files, downloads: () => downloads.api, hasPermission: async () => true, now: clock.now, onRecorded };
    await store.backupAutoConfigure({ enabled: true, intervalDays: 1, keep: 2 });
    for (let run = 0; run < 4; run += 1) {
      expect(await runAutoBackup(deps)).toBe('saved');
      clock.advance(DAY);
    }
    expect(downloads.requested[0]!.filename).toMatch(/^offboard-backups\/offboard-backup-2025-03-10-\d{4}\.jsonl$/);
    expect(downloads.removed).toEqual([1, 2]);
    expect(downloads.erased).toEqual([1, 2]);
    const state = await store.backupAutoStatus();
    expect(state.files.map((file) => file.id)).toEqual([3, 4]);
    expect(state.failure).toBeNull();
    expect((await store.dataBackupStatus()).lastBackupAt).toBe(state.lastAutoAt);
    // Every blob URL is given back, and the badge is recomputed after each run.
    expect(released).toHaveLength(4);
    expect(onRecorded).toHaveBeenCalledTimes(4);
  });

  it('forgets a file the user already deleted instead of failing', async () => {
    const { store, clock } = setup();
    const downloads = fakeDownloads({ removeFails: new Set([1]) });
    const deps = { store, files: fakeFiles().files, downloads: () => downloads.api, hasPermission: async () => true, now: clock.now };
    await store.backupAutoConfigure({ enabled: true, intervalDays: 1, keep: 1 });
    await runAutoBackup(deps);
    clock.advance(DAY);
    expect(await runAutoBackup(deps)).toBe('saved');
    expect(downloads.erased).toEqual([1]);
    expect((await store.backupAutoStatus()).files.map((file) => file.id)).toEqual([2]);
  });

  it('records a full disk without losing anything: the earlier files and the last backup stay, and the badge knows', async () => {
    const { store, clock } = setup();
    const good = fakeDownloads();
    await store.backupAutoConfigure({ enabled: true, intervalDays: 1, keep: 5 });
    await runAutoBackup({ store, files: fakeFiles().files, downloads: () => good.api, hasPermission: async () => true, now: clock.now });
    const before = await store.backupAutoStatus();
    clock.advance(DAY);
    const full = fakeDownloads({ error: 'FILE_NO_SPACE' });
    expect(await runAutoBackup({ store, files: fakeFiles().files, downloads: () => full.api, hasPermission: async () => true, now: clock.now })).toBe('failed');
    const after = await store.backupAutoStatus();
    expect(after.failure).toMatchObject({ code: 'disk-full', detail: 'FILE_NO_SPACE' });
    expect(after.files).toEqual(before.files);
    expect(after.lastAutoAt).toBe(before.lastAutoAt);
    expect(after.enabled).toBe(true);
    expect(full.removed).toEqual([]);
    expect((await store.dataBackupStatus()).autoBackupFailure?.code).toBe('disk-full');
    // Still due, so the next run tries again; a success clears the failure.
    expect(await runAutoBackup({ store, files: fakeFiles().files, downloads: () => good.api, hasPermission: async () => true, now: clock.now })).toBe('saved');
    expect((await store.backupAutoStatus()).failure).toBeNull();
    expect((await store.dataBackupStatus()).autoBackupFailure).toBeUndefined();
  });

  it('records an export that failed, and a download the browser refused', async () => {
    const { store, clock } = setup();
    await store.backupAutoConfigure({ enabled: true, intervalDays: 1, keep: 5 });
    const downloads = fakeDownloads();
    expect(await runAutoBackup({ store, files: fakeFiles(new Error('The data kept changing')).files, downloads: () => downloads.api, hasPermission: async () => true, now: clock.now })).toBe('failed');
    expect((await store.backupAutoStatus()).failure).toMatchObject({ code: 'export-failed', detail: 'The data kept changing' });
    const refused = { ...downloads.api, download: async () => Promise.reject(new Error('Invalid filename')) };
    expect(await runAutoBackup({ store, files: fakeFiles().files, downloads: () => refused, hasPermission: async () => true, now: clock.now })).toBe('failed');
    expect((await store.backupAutoStatus()).failure).toMatchObject({ code: 'download-failed', detail: 'Invalid filename' });
  });

  it('turns itself off and says so when the permission is gone', async () => {
    const { store, clock } = setup();
    await store.backupAutoConfigure({ enabled: true, intervalDays: 1, keep: 5 });
    expect(await runAutoBackup({ store, files: fakeFiles().files, downloads: () => undefined, hasPermission: async () => false, now: clock.now })).toBe('failed');
    const state = await store.backupAutoStatus();
    expect(state).toMatchObject({ enabled: false, failure: { code: 'permission-removed' } });
    // Saving the choice again (closing the message) clears it.
    expect((await store.backupAutoConfigure({ enabled: false, intervalDays: 1, keep: 5 })).failure).toBeNull();
  });
});

describe('permissionWithdrawn', () => {
  it('turns a running automatic backup off with a message, and leaves one the user turned off alone', async () => {
    const { store } = setup();
    await permissionWithdrawn(store);
    expect((await store.backupAutoStatus()).failure).toBeNull();
    await store.backupAutoConfigure({ enabled: true, intervalDays: 7, keep: 5 });
    await permissionWithdrawn(store);
    expect(await store.backupAutoStatus()).toMatchObject({ enabled: false, failure: { code: 'permission-removed' } });
  });
});

describe('the stored choice', () => {
  it('defaults to off, the reminder interval and 5 files, and refuses a count outside 1–50', async () => {
    const { store } = setup();
    const settings = await store.settingsGet();
    await store.settingsPut({ settings: { ...settings, backupReminderDays: 14 } });
    expect(await store.backupAutoStatus()).toMatchObject({ enabled: false, intervalDays: 14, keep: 5, files: [], lastAutoAt: null, failure: null });
    await expect(store.backupAutoConfigure({ enabled: true, intervalDays: 7, keep: 0 })).rejects.toThrow();
    await expect(store.backupAutoConfigure({ enabled: true, intervalDays: 7, keep: 51 })).rejects.toThrow();
    await expect(store.backupAutoConfigure({ enabled: true, intervalDays: 3, keep: 5 })).rejects.toThrow();
  });
});

describe('syncAlarm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the hourly alarm only while the automatic backup is on', async () => {
    const alarms = new Map<string, unknown>();
    vi.stubGlobal('chrome', {
      alarms: {
        get: async (name: string) => alarms.get(name),
        create: async (name: string, info: unknown) => void alarms.set(name, info),
        clear: async (name: string) => alarms.delete(name),
      },
    });
    const { store } = setup();
    await syncAlarm(store);
    expect(alarms.size).toBe(0);
    await store.backupAutoConfigure({ enabled: true, intervalDays: 1, keep: 5 });
    await syncAlarm(store);
    expect(alarms.get(AUTO_BACKUP_ALARM)).toEqual({ periodInMinutes: 60, delayInMinutes: 60 });
    await store.backupAutoConfigure({ enabled: false, intervalDays: 1, keep: 5 });
    await syncAlarm(store);
    expect(alarms.size).toBe(0);
  });
});
