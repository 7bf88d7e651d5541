/**
 * The optional automatic backup, end to end: the options page's switch, the background's alarm, an
 * offscreen document writing the file, chrome.downloads saving it into offboard-backups/, and the
 * files beyond the newest N removed.
 *
 * Headless Chromium cannot answer the browser's permission prompt (chrome.permissions.request from
 * a real click stays pending: no prompt is shown to accept), so this runs a copy of the build whose
 * manifest holds `downloads` from the start; the page's request then resolves at once, and
 * everything after it is the shipped code.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callStoreOk, EXTENSION_DIR, launchWithExtension, openExtensionPage, type LaunchedExtension } from './harness';
import { readLiveMeta, writeLiveMeta } from './live-meta';
import { AUTO_BACKUP_ALARM } from '../../background/auto-backup';

interface DownloadItem {
  id: number;
  filename: string;
  state: string;
  exists: boolean;
}

/** Moves the automatic backup's last run two days back in the extension's live database, so the next alarm finds one due. */
async function backdateLastAuto(page: Page): Promise<void> {
  const row = await readLiveMeta(page, 'auto-backup');
  if (typeof row?.value !== 'string') throw new Error('no automatic backup state in the live database');
  const state = JSON.parse(row.value) as { lastAutoAt: string };
  state.lastAutoAt = new Date(Date.now() - 2 * 86_400_000).toISOString();
  await writeLiveMeta(page, { key: 'auto-backup', value: JSON.stringify(state) });
}

