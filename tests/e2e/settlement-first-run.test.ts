/**
 * Issue 17 (points 6 and 14): a settlement with money still open asks before its step is ticked,
 * naming the open amount, and the bold balance is that open amount; a fresh install opens the
 * options page at its welcome guide, and the popup asks for the missing profile.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GMAIL_THREAD_URL, SIDEBAR_SELECTOR, callStoreOk, launchWithExtension, serveWebmail, type LaunchedExtension } from './harness';
import { UI_TIMEOUT_MS, checklistItem, openStorePage } from './path-helpers';

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

describe('issue 17: settlement and first run', () => {
  it('asks before ticking a settlement with 4 020 open, and the bold balance leaves the paid invoice out', async () => {
    const store = await openStorePage(browser);
    const started = await callStoreOk(store, 'offboarding.start', {
      name: 'Mark Davies', email: 'mark.davies@brightfield.co.uk', domain: 'brightfield.co.uk', language: 'en', initiator: 'client', reason: 'other',
    });
    const id = started.offboarding!.id;
    await callStoreOk(store, 'offboarding.patch', { id, patch: { op: 'settlement-add', item: { direction: 'receivable', description: 'Invoice 1', amountMinor: 492_000, currency: 'PLN', paid: true } } });
    await callStoreOk(store, 'offboarding.patch', { id, patch: { op: 'settlement-add', item: { direction: 'receivable', description: 'Invoice 2', amountMinor: 402_000, currency: 'PLN', paid: false, dueOn: '2020-01-10' } } });

    const { sidebar } = await openThread();
    await expect.poll(() => sidebar.getByTestId('client-name').textContent(), { timeout: UI_TIMEOUT_MS }).toBe('Mark Davies');
    await expect.poll(() => sidebar.getByTestId('balance').textContent(), { timeout: UI_TIMEOUT_MS }).toMatch(/4,020\.00/);
    expect(await sidebar.getByTestId('balance-paid').textContent()).toMatch(/4,920\.00/);
    // The unpaid invoice long past its due date says so in words.
    const overdue = sidebar.locator('[data-testid="settlement-item"][data-overdue="true"]');
    await expect.poll(() => overdue.count(), { timeout: UI_TIMEOUT_MS }).toBe(1);
    expect(await overdue.textContent()).toContain('overdue, not paid');

    const box = checklistItem(sidebar, 'settlement').locator(':scope > .ui-check input[type="checkbox"]');
    await box.click({ timeout: UI_TIMEOUT_MS });
    const ask = sidebar.getByTestId('settlement-ask');
    await ask.waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await sidebar.getByTestId('settlement-ask-open').textContent()).toMatch(/Still open: PLN\s4,020\.00\./);
    await sidebar.getByTestId('settlement-ask-no').click();
    await ask.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
    expect(await checklistItem(sidebar, 'settlement').getAttribute('data-done')).toBe('false');

    await box.click({ timeout: UI_TIMEOUT_MS });
    await sidebar.getByTestId('settlement-ask-yes').click({ timeout: UI_TIMEOUT_MS });
    await expect.poll(() => checklistItem(sidebar, 'settlement').getAttribute('data-done'), { timeout: UI_TIMEOUT_MS }).toBe('true');
  });

  it('opens the welcome guide on install, and the popup asks for the missing profile', async () => {
    const isWelcome = (page: Page) => page.url().endsWith('/options.html#welcome');
    const welcome = browser.context.pages().find(isWelcome) ?? (await browser.context.waitForEvent('page', { predicate: isWelcome, timeout: UI_TIMEOUT_MS }));
    await welcome.getByTestId('welcome').waitFor({ timeout: UI_TIMEOUT_MS });
    // No grammatical form is chosen for the user.
    await welcome.getByTestId('sender-form-missing').waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await welcome.locator('[data-testid="profile-sender-form"] input:checked').count()).toBe(0);

    const popup = await openStorePage(browser);
    await popup.getByTestId('popup-profile-missing').waitFor({ timeout: UI_TIMEOUT_MS });
  });
});
