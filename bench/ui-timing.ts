/**
 * Sections 4 and 5: what the user waits for inside Gmail — suggestions after a conversation appears,
 * and text in the editor after "insert". Timestamps are taken in the page and in the sidebar frame on
 * the shared clock (performance.timeOrigin + now), so no Node round trip is counted.
 */
import type { Frame, Page } from 'playwright-core';
import {
  GMAIL_THREAD_URL,
  SIDEBAR_SELECTOR,
  callStore,
  launchWithExtension,
  openExtensionPage,
  readFixture,
  serveWebmail,
  type LaunchedExtension,
} from '../tests/e2e/harness';
import { NotAvailable, figure, type Figure } from './report';
import { envInt, median, percentile } from './stats';
import { THREAD_MARK, gmailSenderSwap } from './webmail-pages';

export const UI_TARGETS = { suggestionsMedianMs: 100, suggestionsP95Ms: 150, insertP95Ms: 50 };

const GMAIL_EDITOR = 'div[g_editable="true"][role="textbox"][contenteditable="true"]';
const T = (id: string) => `[data-testid="${id}"]`;

async function seedClient(page: Page, name: string, email: string): Promise<void> {
  const reply = await callStore(page, 'offboarding.start', { name, email, language: 'en', initiator: 'we', reason: 'capacity' });
  if ('err' in reply) throw new NotAvailable(`cannot seed client ${email}: ${reply.err}`);
}

async function sidebarFrame(page: Page): Promise<Frame> {
  const host = page.locator(SIDEBAR_SELECTOR);
  await host.waitFor({ state: 'attached', timeout: 15_000 }).catch(() => {
    throw new NotAvailable(`no ${SIDEBAR_SELECTOR} in the page`);
  });
  const frame = await (await host.elementHandle())?.contentFrame();
  if (!frame) throw new NotAvailable(`${SIDEBAR_SELECTOR} is not an iframe`);
  return frame;
}

async function waitVisible(frame: Frame, selector: string, why: string, timeout = 15_000): Promise<void> {
  await frame.locator(selector).first().waitFor({ state: 'visible', timeout }).catch(() => {
    throw new NotAvailable(why);
  });
}

/** Resolves (in the frame) with the clock time when the named client and a suggestion are shown. */
function watchForClient(name: string): string {
  return `(() => { window.__benchSeen = new Promise((resolve) => {
    const check = () => {
      const n = document.querySelector('${T('client-name')}');
      const s = document.querySelector('${T('suggestion')}');
      if (n && n.textContent.includes(${JSON.stringify(name)}) && s && s.getBoundingClientRect().height > 0) {
        resolve(performance.timeOrigin + performance.now());
        return true;
      }
      return false;
    };
    if (check()) return;
    const observer = new MutationObserver(() => { if (check()) observer.disconnect(); });
    observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  }); })()`;
}

async function withTimeout<V>(work: Promise<V>, ms: number, why: string): Promise<V> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new NotAvailable(why)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function openGmail(browser: LaunchedExtension, html: string): Promise<{ page: Page; frame: Frame }> {
  serveWebmail(browser.context, { url: GMAIL_THREAD_URL, html });
  const page = await browser.context.newPage();
  await page.goto(GMAIL_THREAD_URL, { waitUntil: 'load' });
  return { page, frame: await sidebarFrame(page) };
}

export async function measureTimeToSuggestions(): Promise<Figure[]> {
  const swap = gmailSenderSwap();
  const browser = await launchWithExtension();
  try {
    const options = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    await seedClient(options, swap.original.name, swap.original.email);
    await seedClient(options, swap.other.name, swap.other.email);
    const { page, frame } = await openGmail(browser, swap.html);
    await waitVisible(frame, T('client-name'), 'sidebar shows no [data-testid="client-name"]');
    await waitVisible(frame, T('suggestion'), 'sidebar shows no [data-testid="suggestion"]');
    await page.evaluate(`(() => {
      const root = document.querySelector('[${THREAD_MARK}]');
      window.__benchThreads = [{ html: root.innerHTML, hash: location.hash }, { html: ${JSON.stringify(swap.swappedThreadHtml)}, hash: ${JSON.stringify(swap.swappedThreadHash)} }];
    })()`);

    const samples = envInt('BENCH_UI_SAMPLES', 20);
    const times: number[] = [];
    for (let k = 0; k < samples + 2; k++) {
      const toOther = k % 2 === 0;
      await frame.evaluate(watchForClient(toOther ? swap.other.name : swap.original.name));
      const swappedAt = (await page.evaluate(`(() => {
        const next = window.__benchThreads[${toOther ? 1 : 0}];
        const at = performance.timeOrigin + performance.now();
        document.querySelector('[${THREAD_MARK}]').innerHTML = next.html;
        location.hash = next.hash;
        return at;
      })()`)) as number;
      const shownAt = (await withTimeout(frame.evaluate('window.__benchSeen'), 10_000, 'sidebar did not follow a thread swap within 10 s')) as number;
      if (k >= 2) times.push(shownAt - swappedAt); // two warm-up swaps
    }
    return [
      figure('time to suggestions median', median(times), 'ms', { op: '<', limit: UI_TARGETS.suggestionsMedianMs }, `${samples} thread swaps`),
      figure('time to suggestions p95', percentile(times, 95), 'ms', { op: '<', limit: UI_TARGETS.suggestionsP95Ms }, `${samples} thread swaps`),
    ];
  } finally {
    await browser.close();
  }
}

