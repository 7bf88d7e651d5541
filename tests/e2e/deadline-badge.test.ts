/**
 * The badge's deadline count in the real extension (issue 19): the check reads only the pairs whose
 * alert window holds today through the summary's alertUntil index (schema v5), so this shows the
 * index is written by the store's own changes and read by the background's check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { callStoreOk, launchWithExtension, openExtensionPage, type LaunchedExtension } from './harness';

const badge = (page: Page) => page.evaluate(() => chrome.action.getBadgeText({}));
const localToday = (page: Page) => page.evaluate(() => new Date().toLocaleDateString('sv-SE'));

describe('the deadline badge, end to end', () => {
  let browser: LaunchedExtension;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('counts a notice ending within three days, among clients with nothing due, and drops it once closed', async () => {
    const page = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    const today = await localToday(page);
    for (let i = 0; i < 5; i += 1) {
      await callStoreOk(page, 'offboarding.start', { name: `Klient ${i}`, email: `k${i}@firma${i}.pl`, language: 'pl', initiator: 'we', reason: 'other' });
    }
    const due = await callStoreOk(page, 'offboarding.start', { name: 'Anna Nowak', email: 'anna@acme.pl', language: 'pl', initiator: 'we', reason: 'other' });
    await callStoreOk(page, 'clients.update', { id: due.client.id, changes: { contract: { ...due.client.contract, noticePeriod: { days: 2 }, endOfMonth: false } } });
    await callStoreOk(page, 'offboarding.patch', {
      id: due.offboarding!.id,
      patch: { op: 'serve-notice', notice: { servedOn: today, channel: 'email', acknowledgementRequested: false, servedBy: 'we' } },
    });
    // Never backed up, so the reminder's "!" follows the count.
    await expect.poll(() => badge(page), { timeout: 20_000 }).toBe('1!');

    await callStoreOk(page, 'offboarding.patch', { id: due.offboarding!.id, patch: { op: 'set', changes: { closedOn: today } } });
    await expect.poll(() => badge(page), { timeout: 20_000 }).toBe('!');
  });
});
