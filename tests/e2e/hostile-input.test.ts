/**
 * Hostile e-mail in the real extension: the Gmail and Outlook thread fixtures with payloads in the
 * sender's display name, its `name` attribute, the subject and the bodies — entity-escaped where the
 * webmail shows text, and as real (inert) nested and broken markup where it renders an HTML body.
 * The user reads the thread in the sidebar, starts an offboarding (the hostile name becomes the
 * client's name), previews a suggestion and inserts it. Nothing may run (no dialog, no
 * `window.__pwned` in the page or the sidebar), no payload may become an element or attribute in the
 * sidebar, the preview or the editor, the text must show literally, and the sidebar keeps working.
 */
import type { Frame, FrameLocator, Page } from 'playwright-core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChecklistKey } from '../../offboarding/types';
import type { Template } from '../../templates/types';
import {
  GMAIL_THREAD_URL,
  OUTLOOK_THREAD_URL,
  SIDEBAR_SELECTOR,
  callStoreOk,
  launchWithExtension,
  readFixture,
  serveWebmail,
  type LaunchedExtension,
} from './harness';
import { DRAFT_POLICY, escapeHtml, htmlProblems, htmlText, sample, type MarkupPolicy } from './hostile-corpus';
import { UI_TIMEOUT_MS, checklistItem, openStorePage, tickStep } from './path-helpers';

/** The display name: ≤ 200 characters, one line, no "@" (so it is taken as a name, not an address). */
const HOSTILE_NAME =
  `"><img src=x onerror="window.__pwned=1"><svg onload=alert(1)> {{client.name}} \${alert(1)} ` +
  `[x](javascript:alert(1)) Ma\u200Drk \u202EseivaD`;
const HOSTILE_SUBJECT = `<script>alert(1)</script> {{#each x}} Ending [y](javascript:alert(1)) 👩🏽‍💻`;

/** Body text shown as text (escaped), as the webmail shows an e-mail's plain text. */
const TEXT_PAYLOADS = [
  'script-alert', 'img-onerror-pwn', 'iframe-js-breakout', 'a-href-js', 'mxss-mglyph-pwn', 'angular-constructor',
  'template-literal', 'md-link-js', 'md-image-js', 'md-autolink-js', 'tpl-value', 'tpl-each', 'rtl-override',
  'zero-width', 'combining-marks', 'emoji', 'control-chars',
].map(sample);

/**
 * Real markup as an HTML e-mail body is rendered: broken and nested, plus payloads that are inert
 * where they stand (inside textarea, noscript, template, a link nobody clicks) but would run if
 * anything re-parsed the text as HTML. The control page proves the page itself stays inert.
 */
const REAL_MARKUP = [
  sample('unclosed-inline'),
  sample('nested-tables'),
  sample('stray-closers'),
  sample('comment-script'),
  sample('cdata'),
  sample('entities'),
  sample('deep-nesting'),
  '<textarea><img src=x onerror="window.__pwned=1"></textarea>',
  '<noscript><img src=x onerror="window.__pwned=1"></noscript>',
  '<template><svg onload="window.__pwned=1"></svg></template>',
  '<a href="javascript:window.__pwned=1">unclicked link</a>',
  '<xmp><script>window.__pwned=1</script></xmp>',
  sample('long-tags'),
].join('\n');

function gmailHostileHtml(): string {
  let html = readFixture('gmail-thread-en.html');
  const subject = 'Ending our website retainer – final invoice';
  html = html.split(`name="Mark Davies"`).join(`name="${escapeHtml(HOSTILE_NAME)}"`);
  html = html.split('<span>Mark Davies</span>').join(`<span>${escapeHtml(HOSTILE_NAME)}</span>`);
  html = html.split(`>${subject}</h2>`).join(`>${escapeHtml(HOSTILE_SUBJECT)}</h2>`);
  html = html.replace(`<title>${subject}`, `<title>${escapeHtml(HOSTILE_SUBJECT)}`);
  html = html.replace(
    'Thanks Sam. Please send the final invoice',
    `Thanks Sam. ${TEXT_PAYLOADS.map(escapeHtml).join('<br>')}<div>${REAL_MARKUP}</div> Please send the final invoice`,
  );
  // A 100 000-character run in the first message: read bounded, never slow.
  html = html.replace('Hi Sam,', `Hi Sam, ${escapeHtml(sample('long-plain'))}`);
  return html;
}

