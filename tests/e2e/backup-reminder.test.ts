import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callStoreOk, launchWithExtension, openExtensionPage, type LaunchedExtension } from './harness';
import { writeLiveMeta } from './live-meta';

/** The toolbar badge as the browser shows it (read from an extension page). */
const badge = (page: Page) => page.evaluate(() => chrome.action.getBadgeText({}));

/** Writes the time of the last backup straight into the extension's live database, as if saved long ago. */
function backdateLastBackup(page: Page, iso: string): Promise<void> {
  return writeLiveMeta(page, { key: 'last-backup-at', value: iso });
}

describe('the backup reminder, end to end', () => {
  let browser: LaunchedExtension;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows on the badge and the options page when the last backup is older than the interval, and goes away after a backup', async () => {
    const page = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    await callStoreOk(page, 'offboarding.start', { name: 'Anna Nowak', email: 'anna@acme.pl', language: 'pl', initiator: 'we', reason: 'other' });
    await page.reload({ waitUntil: 'load' });

    // Never backed up, with data in the store: due.
    await page.locator('[data-testid="backup-due"]').waitFor({ state: 'visible', timeout: 15_000 });
    expect(await page.locator('[data-testid="backup-due"]').innerText()).toMatch(/No backup has been saved yet|Nie zapisano jeszcze żadnej kopii/);
    await expect.poll(() => badge(page), { timeout: 15_000 }).toMatch(/!$/);

    // A backup through the button: the reminder and the badge's mark go.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-data"]')]);
    expect(download.suggestedFilename()).toMatch(/^offboard-backup-\d{4}-\d{2}-\d{2}\.jsonl$/);
    await page.locator('[data-testid="export-done"]').waitFor({ state: 'visible' });
    await page.locator('[data-testid="backup-last"]').waitFor({ state: 'visible' });
    await expect.poll(() => badge(page), { timeout: 15_000 }).not.toMatch(/!$/);

    // Ten days later (the stored time moved back): within a 14-day interval, not due; weekly, due.
    await backdateLastBackup(page, new Date(Date.now() - 10 * 86_400_000).toISOString());
    await page.selectOption('[data-testid="backup-interval"]', '14');
    await expect.poll(() => page.locator('[data-testid="backup-last"]').innerText()).toMatch(/10 days ago|10 dni temu/);
    await page.selectOption('[data-testid="backup-interval"]', '7');
    await page.locator('[data-testid="backup-due"]').waitFor({ state: 'visible' });
    expect(await page.locator('[data-testid="backup-due"]').innerText()).toMatch(/10 days ago|10 dni temu/);
    await expect.poll(() => badge(page), { timeout: 15_000 }).toMatch(/!$/);
    expect((await callStoreOk(page, 'settings.get', {})).backupReminderDays).toBe(7);
  });

  it('restores through the file input both its own streamed backup and a format-1 file of earlier releases', async () => {
    const page = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    const dir = mkdtempSync(join(tmpdir(), 'offboard-backup-e2e-'));
    try {
      await callStoreOk(page, 'offboarding.start', { name: 'Łucja Żak', email: 'lucja@firma.pl', language: 'pl', initiator: 'client', reason: 'other' });
      const names = async () => (await callStoreOk(page, 'clients.list', {})).map((client) => client.name).sort();
      const before = await names();
      expect(before).toContain('Łucja Żak');
      const formatOne = join(dir, 'old.json');
      writeFileSync(formatOne, await callStoreOk(page, 'data.export', {}));
      await page.reload({ waitUntil: 'load' });
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-data"]')]);
      const streamed = join(dir, 'new.jsonl');
      await download.saveAs(streamed);
      expect(readFileSync(streamed, 'utf8').split('\n')[0]).toContain('"version":2');

      await callStoreOk(page, 'data.deleteAll', { confirm: 'DELETE' });
      await page.setInputFiles('[data-testid="import-file"]', streamed);
      await page.locator('[data-testid="import-done"]').waitFor({ state: 'visible' });
      expect(await names()).toEqual(before);

      // A damaged copy is refused with the line it breaks on, and changes nothing.
      const lines = readFileSync(streamed, 'utf8').split('\n');
      lines[1] = lines[1]!.slice(0, 20);
      const damaged = join(dir, 'damaged.jsonl');
      writeFileSync(damaged, lines.join('\n'));
      await page.setInputFiles('[data-testid="import-file"]', damaged);
      await page.locator('[data-testid="import-error"]').waitFor({ state: 'visible' });
      expect(await page.locator('[data-testid="import-error"]').innerText()).toMatch(/line 2|wierszu 2/);
      expect(await names()).toEqual(before);

      await callStoreOk(page, 'data.deleteAll', { confirm: 'DELETE' });
      // The refusal above replaced the first import's status: this "done" is the second import's own.
      await page.setInputFiles('[data-testid="import-file"]', formatOne);
      await page.locator('[data-testid="import-done"]').waitFor({ state: 'visible' });
      expect(await names()).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
