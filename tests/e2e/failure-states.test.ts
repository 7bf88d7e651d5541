/**
 * What the user sees when things are not as expected: no conversation open, a page whose markup lost
 * the addresses and the subject, an insertion that cannot work (the clipboard takes over), and the
 * sidebar's own placement (the toggle, and never covering the webmail's Send button).
 */
import type { BrowserContext, FrameLocator, Locator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sidebarMessages } from '../../components/sidebar/messages';
import {
  GMAIL_THREAD_URL,
  OUTLOOK_THREAD_URL,
  SIDEBAR_SELECTOR,
  callStoreOk,
  launchWithExtension,
  readFixture,
  type LaunchedExtension,
} from './harness';
import { UI_TIMEOUT_MS, isClickableAtCentre, normalizeText, openStorePage, openWebmail, overlaps } from './path-helpers';

const GMAIL_INBOX_URL = 'https://mail.google.com/mail/u/0/#inbox';
const GMAIL_COMPOSE_URL = 'https://mail.google.com/mail/u/0/#inbox?compose=new';

let browser: LaunchedExtension;
beforeEach(async () => {
  browser = await launchWithExtension();
});
afterEach(async () => {
  await browser?.close();
});

/** Gmail's inbox list with no conversation open: no subject heading, no messages. */
const INBOX_HTML = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Inbox (2) - sam.taylor@northlight.studio - Gmail</title></head>
<body><div class="nH w-asV aiw">
 <header class="gb_Ra" role="banner" style="height: 64px;"><a class="gb_Be" href="#inbox" aria-label="Gmail">Gmail</a></header>
 <div class="nH" role="main"><div class="ae4 UI" gh="tl"><table class="F cf zt" role="grid"><tbody>
  <tr class="zA zE" role="row"><td class="yX xY"><span class="bA4"><span translate="no" class="zF" email="mark.davies@brightfield.co.uk" name="Mark Davies">Mark Davies</span></span></td><td class="xY a4W"><span class="bog"><span>Ending our website retainer</span></span></td></tr>
  <tr class="zA zE" role="row"><td class="yX xY"><span class="bA4"><span translate="no" class="zF" email="accounts@brightfield.co.uk" name="Brightfield Accounts">Brightfield Accounts</span></span></td><td class="xY a4W"><span class="bog"><span>Remittance advice</span></span></td></tr>
 </tbody></table></div></div>
</div></body></html>`;

/** The English Gmail thread with every address attribute, the shown addresses and the subject removed. */
function gmailThreadWithoutAddresses(): string {
  const html = readFixture('gmail-thread-en.html')
    .replace(/\s(?:email|data-hovercard-id)="[^"]*"/g, '')
    .replace(/<span class="go">.*?<\/span><\/span>/g, '')
    .replace(/<h2 class="hP"[^>]*>.*?<\/h2>/, '');
  // The stripping must really have removed what it claims to.
  for (const gone of ['mark.davies@', 'accounts@', 'class="hP"']) {
    if (html.includes(gone)) throw new Error(`The stripped fixture still contains ${gone}`);
  }
  return html;
}

/** A thread with no reply box open and no reply control to open one. */
function gmailThreadWithoutReply(): string {
  const html = readFixture('gmail-thread-noreply-en.html').replace(/<span class="ams bkH"[^>]*>.*?<\/span>/, '');
  if (html.includes('ams bkH') || html.includes('g_editable="true"')) throw new Error('The fixture still has a way to reply');
  return html;
}

/**
 * Lets the test read the clipboard back. Chromium refuses a grant for the chrome-extension:// origin
 * ("opaque"), so it is granted context-wide; the extension asks for clipboardWrite in its manifest.
 */
async function allowClipboard(context: BrowserContext): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
}

/**
 * The clipboard as the webmail page reads it (the sidebar frame may only write to it: its iframe
 * allows clipboard-write, not read).
 */
async function readClipboard(page: Page): Promise<string> {
  await page.bringToFront();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Puts a known text on the clipboard, so what is read later can only come from the extension. */
async function fillClipboard(page: Page, text: string): Promise<void> {
  await page.bringToFront();
  await page.evaluate((value) => navigator.clipboard.writeText(value), text);
  expect(await readClipboard(page)).toBe(text);
}

function flashText(sidebar: FrameLocator): Locator {
  return sidebar.getByTestId('flash');
}

/** Either language: the browser decides the sidebar's UI language. */
function anyLanguage(key: keyof typeof sidebarMessages): RegExp {
  const { en, pl } = sidebarMessages[key];
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${escape(en)}|${escape(pl)}`);
}

