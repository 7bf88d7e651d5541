/**
 * Clickjacking (issue 10, item 1). sidebar.html is web-accessible to the webmail origins, but only
 * at a per-session URL (use_dynamic_url), so the page cannot frame it at the extension's id; should it
 * learn the per-session URL, its frame must still show nothing and do nothing. Our own frame must
 * refuse to act while it is transparent or covered — also under a cover that lets clicks through —
 * and work again once it is visible (the control that shows each refusal can fail).
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StartOffboardingInput } from '../../storage/protocol';
import { SIDEBAR_SELECTOR, callStoreOk, launchWithExtension, openExtensionPage, type LaunchedExtension } from './harness';
import { editorText, ensureSidebarOpen, fixtureCase, insertFromSidebar, openFixture, sendFromSidebar } from './insertion-helpers';

const CLIENT: StartOffboardingInput = {
  name: 'Mark Davies',
  company: 'Brightfield Ltd',
  email: 'mark.davies@brightfield.co.uk',
  domain: 'brightfield.co.uk',
  language: 'en',
  initiator: 'client',
  reason: 'client-decision',
};
const SECRET_WORDS = ['Mark Davies', 'Brightfield', 'brightfield.co.uk'];
const UI_TIMEOUT_MS = 15_000;
/** An idle period for a wrongly working frame to show something (proving a negative). */
const IDLE_MS = 2_000;
const DRAFT = { html: '<p>HIJACKED-insert</p>', text: 'HIJACKED-insert' };

let browser: LaunchedExtension;

beforeAll(async () => {
  browser = await launchWithExtension();
  const storePage = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
  await callStoreOk(storePage, 'offboarding.start', CLIENT);
  await storePage.close();
});
afterAll(async () => {
  await browser?.close();
});

async function openThread(): Promise<{ page: Page; sidebar: Frame }> {
  const c = fixtureCase('gmail-thread-en.html');
  const opened = await openFixture(browser.context, browser.extensionId, c);
  await ensureSidebarOpen(opened.page, opened.sidebar);
  await opened.page.frameLocator(SIDEBAR_SELECTOR).getByTestId('client-name').filter({ hasText: CLIENT.name }).waitFor({ timeout: UI_TIMEOUT_MS });
  return opened;
}

/** Selects the first suggestion so its Insert button is on screen. */
async function firstInsertButton(page: Page) {
  const sidebar = page.frameLocator(SIDEBAR_SELECTOR);
  const first = sidebar.getByTestId('suggestion').first();
  await first.waitFor({ timeout: UI_TIMEOUT_MS });
  await first.getByTestId('select-suggestion').click();
  await first.getByTestId('draft-preview').waitFor({ timeout: UI_TIMEOUT_MS });
  return first.getByTestId('insert-draft');
}

/** The page's script frames `url` itself, as an attacker would; resolves when the frame has loaded. */
async function frameFromPage(page: Page, url: string): Promise<void> {
  await page.evaluate(async (src) => {
    const iframe = document.createElement('iframe');
    iframe.className = 'page-made';
    iframe.src = src;
    iframe.setAttribute('style', 'position:fixed;left:0;top:0;width:360px;height:600px;opacity:1;z-index:2147483647;border:0');
    const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
    document.body.append(iframe);
    await loaded;
  }, url);
}

describe('a sidebar frame the page made itself', () => {
  it('cannot load at the extension id the page may know, nor be probed there', async () => {
    const { page } = await openThread();
    const staticSrc = `chrome-extension://${browser.extensionId}/sidebar.html`;
    await frameFromPage(page, staticSrc);
    const ours = await (await page.locator(SIDEBAR_SELECTOR).elementHandle())!.contentFrame();
    const sidebars = page.frames().filter((f) => f !== ours && f.url().includes('/sidebar.html'));
    expect(sidebars.map((f) => f.url())).toEqual([]);
    // use_dynamic_url: the page cannot even tell whether Offboard is installed by fetching it.
    const probed = await page.evaluate(async (url) => {
      try {
        await fetch(url);
        return 'fetched';
      } catch {
        return 'refused';
      }
    }, staticSrc);
    expect(probed).toBe('refused');
    await page.close();
  });

  it('the content-script runtimes are not web-accessible: the page can fetch them neither at the extension id nor at the per-session host', async () => {
    const { page } = await openThread();
    // The per-session host, as the page could learn it from our frame's src.
    const perSessionHost = new URL(await browser.serviceWorker.evaluate(() => chrome.runtime.getURL('/sidebar.html'))).host;
    expect(perSessionHost).not.toBe(browser.extensionId);
    for (const runtime of ['gmail-runtime.js', 'outlook-runtime.js']) {
      const staticUrl = `chrome-extension://${browser.extensionId}/${runtime}`;
      const dynamicUrl = `chrome-extension://${perSessionHost}/${runtime}`;
      const fetched = await page.evaluate(async (urls) => {
        const tryFetch = async (url: string) => {
          try {
            return (await fetch(url)).ok ? 'fetched' : 'refused';
          } catch {
            return 'refused';
          }
        };
        return { atId: await tryFetch(urls.staticUrl), perSession: await tryFetch(urls.dynamicUrl) };
      }, { staticUrl, dynamicUrl });
      // The background injects them (scripting.executeScript): no page, even one that learnt the per-session host, reads them.
      expect(fetched).toEqual({ atId: 'refused', perSession: 'refused' });
    }
    await page.close();
  });

  it('at the per-session URL, should the page learn it, shows nothing and is answered nothing', async () => {
    const { page } = await openThread();
    const dynamicSrc = await browser.serviceWorker.evaluate(() => chrome.runtime.getURL('/sidebar.html'));
    expect(dynamicSrc).not.toContain(browser.extensionId);
    await frameFromPage(page, dynamicSrc);
    const ours = await (await page.locator(SIDEBAR_SELECTOR).elementHandle())!.contentFrame();
    const pageMade = page.frames().find((f) => f !== ours && f.url().includes('/sidebar.html'));
    expect(pageMade, 'the page-made frame loaded our sidebar').toBeDefined();
    await page.waitForTimeout(IDLE_MS);

    const shown = await pageMade!.evaluate(() => ({
      text: document.body?.innerText ?? '',
      testIds: document.querySelectorAll('[data-testid]').length,
      buttons: document.querySelectorAll('button').length,
    }));
    for (const word of SECRET_WORDS) expect(shown.text).not.toContain(word);
    expect(shown.testIds).toBe(0);
    expect(shown.buttons).toBe(0);

    // Even our own code running in that frame gets nothing from the content script.
    const context = await sendFromSidebar(pageMade!, 'page.getContext', {});
    expect('err' in context, JSON.stringify(context)).toBe(true);
    const before = await editorText(page, 'gmail');
    const insert = await sendFromSidebar(pageMade!, 'page.insertDraft', { draft: DRAFT });
    expect('err' in insert, JSON.stringify(insert)).toBe(true);
    expect(await editorText(page, 'gmail')).toBe(before);

    // Control: our own frame in the same page shows the client and is answered.
    expect(await page.frameLocator(SIDEBAR_SELECTOR).getByTestId('client-name').innerText()).toContain(CLIENT.name);
    const ownContext = await sendFromSidebar(ours!, 'page.getContext', {});
    expect('res' in ownContext, JSON.stringify(ownContext)).toBe(true);
    await page.close();
  });
});