/** Addresses in a fixture other than the user's own (which is in the title). */
function threadAddresses(html: string): string[] {
  const all = [...html.matchAll(/\bemail="([^"@\s]+@[^"\s]+)"/g)].map((m) => m[1]!);
  const own = /<title>[^<]*?([\w.+-]+@[\w.-]+)/.exec(html)?.[1];
  return [...new Set(all)].filter((email) => email !== own).slice(0, 3);
}

/**
 * The realistic case: the user is replying in a thread (reply box open) and clicks Insert. A
 * new-message page has no conversation, so the sidebar offers no suggestions to insert at all.
 */
const INSERT_FIXTURE = 'gmail-thread-en.html';

export async function measureInsertion(): Promise<Figure[]> {
  let html: string;
  try {
    html = readFixture(INSERT_FIXTURE);
  } catch (error) {
    throw new NotAvailable(error instanceof Error ? error.message : String(error));
  }
  const browser = await launchWithExtension();
  try {
    const options = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    const addresses = threadAddresses(html);
    for (const [i, email] of addresses.entries()) await seedClient(options, `Thread Client ${i + 1}`, email);
    const { page, frame } = await openGmail(browser, html);
    if ((await page.locator(GMAIL_EDITOR).count()) === 0) throw new NotAvailable(`${INSERT_FIXTURE} has no open Gmail editor`);
    const original = await page.locator(GMAIL_EDITOR).first().innerHTML();
    const insert = frame.locator(T('insert-draft')).first();
    if (!(await insert.isVisible())) {
      await waitVisible(frame, T('suggestion'), `sidebar shows no [data-testid="suggestion"] for ${INSERT_FIXTURE}`);
      // Each suggestion carries its own Insert button: wait for it, never click into the card blindly.
      await waitVisible(frame, T('insert-draft'), 'sidebar shows no [data-testid="insert-draft"]');
    }
    await frame.evaluate(`document.addEventListener('click', (event) => {
      if (event.target instanceof Element && event.target.closest('${T('insert-draft')}')) window.__benchClickAt = performance.timeOrigin + event.timeStamp;
    }, true)`);

    const samples = envInt('BENCH_UI_SAMPLES', 20);
    const times: number[] = [];
    for (let k = 0; k < samples + 1; k++) {
      await page.evaluate(`(() => {
        const editor = document.querySelector('${GMAIL_EDITOR}');
        const base = editor.textContent.length;
        window.__benchInserted = new Promise((resolve) => {
          const observer = new MutationObserver(() => {
            if (editor.textContent.length > base) { observer.disconnect(); resolve(performance.timeOrigin + performance.now()); }
          });
          observer.observe(editor, { subtree: true, childList: true, characterData: true });
        });
      })()`);
      await insert.click({ timeout: 10_000 }).catch(() => {
        throw new NotAvailable('[data-testid="insert-draft"] cannot be clicked again after an insert');
      });
      const insertedAt = (await withTimeout(page.evaluate('window.__benchInserted'), 10_000, 'no text reached the editor within 10 s of insert')) as number;
      const clickedAt = (await frame.evaluate('window.__benchClickAt')) as number;
      if (k >= 1) times.push(insertedAt - clickedAt);
      await page.evaluate(`document.querySelector('${GMAIL_EDITOR}').innerHTML = ${JSON.stringify(original)}`);
    }
    return [
      figure('insert: click to text in editor p95', percentile(times, 95), 'ms', { op: '<', limit: UI_TARGETS.insertP95Ms }, `${samples} inserts`),
      figure('insert: click to text in editor median', median(times), 'ms', undefined, `${samples} inserts`),
    ];
  } finally {
    await browser.close();
  }
}
