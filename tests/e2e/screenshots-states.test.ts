/**
 * README screenshots of the states issues 13 to 19 added (issue 17, "Done when"): in Polish on Gmail
 * and in English on Outlook, the sidebar's preparation (analysis, position, outcome), documents panel,
 * handover inventory, after-the-end capture, and the picker opened by the compose-box shortcut; then
 * the insights page and the options page's webmail-access section. The sidebar states are crops of
 * the sidebar (360 px wide) to keep the files small; the picker is the whole 1400×900 page, with the
 * reply it works in. Each file must be a real, non-trivial PNG of the expected size.
 */
import type { FrameLocator, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../offboarding/types';
import type { OffboardingPatch } from '../../offboarding/patch';
import { GMAIL_THREAD_URL, OUTLOOK_THREAD_URL, SCREENSHOTS_DIR, SIDEBAR_SELECTOR, callStoreOk, openExtensionPage, screenshot, launchWithExtension, type LaunchedExtension } from './harness';
import { GMAIL_PL_CASE, OUTLOOK_EN_CASE, UI_TIMEOUT_MS, openStorePage, openWebmail, readPngInfo } from './path-helpers';
import { placeCaret, setFirstLine } from './insertion-helpers';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const VIEWPORT = { width: 1400, height: 900 };
/** Well above a blank image of that size. */
const MIN_CROP_BYTES = 8_000;
const MIN_PAGE_BYTES = 15_000;

let browser: LaunchedExtension;
let storePage: Page;
beforeAll(async () => {
  browser = await launchWithExtension();
  storePage = await openStorePage(browser);
});
afterAll(async () => {
  await browser?.close();
});

async function useProfile(name: string, senderForm: 'm' | 'f', uiLanguage: Lang): Promise<void> {
  const settings = await callStoreOk(storePage, 'settings.get', {});
  await callStoreOk(storePage, 'settings.put', { settings: { ...settings, uiLanguage, profile: { ...settings.profile, name, senderForm } } });
}

/** A crop of one element (the sidebar frame, or a section of a page) into tests/e2e/screenshots/. */
async function shootElement(element: Locator, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  const path = join(SCREENSHOTS_DIR, `${name}.png`);
  await element.screenshot({ path });
  const png = readPngInfo(path);
  expect(png.width).toBeGreaterThanOrEqual(300);
  expect(png.height).toBeGreaterThanOrEqual(150);
  expect(png.bytes).toBeGreaterThan(MIN_CROP_BYTES);
}

async function shootPage(page: Page, name: string): Promise<void> {
  const png = readPngInfo(await screenshot(page, name));
  expect([png.width, png.height]).toEqual([VIEWPORT.width, VIEWPORT.height]);
  expect(png.bytes).toBeGreaterThan(MIN_PAGE_BYTES);
}

/** Scrolls the sidebar so that `target` starts at its top. */
async function scrollTo(target: Locator): Promise<void> {
  await target.waitFor({ timeout: UI_TIMEOUT_MS });
  await target.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  // Let the sidebar's own visibility check settle after the scroll.
  await target.page().waitForTimeout(300);
}

const CASES = [
  {
    name: 'gmail-pl', provider: 'gmail' as const, url: GMAIL_THREAD_URL, c: GMAIL_PL_CASE, ui: 'pl' as const, profile: ['Ola Kowalska', 'f'] as const,
    facts: ['Trzy ostatnie faktury opłacone po terminie, średnio 24 dni', 'Zakres rozszerzany bez zmiany wyceny'],
    attempt: { text: 'Rozmowa o terminach płatności', result: 'Poprawa na miesiąc' },
    decision: 'Kończę współpracę: nie jestem w stanie dalej pracować na tych warunkach.',
    position: { openToStay: true, conditions: { price: 'Stawka 180 zł/h', timing: 'Płatność w 7 dni' }, notAccepted: 'Dalszej pracy bez umowy na zmiany zakresu' },
    outcome: { participants: 'Anna Nowak', nextStep: 'Porozumienie stron do podpisu' },
    items: [
      { kind: 'source-code', name: 'Repozytorium sklepu (GitLab)', state: 'handed-over', recipient: 'Anna Nowak' },
      { kind: 'domain', name: 'Domena sklep-lesny.pl', state: 'to-hand-over', recipient: 'Anna Nowak', note: 'Kod AuthInfo po opłaceniu faktury końcowej' },
      { kind: 'account', name: 'Konto administratora WooCommerce', state: 'to-hand-over' },
    ],
    feedback: { score: 8, quote: 'Dziękujemy za te dwa lata, sklep działa świetnie. Dałabym 8 na 10.' },
    testimonial: { text: 'Ola przeprowadziła nas przez migrację sklepu spokojnie i bez przestojów.', credit: 'Anna Nowak, Sklep Leśny' },
    query: 'prośba o opinię pl',
  },
  {
    name: 'outlook-en', provider: 'outlook' as const, url: OUTLOOK_THREAD_URL, c: OUTLOOK_EN_CASE, ui: 'en' as const, profile: ['Sam Taylor', 'm'] as const,
    facts: ['Feedback rounds grew from two to six per page', 'Two invoices paid over 30 days late'],
    attempt: { text: 'Agreed a change-request process in March', result: 'Not followed after two weeks' },
    decision: 'We will end the retainer: the scope no longer fits how we work.',
    position: { openToStay: false, notAccepted: 'Extra rounds without a change request' },
    outcome: { participants: 'Mark Davies', nextStep: 'Send the mutual termination agreement' },
    items: [
      { kind: 'deliverable', name: 'Brand guidelines (PDF and Figma)', state: 'handed-over', recipient: 'Mark Davies' },
      { kind: 'hosting', name: 'Hosting account at Krystal', state: 'to-hand-over', note: 'Transfer after the final invoice' },
      { kind: 'account', name: 'Google Analytics admin access', state: 'to-hand-over' },
    ],
    feedback: { score: 9, quote: 'Thank you for everything, the new site has been a real success. 9 out of 10 from us.' },
    testimonial: { text: 'Northlight rebuilt our site on time and kept us informed at every step.', credit: 'Mark Davies, Brightfield' },
    query: 'feedback request en',
  },
];

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
const today = () => new Date(Date.now() - new Date().getTimezoneOffset() * 60_000).toISOString().slice(0, 10);

async function startFromThread(sidebar: FrameLocator, c: (typeof CASES)[number]['c']): Promise<void> {
  await sidebar.getByTestId('start-offboarding').click({ timeout: UI_TIMEOUT_MS });
  const form = sidebar.getByTestId('client-form');
  await form.waitFor({ timeout: UI_TIMEOUT_MS });
  await form.getByRole('radio', { name: c.addressFormLabel }).check();
  await form.getByRole('textbox', { name: /^(First name|Imię)$/ }).fill(c.firstName);
  await form.getByTestId('save-client').click();
  await form.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
}

describe('screenshots of the new states', () => {
  describe.each(CASES)('$name', (s) => {
    it('preparation, documents, handover inventory, after-the-end capture, the picker by the shortcut', async () => {
      await useProfile(s.profile[0], s.profile[1], s.ui);
      const { page, sidebar } = await openWebmail(browser, s.url, { fixture: s.c.fixture }, VIEWPORT);
      await startFromThread(sidebar, s.c);
      const found = await callStoreOk(storePage, 'clients.match', { emails: [s.c.otherParty.email] });
      if (!found?.offboarding) throw new Error('no offboarding started');
      const id = found.offboarding.id;
      const patch = (p: OffboardingPatch) => callStoreOk(storePage, 'offboarding.patch', { id, patch: p });
      const day = today();

      // Started two months ago, so the dates below come after the start.
      await patch({ op: 'set', changes: { startedOn: addDays(day, -60) } });
      // 1. The preparation: analysis, position, the call's outcome.
      await patch({
        op: 'analysis-set',
        analysis: { facts: s.facts.map((text, i) => ({ text, on: addDays(day, -40 + i * 12) })), attempts: [{ ...s.attempt, on: addDays(day, -30) }], decision: s.decision },
      });
      await patch({ op: 'position-set', position: { ...s.position, latestEndOn: addDays(day, 45) } });
      await patch({ op: 'outcome-set', outcome: { on: addDays(day, -2), agreed: 'mutual', endOn: addDays(day, 30), ...s.outcome } });
      await scrollTo(sidebar.getByTestId('preparation'));
      await shootElement(page.locator(SIDEBAR_SELECTOR), `preparation-${s.name}`);

      // 2. The documents panel of the documents step.
      await patch({ op: 'checklist', key: 'analysis', done: true });
      await patch({ op: 'checklist', key: 'conversation', done: true });
      await scrollTo(sidebar.locator('[data-testid="step-documents"][data-step="documents"]'));
      await shootElement(page.locator(SIDEBAR_SELECTOR), `documents-${s.name}`);

      // 3. The handover inventory.
      for (const item of s.items) {
        const on = item.state === 'handed-over' ? { on: addDays(day, -1) } : {};
        await patch({ op: 'inventory-add', item: { ...item, ...on } as never });
      }
      // Deliverables under the handover step, domains, hosting and accounts under assets and access.
      await expect.poll(() => sidebar.getByTestId('inventory-item').count(), { timeout: UI_TIMEOUT_MS }).toBe(s.items.length);
      await scrollTo(sidebar.locator('[data-testid="checklist-item"][data-key="handover"]'));
      await shootElement(page.locator(SIDEBAR_SELECTOR), `inventory-${s.name}`);

      // 4. After the end: the feedback and the testimonial kept from the client's replies.
      await patch({ op: 'feedback-add', feedback: { receivedOn: addDays(day, -1), ...s.feedback } });
      await patch({ op: 'testimonial-add', testimonial: { ...s.testimonial, consent: 'yes', placements: ['website', 'proposals'], givenOn: addDays(day, -1) } });
      await scrollTo(sidebar.getByTestId('after-section'));
      await shootElement(page.locator(SIDEBAR_SELECTOR), `after-${s.name}`);

      // 5. The picker opened by Ctrl+Shift+Space in the reply, a query typed.
      await sidebar.getByTestId('picker-shortcut-hint').waitFor({ state: 'attached', timeout: UI_TIMEOUT_MS });
      await setFirstLine(page, s.provider, s.ui === 'pl' ? 'Dzień dobry Pani Anno,' : 'Hi Mark,');
      await placeCaret(page, s.provider, s.ui === 'pl' ? 22 : 9);
      await page.keyboard.press('Control+Shift+Space');
      await sidebar.getByTestId('picker-at-caret-hint').waitFor({ timeout: UI_TIMEOUT_MS });
      await expect.poll(() => sidebar.getByTestId('template-search').evaluate((el) => document.activeElement === el), { timeout: UI_TIMEOUT_MS }).toBe(true);
      await page.keyboard.type(s.query.split(' ')[0]!);
      await expect.poll(() => sidebar.getByTestId('template-option').count(), { timeout: UI_TIMEOUT_MS }).toBeGreaterThan(0);
      await page.waitForTimeout(300);
      await shootPage(page, `picker-shortcut-${s.name}`);
      await page.keyboard.press('Escape');
      await page.close();
    });
  });

  it('the insights page', async () => {
    await useProfile('Sam Taylor', 'm', 'en');
    // A few endings over the last months, so the charts and tables have something to show.
    const day = today();
    const ended = [
      { name: 'Harbour Coffee Roasters', email: 'ops@harbourcoffee.co.uk', language: 'en', initiator: 'we', reason: 'capacity', start: -150, days: 35, score: 9 },
      { name: 'Piekarnia Złoty Kłos', email: 'biuro@zlotyklos.pl', language: 'pl', initiator: 'we', reason: 'non-payment', start: -120, days: 62, score: 4 },
      { name: 'Greenleaf Dental', email: 'practice@greenleafdental.com', language: 'en', initiator: 'client', reason: 'client-decision', start: -95, days: 28, score: 8 },
      { name: 'Fundacja Zielony Most', email: 'kontakt@zielonymost.org.pl', language: 'pl', initiator: 'mutual', reason: 'project-complete', start: -70, days: 21, score: 10 },
    ] as const;
    for (const e of ended) {
      const started = await callStoreOk(storePage, 'offboarding.start', {
        name: e.name, email: e.email, domain: e.email.split('@')[1]!, language: e.language, initiator: e.initiator, reason: e.reason,
      });
      if (!started.offboarding) throw new Error(`No offboarding for ${e.name}`);
      const id = started.offboarding.id;
      const patch = (p: OffboardingPatch) => callStoreOk(storePage, 'offboarding.patch', { id, patch: p });
      await patch({ op: 'set', changes: { startedOn: addDays(day, e.start) } });
      await patch({ op: 'feedback-add', feedback: { receivedOn: addDays(day, e.start + e.days + 5), score: e.score, quote: e.language === 'pl' ? 'Dziękujemy za współpracę.' : 'Thank you for the work.' } });
      await patch({ op: 'set', changes: { closedOn: addDays(day, e.start + e.days) } });
    }
    const insights = await openExtensionPage(browser.context, browser.extensionId, 'insights.html');
    await insights.setViewportSize(VIEWPORT);
    await insights.locator('[data-testid="insights"][aria-busy="false"]').waitFor({ timeout: UI_TIMEOUT_MS });
    await insights.waitForTimeout(500);
    await shootPage(insights, 'insights');
  });

  it("the options page's webmail-access section", async () => {
    const options = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    await options.setViewportSize(VIEWPORT);
    const section = options.getByTestId('webmail-access');
    await section.waitFor({ timeout: UI_TIMEOUT_MS });
    await shootElement(section, 'options-webmail-access');
  });
});
