/**
 * Helpers for the user-path, failure-state and screenshot e2e tests: opening a conversation with the
 * sidebar ready, driving the sidebar's checklist, reading the reply editor, checking PNG files and
 * what covers a point of the page. Built on tests/e2e/harness.ts (which stays untouched).
 */
import { readFileSync, statSync } from 'node:fs';
import type { FrameLocator, Locator, Page } from 'playwright-core';
import type { ChecklistKey } from '../../offboarding/types';
import { SIDEBAR_SELECTOR, openExtensionPage, serveWebmail, type LaunchedExtension } from './harness';

/** Generous: the first sidebar load includes the service worker opening IndexedDB. */
export const UI_TIMEOUT_MS = 15_000;

export interface WebmailCase {
  label: string;
  url: string;
  fixture: string;
  /** The thread's language, which the suggestions must follow. */
  lang: 'pl' | 'en';
  otherParty: { name: string; email: string };
  /** The reply body in the fixture. */
  editorSelector: string;
  /** Text inside the signature block of that body. */
  signatureText: string;
  /** What the user confirms in the details form after starting, and the salutation that follows. */
  addressFormLabel: RegExp;
  firstName: string;
  salutation: string;
}

export const GMAIL_PL_CASE = {
  label: 'Gmail, Polish thread',
  fixture: 'gmail-thread-pl.html',
  lang: 'pl',
  otherParty: { name: 'Anna Nowak', email: 'anna.nowak@sklep-lesny.pl' },
  editorSelector: 'div[g_editable="true"][role="textbox"][contenteditable="true"]',
  signatureText: 'Studio Kowalska',
  addressFormLabel: /^Pani( \(|$)/,
  firstName: 'Anna',
  salutation: 'Szanowna Pani,',
} as const;

export const OUTLOOK_EN_CASE = {
  label: 'Outlook, English thread',
  fixture: 'outlook-thread-en.html',
  lang: 'en',
  otherParty: { name: 'Mark Davies', email: 'mark.davies@brightfield.co.uk' },
  editorSelector: '#editorParent_1 div[role="textbox"][contenteditable="true"]',
  signatureText: 'Northlight Studio',
  addressFormLabel: /^Pan( \(|$)/,
  firstName: 'Mark',
  // A first name alone is not first-name terms: the formal greeting takes the surname (issue 17).
  salutation: 'Dear Mr Davies,',
} as const;

export interface OpenedConversation {
  page: Page;
  sidebar: FrameLocator;
}

export type PageSource = { fixture: string; html?: undefined } | { html: string; fixture?: undefined };

/** Serves the markup at a webmail URL, opens it and waits until the sidebar frame is attached. */
export async function openWebmail(
  browser: LaunchedExtension,
  url: string,
  source: PageSource,
  viewport = { width: 1400, height: 900 },
): Promise<OpenedConversation> {
  serveWebmail(browser.context, source.fixture !== undefined ? { url, fixture: source.fixture } : { url, html: source.html });
  const page = await browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(url, { waitUntil: 'load' });
  await page.locator(SIDEBAR_SELECTOR).waitFor({ state: 'attached', timeout: UI_TIMEOUT_MS });
  return { page, sidebar: page.frameLocator(SIDEBAR_SELECTOR) };
}

/** A tab on the popup: an extension page from which the store's message API can be called. */
export async function openStorePage(browser: LaunchedExtension): Promise<Page> {
  return openExtensionPage(browser.context, browser.extensionId, 'popup.html');
}

export function checklistItem(sidebar: FrameLocator, key: ChecklistKey): Locator {
  return sidebar.locator(`[data-testid="checklist-item"][data-key="${key}"]`);
}

/** The step's own checkbox (the notice step also holds the notice form's checkbox). */
function stepCheckbox(sidebar: FrameLocator, key: ChecklistKey): Locator {
  return checklistItem(sidebar, key).locator(':scope > .ui-check input[type="checkbox"]');
}

/** The keys of the steps the sidebar shows as closed (done or not applicable). */
export async function closedSteps(sidebar: FrameLocator): Promise<string[]> {
  return sidebar
    .locator('[data-testid="checklist-item"][data-done="true"]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-key') ?? ''));
}

/**
 * Ticks one open checklist step in the sidebar and waits until the store's answer shows it done.
 * A step already closed (e.g. the conversation, skipped when the client ended it) is left alone.
 */