function outlookHostileHtml(): string {
  let html = readFixture('outlook-thread-en.html');
  const subject = 'Ending our website retainer – final invoice';
  html = html.split('aria-label="From: Mark Davies"').join(`aria-label="From: ${escapeHtml(HOSTILE_NAME)}"`);
  html = html.split('<span class="OZZZK">Mark Davies</span>').join(`<span class="OZZZK">${escapeHtml(HOSTILE_NAME)}</span>`);
  html = html.split(`title="${subject}">${subject}</span>`).join(`title="${escapeHtml(HOSTILE_SUBJECT)}">${escapeHtml(HOSTILE_SUBJECT)}</span>`);
  html = html.replace(
    'Thanks Sam. Please send the final invoice',
    `Thanks Sam. ${TEXT_PAYLOADS.map(escapeHtml).join('<br>')}<div>${REAL_MARKUP}</div> Please send the final invoice`,
  );
  return html;
}

/** The name as the sidebar shows it: the page's text with whitespace collapsed. */
const SHOWN_NAME = HOSTILE_NAME.replace(/\s+/g, ' ').trim();
/** Outlook's "From:" label may quote the name ("Anna Nowak"): the adapter strips outer quotes. */
const SHOWN_NAME_OUTLOOK = SHOWN_NAME.replace(/^["'\s]+|["'\s]+$/g, '');

interface Recorder {
  dialogs: string[];
  errors: string[];
}

/** Main world, every frame, before any page script: any alert/confirm/prompt call is recorded. */
async function watchForExecution(page: Page): Promise<Recorder> {
  const recorder: Recorder = { dialogs: [], errors: [] };
  page.on('dialog', (dialog) => {
    recorder.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  page.on('pageerror', (error) => recorder.errors.push(error.message));
  await page.addInitScript(() => {
    const calls: string[] = [];
    Object.defineProperty(window, '__dialogCalls', { value: calls });
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      const original = window[name] as (...args: unknown[]) => unknown;
      Object.defineProperty(window, name, {
        configurable: true,
        value: (...args: unknown[]) => {
          calls.push(`${name}(${String(args[0])})`);
          return original.apply(window, args);
        },
      });
    }
  });
  return recorder;
}

async function executionMarks(frame: Page | Frame): Promise<{ pwned: unknown; calls: string[] }> {
  return frame.evaluate(() => ({
    pwned: (window as unknown as Record<string, unknown>).__pwned,
    calls: [...((window as unknown as { __dialogCalls?: string[] }).__dialogCalls ?? [])],
  }));
}

function sidebarFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().startsWith('chrome-extension://') && f.url().includes('/sidebar.html'));
  if (!frame) throw new Error('The sidebar frame is not attached');
  return frame;
}

/** The sidebar's own UI may hold form controls; nothing else that runs, loads or styles. */
// The sidebar's own controls (a document's optional provisions fold in a <details>, issue 13).
const SIDEBAR_POLICY: MarkupPolicy = { allowActive: ['form', 'input', 'button', 'select', 'textarea', 'details', 'summary'] };

async function sidebarProblems(page: Page): Promise<string[]> {
  const body = await sidebarFrame(page).evaluate(() => document.body.outerHTML);
  return htmlProblems(body, SIDEBAR_POLICY);
}

async function expectNothingRan(page: Page, recorder: Recorder): Promise<void> {
  expect(recorder.dialogs).toEqual([]);
  expect(await executionMarks(page)).toEqual({ pwned: undefined, calls: [] });
  expect(await executionMarks(sidebarFrame(page))).toEqual({ pwned: undefined, calls: [] });
  expect(await sidebarProblems(page)).toEqual([]);
}

async function editorHtml(page: Page, selector: string): Promise<string> {
  return page.locator(selector).first().evaluate((el) => el.innerHTML);
}

/** Selects the suggestion, checks its preview, inserts it, and checks what landed in the editor. */
async function previewAndInsert(
  page: Page,
  sidebar: FrameLocator,
  index: number,
  editor: string,
  previewShows?: string,
): Promise<{ previewHtml: string; inserted: string }> {
  const chosen = sidebar.getByTestId('suggestion').nth(index);
  await chosen.getByTestId('select-suggestion').click();
  const preview = chosen.getByTestId('draft-preview');
  await preview.waitFor({ timeout: UI_TIMEOUT_MS });
  if (previewShows !== undefined) {
    await expect.poll(async () => (await preview.textContent()) ?? '', { timeout: UI_TIMEOUT_MS }).toContain(previewShows);
  }
  const previewHtml = await preview.evaluate((el) => el.innerHTML);
  expect(htmlProblems(previewHtml, DRAFT_POLICY)).toEqual([]);

  const before = await editorHtml(page, editor);
  await chosen.getByTestId('insert-draft').click();
  await expect.poll(() => editorHtml(page, editor), { timeout: UI_TIMEOUT_MS }).not.toBe(before);
  const inserted = await editorHtml(page, editor);
  // The editor holds the app's own markup too (dir, classes), so no allow-list: nothing active.
  expect(htmlProblems(inserted)).toEqual([]);
  const firstLine = htmlText(previewHtml).trim().split('\n')[0]!.slice(0, 30);
  expect(htmlText(inserted)).toContain(firstLine);
  return { previewHtml, inserted };
}

let browser: LaunchedExtension;
beforeEach(async () => {
  browser = await launchWithExtension();
});
afterEach(async () => {
  await browser?.close();
});

const CASES = [
  { label: 'Gmail', url: GMAIL_THREAD_URL, html: gmailHostileHtml, name: SHOWN_NAME, editor: 'div[g_editable="true"][role="textbox"]' },
  {
    label: 'Outlook',
    url: OUTLOOK_THREAD_URL,
    html: outlookHostileHtml,
    name: SHOWN_NAME_OUTLOOK,
    editor: '[id^="editorParent_"] div[role="textbox"][contenteditable="true"]',
  },
];

describe('hostile e-mail content', () => {
  for (const testCase of CASES) {
    it(`${testCase.label}: read, start, preview, insert — nothing runs, everything shows as text`, async () => {
      const html = testCase.html();

      // Control: the same markup where no content script runs stays inert on its own, so anything
      // that runs on the webmail URL below was made to run by the extension.
      const control = await browser.context.newPage();
      const controlRecorder = await watchForExecution(control);
      await control.goto(serveWebmail(browser.context, { url: 'https://control.example/hostile', html }), { waitUntil: 'load' });
      expect(controlRecorder.dialogs).toEqual([]);
      expect(await executionMarks(control)).toEqual({ pwned: undefined, calls: [] });
      await control.close();

      const page = await browser.context.newPage();
      const recorder = await watchForExecution(page);
      await page.goto(serveWebmail(browser.context, { url: testCase.url, html }), { waitUntil: 'load' });
      await page.locator(SIDEBAR_SELECTOR).waitFor({ state: 'attached', timeout: UI_TIMEOUT_MS });
      const sidebar = page.frameLocator(SIDEBAR_SELECTOR);

      // The sidebar read the thread: the other party is the hostile name, shown as text.
      const party = sidebar.getByTestId('other-party');
      await party.waitFor({ timeout: UI_TIMEOUT_MS });
      expect(await party.textContent()).toContain(testCase.name);

      // Start: the hostile name becomes the client's name, as text.
      await sidebar.getByTestId('start-offboarding').click();
      await expect.poll(() => sidebar.getByTestId('client-name').textContent(), { timeout: UI_TIMEOUT_MS }).toBe(testCase.name);
      const form = sidebar.getByTestId('client-form');
      await form.waitFor({ timeout: UI_TIMEOUT_MS });
      await form.getByTestId('save-client').click();
      await form.waitFor({ state: 'detached', timeout: UI_TIMEOUT_MS });
      expect(await sidebar.getByTestId('client-name').textContent()).toBe(testCase.name);

      // Suggestions, a preview and an insertion.
      await sidebar.getByTestId('suggestion').first().waitFor({ timeout: UI_TIMEOUT_MS });
      await previewAndInsert(page, sidebar, 0, testCase.editor);
      await expectNothingRan(page, recorder);

      // The sidebar still works: a step can be ticked.
      await tickStep(sidebar, 'analysis' satisfies ChecklistKey);
      expect(await checklistItem(sidebar, 'analysis').getAttribute('data-done')).toBe('true');
      await expectNothingRan(page, recorder);
      expect(recorder.errors).toEqual([]);
    });
  }

  it('Gmail: a hostile settlement description and custom template body from the store API', async () => {
    const html = gmailHostileHtml();
    const page = await browser.context.newPage();
    const recorder = await watchForExecution(page);
    await page.goto(serveWebmail(browser.context, { url: GMAIL_THREAD_URL, html }), { waitUntil: 'load' });
    const sidebar = page.frameLocator(SIDEBAR_SELECTOR);
    await sidebar.getByTestId('start-offboarding').click({ timeout: UI_TIMEOUT_MS });
    await expect.poll(() => sidebar.getByTestId('client-name').textContent(), { timeout: UI_TIMEOUT_MS }).toBe(SHOWN_NAME);

    const store = await openStorePage(browser);
    const matched = await callStoreOk(store, 'clients.match', { emails: ['mark.davies@brightfield.co.uk'] });
    const offboardingId = matched?.offboarding?.id;
    if (!offboardingId) throw new Error('The started offboarding is not in the store');

    // A settlement description with payloads: listed in the sidebar, live, as text.
    const description = `<img src=x onerror="window.__pwned=1"> [z](javascript:alert(1)) {{client.name}} \u202Eabc`;
    await callStoreOk(store, 'offboarding.patch', {
      id: offboardingId,
      patch: { op: 'settlement-add', item: { direction: 'receivable', description, amountMinor: 12_345, currency: 'EUR', paid: false } },
    });
    const item = sidebar.getByTestId('settlement-item');
    await item.first().waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await item.first().locator('.sb-settlement__desc').textContent()).toBe(description);

    // A custom template for the top suggestion's kind whose body is payloads: it takes the built-in's
    // place, renders inert and shows the payloads and the client's name as text.
    const top = sidebar.getByTestId('suggestion').first();
    await top.waitFor({ timeout: UI_TIMEOUT_MS });
    const kind = (await top.getAttribute('data-kind')) as Template['kind'];
    const lang = (await top.getAttribute('data-lang')) as Template['lang'];
    const custom: Template = {
      id: 'custom-hostile',
      kind,
      lang,
      tone: 'formal',
      title: 'Hostile <b>custom</b> template',
      subject: 'Re: {{conversation.subject}} <script>alert(1)</script>',
      when: 'tests',
      variables: ['client.name'],
      builtIn: false,
      body: [
        'Hostile custom template for {{client.name}}',
        '',
        '<script>window.__pwned=1</script>',
        '',
        '<img src=x onerror="window.__pwned=1"> <svg onload=alert(1)>',
        '',
        '[click](javascript:alert(1)) ![img](javascript:alert(1)) <javascript:alert(1)>',
        '',
        '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=1">',
        '',
        '\\{{client.name}} ${alert(1)}',
        '',
        '| a | b |',
        '|---|---|',
        '| <iframe src=javascript:alert(1)> | [y](https://example.com/ok) |',
      ].join('\n'),
    };
    await callStoreOk(store, 'templates.put', { template: custom });
    // The custom template reaches the sidebar by the store's push: open its card, not the built-in's it replaces.
    await sidebar.locator('[data-testid="suggestion"][data-template-id="custom-hostile"]').first().waitFor({ timeout: UI_TIMEOUT_MS });
    const { previewHtml, inserted } = await previewAndInsert(
      page, sidebar, 0, 'div[g_editable="true"][role="textbox"]', 'Hostile custom template for',
    );
    const shown = htmlText(previewHtml);
    expect(shown).toContain(`Hostile custom template for ${SHOWN_NAME.replace('\u202E', '')}`);
    expect(shown).toContain('<script>window.__pwned=1</script>');
    expect(shown).toContain('{{client.name}}');
    // The only link left is the safe one.
    expect(previewHtml.match(/<a /g)).toHaveLength(1);
    expect(previewHtml).toContain('href="https://example.com/ok"');
    expect(htmlText(inserted)).toContain('<script>window.__pwned=1</script>');

    await expectNothingRan(page, recorder);
    await tickStep(sidebar, 'conversation');
    await expectNothingRan(page, recorder);
  });
});
