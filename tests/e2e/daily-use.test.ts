/**
 * Issue 17 in headless Chromium with the built extension on the Gmail fixture: an inserted draft
 * undone with Ctrl+Z (and the page reloaded) leaves its suggestion offered, marked "inserted, not
 * yet sent"; a notice recorded as an e-mail under a written-form clause is corrected to a signed
 * letter, and the warning goes; a template is picked by hand with the keyboard and inserted.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stepCompletedBy } from '../../templates/kinds';
import type { TemplateKind } from '../../templates/types';
import { GMAIL_THREAD_URL, callStoreOk, launchWithExtension, type LaunchedExtension } from './harness';
import {
  GMAIL_PL_CASE,
  UI_TIMEOUT_MS,
  checklistItem,
  doneItem,
  draftLines,
  openStorePage,
  openWebmail,
  positionsInEditor,
  serveNoticeInSidebar,
} from './path-helpers';

const testCase = { ...GMAIL_PL_CASE, url: GMAIL_THREAD_URL };

let browser: LaunchedExtension;
beforeEach(async () => {
  browser = await launchWithExtension();
});
afterEach(async () => {
  await browser?.close();
});

async function start(sidebar: FrameLocator): Promise<void> {
  await sidebar.getByTestId('start-offboarding').click({ timeout: UI_TIMEOUT_MS });
  const form = sidebar.getByTestId('client-form');
  await form.waitFor({ timeout: UI_TIMEOUT_MS });
  await form.getByRole('radio', { name: testCase.addressFormLabel }).check();
  await form.getByRole('textbox', { name: /^(First name|Imię)$/ }).fill(testCase.firstName);
  await form.getByTestId('save-client').click();
  await form.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
}

async function kinds(sidebar: FrameLocator): Promise<string[]> {
  await sidebar.getByTestId('suggestion').first().waitFor({ timeout: UI_TIMEOUT_MS });
  return sidebar.getByTestId('suggestion').evaluateAll((items) => items.map((item) => item.getAttribute('data-kind') ?? ''));
}

const editorText = (page: Page) => page.locator(testCase.editorSelector).innerText();

describe('daily use of the sidebar (issue 17)', () => {
  it('Gmail: an undone insertion stays offered, a notice is corrected to written form, a template is picked by hand', async () => {
    const { page, sidebar } = await openWebmail(browser, testCase.url, { fixture: testCase.fixture });
    await start(sidebar);

    // 1. Insert the first suggestion that completes a step, then undo it with Ctrl+Z.
    const kind = (await kinds(sidebar)).find((k) => stepCompletedBy(k as TemplateKind) !== null) as TemplateKind;
    expect(kind).toBeDefined();
    const card = sidebar.locator(`[data-testid="suggestion"][data-kind="${kind}"]`);
    await card.getByTestId('select-suggestion').click();
    const lines = await draftLines(card.getByTestId('draft-preview'), 2);
    await card.getByTestId('insert-draft').click();
    await expect
      .poll(async () => (await positionsInEditor(page, testCase.editorSelector, lines[1]!, testCase.signatureText)).text, { timeout: UI_TIMEOUT_MS })
      .toBeGreaterThanOrEqual(0);
    // The confirmation and the offer appear in the card that was acted on.
    await card.getByTestId('action-notice').getByTestId('tick-offer').waitFor({ timeout: UI_TIMEOUT_MS });
    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(page), { timeout: UI_TIMEOUT_MS }).not.toContain(lines[1]!);
    const status = card.getByTestId('draft-status');
    await expect.poll(() => status.getAttribute('data-status'), { timeout: UI_TIMEOUT_MS }).toBe('inserted');
    expect(await kinds(sidebar)).toContain(kind);

    // After a reload, too: the draft was never sent, so the suggestion is still there.
    await page.reload({ waitUntil: 'load' });
    await expect.poll(() => kinds(sidebar), { timeout: UI_TIMEOUT_MS }).toContain(kind);
    await expect
      .poll(() => sidebar.locator(`[data-testid="suggestion"][data-kind="${kind}"] [data-testid="draft-status"]`).getAttribute('data-status'), { timeout: UI_TIMEOUT_MS })
      .toBe('inserted');

    // 2. The contract demands written form; the notice is first recorded as an e-mail.
    const storePage = await openStorePage(browser);
    const found = await callStoreOk(storePage, 'clients.match', { emails: [testCase.otherParty.email] });
    if (!found) throw new Error('the client was not created');
    await callStoreOk(storePage, 'clients.update', {
      id: found.client.id,
      changes: { contract: { ...found.client.contract, requiredForm: 'written', noticePeriod: { months: 1 } } },
    });
    const notice = checklistItem(sidebar, 'notice');
    await notice.getByTestId('warn-written-form').waitFor({ timeout: UI_TIMEOUT_MS });
    await serveNoticeInSidebar(sidebar, '2024-03-05');
    expect(await notice.getByTestId('warn-written-form').count()).toBe(1);
    expect(await notice.getByTestId('notice-served').getAttribute('data-tense')).toBe('past');

    // Corrected: a signed letter, delivered two days later; the warning goes.
    await notice.getByTestId('edit-notice').click();
    const form = notice.getByTestId('notice-form');
    await form.waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await form.getAttribute('data-mode')).toBe('correct');
    expect(await form.getByTestId('notice-date').inputValue()).toBe('2024-03-05');
    await form.getByTestId('notice-channel').selectOption('letter');
    await form.getByTestId('notice-delivered-on').fill('2024-03-07');
    await form.getByTestId('serve-notice').click();
    await form.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
    await expect.poll(() => notice.getByTestId('warn-written-form').count(), { timeout: UI_TIMEOUT_MS }).toBe(0);
    await doneItem(sidebar, 'notice').waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await notice.getByTestId('notice-delivered').innerText()).toMatch(/7 Mar 2024|7 mar 2024/);
    // The end follows the delivery (art. 61 k.c.): 7 March + 1 month, in the past tense.
    expect(await notice.getByTestId('notice-end').innerText()).toMatch(/(ended on|uległa rozwiązaniu z dniem) 7 (Apr|kwi) 2024/);
    const corrected = await callStoreOk(storePage, 'clients.match', { emails: [testCase.otherParty.email] });
    expect(corrected?.offboarding?.notice).toMatchObject({ servedOn: '2024-03-05', channel: 'letter', deliveredOn: '2024-03-07' });
    const events = await callStoreOk(storePage, 'events.list', { clientId: found.client.id });
    expect(events.filter((e) => e.type === 'notice-corrected').map((e) => e.data)).toEqual([
      expect.objectContaining({ channel: 'letter', previousChannel: 'email', deliveredOn: '2024-03-07' }),
    ]);
    const inserted = events.filter((e) => e.type === 'draft-inserted');
    expect(inserted).toHaveLength(1);
    expect(inserted[0]?.data).toMatchObject({ kind, lang: 'pl', fingerprint: expect.any(String) });
    expect(events.filter((e) => e.type === 'draft-sent')).toEqual([]);

    // 3. Any template by hand, with the keyboard: "kontakt po czasie" (check-in), the Polish one.
    await sidebar.getByTestId('open-template-picker').click();
    const search = sidebar.getByTestId('template-search');
    await search.fill('kontakt po czasie pl');
    await expect.poll(() => sidebar.getByTestId('template-option').count(), { timeout: UI_TIMEOUT_MS }).toBeGreaterThan(0);
    await search.press('Enter');
    const picked = sidebar.getByTestId('suggestion').first();
    await picked.getByTestId('picked-by-hand').waitFor({ timeout: UI_TIMEOUT_MS });
    expect([await picked.getAttribute('data-kind'), await picked.getAttribute('data-lang')]).toEqual(['check-in', 'pl']);
    await picked.getByTestId('select-suggestion').click();
    const pickedLines = await draftLines(picked.getByTestId('draft-preview'), 2);
    await picked.getByTestId('insert-draft').click();
    await expect
      .poll(async () => (await positionsInEditor(page, testCase.editorSelector, pickedLines[1]!, testCase.signatureText)).text, { timeout: UI_TIMEOUT_MS })
      .toBeGreaterThanOrEqual(0);
  });
});