describe('our own frame, made transparent or covered by the page', () => {
  const coverings = [
    {
      name: 'transparent (opacity 0.01)',
      apply: `document.querySelector('${SIDEBAR_SELECTOR}').style.setProperty('opacity', '0.01', 'important')`,
      undo: `document.querySelector('${SIDEBAR_SELECTOR}').style.setProperty('opacity', '1', 'important')`,
    },
    {
      name: 'under a decoy that lets clicks through',
      apply: `(() => { const d = document.createElement('div'); d.id = 'decoy'; d.textContent = 'Win a prize';
        d.setAttribute('style', 'position:fixed;inset:0;background:#fff;z-index:2147483647;pointer-events:none');
        document.documentElement.append(d); })()`,
      undo: `document.getElementById('decoy').remove()`,
    },
  ];

  for (const covering of coverings) {
    it(`${covering.name}: a click on Insert inserts nothing and the sidebar says why; visible again, it works`, async () => {
      const { page } = await openThread();
      const insert = await firstInsertButton(page);
      const before = await editorText(page, 'gmail');
      await page.evaluate(covering.apply);
      const sidebar = page.frameLocator(SIDEBAR_SELECTOR);
      await sidebar.getByTestId('sidebar-not-visible').waitFor({ state: 'attached', timeout: UI_TIMEOUT_MS });
      const reason = await sidebar.getByTestId('sidebar-not-visible').innerText();
      expect(reason).toMatch(/covered, transparent or hidden|zasłonięty, przezroczysty lub ukryty/);
      // A real mouse click where the button is (force: the page's cover must not stop the attempt).
      await insert.click({ force: true, timeout: UI_TIMEOUT_MS });
      await page.waitForTimeout(IDLE_MS);
      expect(await editorText(page, 'gmail')).toBe(before);

      await page.evaluate(covering.undo);
      await sidebar.getByTestId('sidebar-not-visible').waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
      await insert.click({ timeout: UI_TIMEOUT_MS });
      await expect.poll(() => editorText(page, 'gmail'), { timeout: UI_TIMEOUT_MS }).not.toBe(before);
      await page.close();
    });
  }

  it('the content script itself refuses an insertion while the frame is transparent or covered', async () => {
    const { page, sidebar } = await openThread();
    const before = await editorText(page, 'gmail');
    await page.evaluate(coverings[0]!.apply);
    const transparent = await insertFromSidebar(sidebar, DRAFT);
    expect(transparent).toMatchObject({ ok: false, reason: 'sidebar-not-visible' });
    await page.evaluate(coverings[0]!.undo);
    // A cover that takes the clicks (no pointer-events: none): hit-testing sees it in every browser.
    await page.evaluate(() => {
      const d = document.createElement('div');
      d.id = 'cover';
      d.setAttribute('style', 'position:fixed;right:0;top:0;width:400px;height:100vh;z-index:2147483647;background:#fff');
      document.documentElement.append(d);
    });
    const covered = await insertFromSidebar(sidebar, DRAFT);
    expect(covered).toMatchObject({ ok: false, reason: 'sidebar-not-visible' });
    expect(await editorText(page, 'gmail')).toBe(before);
    await page.evaluate(() => document.getElementById('cover')!.remove());
    expect(await insertFromSidebar(sidebar, DRAFT)).toMatchObject({ ok: true });
    expect(await editorText(page, 'gmail')).toContain('HIJACKED-insert');
    await page.close();
  });
});
