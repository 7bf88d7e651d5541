/**
 * Insertion through the extension's real message path on every fixture with a compose or reply box:
 * the sidebar frame asks the content script (`page.getContext`, `page.insertDraft` over
 * chrome.tabs.sendMessage to frame 0, the tab from `tab.whoami`), and the draft must land where the
 * user left the caret, above the signature, as one undo step, with the events the apps listen to.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Draft } from '../../webmail/types';
import { analyseConversation } from '../../webmail/analysis';
import { SIDEBAR_SELECTOR, launchWithExtension, screenshot, type LaunchedExtension } from './harness';
import {
  FIXTURE_CASES,
  clearInputLog,
  draftPlacement,
  editorSelector,
  editorText,
  ensureSidebarOpen,
  fixtureCase,
  focusSidebar,
  getContextFromSidebar,
  inputValues,
  insertFromSidebar,
  openFixture,
  placeCaret,
  readMainWorldLog,
  setFirstLine,
  signatureSelector,
  subjectInput,
  type FixtureCase,
} from './insertion-helpers';

const MARKER = 'OffboardDraft7Q';
const SUBJECT = 'Offboard: final steps';

function draftFor(c: FixtureCase): Draft {
  const words = c.language === 'pl' ? 'Dziękuję za współpracę.' : 'Thank you for the cooperation.';
  return { html: `<b>${MARKER}</b> ${words} `, text: `${MARKER} ${words} `, subject: SUBJECT };
}
const draftText = (c: FixtureCase) => draftFor(c).text;

const WITH_BOX = FIXTURE_CASES.filter((c) => c.compose !== null);
const WITHOUT_BOX = FIXTURE_CASES.filter((c) => c.compose === null);

/** Opens the reply the way the user would: a real click on the page's own reply control. */
async function clickReply(page: Page, c: FixtureCase): Promise<void> {
  const control =
    c.provider === 'gmail'
      ? page.locator('span.ams.bkH').last()
      : page.locator('button:has([data-icon-name="ArrowReplyRegular"])').last();
  await control.click();
  await page.locator(editorSelector(c.provider)).waitFor({ state: 'visible' });
}

async function activeElementTag(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.tagName ?? '');
}

async function editorHasFocus(page: Page, c: FixtureCase): Promise<boolean> {
  return page.locator(editorSelector(c.provider)).evaluate((editor) => document.hasFocus() && editor.contains(document.activeElement));
}

/** The subject field of a new message gets the draft's subject; any other input stays as it was. */
async function expectSubjectRule(page: Page, c: FixtureCase, before: string[]): Promise<void> {
  const after = await inputValues(page);
  if (c.compose === 'new') {
    await expect.poll(() => subjectInput(page, c.provider).inputValue()).toBe(SUBJECT);
    const changed = after.filter((value, i) => value !== before[i]);
    expect(changed).toHaveLength(1);
    expect(changed[0]!.endsWith(`=${SUBJECT}`)).toBe(true);
  } else {
    expect(after).toEqual(before);
  }
}

