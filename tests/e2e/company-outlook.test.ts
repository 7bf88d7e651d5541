/**
 * Outlook on the web at a company's own address (issue 15): the Outlook content script registered
 * at run time for a granted origin, the sidebar framed and paired there, and the registration gone
 * when the grant is.
 *
 * Headless Chromium cannot answer the permission prompt that `permissions.request` opens (the click
 * on "Ask for access" leaves it pending; tests/unit/options/webmail-access.test.tsx covers the page),
 * so this test loads a copy of the build whose manifest lists the company origin as a host
 * permission — granted at install like the user's grant — and changes the grant the way the user does
 * in chrome://extensions (site access: withheld, then allowed again), which fires the same
 * permissions.onRemoved / onAdded the background follows.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, SIDEBAR_SELECTOR, launchWithExtension, openExtensionPage, readFixture, serveWebmail, type LaunchedExtension } from './harness';

const COMPANY = 'https://mail.example-company.test';
const COMPANY_PATTERN = `${COMPANY}/*`;
const NOT_GRANTED = 'https://mail.other-company.test';

/** The real Outlook fixture as an on-premises Exchange serves it: its resources under /owa/prem/. */
function onPremisesOwa(): string {
  return readFixture('outlook-thread-en.html').replace(
    '<head>',
    '<head><link rel="stylesheet" href="/owa/prem/15.2.1544.4/resources/styles/0/boot.worldwide.mouse.css">',
  );
}

async function grantedOrigins(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () => (await chrome.permissions.getAll()).origins ?? []);
}

async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  let value = await read();
  while (!done(value)) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}; last seen ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    value = await read();
  }
  return value;
}

/** chrome://extensions' own API: what the user's site-access choice calls. */
async function setSiteAccess(page: Page, extensionId: string, change: 'withhold' | 'allow'): Promise<void> {
  await page.evaluate(
    async ({ id, change, pattern }) => {
      const developer = (chrome as unknown as { developerPrivate: Record<string, (...args: unknown[]) => Promise<void>> }).developerPrivate;
      if (change === 'withhold') await developer.updateExtensionConfiguration!({ extensionId: id, hostAccess: 'ON_CLICK' });
      else await developer.addHostPermission!(id, pattern);
    },
    { id: extensionId, change, pattern: COMPANY_PATTERN },
  );
}

describe('Outlook on the web at a company address the user granted', () => {
  let browser: LaunchedExtension;
  let build: string;

  beforeAll(async () => {
    build = mkdtempSync(join(tmpdir(), 'offboard-owa-build-'));
    cpSync(EXTENSION_DIR, build, { recursive: true });
    const manifest = JSON.parse(readFileSync(join(build, 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(manifest.host_permissions).not.toContain(COMPANY_PATTERN);
    writeFileSync(join(build, 'manifest.json'), JSON.stringify({ ...manifest, host_permissions: [...(manifest.host_permissions as string[]), COMPANY_PATTERN] }));
    browser = await launchWithExtension({ extensionDir: build });
  });
  afterAll(async () => {
    await browser?.close();
    if (build) rmSync(build, { recursive: true, force: true });
  });

  it('injects the Outlook runtime into a loaded page of that origin only (no registration), and the sidebar works there', async () => {
    // Nothing registered: the background injects after load, as for the four webmails.
    expect(await browser.serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);

    const options = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    const item = options.locator('[data-testid="webmail-access-item"]');
    await item.first().waitFor({ timeout: 15_000 });
    expect(await item.evaluateAll((items) => items.map((li) => (li as HTMLElement).dataset.pattern))).toEqual([COMPANY_PATTERN]);

    const page = await browser.context.newPage();
    await page.goto(serveWebmail(browser.context, { url: `${COMPANY}/owa/#path=/mail/inbox`, html: onPremisesOwa() }));
    const sidebar = page.locator(SIDEBAR_SELECTOR);
    await sidebar.waitFor({ state: 'attached', timeout: 20_000 });
    // At the per-session URL, embedded by a granted origin, paired: it reads the thread.
    expect(await sidebar.getAttribute('src')).toBe(await browser.serviceWorker.evaluate(() => chrome.runtime.getURL('/sidebar.html')));
    await page.frameLocator(SIDEBAR_SELECTOR).getByText('mark.davies@brightfield.co.uk').waitFor({ timeout: 20_000 });

    // The same page at an address nobody granted gets nothing of Offboard.
    const other = await browser.context.newPage();
    await other.goto(serveWebmail(browser.context, { url: `${NOT_GRANTED}/owa/`, html: onPremisesOwa() }));
    await other.waitForLoadState('load');
    await other.waitForTimeout(1500);
    expect(await other.locator(SIDEBAR_SELECTOR).count()).toBe(0);
  });

  it('injects nothing once the grant is taken back, and serves a tab already open there when it is given again', async () => {
    const extensions = await browser.context.newPage();
    await extensions.goto('chrome://extensions/');
    await setSiteAccess(extensions, browser.extensionId, 'withhold');
    await waitFor(() => grantedOrigins(browser.serviceWorker), (origins) => !origins.includes(COMPANY_PATTERN), 'the grant to go');
    const options = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    await options.locator('[data-testid="webmail-access-none"]').waitFor({ timeout: 15_000 });

    const page = await browser.context.newPage();
    await page.goto(serveWebmail(browser.context, { url: `${COMPANY}/owa/`, html: onPremisesOwa() }));
    await page.waitForLoadState('load');
    await page.waitForTimeout(1500);
    expect(await page.locator(SIDEBAR_SELECTOR).count()).toBe(0);

    await setSiteAccess(extensions, browser.extensionId, 'allow');
    await options.locator('[data-testid="webmail-access-item"]').waitFor({ timeout: 15_000 });
    // No reload: the grant itself brings the runtime into the tab open at the address.
    await page.locator(SIDEBAR_SELECTOR).waitFor({ state: 'attached', timeout: 20_000 });
    await page.frameLocator(SIDEBAR_SELECTOR).getByText('mark.davies@brightfield.co.uk').waitFor({ timeout: 20_000 });
  });

  it('loads in any https page that learnt the per-session URL, but shows that page nothing', async () => {
    // The price of web_accessible_resources for https://*/*: the frame loads; the embedding check
    // (granted origins only) and the pairing keep it empty.
    const dynamicSrc = await browser.serviceWorker.evaluate(() => chrome.runtime.getURL('/sidebar.html'));
    const page = await browser.context.newPage();
    await page.goto(serveWebmail(browser.context, { url: 'https://learnt-the-url.test/', html: `<!doctype html><iframe src="${dynamicSrc}"></iframe>` }));
    const frame = await waitFor(
      async () => page.frames().find((f) => f.url().includes('/sidebar.html')) ?? null,
      (found) => found !== null,
      'the framed sidebar',
    );
    await frame!.waitForLoadState('load');
    await page.waitForTimeout(1500);
    const shown = await frame!.evaluate(() => ({
      text: document.body?.innerText.trim() ?? '',
      testIds: document.querySelectorAll('[data-testid]').length,
      buttons: document.querySelectorAll('button').length,
    }));
    expect(shown).toEqual({ text: '', testIds: 0, buttons: 0 });
  });
});