describe('the automatic backup, end to end', () => {
  let browser: LaunchedExtension;
  let build: string;
  let downloadsDir: string;

  beforeAll(async () => {
    build = mkdtempSync(join(tmpdir(), 'offboard-auto-backup-build-'));
    downloadsDir = mkdtempSync(join(tmpdir(), 'offboard-auto-backup-downloads-'));
    cpSync(EXTENSION_DIR, build, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as { permissions: string[]; optional_permissions?: string[] };
    expect(manifest.optional_permissions).toEqual(['downloads']);
    expect(manifest.permissions).not.toContain('downloads');
    writeFileSync(join(build, 'manifest.json'), JSON.stringify({ ...manifest, permissions: [...manifest.permissions, 'downloads'], optional_permissions: undefined }));
    browser = await launchWithExtension({ extensionDir: build });
  });
  afterAll(async () => {
    await browser?.close();
    for (const dir of [build, downloadsDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('adds no install warning: offscreen and the optional downloads permission leave the list as it was', async () => {
    const shipped = readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8');
    const parsed = JSON.parse(shipped) as { permissions: string[] };
    const without = JSON.stringify({ ...parsed, permissions: parsed.permissions.filter((p) => p !== 'offscreen'), optional_permissions: undefined });
    const warnings = (manifest: string) => browser.serviceWorker.evaluate((text) => chrome.management.getPermissionWarningsByManifest(text), manifest);
    const now = await warnings(shipped);
    expect(now.length).toBeGreaterThan(0);
    expect(now).toEqual(await warnings(without));
  });

  it('saves a backup that imports back unchanged when turned on, and keeps only the newest two after three runs', async () => {
    const page = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    // Files land in a folder of the test's own. Playwright's context still names each file by a GUID
    // (its 'allowAndName'), so the name the extension asks for is checked in the unit tests.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloadsDir });
    await callStoreOk(page, 'offboarding.start', { name: 'Łucja Żak', email: 'lucja@firma.pl', language: 'pl', initiator: 'client', reason: 'other' });
    await callStoreOk(page, 'offboarding.start', { name: 'Anna Nowak', email: 'anna@acme.pl', language: 'pl', initiator: 'we', reason: 'other' });
    await page.reload({ waitUntil: 'load' });
    const downloads = () => browser.serviceWorker.evaluate(() => chrome.downloads.search({ orderBy: ['startTime'] })) as Promise<DownloadItem[]>;
    const kept = () => callStoreOk(page, 'backup.autoStatus', {});

    await page.locator('[data-testid="auto-backup-enabled"]').waitFor({ timeout: 15_000 });
    expect(await page.locator('[data-testid="auto-backup-enabled"]').isChecked()).toBe(false);
    await page.selectOption('[data-testid="auto-backup-keep"]', '2');
    await page.selectOption('[data-testid="auto-backup-interval"]', '1');
    await expect.poll(async () => (await kept()).keep).toBe(2);

    // Turning it on makes the first backup at once.
    await page.click('[data-testid="auto-backup-enabled"]');
    await expect.poll(async () => (await kept()).files.length, { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.locator('[data-testid="auto-backup-last"]').innerText()).toMatch(/Files kept: 1|Zachowane pliki: 1/);
    const [first] = await downloads();
    expect(first).toMatchObject({ state: 'complete', exists: true });
    expect(first!.filename.startsWith(downloadsDir)).toBe(true);
    const text = readFileSync(first!.filename, 'utf8');
    expect(JSON.parse(text.split('\n')[0]!)).toMatchObject({ format: 'offboard-export', version: 2, counts: { clients: 2, offboardings: 2 } });
    // It counts as the last backup for the reminder.
    expect((await callStoreOk(page, 'data.backupStatus', {})).lastBackupAt).not.toBeNull();

    // It imports back with 0 differences: the next backup's records are the same lines.
    const names = async () => (await callStoreOk(page, 'clients.list', {})).map((client) => client.name).sort();
    const before = await names();
    await callStoreOk(page, 'data.deleteAll', { confirm: 'DELETE' });
    expect(await names()).toEqual([]);
    await page.setInputFiles('[data-testid="import-file"]', first!.filename);
    await page.locator('[data-testid="import-done"]').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await names()).toEqual(before);
    // The restored store is in a storage bucket of its own (storage/live-db.ts: Chrome has buckets, in the worker too).
    const buckets = await page.evaluate(() => (navigator as unknown as { storageBuckets: { keys(): Promise<string[]> } }).storageBuckets.keys());
    expect(buckets).toEqual([expect.stringMatching(/^offboard-import-[0-9a-f-]{36}$/)]);

    // Two more runs, each from the alarm once one is due.
    for (let run = 2; run <= 3; run += 1) {
      await backdateLastAuto(page);
      await browser.serviceWorker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() + 100, periodInMinutes: 60 }), AUTO_BACKUP_ALARM);
      // Done when the run recorded its file (the backdated time moves back to now) and the oldest beyond two is gone.
      await expect.poll(async () => Date.now() - Date.parse((await kept()).lastAutoAt ?? ''), { timeout: 30_000 }).toBeLessThan(3_600_000);
      await expect.poll(async () => (await downloads()).length, { timeout: 30_000 }).toBe(2);
      expect((await kept()).files).toHaveLength(2);
    }
    const items = await downloads();
    const state = await kept();
    expect(items.map((item) => item.id)).toEqual(state.files.map((file) => file.id));
    expect(items.map((item) => item.id)).not.toContain(first!.id);
    expect(existsSync(first!.filename)).toBe(false);
    for (const item of items) expect(existsSync(item.filename)).toBe(true);
    expect(readdirSync(downloadsDir).sort()).toEqual(items.map((item) => item.filename.split(/[\\/]/).pop()).sort());

    // The restored store's backup holds the same records as the first file (only the header's time and the CRC differ).
    const body = (backup: string) => backup.split('\n').slice(1, -2);
    const restored = readFileSync(items[items.length - 1]!.filename, 'utf8');
    expect(body(restored).length).toBeGreaterThan(4);
    expect(body(restored)).toEqual(body(text));
    expect(await page.evaluate(() => chrome.action.getBadgeText({}))).not.toMatch(/!$/);
  });
});