export async function tickStep(sidebar: FrameLocator, key: ChecklistKey): Promise<void> {
  if ((await checklistItem(sidebar, key).getAttribute('data-done', { timeout: UI_TIMEOUT_MS })) === 'true') return;
  // A click, not check(): the box is controlled and shows ticked only once the store has answered.
  await stepCheckbox(sidebar, key).click({ timeout: UI_TIMEOUT_MS });
  await doneItem(sidebar, key).waitFor({ timeout: UI_TIMEOUT_MS });
}

/** The step's item once it shows as done. */
export function doneItem(sidebar: FrameLocator, key: ChecklistKey): Locator {
  return sidebar.locator(`[data-testid="checklist-item"][data-key="${key}"][data-done="true"]`);
}

/**
 * Serves the notice through the notice form behind the notice step: ticking the step opens the form
 * (date, channel, acknowledgement), recording it ticks the step.
 */
export async function serveNoticeInSidebar(sidebar: FrameLocator, servedOn: string): Promise<void> {
  await stepCheckbox(sidebar, 'notice').click({ timeout: UI_TIMEOUT_MS });
  const form = sidebar.getByTestId('notice-form');
  await form.waitFor({ timeout: UI_TIMEOUT_MS });
  await form.locator('input[type="date"]').fill(servedOn);
  await form.getByTestId('serve-notice').click();
  await doneItem(sidebar, 'notice').waitFor({ timeout: UI_TIMEOUT_MS });
}

/** The stage badge's data-stage once it equals the expected one (fails with the last seen value). */
export async function waitForStage(sidebar: FrameLocator, stage: string): Promise<void> {
  await sidebar.locator(`[data-testid="stage"][data-stage="${stage}"]`).waitFor({ timeout: UI_TIMEOUT_MS });
}

/** Whitespace collapsed, for comparing rendered text across the preview and the editor. */
export function normalizeText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The first few meaningful lines of a rendered draft, as the preview shows them. */
export async function draftLines(preview: Locator, count = 3): Promise<string[]> {
  const text = await preview.innerText();
  return text
    .split('\n')
    .map(normalizeText)
    .filter((line) => line.length > 0)
    .slice(0, count);
}

/** Where a text and the signature sit in the editor's text (−1 when absent). */
export async function positionsInEditor(
  page: Page,
  editorSelector: string,
  text: string,
  signatureText: string,
): Promise<{ text: number; signature: number; editorText: string }> {
  const editorText = normalizeText(await page.locator(editorSelector).innerText());
  return { text: editorText.indexOf(normalizeText(text)), signature: editorText.indexOf(signatureText), editorText };
}

export interface PngInfo {
  bytes: number;
  width: number;
  height: number;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Reads a PNG's size from its IHDR chunk; throws when the file is not a PNG. */
export function readPngInfo(path: string): PngInfo {
  const data = readFileSync(path);
  if (data.length < 24 || !data.subarray(0, 8).equals(PNG_SIGNATURE) || data.toString('ascii', 12, 16) !== 'IHDR') {
    throw new Error(`${path} is not a PNG file`);
  }
  return { bytes: statSync(path).size, width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

/**
 * What the user would hit when clicking the centre of an element: true when the topmost element at
 * that point is the element itself or inside it (the sidebar frame or toggle would be elsewhere).
 */
export async function isClickableAtCentre(target: Locator): Promise<{ hit: boolean; topmost: string }> {
  return target.evaluate((el) => {
    const box = el.getBoundingClientRect();
    const x = box.left + box.width / 2;
    const y = box.top + box.height / 2;
    const top = el.ownerDocument.elementFromPoint(x, y);
    const describe = (node: Element | null) =>
      node ? `${node.tagName.toLowerCase()}${node.getAttribute('data-testid') ? `[data-testid=${node.getAttribute('data-testid')}]` : ''}` : 'nothing';
    return { hit: top !== null && (top === el || el.contains(top)), topmost: describe(top) };
  });
}

/** Whether a rectangle of the page (the sidebar frame's) overlaps an element's box. */
export async function overlaps(a: Locator, b: Locator): Promise<boolean> {
  const [boxA, boxB] = await Promise.all([a.boundingBox(), b.boundingBox()]);
  if (!boxA || !boxB) return false;
  return boxA.x < boxB.x + boxB.width && boxB.x < boxA.x + boxA.width && boxA.y < boxB.y + boxB.height && boxB.y < boxA.y + boxA.height;
}
