/**
 * Screenshots for the README and for a human look, at 1400×900: the sidebar in Gmail (Polish thread,
 * offboarding started, suggestions in view) and in Outlook (English thread), the popup with clients
 * in several stages, and the options page. Each file must be written and be a real, non-trivial PNG.
 */
import type { FrameLocator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChecklistKey, Lang } from '../../offboarding/types';
import type { StartOffboardingInput } from '../../storage/protocol';
import type { OffboardingPatch } from '../../offboarding/patch';
import {
  GMAIL_THREAD_URL,
  OUTLOOK_THREAD_URL,
  callStoreOk,
  openExtensionPage,
  screenshot,
  type LaunchedExtension,
  launchWithExtension,
} from './harness';
import { UI_TIMEOUT_MS, openStorePage, openWebmail, readPngInfo, tickStep, waitForStage } from './path-helpers';

const VIEWPORT = { width: 1400, height: 900 };
/** Well above what a blank or one-colour 1400×900 PNG compresses to (a few kB). */
const MIN_PNG_BYTES = 15_000;

let browser: LaunchedExtension;
let storePage: Page;

beforeAll(async () => {
  browser = await launchWithExtension();
  storePage = await openStorePage(browser);
});
afterAll(async () => {
  await browser?.close();
});

/** The user's profile as the fixtures' signatures show it, and the sidebar in the thread's language. */
async function useProfile(name: string, senderForm: 'm' | 'f', uiLanguage: Lang): Promise<void> {
  const settings = await callStoreOk(storePage, 'settings.get', {});
  await callStoreOk(storePage, 'settings.put', {
    settings: { ...settings, uiLanguage, profile: { ...settings.profile, name, senderForm } },
  });
}

async function saveAndCheck(page: Page, name: string): Promise<void> {
  const path = await screenshot(page, name);
  const png = readPngInfo(path);
  expect(png.width).toBe(VIEWPORT.width);
  expect(png.height).toBe(VIEWPORT.height);
  expect(png.bytes).toBeGreaterThan(MIN_PNG_BYTES);
}

/** Starts the offboarding from the open conversation and confirms the details form as it is. */
async function startAndConfirm(sidebar: FrameLocator, addressForm: RegExp): Promise<void> {
  await sidebar.getByTestId('start-offboarding').click({ timeout: UI_TIMEOUT_MS });
  const form = sidebar.getByTestId('client-form');
  await form.waitFor({ timeout: UI_TIMEOUT_MS });
  await form.getByRole('radio', { name: addressForm }).check();
  await form.getByTestId('save-client').click();
  await form.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
}

/** Scrolls the sidebar so the suggestions start near its top, with the stage just above. */
async function showSuggestions(sidebar: FrameLocator): Promise<void> {
  const first = sidebar.getByTestId('suggestion').first();
  await first.waitFor({ timeout: UI_TIMEOUT_MS });
  await sidebar.getByTestId('suggestions').evaluate((el) => el.scrollIntoView({ block: 'start' }));
}

interface Seed {
  input: StartOffboardingInput;
  close: ChecklistKey[];
  notice?: string;
  noticeMonths?: number;
  receivable?: { description: string; amountMinor: number; currency: string; dueOn: string };
  closedOn?: string;
}