describe('failure states', () => {
  it('shows the no-conversation state on an inbox, collapsed until the user opens it', async () => {
    const { page, sidebar } = await openWebmail(browser, GMAIL_INBOX_URL, { html: INBOX_HTML });
    const frame = page.locator(SIDEBAR_SELECTOR);
    // Nothing to show about an inbox: the sidebar does not open by itself.
    await sidebar.locator('main.sb').waitFor({ state: 'attached', timeout: UI_TIMEOUT_MS });
    expect(await frame.isVisible()).toBe(false);

    await page.getByTestId('offboard-toggle').click();
    const state = sidebar.getByTestId('state-no-conversation');
    await state.waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await state.innerText()).toMatch(anyLanguage('stateNoConversation'));
    expect(await sidebar.getByTestId('start-offboarding').count()).toBe(0);
    expect(await sidebar.getByTestId('suggestion').count()).toBe(0);
  });

  it('on a page without addresses or subject: unreadable state, the manual picker finds the client, Copy works', async () => {
    await allowClipboard(browser.context);
    const storePage = await openStorePage(browser);
    const seeded = await callStoreOk(storePage, 'offboarding.start', {
      name: 'Mark Davies',
      company: 'Brightfield Ltd',
      email: 'mark.davies@brightfield.co.uk',
      domain: 'brightfield.co.uk',
      language: 'en',
      initiator: 'client',
      reason: 'client-decision',
    });

    const { page, sidebar } = await openWebmail(browser, GMAIL_THREAD_URL, { html: gmailThreadWithoutAddresses() });
    await fillClipboard(page, 'before the copy');
    const unreadable = sidebar.getByTestId('state-unreadable');
    await unreadable.waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await unreadable.innerText()).toMatch(anyLanguage('stateUnreadable'));
    // Without an address the page's contact is not matched, and no client is created from it.
    expect(await sidebar.getByTestId('client-name').count()).toBe(0);
    expect(await sidebar.getByTestId('start-offboarding').count()).toBe(0);

    await unreadable.getByTestId('pick-client').click();
    const picker = sidebar.getByTestId('client-picker');
    await picker.getByRole('searchbox').fill('bright');
    await picker.getByRole('button', { name: /Mark Davies/ }).click();
    await expect.poll(() => sidebar.getByTestId('client-name').textContent(), { timeout: UI_TIMEOUT_MS }).toBe('Mark Davies');
    expect(await sidebar.getByTestId('stage').getAttribute('data-stage')).toBe(seeded.stage);

    // Copy a suggestion: the clipboard holds the previewed text.
    const first = sidebar.getByTestId('suggestion').first();
    await first.waitFor({ timeout: UI_TIMEOUT_MS });
    await first.getByTestId('select-suggestion').click();
    const preview = normalizeText(await first.getByTestId('draft-preview').innerText());
    expect(preview.length).toBeGreaterThan(20);
    await first.getByTestId('copy-draft').click();
    await expect.poll(() => flashText(sidebar).innerText(), { timeout: UI_TIMEOUT_MS }).toMatch(anyLanguage('copied'));
    const copied = normalizeText(await readClipboard(page));
    expect(copied.length).toBeGreaterThan(20);
    expect(preview).toContain(copied.slice(0, 40));
  });

  it('falls back to the clipboard, with a visible message, when there is no reply box and no reply control', async () => {
    await allowClipboard(browser.context);
    const { page, sidebar } = await openWebmail(browser, GMAIL_THREAD_URL, { html: gmailThreadWithoutReply() });
    await fillClipboard(page, 'before the insertion');
    await sidebar.getByTestId('start-offboarding').click({ timeout: UI_TIMEOUT_MS });
    await sidebar.getByTestId('client-name').waitFor({ timeout: UI_TIMEOUT_MS });

    const first = sidebar.getByTestId('suggestion').first();
    await first.getByTestId('select-suggestion').click();
    const preview = normalizeText(await first.getByTestId('draft-preview').innerText());
    await first.getByTestId('insert-draft').click();

    const flash = flashText(sidebar);
    await expect.poll(() => flash.innerText(), { timeout: UI_TIMEOUT_MS }).toMatch(anyLanguage('insertFailedCopied'));
    expect(await flash.getAttribute('role')).toBe('alert');
    const copied = normalizeText(await readClipboard(page));
    expect(copied.length).toBeGreaterThan(20);
    expect(preview).toContain(copied.slice(0, 40));
    // Nothing was inserted, so nothing is offered for ticking and nothing is logged as inserted.
    expect(await sidebar.getByTestId('tick-offer').count()).toBe(0);
    const storePage = await openStorePage(browser);
    const found = await callStoreOk(storePage, 'clients.match', { emails: ['mark.davies@brightfield.co.uk'] });
    if (!found) throw new Error('The started client is not in the store');
    const events = await callStoreOk(storePage, 'events.list', { clientId: found.client.id });
    expect(events.filter((e) => e.type === 'draft-inserted')).toEqual([]);
    expect(await page.locator('[contenteditable="true"]').count()).toBe(0);
  });
});

