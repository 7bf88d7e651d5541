/**
 * Helpers for the insertion and page-isolation e2e tests: the fixtures with what they should read
 * as, the sidebar frame, the page messages sent exactly as the sidebar sends them (common/messaging
 * `{ type: 'offboard:request', op, req }` → `{ res } | { err }` over chrome.tabs.sendMessage to frame 0),
 * and small probes of the editor in the page's main world.
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';
import type { PageOperations } from '../../webmail/page-protocol';
import type { ComposeKind, Draft, InsertResult, Provider, ThreadLanguage } from '../../webmail/types';
import { SIDEBAR_SELECTOR, serveWebmail } from './harness';

export const GMAIL_EDITOR = 'div[g_editable="true"][role="textbox"][contenteditable="true"]';
export const OUTLOOK_EDITOR = '[id^="editorParent_"] div[role="textbox"][contenteditable="true"]';
export const GMAIL_SIGNATURE = 'div.gmail_signature';
export const OUTLOOK_SIGNATURE = '#Signature';

export interface FixtureCase {
  fixture: string;
  provider: Provider;
  /** A URL of its own, so fixtures served in one browser never replace each other. */
  url: string;
  subject: string | undefined;
  language: ThreadLanguage;
  /** What is open when the page loads; `null` when no compose or reply box is. */
  compose: ComposeKind | null;
}

const gmailUrl = (account: number) =>
  `https://mail.google.com/mail/u/${account}/#inbox/FMfcgzQbfLmvXqPdJkRwZtSnHcBgTxW${account}`;
const gmailComposeUrl = (account: number) => `https://mail.google.com/mail/u/${account}/#inbox?compose=new`;
const outlookUrl = (n: number) => `https://outlook.office.com/mail/inbox/id/AAQkAGI2TG93AAAQAKhXQ4tGZ0VLnUeOmc8xD9M${n}%3D`;
const outlookComposeUrl = (n: number) => `https://outlook.office.com/mail/deeplink/compose?n=${n}`;

const EN_SUBJECT = 'Ending our website retainer – final invoice';
const PL_SUBJECT = 'Zakończenie współpracy – faktura końcowa';

/** Every fixture that has, or can open, a compose or reply box. */
export const FIXTURE_CASES: readonly FixtureCase[] = [
  { fixture: 'gmail-thread-en.html', provider: 'gmail', url: gmailUrl(1), subject: EN_SUBJECT, language: 'en', compose: 'reply' },
  { fixture: 'gmail-thread-pl.html', provider: 'gmail', url: gmailUrl(2), subject: PL_SUBJECT, language: 'pl', compose: 'reply' },
  { fixture: 'gmail-compose-en.html', provider: 'gmail', url: gmailComposeUrl(3), subject: undefined, language: 'en', compose: 'new' },
  { fixture: 'gmail-compose-pl.html', provider: 'gmail', url: gmailComposeUrl(4), subject: undefined, language: 'pl', compose: 'new' },
  { fixture: 'gmail-thread-noreply-en.html', provider: 'gmail', url: gmailUrl(5), subject: EN_SUBJECT, language: 'en', compose: null },
  { fixture: 'outlook-thread-en.html', provider: 'outlook', url: outlookUrl(1), subject: EN_SUBJECT, language: 'en', compose: 'reply' },
  { fixture: 'outlook-thread-pl.html', provider: 'outlook', url: outlookUrl(2), subject: PL_SUBJECT, language: 'pl', compose: 'reply' },
  { fixture: 'outlook-compose-en.html', provider: 'outlook', url: outlookComposeUrl(3), subject: undefined, language: 'en', compose: 'new' },
  { fixture: 'outlook-compose-pl.html', provider: 'outlook', url: outlookComposeUrl(4), subject: undefined, language: 'pl', compose: 'new' },
  { fixture: 'outlook-thread-noreply-pl.html', provider: 'outlook', url: outlookUrl(5), subject: PL_SUBJECT, language: 'pl', compose: null },
];

export function fixtureCase(fixture: string): FixtureCase {
  const found = FIXTURE_CASES.find((c) => c.fixture === fixture);
  if (!found) throw new Error(`No fixture case for ${fixture}`);
  return found;
}