describe('insertion through the real message path', () => {
  let browser: LaunchedExtension;

  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(FIXTURE_CASES)('$fixture', (c) => {
    it('the content script reads subject, language and compose state (page.getContext from the sidebar frame)', async () => {
      const { page, sidebar } = await openFixture(browser.context, browser.extensionId, c);
      const context = await getContextFromSidebar(sidebar);
      expect(context).not.toBeNull();
      expect(context!.provider).toBe(c.provider);
      expect(context!.subject).toBe(c.subject);
      // The language is the sidebar's reading of what the content script sent (webmail/analysis.ts).
      expect(analyseConversation(context!).language).toBe(c.language);
      expect(context!.compose).toEqual(c.compose ? { open: true, kind: c.compose } : { open: false });
      await page.close();
    });
  });

  describe.each(WITH_BOX)('$fixture', (c) => {
    it('lands at the restored caret above the signature, sets the subject only on a new message, bubbles input, and one Ctrl+Z removes it', async () => {
      const { page, sidebar } = await openFixture(browser.context, browser.extensionId, c);
      await ensureSidebarOpen(page, sidebar);
      await setFirstLine(page, c.provider, 'Alpha Bravo');
      expect(await placeCaret(page, c.provider, 6)).toEqual({ text: 'Alpha Bravo', offset: 6 });
      const inputsBefore = await inputValues(page);
      const signatureBefore = (await draftPlacement(page, c.provider, MARKER)).signatureText;
      expect(signatureBefore).not.toBe('');

      // Focus leaves the page for the sidebar, as when the user clicks Insert there.
      await focusSidebar(page);
      expect(await activeElementTag(page)).toBe('IFRAME');
      expect(await editorHasFocus(page, c)).toBe(false);
      await clearInputLog(page);

      const result = await insertFromSidebar(sidebar, draftFor(c));
      // Chromium supports insertHTML on contenteditable: the draft goes on the undo stack.
      expect(result).toEqual({ ok: true, method: 'execCommand', openedReply: false });

      // (a) exactly at the caret: between "Alpha " and "Bravo" of the same line.
      const firstLine = await page
        .locator(editorSelector(c.provider))
        .locator('> :first-child')
        .evaluate((el) => (el.textContent ?? '').replace(/\u00a0/g, ' '));
      expect(firstLine).toBe(`Alpha ${draftText(c)}Bravo`);
      // (c) above the signature, which is untouched.
      expect(await draftPlacement(page, c.provider, MARKER)).toEqual({
        found: true,
        signatureCount: 1,
        signatureText: signatureBefore,
        aboveSignature: true,
        insideSignature: false,
      });
      // (e) the subject only on a new message, never on a reply.
      await expectSubjectRule(page, c, inputsBefore);
      // (f) an input event bubbled from the editor to the page's own listeners.
      const log = await readMainWorldLog(page);
      expect(log.inputs.some((input) => input.inEditor && input.bubbles)).toBe(true);

      // (d) one Ctrl+Z with focus in the editor removes the whole draft.
      expect(await editorHasFocus(page, c)).toBe(true);
      await page.keyboard.press('Control+z');
      await expect.poll(() => editorText(page, c.provider)).not.toContain(MARKER);
      const undone = await editorText(page, c.provider);
      expect(undone).toContain('Alpha Bravo');
      expect(undone).toContain(signatureBefore);
      expect(undone).not.toContain(draftText(c).trim().split(' ').slice(1).join(' '));
      await page.close();
    });

    it('a caret left inside the signature still puts the draft above the signature', async () => {
      const { page, sidebar } = await openFixture(browser.context, browser.extensionId, c);
      await ensureSidebarOpen(page, sidebar);
      const signatureBefore = (await draftPlacement(page, c.provider, MARKER)).signatureText;
      const signatureLine = page.locator(editorSelector(c.provider)).locator(signatureSelector(c.provider)).getByText(c.language === 'pl' ? 'Studio Kowalska' : 'Northlight Studio', { exact: true });
      await signatureLine.click();
      await page.keyboard.press('Home');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => document.getSelection()?.anchorNode?.nodeValue)).toMatch(/Studio/);
      await focusSidebar(page);

      const result = await insertFromSidebar(sidebar, draftFor(c));
      expect(result).toMatchObject({ ok: true, openedReply: false });
      expect(await draftPlacement(page, c.provider, MARKER)).toEqual({
        found: true,
        signatureCount: 1,
        signatureText: signatureBefore,
        aboveSignature: true,
        insideSignature: false,
      });
      await page.close();
    });

    it('lands at the start of the body when the saved caret is gone (the editor content was replaced)', async () => {
      const { page, sidebar } = await openFixture(browser.context, browser.extensionId, c);
      await ensureSidebarOpen(page, sidebar);
      await setFirstLine(page, c.provider, 'Alpha Bravo');
      expect(await placeCaret(page, c.provider, 6)).toEqual({ text: 'Alpha Bravo', offset: 6 });
      await focusSidebar(page);
      // The app re-renders the body while the user is in the sidebar: every node the caret knew is gone.
      const staleNodes = await page.locator(editorSelector(c.provider)).evaluate((editor) => {
        const old = Array.from(editor.childNodes);
        editor.innerHTML = editor.innerHTML.replace('Alpha Bravo', 'Charlie Delta');
        return old.filter((node) => node.isConnected).length;
      });
      expect(staleNodes).toBe(0);
      const inputsBefore = await inputValues(page);

      const result = await insertFromSidebar(sidebar, draftFor(c));
      expect(result).toEqual({ ok: true, method: 'execCommand', openedReply: false });
      const text = await editorText(page, c.provider);
      expect(text.trimStart().startsWith(draftText(c).trim())).toBe(true);
      expect(text.indexOf('Charlie Delta')).toBeGreaterThan(text.indexOf(MARKER));
      const placement = await draftPlacement(page, c.provider, MARKER);
      expect(placement).toMatchObject({ found: true, signatureCount: 1, aboveSignature: true, insideSignature: false });
      await expectSubjectRule(page, c, inputsBefore);
      await page.close();
    });
  });

  describe.each(WITHOUT_BOX)('$fixture (no reply box open)', (c) => {
    it("opens a reply through the page's own control and lands at the start of its body, above the signature", async () => {
      const { page, sidebar } = await openFixture(browser.context, browser.extensionId, c);
      expect(await page.locator(editorSelector(c.provider)).count()).toBe(0);
      const inputsBefore = await inputValues(page);
      await clearInputLog(page);

      const result = await insertFromSidebar(sidebar, draftFor(c));
      expect(result).toEqual({ ok: true, method: 'execCommand', openedReply: true });
      const log = await readMainWorldLog(page);
      expect(log.repliesOpened).toBe(1);
      expect(log.inputs.some((input) => input.inEditor && input.bubbles)).toBe(true);

      const text = await editorText(page, c.provider);
      expect(text.trimStart().startsWith(draftText(c).trim())).toBe(true);
      expect(await draftPlacement(page, c.provider, MARKER)).toMatchObject({
        found: true,
        signatureCount: 1,
        aboveSignature: true,
        insideSignature: false,
      });
      // A reply never gets a subject.
      expect(await inputValues(page)).toEqual(inputsBefore);
      const context = await getContextFromSidebar(sidebar);
      expect(context?.compose).toEqual({ open: true, kind: 'reply' });

      expect(await editorHasFocus(page, c)).toBe(true);
      await page.keyboard.press('Control+z');
      await expect.poll(() => editorText(page, c.provider)).not.toContain(MARKER);
      await page.close();
    });

    it('after the user opens the reply, lands at the restored caret above the signature', async () => {
      const { page, sidebar } = await openFixture(browser.context, browser.extensionId, c);
      await ensureSidebarOpen(page, sidebar);
      await clickReply(page, c);
      await setFirstLine(page, c.provider, 'Alpha Bravo');
      expect(await placeCaret(page, c.provider, 6)).toEqual({ text: 'Alpha Bravo', offset: 6 });
      const inputsBefore = await inputValues(page);
      await focusSidebar(page);
      expect(await activeElementTag(page)).toBe('IFRAME');
      await clearInputLog(page);

      const result = await insertFromSidebar(sidebar, draftFor(c));
      expect(result).toEqual({ ok: true, method: 'execCommand', openedReply: false });
      const firstLine = await page
        .locator(editorSelector(c.provider))
        .locator('> :first-child')
        .evaluate((el) => (el.textContent ?? '').replace(/\u00a0/g, ' '));
      expect(firstLine).toBe(`Alpha ${draftText(c)}Bravo`);
      expect(await draftPlacement(page, c.provider, MARKER)).toMatchObject({ found: true, aboveSignature: true, insideSignature: false });
      expect(await inputValues(page)).toEqual(inputsBefore);
      expect((await readMainWorldLog(page)).inputs.some((input) => input.inEditor && input.bubbles)).toBe(true);
      expect(await editorHasFocus(page, c)).toBe(true);
      await page.keyboard.press('Control+z');
      await expect.poll(() => editorText(page, c.provider)).not.toContain(MARKER);
      expect(await editorText(page, c.provider)).toContain('Alpha Bravo');
      await page.close();
    });
  });

  describe.each([
    { fixture: 'gmail-thread-pl.html', lang: 'pl' },
    { fixture: 'outlook-thread-en.html', lang: 'en' },
  ])("the sidebar's own Insert button on $fixture", ({ fixture, lang }) => {
    it(`inserts the ${lang} suggestion at the caret the user left, above the signature`, async () => {
      const c = fixtureCase(fixture);
      const { page, sidebar } = await openFixture(browser.context, browser.extensionId, c);
      await ensureSidebarOpen(page, sidebar);
      const frame = page.frameLocator(SIDEBAR_SELECTOR);
      const suggestion = frame.locator(`[data-testid="suggestion"][data-lang="${lang}"]`).first();
      await suggestion.waitFor({ state: 'visible', timeout: 15_000 });
      // Open the preview first: the Insert button then renders exactly what it shows.
      await suggestion.locator('[data-testid="select-suggestion"]').click();
      const preview = (await suggestion.locator('[data-testid="draft-preview"]').innerText()).replace(/\s+/g, ' ').trim();
      expect(preview.length).toBeGreaterThan(20);
      const opening = preview.slice(0, 30);
      const signature = (await draftPlacement(page, c.provider, MARKER)).signatureText;

      await setFirstLine(page, c.provider, 'Alpha Bravo');
      expect(await placeCaret(page, c.provider, 6)).toEqual({ text: 'Alpha Bravo', offset: 6 });
      await clearInputLog(page);
      // The click itself moves focus into the sidebar: the caret has to be restored.
      await suggestion.locator('[data-testid="insert-draft"]').click();
      await expect.poll(() => editorText(page, c.provider).then((t) => t.replace(/\s+/g, ' ')), { timeout: 10_000 }).toContain(opening);
      await frame.locator('[data-testid="flash"]').waitFor({ state: 'visible' });

      const text = (await editorText(page, c.provider)).replace(/\s+/g, ' ');
      const at = { alpha: text.indexOf('Alpha'), draft: text.indexOf(opening), bravo: text.indexOf('Bravo'), signature: text.indexOf(signature.replace(/\s+/g, ' ').slice(0, 12)) };
      expect(at.alpha).toBeGreaterThanOrEqual(0);
      expect(at.draft).toBeGreaterThan(at.alpha);
      expect(at.bravo).toBeGreaterThan(at.draft);
      expect(at.signature).toBeGreaterThan(at.bravo);
      // What went in is the preview, whole, in the thread's language.
      expect(text).toContain(preview.slice(-30));
      expect((await readMainWorldLog(page)).inputs.some((input) => input.inEditor && input.bubbles)).toBe(true);
      await screenshot(page, `insertion-sidebar-button-${c.provider}-${lang}`);
      await page.close();
    });
  });
});
