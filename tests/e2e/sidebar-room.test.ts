/**
 * The open sidebar covers no message text (issue 16 item 3): in Gmail and Outlook threads, at
 * 1400×900 and 1024×700, no element holding text of the conversation (subject, senders, dates,
 * snippets, bodies) intersects the sidebar frame's rectangle, with the fixtures as served (normal
 * flow) and laid out as full-window apps; and the page gets its width back when the sidebar closes. A screenshot per case is written to test-results/ for a human look.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  GMAIL_THREAD_URL,
  OUTLOOK_THREAD_URL,
  PROJECT_ROOT,
  SIDEBAR_SELECTOR,
  launchWithExtension,
  readFixture,
  type LaunchedExtension,
} from './harness';
import { UI_TIMEOUT_MS, openWebmail } from './path-helpers';

const VIEWPORTS = [
  { width: 1400, height: 900 },
  { width: 1024, height: 700 },
] as const;

/**
 * The fixtures as full-window apps, the way the real ones are laid out: the document does not
 * scroll, the app's panes are placed against the window (absolute or fixed) and scroll inside.
 */
const APP_LAYOUTS = {
  gmail: `html, body { height: 100%; margin: 0; overflow: hidden; }
    body > .nH { position: absolute; top: 0; left: 0; right: 0; bottom: 0; overflow: auto; }`,
  outlook: `html, body { height: 100%; margin: 0; overflow: hidden; }
    #appRoot { position: fixed; top: 0; left: 0; right: 0; bottom: 0; display: flex; flex-direction: column; }
    #appRoot > .Rq0Ct { display: flex; flex: 1 1 auto; min-height: 0; }
    [role="navigation"] { flex: 0 0 200px; overflow: hidden; }
    #MailList { flex: 0 0 240px; overflow: hidden; }
    [data-app-section="MailReadCompose"] { flex: 1 1 auto; min-width: 0; overflow: auto; }`,
} as const;

function withLayout(fixture: string, css: string): string {
  const html = readFixture(fixture);
  if (!html.includes('</head>')) throw new Error(`${fixture} has no </head> to add the layout to`);
  return html.replace('</head>', `<style>${css}</style></head>`);
}

/** Where each app's conversation is: every element with text of its own under these counts. */
const CASES = [
  { name: 'gmail-en', url: GMAIL_THREAD_URL, source: { fixture: 'gmail-thread-en.html' }, conversation: '[role="main"]' },
  { name: 'gmail-collapsed-pl', url: GMAIL_THREAD_URL, source: { fixture: 'gmail-thread-collapsed-pl.html' }, conversation: '[role="main"]' },
  { name: 'gmail-en-app-layout', url: GMAIL_THREAD_URL, source: { html: withLayout('gmail-thread-en.html', APP_LAYOUTS.gmail) }, conversation: '[role="main"]' },
  { name: 'outlook-en', url: OUTLOOK_THREAD_URL, source: { fixture: 'outlook-thread-en.html' }, conversation: '#ConversationReadingPaneContainer' },
  { name: 'outlook-pl', url: OUTLOOK_THREAD_URL, source: { fixture: 'outlook-thread-pl.html' }, conversation: '#ConversationReadingPaneContainer' },
  { name: 'outlook-en-app-layout', url: OUTLOOK_THREAD_URL, source: { html: withLayout('outlook-thread-en.html', APP_LAYOUTS.outlook) }, conversation: '#ConversationReadingPaneContainer' },
] as const;

interface Overlap {
  tag: string;
  text: string;
  left: number;
  right: number;
}

interface Layout {
  frame: { left: number; right: number; top: number; bottom: number; shown: boolean };
  textElements: number;
  overlaps: Overlap[];
}

/**
 * Reads, in the page, the frame's rectangle and every shown element that directly holds non-blank
 * text inside the conversation, and returns those whose box (as far as its scrolling ancestors let
 * it show) intersects the frame.
 */