export const editorSelector = (provider: Provider) => (provider === 'gmail' ? GMAIL_EDITOR : OUTLOOK_EDITOR);
export const signatureSelector = (provider: Provider) => (provider === 'gmail' ? GMAIL_SIGNATURE : OUTLOOK_SIGNATURE);

/** What the page's main world records (installed before any page script with addInitScript). */
export interface MainWorldLog {
  /** `input` events that reached `document` in the bubbling phase. */
  inputs: Array<{ inEditor: boolean; bubbles: boolean; inputType: string }>;
  /** Clicks on the reply control that the fake app answered with a reply box. */
  repliesOpened: number;
}

/**
 * Installs, in the page's main world, the input recorder and (on the no-reply fixtures) the app's
 * behaviour a real webmail has: a click on the reply control adds a reply editor with a signature.
 */
export async function installMainWorld(page: Page, provider: Provider): Promise<void> {
  await page.addInitScript(
    ({ provider, gmailEditor, outlookEditor }) => {
      const log: MainWorldLog = { inputs: [], repliesOpened: 0 };
      Object.defineProperty(window, '__offboardTestLog', { value: log });
      const editorSel = provider === 'gmail' ? gmailEditor : outlookEditor;
      // Bubbling phase on document: only events that really bubbled from their target get here.
      document.addEventListener('input', (event) => {
        const target = event.target instanceof Element ? event.target : null;
        log.inputs.push({
          inEditor: !!target?.closest(editorSel),
          bubbles: event.bubbles,
          inputType: event instanceof InputEvent ? event.inputType : '',
        });
      });
      // Gmail's bottom "Reply" link; Outlook's Reply button, known by its icon.
      const isReplyControl = (target: Element | null): boolean =>
        provider === 'gmail'
          ? !!target?.closest('span.ams.bkH')
          : !!target?.closest('button')?.querySelector('[data-icon-name="ArrowReplyRegular"]');
      document.addEventListener('click', (event) => {
        const target = event.target instanceof Element ? event.target : null;
        if (!isReplyControl(target) || document.querySelector(editorSel)) return;
        log.repliesOpened += 1;
        const box = document.createElement('div');
        if (provider === 'gmail') {
          box.className = 'M9';
          box.innerHTML =
            '<div class="aoI" role="region" aria-label="Reply"><div class="Ar Au">' +
            '<div id=":9o" class="Am aiL Al editable" g_editable="true" role="textbox" aria-multiline="true" tabindex="1" contenteditable="true" style="min-height: 85px;">' +
            '<div dir="ltr"><br></div><br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br>' +
            '<div><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">Sam Taylor<div>Northlight Studio</div></div></div></div>' +
            '</div></div></div>';
          const main = document.querySelector('[role="main"]') ?? document.body;
          main.append(box);
        } else {
          box.className = 'bQhgx';
          box.innerHTML =
            '<div id="editorParent_9"><div role="textbox" contenteditable="true" aria-multiline="true" aria-label="Treść wiadomości" style="min-height: 85px;">' +
            '<div class="elementToProof"><br></div><div id="Signature"><div>Ola Kowalska</div><div>Studio Kowalska</div></div>' +
            '</div></div>';
          const pane = document.querySelector('#ConversationReadingPaneContainer') ?? document.querySelector('[data-app-section="MailReadCompose"]') ?? document.body;
          pane.append(box);
        }
      });
    },
    { provider, gmailEditor: GMAIL_EDITOR, outlookEditor: OUTLOOK_EDITOR },
  );
}

export async function readMainWorldLog(page: Page): Promise<MainWorldLog> {
  return page.evaluate(() => {
    const log = (window as unknown as { __offboardTestLog?: MainWorldLog }).__offboardTestLog;
    if (!log) throw new Error('The main-world recorder is not installed');
    return JSON.parse(JSON.stringify(log)) as MainWorldLog;
  });
}

export async function clearInputLog(page: Page): Promise<void> {
  await page.evaluate(() => {
    const log = (window as unknown as { __offboardTestLog?: MainWorldLog }).__offboardTestLog;
    if (!log) throw new Error('The main-world recorder is not installed');
    log.inputs.length = 0;
  });
}

