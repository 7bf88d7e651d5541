/**
 * The compose-box shortcut (issue 17, item 15) in headless Chromium with the built extension, on the
 * Gmail and Outlook reply fixtures: Ctrl+Shift+Space in the reply body opens the collapsed sidebar
 * with the focus in the picker's search; typing there and Enter inserts the template at the caret;
 * one Ctrl+Z undoes it; Escape returns to the body at the caret; a keydown a page script dispatches
 * does nothing.
 */
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIDEBAR_SELECTOR, launchWithExtension, type LaunchedExtension } from './harness';
import { editorSelector, editorText, fixtureCase, openFixture, placeCaret, sendFromSidebar, setFirstLine, type FixtureCase } from './insertion-helpers';

const TIMEOUT_MS = 10_000;
const CASES: ReadonlyArray<FixtureCase & { query: string; word: RegExp }> = [
  { ...fixtureCase('gmail-thread-pl.html'), query: 'prośba o opinię pl', word: /opini/i },
  { ...fixtureCase('outlook-thread-en.html'), query: 'feedback request en', word: /feedback/i },
];

async function collapse(page: Page, sidebar: Frame): Promise<void> {
  const reply = await sendFromSidebar(sidebar, 'page.setSidebar', { open: false });
  if (!('res' in reply) || reply.res.open) throw new Error(`page.setSidebar failed: ${JSON.stringify(reply)}`);
  await page.locator(SIDEBAR_SELECTOR).waitFor({ state: 'hidden' });
}

/** Whether the picker's search holds the focus of the whole page (our frame focused, the input in it). */
async function searchHasFocus(page: Page, ui: FrameLocator): Promise<boolean> {
  const frameFocused = await page.evaluate((selector) => document.activeElement === document.querySelector(selector), SIDEBAR_SELECTOR);
  const inputFocused = await ui.getByTestId('template-search').evaluate((el) => document.hasFocus() && document.activeElement === el).catch(() => false);
  return frameFocused && inputFocused;
}

async function caretInEditor(page: Page, c: FixtureCase): Promise<{ inEditor: boolean; text: string; offset: number }> {
  return page.locator(editorSelector(c.provider)).evaluate((editor) => {
    const selection = document.getSelection();
    const node = selection?.anchorNode ?? null;
    return {
      inEditor: document.hasFocus() && editor.contains(document.activeElement) && !!node && editor.contains(node),
      text: node?.nodeValue ?? '',
      offset: selection?.anchorOffset ?? -1,
    };
  });
}

