/**
 * Reliability: (a) two Gmail tabs on the same conversation and three other extension pages change
 * one client at once — nothing is lost and both sidebars show the final state live; (b) the
 * extension reloads (as on an update) while the webmail is open — the page keeps working and the
 * orphaned sidebar and toggle are removed. (Headless Chromium does not bring a command-line-loaded
 * extension back after runtime.reload(), so the sidebar's return after a page reload is not checked.)
 * (A page whose markup lost its pieces — manual pick and Copy — is covered by failure-states.test.ts.)
 */
import type { FrameLocator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isClosed } from '../../offboarding/checklist';
import type { ChecklistKey } from '../../offboarding/types';
import type { OffboardingPatch } from '../../offboarding/patch';
import {
  GMAIL_THREAD_URL,
  SIDEBAR_SELECTOR,
  callStoreOk,
  launchWithExtension,
  openExtensionPage,
  serveWebmail,
  type LaunchedExtension,
} from './harness';
import { UI_TIMEOUT_MS, doneItem, openStorePage, tickStep } from './path-helpers';

const CLIENT_EMAIL = 'mark.davies@brightfield.co.uk';

let browser: LaunchedExtension;
beforeEach(async () => {
  browser = await launchWithExtension();
});
afterEach(async () => {
  await browser?.close();
});

async function openThread(): Promise<{ page: Page; sidebar: FrameLocator }> {
  const page = await browser.context.newPage();
  await page.goto(serveWebmail(browser.context, { url: GMAIL_THREAD_URL, fixture: 'gmail-thread-en.html' }), { waitUntil: 'load' });
  await page.locator(SIDEBAR_SELECTOR).waitFor({ state: 'attached', timeout: UI_TIMEOUT_MS });
  return { page, sidebar: page.frameLocator(SIDEBAR_SELECTOR) };
}

async function startOffboarding(store: Page): Promise<{ clientId: string; offboardingId: string }> {
  const started = await callStoreOk(store, 'offboarding.start', {
    name: 'Mark Davies',
    email: CLIENT_EMAIL,
    domain: 'brightfield.co.uk',
    language: 'en',
    initiator: 'client',
    reason: 'other',
  });
  if (!started.offboarding) throw new Error('offboarding.start returned no offboarding');
  return { clientId: started.client.id, offboardingId: started.offboarding.id };
}

async function addSettlementInSidebar(sidebar: FrameLocator, description: string, amount: string): Promise<void> {
  await sidebar.getByTestId('add-receivable').click({ timeout: UI_TIMEOUT_MS });
  const form = sidebar.getByTestId('settlement-form');
  await form.waitFor({ timeout: UI_TIMEOUT_MS });
  await form.getByRole('textbox').nth(0).fill(description);
  await form.getByRole('textbox').nth(1).fill(amount);
  await form.getByTestId('save-settlement').click();
  await form.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
}

async function settlementDescriptions(sidebar: FrameLocator): Promise<string[]> {
  return sidebar.locator('[data-testid="settlement-item"] .sb-settlement__desc').allTextContents();
}