/** Serves and opens a fixture (with the main-world recorder), and waits for the sidebar frame. */
export async function openFixture(context: BrowserContext, extensionId: string, c: FixtureCase): Promise<{ page: Page; sidebar: Frame }> {
  serveWebmail(context, { url: c.url, fixture: c.fixture });
  const page = await context.newPage();
  await installMainWorld(page, c.provider);
  await page.goto(c.url, { waitUntil: 'load' });
  const sidebar = await sidebarFrame(page, extensionId);
  return { page, sidebar };
}

/** The extension's sidebar frame inside the webmail page, once its document has loaded. */
export async function sidebarFrame(page: Page, extensionId: string): Promise<Frame> {
  await page.locator(SIDEBAR_SELECTOR).waitFor({ state: 'attached', timeout: 15_000 });
  await page.frameLocator(SIDEBAR_SELECTOR).locator('#app').waitFor({ state: 'attached', timeout: 15_000 });
  const prefix = `chrome-extension://${extensionId}/sidebar.html`;
  const frame = page.frames().find((f) => f.url().startsWith(prefix));
  if (!frame) throw new Error(`No sidebar frame (${prefix}) in ${page.url()}`);
  return frame;
}

/**
 * Opens the sidebar (so it can take focus) with `page.setSidebar { open: true }` from the sidebar
 * frame: idempotent, so it cannot race the page's own first-open or remembered state.
 */
export async function ensureSidebarOpen(page: Page, sidebar: Frame): Promise<void> {
  const reply = await sendFromSidebar(sidebar, 'page.setSidebar', { open: true });
  if (!('res' in reply) || !reply.res.open) throw new Error(`page.setSidebar failed: ${JSON.stringify(reply)}`);
  await page.locator(SIDEBAR_SELECTOR).waitFor({ state: 'visible' });
  await page.frameLocator(SIDEBAR_SELECTOR).locator('.sb-topbar__name').waitFor({ state: 'visible' });
}

export type PageReply<K extends keyof PageOperations> = { res: PageOperations[K]['res'] } | { err: unknown };

type WithoutToken<T> = Omit<T, 'token'>;

/**
 * Sends one page message from inside the sidebar frame exactly as the sidebar does: the tab from
 * `tab.whoami` (runtime message to the background), then chrome.tabs.sendMessage to frame 0, with the
 * pairing token the content script posts into its own frame (webmail/pairing.ts). To get the token the
 * test asks the content script to post it again (a `load` event on the sidebar frame element); a frame
 * the page made gets none within 2 s and its request goes without one.
 */
export async function sendFromSidebar<K extends 'page.getContext' | 'page.insertDraft' | 'page.setSidebar'>(
  sidebar: Frame,
  type: K,
  data: WithoutToken<PageOperations[K]['req']>,
): Promise<PageReply<K>> {
  await sidebar.evaluate(() => {
    const w = window as unknown as { __offboardTestToken?: Promise<string | undefined> };
    w.__offboardTestToken = new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), 2_000);
      window.addEventListener('message', function onMessage(event) {
        const token = (event.data as { type?: unknown; token?: unknown } | null)?.token;
        if ((event.data as { type?: unknown } | null)?.type !== 'offboard:pair' || typeof token !== 'string') return;
        clearTimeout(timer);
        window.removeEventListener('message', onMessage);
        resolve(token);
      });
    });
  });
  const parent = sidebar.parentFrame();
  if (parent) {
    await parent.evaluate((selector) => document.querySelector(selector)?.dispatchEvent(new Event('load')), SIDEBAR_SELECTOR);
  }
  return sidebar.evaluate(
    async ({ type, data }) => {
      const token = await (window as unknown as { __offboardTestToken?: Promise<string | undefined> }).__offboardTestToken;
      const envelope = (op: string, req: unknown) => ({ type: 'offboard:request', op, req });
      const who = (await chrome.runtime.sendMessage(envelope('tab.whoami', {}))) as { res?: { tabId: number }; err?: unknown };
      if (!who?.res) throw new Error(`tab.whoami failed: ${JSON.stringify(who)}`);
      const withToken = token === undefined ? data : { ...(data as object), token };
      const reply: unknown = await chrome.tabs.sendMessage(who.res.tabId, envelope(type, withToken), { frameId: 0 });
      if (!reply || typeof reply !== 'object') throw new Error(`No reply to ${type}: ${JSON.stringify(reply)}`);
      return reply as { res: never } | { err: unknown };
    },
    { type, data },
  );
}