describe('sidebar placement', () => {
  it('the toggle collapses and reopens the sidebar; its close button collapses it too', async () => {
    const { page, sidebar } = await openWebmail(browser, GMAIL_THREAD_URL, { fixture: 'gmail-thread-en.html' });
    const frame = page.locator(SIDEBAR_SELECTOR);
    const toggle = page.getByTestId('offboard-toggle');
    await frame.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
    await sidebar.getByTestId('start-offboarding').waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');

    await toggle.click();
    await frame.waitFor({ state: 'hidden' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    // Collapsed, the page is all the webmail's: nothing of ours over its right edge but the toggle.
    const rightEdge = await page.evaluate(() => {
      const el = document.elementFromPoint(window.innerWidth - 100, window.innerHeight / 2);
      return el?.closest('[data-testid]')?.getAttribute('data-testid') ?? null;
    });
    expect(rightEdge).toBeNull();

    await toggle.click();
    await frame.waitFor({ state: 'visible' });
    await sidebar.getByTestId('start-offboarding').waitFor({ timeout: UI_TIMEOUT_MS });

    await sidebar.getByTestId('close-sidebar').click();
    await frame.waitFor({ state: 'hidden', timeout: UI_TIMEOUT_MS });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
  });

  /** Gmail docks the compose window at the bottom right; Outlook's reading pane fills the right side. */
  const LAYOUTS = {
    gmail: `.dw { position: fixed; right: 0; bottom: 0; z-index: 1000; }
      .dw [role="dialog"] { width: 540px; margin-right: 16px; background: #fff; box-shadow: 0 8px 10px rgba(0,0,0,.2); }`,
    outlook: `#appRoot > .Rq0Ct { display: flex; }
      [role="navigation"] { flex: 0 0 220px; overflow: hidden; }
      #MailList { flex: 0 0 360px; overflow: hidden; }
      [data-app-section="MailReadCompose"] { flex: 1 1 auto; min-width: 0; }`,
  } as const;

  const SEND_CASES = [
    {
      label: 'Gmail compose',
      url: GMAIL_COMPOSE_URL,
      fixture: 'gmail-compose-en.html',
      layout: LAYOUTS.gmail,
      opensByItself: false,
      send: (page: Page) => page.locator('div[role="button"].T-I.aoO'),
    },
    {
      label: 'Outlook thread',
      url: OUTLOOK_THREAD_URL,
      fixture: 'outlook-thread-en.html',
      layout: LAYOUTS.outlook,
      opensByItself: true,
      send: (page: Page) => page.locator('button:has(> i[data-icon-name^="Send"])'),
    },
  ];

  for (const sendCase of SEND_CASES) {
    for (const viewport of [{ width: 1400, height: 900 }, { width: 1024, height: 700 }]) {
      for (const styled of [false, true]) {
        const how = styled ? "laid out like the real app" : 'as served';
        it(`never covers the Send button: ${sendCase.label}, ${how}, ${viewport.width}×${viewport.height}`, async () => {
          const { page, sidebar } = await openWebmail(browser, sendCase.url, { fixture: sendCase.fixture }, viewport);
          if (styled) await page.addStyleTag({ content: sendCase.layout });
          const frame = page.locator(SIDEBAR_SELECTOR);
          // A conversation opens the sidebar by itself; a new message alone does not (the user opens it).
          if (!sendCase.opensByItself) await page.getByTestId('offboard-toggle').click();
          await frame.waitFor({ state: 'visible', timeout: UI_TIMEOUT_MS });
          await sidebar.locator('main.sb').waitFor({ timeout: UI_TIMEOUT_MS });

          const send = sendCase.send(page);
          expect(await send.count()).toBe(1);
          await send.scrollIntoViewIfNeeded();
          expect(await overlaps(frame, send)).toBe(false);
          expect(await overlaps(page.getByTestId('offboard-toggle'), send)).toBe(false);
          const atCentre = await isClickableAtCentre(send);
          expect(atCentre.hit, `topmost at the Send button's centre: ${atCentre.topmost}`).toBe(true);
        });
      }
    }
  }
});