async function readLayout(page: Page, conversation: string): Promise<Layout> {
  return page.evaluate(
    ({ conversation, sidebar }) => {
      const frameEl = document.querySelector(sidebar);
      if (!frameEl) throw new Error('no sidebar frame');
      const f = frameEl.getBoundingClientRect();
      const shown = getComputedStyle(frameEl).display !== 'none' && f.width > 0;
      const root = document.querySelector(conversation);
      if (!root) throw new Error(`no ${conversation} in the page`);
      const holders = new Set<Element>();
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if ((node.nodeValue ?? '').trim() && node.parentElement) holders.add(node.parentElement);
      }
      const overlaps = [];
      let textElements = 0;
      /** The part of a box that can show: clipped by every scrolling or clipping ancestor. */
      const shownPart = (el: Element, r: DOMRect) => {
        let { left, right, top, bottom } = r;
        for (let a = el.parentElement; a && a !== document.documentElement; a = a.parentElement) {
          const style = getComputedStyle(a);
          if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
          const c = a.getBoundingClientRect();
          left = Math.max(left, c.left);
          right = Math.min(right, c.right);
          top = Math.max(top, c.top);
          bottom = Math.min(bottom, c.bottom);
        }
        return { left, right, top, bottom };
      };
      for (const el of holders) {
        if (!el.checkVisibility()) continue;
        textElements += 1;
        for (const box of Array.from(el.getClientRects())) {
          const r = shownPart(el, box);
          const intersects = r.right > r.left && r.bottom > r.top && r.left < f.right && r.right > f.left && r.top < f.bottom && r.bottom > f.top;
          if (intersects) {
            overlaps.push({ tag: el.tagName.toLowerCase(), text: (el.textContent ?? '').trim().slice(0, 60), left: r.left, right: r.right });
            break;
          }
        }
      }
      return { frame: { left: f.left, right: f.right, top: f.top, bottom: f.bottom, shown }, textElements, overlaps };
    },
    { conversation, sidebar: SIDEBAR_SELECTOR },
  );
}

async function waitForOpenSidebar(page: Page): Promise<void> {
  await page.waitForFunction(
    (selector) => {
      const el = document.querySelector(selector);
      return !!el && getComputedStyle(el).display !== 'none';
    },
    SIDEBAR_SELECTOR,
    { timeout: UI_TIMEOUT_MS },
  );
}

let browser: LaunchedExtension;
const shotsDir = join(PROJECT_ROOT, 'test-results', 'sidebar-room');

beforeAll(async () => {
  browser = await launchWithExtension();
  mkdirSync(shotsDir, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
});

describe('the open sidebar covers no message text', () => {
  for (const viewport of VIEWPORTS) {
    for (const c of CASES) {
      it(`${c.name} at ${viewport.width}×${viewport.height}`, async () => {
        const { page } = await openWebmail(browser, c.url, c.source, viewport);
        try {
          await waitForOpenSidebar(page);
          const layout = await readLayout(page, c.conversation);
          await page.screenshot({ path: join(shotsDir, `${c.name}-${viewport.width}x${viewport.height}.png`) });
          expect(layout.frame.shown).toBe(true);
          // The frame really is at the right edge, full width: the check below is not vacuous.
          expect(layout.frame.right).toBeCloseTo(viewport.width, 0);
          expect(layout.frame.right - layout.frame.left).toBeGreaterThan(300);
          expect(layout.textElements).toBeGreaterThan(5);
          expect(layout.overlaps).toEqual([]);
        } finally {
          await page.close();
        }
      });
    }
  }

  it('gives the page its width back when the sidebar closes', async () => {
    const viewport = VIEWPORTS[1];
    const { page } = await openWebmail(browser, OUTLOOK_THREAD_URL, { fixture: 'outlook-thread-en.html' }, viewport);
    try {
      await waitForOpenSidebar(page);
      const bodyWidth = () => page.evaluate(() => document.body.getBoundingClientRect().width);
      const narrowed = await bodyWidth();
      await page.getByTestId('offboard-toggle').click();
      await page.waitForFunction((selector) => getComputedStyle(document.querySelector(selector)!).display === 'none', SIDEBAR_SELECTOR);
      const restored = await bodyWidth();
      expect(restored - narrowed).toBeCloseTo(360, 0);
      expect(await page.evaluate(() => document.documentElement.getAttribute('style') ?? '')).not.toContain('padding-right');
    } finally {
      await page.close();
    }
  });
});
