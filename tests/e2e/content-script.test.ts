import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GMAIL_THREAD_URL,
  OUTLOOK_THREAD_URL,
  SIDEBAR_SELECTOR,
  launchWithExtension,
  serveWebmail,
  type LaunchedExtension,
} from './harness';

describe('content scripts on the webmail fixtures', () => {
  let browser: LaunchedExtension;

  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('mounts the Offboard sidebar on a Gmail thread', async () => {
    const url = serveWebmail(browser.context, { url: GMAIL_THREAD_URL, fixture: 'gmail-thread-en.html' });
    const page = await browser.context.newPage();
    await page.goto(url);
    const sidebar = page.locator(SIDEBAR_SELECTOR);
    await sidebar.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await sidebar.count()).toBe(1);
    const src = await sidebar.getAttribute('src');
    // The sidebar is the extension's own page, never markup injected into the webmail's DOM, at its
    // per-session URL (use_dynamic_url): not at the extension id a page could guess.
    const perSession = await browser.serviceWorker.evaluate(() => chrome.runtime.getURL('/sidebar.html'));
    expect(src).toBe(perSession);
    expect(src).not.toContain(browser.extensionId);
    await page.frameLocator(SIDEBAR_SELECTOR).locator('body').waitFor({ state: 'attached' });
  });

  it('mounts the Offboard sidebar on an Outlook thread', async () => {
    const url = serveWebmail(browser.context, { url: OUTLOOK_THREAD_URL, fixture: 'outlook-thread-en.html' });
    const page = await browser.context.newPage();
    await page.goto(url);
    const sidebar = page.locator(SIDEBAR_SELECTOR);
    await sidebar.waitFor({ state: 'attached', timeout: 15_000 });
    expect(await sidebar.count()).toBe(1);
    await page.frameLocator(SIDEBAR_SELECTOR).locator('body').waitFor({ state: 'attached' });
  });
});