export async function getContextFromSidebar(sidebar: Frame) {
  const reply = await sendFromSidebar(sidebar, 'page.getContext', {});
  if (!('res' in reply)) throw new Error(`page.getContext failed: ${JSON.stringify(reply.err)}`);
  return reply.res;
}

export async function insertFromSidebar(sidebar: Frame, draft: Draft): Promise<InsertResult> {
  const reply = await sendFromSidebar(sidebar, 'page.insertDraft', { draft });
  if (!('res' in reply)) throw new Error(`page.insertDraft failed: ${JSON.stringify(reply.err)}`);
  return reply.res;
}

/** The editor's text with the whitespace the editor may turn into &nbsp; made plain. */
export async function editorText(page: Page, provider: Provider): Promise<string> {
  return page.locator(editorSelector(provider)).evaluate((el) => (el.textContent ?? '').replace(/\u00a0/g, ' '));
}

/** Puts known text into the editor's first line (setup; the app would have the user's typing there). */
export async function setFirstLine(page: Page, provider: Provider, text: string): Promise<void> {
  await page.locator(editorSelector(provider)).evaluate((editor, text) => {
    const first = editor.firstElementChild;
    if (!first || first.matches('.gmail_signature, #Signature')) throw new Error('The editor has no first line');
    first.textContent = text;
  }, text);
}

/**
 * Clicks the known text in the editor's first line, then moves the caret with the keyboard to
 * `offset` characters from the line's start; returns where the page says the caret is.
 */
export async function placeCaret(page: Page, provider: Provider, offset: number): Promise<{ text: string; offset: number }> {
  const line = page.locator(editorSelector(provider)).locator('> :first-child');
  await line.click();
  await page.keyboard.press('Home');
  for (let i = 0; i < offset; i += 1) await page.keyboard.press('ArrowRight');
  return page.evaluate(() => {
    const selection = document.getSelection();
    const node = selection?.anchorNode;
    if (!selection || !node || node.nodeType !== Node.TEXT_NODE || !selection.isCollapsed) {
      throw new Error(`The caret is not collapsed in a text node: ${String(node?.nodeName)}`);
    }
    return { text: node.nodeValue ?? '', offset: selection.anchorOffset };
  });
}

/** Clicks a neutral spot of the sidebar (its top bar), so focus leaves the webmail page's editor. */
export async function focusSidebar(page: Page): Promise<void> {
  await page.frameLocator(SIDEBAR_SELECTOR).locator('.sb-topbar__name').click();
}

/** Where the draft's marker landed relative to the signature, and whether the editor has focus. */
export async function draftPlacement(page: Page, provider: Provider, marker: string) {
  return page.locator(editorSelector(provider)).evaluate(
    (editor, { marker, signatureSel }) => {
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      let markerNode: Text | null = null;
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        if ((n.nodeValue ?? '').includes(marker)) {
          markerNode = n as Text;
          break;
        }
      }
      const signatures = editor.querySelectorAll(signatureSel);
      const signature = signatures[0] ?? null;
      return {
        found: !!markerNode,
        signatureCount: signatures.length,
        signatureText: (signature?.textContent ?? '').trim(),
        aboveSignature: !!markerNode && !!signature && !!(markerNode.compareDocumentPosition(signature) & Node.DOCUMENT_POSITION_FOLLOWING),
        insideSignature: !!markerNode && !!signature?.contains(markerNode),
      };
    },
    { marker, signatureSel: provider === 'gmail' ? GMAIL_SIGNATURE : OUTLOOK_SIGNATURE },
  );
}

/** The values of every input in the page, to prove which ones an insertion changed. */
export async function inputValues(page: Page): Promise<string[]> {
  return page.evaluate(() => Array.from(document.querySelectorAll('input')).map((input) => `${input.name || input.getAttribute('aria-label') || input.type}=${input.value}`));
}

/** The subject field of a new message (compose fixtures). */
export function subjectInput(page: Page, provider: Provider) {
  return provider === 'gmail' ? page.locator('input[name="subjectbox"]') : page.locator('input[maxlength="255"]');
}
