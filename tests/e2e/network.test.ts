/**
 * The extension sends nothing anywhere: with a Gmail conversation open, the popup and the options
 * page shown, the only requests are the served fixture and the extension's own files.
 */
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GMAIL_THREAD_URL,
  abortedRequests,
  launchWithExtension,
  openExtensionPage,
  recordRequests,
  serveWebmail,
  type LaunchedExtension,
} from './harness';

/** How long the extension is left alone on the webmail page: an idle period, not a wait for a condition. */
const IDLE_MS = 3_000;

/** Resource Timing also lists what was fetched before the recorder was attached. */
const listResources = () => performance.getEntriesByType('resource').map((entry) => entry.name);
async function fetchedUrls(target: Page | Worker): Promise<string[]> {
  return 'goto' in target ? target.evaluate(listResources) : target.evaluate(listResources);
}

const isExternal = (url: string) => !/^(chrome-extension|data|blob|about):/.test(url);

describe('network silence', () => {
  let browser: LaunchedExtension;

  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('makes no request other than the webmail fixture and its own files', async () => {
    const recorder = recordRequests(browser.context);
    const url = serveWebmail(browser.context, { url: GMAIL_THREAD_URL, fixture: 'gmail-thread-en.html' });
    const gmail = await browser.context.newPage();
    await gmail.goto(url, { waitUntil: 'load' });
    await gmail.waitForTimeout(IDLE_MS);
    const popup = await openExtensionPage(browser.context, browser.extensionId, 'popup.html');
    const options = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    await gmail.bringToFront();
    await gmail.waitForTimeout(IDLE_MS / 3);
    recorder.stop();

    // The recorder saw the traffic it should (otherwise an empty list would prove nothing).
    expect(recorder.requests.some((r) => r.outcome === 'fixture' && r.url.startsWith('https://mail.google.com/'))).toBe(true);
    expect(recorder.requests.some((r) => r.url.startsWith(`chrome-extension://${browser.extensionId}/`))).toBe(true);

    expect(recorder.offending()).toEqual([]);
    expect(abortedRequests(browser.context)).toEqual([]);
    for (const target of [popup, options, browser.serviceWorker]) {
      expect((await fetchedUrls(target)).filter(isExternal)).toEqual([]);
    }
    expect((await fetchedUrls(gmail)).filter((u) => isExternal(u) && !u.startsWith('https://mail.google.com/'))).toEqual([]);
  });

  it('would catch a request from a page or from the service worker (control)', async () => {
    const recorder = recordRequests(browser.context);
    const url = serveWebmail(browser.context, {
      url: 'https://mail.google.com/mail/u/1/#inbox',
      html: '<!doctype html><title>Inbox - control@example.com - Gmail</title><p>control</p>',
    });
    const gmail = await browser.context.newPage();
    await gmail.goto(url, { waitUntil: 'load' });
    const fromPage = await gmail.evaluate(() => fetch('https://tracker.example/p').then(() => 'sent', () => 'blocked'));
    const fromWorker = await browser.serviceWorker.evaluate(() =>
      fetch('https://telemetry.example/w').then(() => 'sent', () => 'blocked'),
    );
    recorder.stop();
    expect([fromPage, fromWorker]).toEqual(['blocked', 'blocked']);
    const offending = recorder.offending();
    expect(offending.map((r) => r.url)).toEqual(['https://tracker.example/p', 'https://telemetry.example/w']);
    expect(offending.map((r) => r.fromServiceWorker)).toEqual([false, true]);
    expect(abortedRequests(browser.context).map((r) => r.url)).toContain('https://telemetry.example/w');
  });
});
