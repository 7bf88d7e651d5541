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

  it('is injected after the page has loaded, once per document: a same-document navigation and a second injection add nothing, a reload starts afresh', async () => {
    const url = serveWebmail(browser.context, { url: GMAIL_THREAD_URL, fixture: 'gmail-thread-en.html' });
    const page = await browser.context.newPage();
    // What is of ours in the page when its load event fires: nothing (no manifest content script).
    await page.addInitScript(() => {
      window.addEventListener('load', () => {
        (window as unknown as { __atLoad: number }).__atLoad = document.querySelectorAll('[data-testid^="offboard-"]').length;
      });
    });
    await page.goto(url, { waitUntil: 'load' });
    expect(await page.evaluate(() => (window as unknown as { __atLoad: number }).__atLoad)).toBe(0);
    const ours = () => page.evaluate(() => document.querySelectorAll('[data-testid="offboard-sidebar"], [data-testid="offboard-toggle"]').length);
    await expect.poll(ours, { timeout: 15_000 }).toBe(2);
    // The frame of this document's runtime, marked to tell it from any frame a second runtime would make.
    await page.locator(SIDEBAR_SELECTOR).evaluate((frame) => frame.setAttribute('data-first', ''));
    const sameFrame = () => page.locator(`${SIDEBAR_SELECTOR}[data-first]`).count();

    // Gmail opens another thread by its hash: the tab may complete again; nothing new is mounted.
    await browser.serviceWorker.evaluate(() => {
      const seen: string[] = [];
      (globalThis as unknown as { __statuses: string[] }).__statuses = seen;
      chrome.tabs.onUpdated.addListener((_id, change) => {
        if (change.status) seen.push(change.status);
      });
    });
    await page.evaluate(() => {
      location.hash = '#inbox/FMfcgzQbfLmvXqPdJkRwZtSnHcBgTxWr';
    });
    await page.waitForTimeout(1000);
    expect(await ours()).toBe(2);
    expect(await sameFrame()).toBe(1);
    // The runtime offered again to the same document (as by the worker's start): its guard keeps the one.
    // This page's tab (the tests before left Gmail tabs of their own open): the last one opened.
    const tabId = await browser.serviceWorker.evaluate(async () => (await chrome.tabs.query({ url: 'https://mail.google.com/*' })).map((tab) => tab.id!).sort((a, b) => b - a)[0]!);
    await browser.serviceWorker.evaluate((id) => chrome.scripting.executeScript({ target: { tabId: id }, files: ['gmail-runtime.js'] }), tabId);
    await page.waitForTimeout(1000);
    expect(await ours()).toBe(2);
    expect(await sameFrame()).toBe(1);
    // Chrome completes the tab again on a hash change: what the background's probe is for.
    expect(await browser.serviceWorker.evaluate(() => (globalThis as unknown as { __statuses: string[] }).__statuses)).toContain('complete');

    await page.reload({ waitUntil: 'load' });
    await expect.poll(ours, { timeout: 15_000 }).toBe(2);
    await page.frameLocator(SIDEBAR_SELECTOR).locator('body').waitFor({ state: 'attached' });
  });
});
