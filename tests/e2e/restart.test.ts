import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GMAIL_THREAD_URL, SIDEBAR_SELECTOR, launchWithExtension, type LaunchedExtension } from './harness';
import { GMAIL_PL_CASE, checklistItem, openWebmail, tickStep } from './path-helpers';

/** A browser restart on the same profile: the offboarding and the sidebar's state come back. */
describe('after the browser restarts', () => {
  const profileDir = mkdtempSync(join(tmpdir(), 'offboard-restart-'));
  let browser: LaunchedExtension | undefined;
  afterAll(async () => {
    await browser?.close();
    rmSync(profileDir, { recursive: true, force: true });
  });

  it('the sidebar is back on the thread with the client, the ticked step, and the user’s collapse choice', async () => {
    browser = await launchWithExtension({ profileDir });
    const first = await openWebmail(browser, GMAIL_THREAD_URL, { fixture: GMAIL_PL_CASE.fixture });
    await first.sidebar.locator('[data-testid="start-offboarding"]').click();
    await expect.poll(() => first.sidebar.locator('[data-testid="client-name"]').innerText()).toContain(GMAIL_PL_CASE.otherParty.name);
    await tickStep(first.sidebar, 'analysis');
    await expect.poll(() => checklistItem(first.sidebar, 'analysis').getAttribute('data-done')).toBe('true');
    await browser.close();

    browser = await launchWithExtension({ profileDir });
    const again = await openWebmail(browser, GMAIL_THREAD_URL, { fixture: GMAIL_PL_CASE.fixture });
    await expect.poll(() => again.sidebar.locator('[data-testid="client-name"]').innerText()).toContain(GMAIL_PL_CASE.otherParty.name);
    await expect.poll(() => checklistItem(again.sidebar, 'analysis').getAttribute('data-done')).toBe('true');

    // Collapse, restart, and the sidebar stays collapsed on the next conversation.
    await expect.poll(() => again.page.locator(SIDEBAR_SELECTOR).isVisible()).toBe(true);
    await again.page.locator('[data-testid="offboard-toggle"]').click();
    await expect.poll(() => again.page.locator(SIDEBAR_SELECTOR).isVisible()).toBe(false);
    // The choice is written asynchronously: close only once it is stored, as a user closing the
    // browser a second later would.
    const worker = browser.serviceWorker;
    await expect
      .poll(() => worker.evaluate(async () => (await chrome.storage.local.get('offboard:sidebarOpen'))['offboard:sidebarOpen']))
      .toBe(false);
    await browser.close();

    browser = await launchWithExtension({ profileDir });
    const third = await openWebmail(browser, GMAIL_THREAD_URL, { fixture: GMAIL_PL_CASE.fixture });
    // A sidebar with no remembered choice opens by itself when the page first publishes the
    // conversation (after the watcher's debounce). Proving it does not needs a window of time.
    await third.sidebar.locator('[data-testid="client-name"]').waitFor({ state: 'attached' });
    await third.page.waitForTimeout(1500);
    expect(await third.page.locator(SIDEBAR_SELECTOR).isVisible()).toBe(false);
    expect(await third.page.locator('[data-testid="offboard-toggle"]').getAttribute('aria-pressed')).toBe('false');
  });
});
