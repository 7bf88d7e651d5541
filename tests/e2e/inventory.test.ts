/**
 * Issue 13 (item 1): the handover inventory edited in the sidebar drives the handover note's cover.
 * Two items added with the form (one handed over on a day, one to a named recipient), then the
 * handover confirmation inserted into the reply lists exactly those two.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GMAIL_THREAD_URL, SIDEBAR_SELECTOR, callStoreOk, launchWithExtension, serveWebmail, type LaunchedExtension } from './harness';
import { UI_TIMEOUT_MS, checklistItem, openStorePage } from './path-helpers';
import { editorText } from './insertion-helpers';

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

describe('issue 13: the handover inventory', () => {
  it('adds two items in the sidebar and inserts the handover confirmation that lists them', async () => {
    const store = await openStorePage(browser);
    const started = await callStoreOk(store, 'offboarding.start', {
      name: 'Mark Davies', email: 'mark.davies@brightfield.co.uk', domain: 'brightfield.co.uk', language: 'en', initiator: 'client', reason: 'other',
    });
    const { page, sidebar } = await openThread();
    await expect.poll(() => sidebar.getByTestId('client-name').textContent(), { timeout: UI_TIMEOUT_MS }).toBe('Mark Davies');

    const handover = checklistItem(sidebar, 'handover').getByTestId('inventory');
    for (const item of [
      { kind: 'source-code', name: 'Website repository (GitHub)', recipient: 'Anna Lee' },
      { kind: 'files', name: 'Brand assets folder', recipient: '' },
    ]) {
      await handover.getByTestId('inventory-add').click({ timeout: UI_TIMEOUT_MS });
      const form = handover.getByTestId('inventory-form');
      await form.getByTestId('inventory-kind').selectOption(item.kind);
      await form.getByTestId('inventory-name').fill(item.name);
      await form.getByTestId('inventory-state').selectOption('handed-over');
      await form.getByTestId('inventory-on').fill('2026-03-01');
      if (item.recipient) await form.getByTestId('inventory-recipient').fill(item.recipient);
      await form.getByTestId('inventory-save').click();
      await form.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
    }
    await expect.poll(() => handover.getByTestId('inventory-item').count(), { timeout: UI_TIMEOUT_MS }).toBe(2);
    // Everything handed over: the step is offered, not ticked.
    await handover.getByTestId('inventory-offer').waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await checklistItem(sidebar, 'handover').getAttribute('data-done')).toBe('false');
    const events = await callStoreOk(store, 'events.list', { clientId: started.client.id });
    expect(events.filter((e) => e.type === 'inventory-changed').map((e) => e.data.name)).toEqual(['Website repository (GitHub)', 'Brand assets folder']);

    await sidebar.getByTestId('open-template-picker').click();
    const search = sidebar.getByTestId('template-search');
    await search.fill('handover complete en');
    await expect.poll(() => sidebar.getByTestId('template-option').count(), { timeout: UI_TIMEOUT_MS }).toBeGreaterThan(0);
    await search.press('Enter');
    const picked = sidebar.getByTestId('suggestion').first();
    await picked.getByTestId('picked-by-hand').waitFor({ timeout: UI_TIMEOUT_MS });
    expect([await picked.getAttribute('data-kind'), await picked.getAttribute('data-lang')]).toEqual(['handover-complete', 'en']);
    await picked.getByTestId('select-suggestion').click();
    await picked.getByTestId('insert-draft').click();
    await expect.poll(() => editorText(page, 'gmail'), { timeout: UI_TIMEOUT_MS }).toContain('which covers two items');
    const text = await editorText(page, 'gmail');
    expect(text).toContain('Website repository (GitHub) – handed over on 1 March 2026 (recipient: Anna Lee)');
    expect(text).toContain('Brand assets folder – handed over on 1 March 2026');
    expect(text).toContain('pleased to confirm that the handover is complete');
  });
});