describe('reliability', () => {
  it('two sidebars and three extension pages change one client at once: nothing is lost, both sidebars show it live', async () => {
    const popup = await openStorePage(browser);
    const { offboardingId, clientId } = await startOffboarding(popup);
    const options = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    const sidebarTab = await openExtensionPage(browser.context, browser.extensionId, 'sidebar.html');

    const tabA = await openThread();
    const tabB = await openThread();
    for (const { sidebar } of [tabA, tabB]) {
      await expect.poll(() => sidebar.getByTestId('client-name').textContent(), { timeout: UI_TIMEOUT_MS }).toBe('Mark Davies');
    }

    // Through the store API from three pages: 9 ticks, 20 settlement items and a client edit.
    const apiKeys: ChecklistKey[] = [
      'handover', 'assets-access', 'personal-data', 'settlement', 'closing-message', 'feedback', 'testimonial', 'referral', 'lessons',
    ];
    const patches: OffboardingPatch[] = [
      ...apiKeys.map((key): OffboardingPatch => ({ op: 'checklist', key, done: true })),
      ...Array.from({ length: 20 }, (_, i): OffboardingPatch => ({
        op: 'settlement-add',
        item: { direction: i % 2 === 0 ? 'receivable' : 'liability', description: `API item ${i}`, amountMinor: 1000 + i, currency: 'EUR', paid: false },
      })),
    ];
    const pages = [popup, options, sidebarTab];
    const viaApi = Promise.all([
      ...patches.map((patch, i) => callStoreOk(pages[i % pages.length]!, 'offboarding.patch', { id: offboardingId, patch })),
      callStoreOk(options, 'clients.update', { id: clientId, changes: { company: 'Brightfield Ltd', notes: 'edited concurrently' } }),
    ]);
    // Through the UI at the same time: each sidebar ticks its own step, one adds an item.
    // (Within one sidebar one after the other: its controls are disabled while its own change runs.)
    const viaUi = Promise.all([
      (async () => {
        await tickStep(tabA.sidebar, 'analysis');
        await addSettlementInSidebar(tabA.sidebar, 'UI item A', '12.50');
      })(),
      tickStep(tabB.sidebar, 'documents'),
    ]);
    await Promise.all([viaApi, viaUi]);

    // Nothing lost in the store.
    const stored = await callStoreOk(popup, 'clients.get', { id: clientId });
    const uiKeys: ChecklistKey[] = ['analysis', 'documents'];
    for (const key of [...apiKeys, ...uiKeys]) expect(isClosed(stored?.offboarding?.checklist[key]), key).toBe(true);
    const expectedItems = [...Array.from({ length: 20 }, (_, i) => `API item ${i}`), 'UI item A'].sort();
    expect(stored?.offboarding?.settlement.map((item) => item.description).sort()).toEqual(expectedItems);
    expect(stored?.client.company).toBe('Brightfield Ltd');
    expect(stored?.client.notes).toBe('edited concurrently');

    // Both sidebars show the final state without a reload.
    for (const { sidebar } of [tabA, tabB]) {
      for (const key of [...apiKeys, ...uiKeys]) await doneItem(sidebar, key).waitFor({ timeout: UI_TIMEOUT_MS });
      await expect.poll(async () => (await settlementDescriptions(sidebar)).sort(), { timeout: UI_TIMEOUT_MS }).toEqual(expectedItems);
      await expect.poll(() => sidebar.locator('.sb-client__company').textContent(), { timeout: UI_TIMEOUT_MS }).toBe('Brightfield Ltd');
    }
  });

  it('the extension reloads while Gmail is open: the page keeps working and the orphaned sidebar and toggle are removed', async () => {
    const popup = await openStorePage(browser);
    await startOffboarding(popup);
    await popup.close();

    const page = await browser.context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    // The webmail's own script: a heartbeat and a click handler, in the main world.
    await page.addInitScript(() => {
      const state = { beats: 0, clicks: 0 };
      Object.defineProperty(window, '__app', { value: state });
      setInterval(() => { state.beats += 1; }, 20);
      document.addEventListener('click', () => { state.clicks += 1; });
    });
    await page.goto(serveWebmail(browser.context, { url: GMAIL_THREAD_URL, fixture: 'gmail-thread-en.html' }), { waitUntil: 'load' });
    const sidebar = page.frameLocator(SIDEBAR_SELECTOR);
    await expect.poll(() => sidebar.getByTestId('client-name').textContent(), { timeout: UI_TIMEOUT_MS }).toBe('Mark Davies');
    await tickStep(sidebar, 'analysis');
    const messagesBefore = await page.locator('div.adn').count();

    // Reload the extension from its service worker (as an update does). In this headless Chromium an
    // extension loaded from the command line does not come back after runtime.reload(): its worker goes
    // and its pages are blocked, so what is checked is the page's side of the update.
    const oldWorker = browser.serviceWorker;
    await oldWorker.evaluate(() => { setTimeout(() => chrome.runtime.reload(), 50); }).catch(() => undefined);
    await expect.poll(() => browser.context.serviceWorkers().includes(oldWorker), { timeout: UI_TIMEOUT_MS }).toBe(false);

    // The page's own script still runs, its DOM is intact, and it still takes clicks.
    const beats = await page.evaluate(() => (window as unknown as { __app: { beats: number } }).__app.beats);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __app: { beats: number } }).__app.beats), { timeout: UI_TIMEOUT_MS }).toBeGreaterThan(beats);
    expect(await page.locator('h2.hP').textContent()).toBe('Ending our website retainer – final invoice');
    expect(await page.locator('div.adn').count()).toBe(messagesBefore);
    await page.locator('h2.hP').click();
    expect(await page.evaluate(() => (window as unknown as { __app: { clicks: number } }).__app.clicks)).toBeGreaterThan(0);

    // The orphaned content script removes its frame and toggle (a dead frame must not linger): the
    // user's next action in the page (the click above) is what makes it notice.
    await expect.poll(() => page.locator(SIDEBAR_SELECTOR).count(), { timeout: UI_TIMEOUT_MS }).toBe(0);
    await expect.poll(() => page.locator('[data-testid="offboard-toggle"]').count(), { timeout: UI_TIMEOUT_MS }).toBe(0);
    expect(pageErrors).toEqual([]);

    // The page reloads cleanly with nothing of the old script left behind.
    await page.reload({ waitUntil: 'load' });
    expect(await page.locator('div.adn').count()).toBe(messagesBefore);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __app: { beats: number } }).__app.beats), { timeout: UI_TIMEOUT_MS }).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });
});