/** Today as the extension sees it (the browser's local date). */
function localToday(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A client and its offboarding through the store API, moved to the seed's stage. */
async function seedClient(seed: Seed): Promise<void> {
  const started = await callStoreOk(storePage, 'offboarding.start', seed.input);
  if (!started.offboarding) throw new Error(`No offboarding started for ${seed.input.name}`);
  const id = started.offboarding.id;
  const patch = (p: OffboardingPatch) => callStoreOk(storePage, 'offboarding.patch', { id, patch: p });
  // Started three months ago, so the notices and closings below come after the start.
  await patch({ op: 'set', changes: { startedOn: addDays(localToday(), -90) } });
  if (seed.noticeMonths) {
    await callStoreOk(storePage, 'clients.update', {
      id: started.client.id,
      changes: { contract: { ...started.client.contract, noticePeriod: { months: seed.noticeMonths } } },
    });
  }
  if (seed.notice) {
    const servedBy = seed.input.initiator === 'client' ? 'client' : 'we';
    await patch({ op: 'serve-notice', notice: { servedOn: seed.notice, channel: 'email', acknowledgementRequested: true, servedBy } });
    await patch({ op: 'checklist', key: 'notice', done: true });
  }
  for (const key of seed.close) await patch({ op: 'checklist', key, done: true });
  if (seed.receivable) await patch({ op: 'settlement-add', item: { direction: 'receivable', paid: false, ...seed.receivable } });
  if (seed.closedOn) await patch({ op: 'set', changes: { closedOn: seed.closedOn } });
}

describe('screenshots', () => {
  it('sidebar in Gmail: Polish thread, offboarding started, suggestions in view', async () => {
    await useProfile('Ola Kowalska', 'f', 'pl');
    const { page, sidebar } = await openWebmail(browser, GMAIL_THREAD_URL, { fixture: 'gmail-thread-pl.html' }, VIEWPORT);
    await startAndConfirm(sidebar, /^Pani( \(|$)/);
    for (const key of ['analysis', 'conversation', 'documents'] as ChecklistKey[]) await tickStep(sidebar, key);
    await waitForStage(sidebar, 'notice');
    // Unscrolled: the client, the stage and the steps, with the top suggestions below them.
    await sidebar.getByTestId('suggestion').first().waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await sidebar.getByTestId('suggestion').first().isVisible()).toBe(true);
    const languages = await sidebar.getByTestId('suggestion').evaluateAll((items) => items.map((i) => i.getAttribute('data-lang')));
    expect(new Set(languages)).toEqual(new Set(['pl']));
    expect(await sidebar.locator('html').getAttribute('lang')).toBe('pl');
    await saveAndCheck(page, 'sidebar-gmail');
  });

  it('sidebar in Outlook: English thread with a suggestion previewed', async () => {
    await useProfile('Sam Taylor', 'm', 'en');
    const { page, sidebar } = await openWebmail(browser, OUTLOOK_THREAD_URL, { fixture: 'outlook-thread-en.html' }, VIEWPORT);
    await startAndConfirm(sidebar, /^Pan( \(|$)/);
    await showSuggestions(sidebar);
    const first = sidebar.getByTestId('suggestion').first();
    await first.getByTestId('select-suggestion').click();
    await first.getByTestId('draft-preview').waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await first.getAttribute('data-lang')).toBe('en');
    expect(await sidebar.locator('html').getAttribute('lang')).toBe('en');
    await saveAndCheck(page, 'sidebar-outlook');
  });

  it('popup: clients in different stages', async () => {
    await useProfile('Sam Taylor', 'm', 'en');
    const today = localToday();
    const seeds: Seed[] = [
      {
        input: { name: 'Harbour Coffee Roasters', company: 'Harbour Coffee Ltd', email: 'ops@harbourcoffee.co.uk', domain: 'harbourcoffee.co.uk', language: 'en', initiator: 'we', reason: 'capacity' },
        close: [],
      },
      {
        // Notice stage, with an unpaid invoice already overdue.
        input: { name: 'Piekarnia Złoty Kłos', company: 'Złoty Kłos sp. z o.o.', email: 'biuro@zlotyklos.pl', domain: 'zlotyklos.pl', language: 'pl', initiator: 'we', reason: 'non-payment' },
        close: ['analysis', 'conversation', 'documents'],
        receivable: { description: 'Faktura FV/2026/014', amountMinor: 4_920_00, currency: 'PLN', dueOn: addDays(today, -6) },
      },
      {
        // Handover, the notice period running.
        input: { name: 'Greenleaf Dental', email: 'practice@greenleafdental.com', domain: 'greenleafdental.com', language: 'en', initiator: 'client', reason: 'client-decision' },
        close: ['analysis', 'conversation', 'documents'],
        notice: addDays(today, -10),
        noticeMonths: 1,
      },
      {
        // Closing, the final invoice due next week.
        input: { name: 'Fundacja Zielony Most', email: 'kontakt@zielonymost.org.pl', domain: 'zielonymost.org.pl', language: 'pl', initiator: 'mutual', reason: 'project-complete' },
        close: ['analysis', 'conversation', 'documents', 'handover', 'assets-access', 'personal-data', 'settlement'],
        notice: addDays(today, -40),
        receivable: { description: 'Faktura końcowa', amountMinor: 2_460_00, currency: 'PLN', dueOn: addDays(today, 7) },
      },
      {
        // Follow-up: closed a few days ago, feedback due two weeks after.
        input: { name: 'Northwind Apps', company: 'Northwind Apps Inc.', email: 'cto@northwindapps.io', domain: 'northwindapps.io', language: 'en', initiator: 'we', reason: 'fit' },
        close: ['analysis', 'conversation', 'documents', 'handover', 'assets-access', 'personal-data', 'settlement', 'closing-message'],
        notice: addDays(today, -60),
        closedOn: addDays(today, -3),
      },
    ];
    for (const seed of seeds) await seedClient(seed);

    const popup = await openExtensionPage(browser.context, browser.extensionId, 'popup.html');
    await popup.setViewportSize(VIEWPORT);
    await popup.getByTestId('overview-row').first().waitFor({ timeout: UI_TIMEOUT_MS });
    const stages = await popup.getByTestId('overview-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-stage')));
    // The five seeded clients plus the two started from the sidebars above.
    expect(stages.length).toBe(7);
    expect(stages).toEqual(expect.arrayContaining(['preparation', 'notice', 'handover', 'closing', 'follow-up']));
    // The deadlines show: an overdue payment among them.
    expect(await popup.getByTestId('overdue').count()).toBeGreaterThanOrEqual(1);
    await saveAndCheck(popup, 'popup');
  });

  it('options page', async () => {
    const options = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    await options.setViewportSize(VIEWPORT);
    await options.getByTestId('settings-form').waitFor({ timeout: UI_TIMEOUT_MS });
    await saveAndCheck(options, 'options');
  });
});