describe('the compose-box shortcut', () => {
  let browser: LaunchedExtension;
  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(CASES)('$fixture', (c) => {
    it('opens the picker at the caret, Enter inserts there, Ctrl+Z undoes it, Escape returns unchanged, a synthetic press does nothing', async () => {
      const { page, sidebar } = await openFixture(browser.context, browser.extensionId, c);
      const ui = page.frameLocator(SIDEBAR_SELECTOR);
      // The sidebar has passed the setting on once its hint by the picker shows.
      await ui.getByTestId('picker-shortcut-hint').waitFor({ state: 'attached', timeout: TIMEOUT_MS });
      await collapse(page, sidebar);

      // A page script forging the key press: nothing opens, the page keeps its event.
      await setFirstLine(page, c.provider, 'Alpha Bravo');
      expect(await placeCaret(page, c.provider, 6)).toEqual({ text: 'Alpha Bravo', offset: 6 });
      const forged = await page.locator(editorSelector(c.provider)).evaluate((editor) => {
        const event = new KeyboardEvent('keydown', { key: ' ', code: 'Space', ctrlKey: true, shiftKey: true, bubbles: true, cancelable: true });
        editor.dispatchEvent(event);
        return event.defaultPrevented;
      });
      expect(forged).toBe(false);
      await page.waitForTimeout(500);
      expect(await page.locator(SIDEBAR_SELECTOR).isVisible()).toBe(false);
      expect(await ui.getByTestId('template-picker').count()).toBe(0);
      expect(await editorText(page, c.provider)).toContain('Alpha Bravo');

      // The real press: the sidebar opens, the focus is in the picker's search.
      await page.keyboard.press('Control+Shift+Space');
      await page.locator(SIDEBAR_SELECTOR).waitFor({ state: 'visible', timeout: TIMEOUT_MS });
      await expect.poll(() => searchHasFocus(page, ui), { timeout: TIMEOUT_MS }).toBe(true);
      await ui.getByTestId('picker-at-caret-hint').waitFor({ timeout: TIMEOUT_MS });
      // Typed with the keyboard, not filled: the keys go where the focus is.
      await page.keyboard.type(c.query);
      await expect.poll(() => ui.getByTestId('template-option').count(), { timeout: TIMEOUT_MS }).toBeGreaterThan(0);
      await page.keyboard.press('Enter');

      // At the caret: between "Alpha " and "Bravo", above the signature.
      await expect.poll(() => editorText(page, c.provider), { timeout: TIMEOUT_MS }).toMatch(c.word);
      const after = await editorText(page, c.provider);
      const inserted = after.slice(after.indexOf('Alpha ') + 'Alpha '.length, after.indexOf('Bravo'));
      expect(after.indexOf('Alpha ')).toBeGreaterThanOrEqual(0);
      expect(inserted.length).toBeGreaterThan(40);
      expect(inserted).toMatch(c.word);
      await ui.getByTestId('action-notice').first().waitFor({ timeout: TIMEOUT_MS });

      // One Ctrl+Z, with the focus back in the body, takes all of it out.
      await expect.poll(async () => (await caretInEditor(page, c)).inEditor, { timeout: TIMEOUT_MS }).toBe(true);
      await page.keyboard.press('Control+z');
      await expect.poll(() => editorText(page, c.provider), { timeout: TIMEOUT_MS }).not.toMatch(c.word);
      expect(await editorText(page, c.provider)).toContain('Alpha Bravo');

      // Escape: back in the body at the caret, nothing changed.
      expect(await placeCaret(page, c.provider, 6)).toEqual({ text: 'Alpha Bravo', offset: 6 });
      const before = await editorText(page, c.provider);
      await page.keyboard.press('Control+Shift+Space');
      await expect.poll(() => searchHasFocus(page, ui), { timeout: TIMEOUT_MS }).toBe(true);
      await page.keyboard.type('x');
      await page.keyboard.press('Escape');
      await expect.poll(() => caretInEditor(page, c), { timeout: TIMEOUT_MS }).toEqual({ inEditor: true, text: 'Alpha Bravo', offset: 6 });
      expect(await ui.getByTestId('template-picker').count()).toBe(0);
      expect(await editorText(page, c.provider)).toBe(before);
      // And typing goes on where it was.
      await page.keyboard.type('Z');
      expect(await editorText(page, c.provider)).toContain('Alpha ZBravo');
      await page.close();
    });
  });

  it('turned off in options, the key press is the page\'s again', async () => {
    const c = CASES[0]!;
    const { page, sidebar } = await openFixture(browser.context, browser.extensionId, { ...c, url: c.url.replace('/u/2/', '/u/7/') });
    const ui = page.frameLocator(SIDEBAR_SELECTOR);
    await ui.getByTestId('picker-shortcut-hint').waitFor({ state: 'attached', timeout: TIMEOUT_MS });
    const options = await browser.context.newPage();
    await options.goto(`chrome-extension://${browser.extensionId}/options.html`);
    const toggle = options.getByTestId('compose-shortcut-toggle');
    await toggle.uncheck({ timeout: TIMEOUT_MS });
    await ui.getByTestId('picker-shortcut-hint').waitFor({ state: 'detached', timeout: TIMEOUT_MS });
    await options.close();
    await collapse(page, sidebar);
    await setFirstLine(page, c.provider, 'Alpha Bravo');
    await placeCaret(page, c.provider, 6);
    await page.keyboard.press('Control+Shift+Space');
    await page.waitForTimeout(500);
    expect(await page.locator(SIDEBAR_SELECTOR).isVisible()).toBe(false);
    expect(await ui.getByTestId('template-picker').count()).toBe(0);
    await page.close();
  });
});
