/**
 * The webmail page's own scripts cannot drive the extension or read its data. From the page's main
 * world we try every door: window.postMessage with payloads shaped like the page and store messages
 * (also into the sidebar frame), CustomEvents, chrome.runtime, reading the sidebar frame's document,
 * and a foreign site fetching or framing the extension's pages. Afterwards nothing was inserted, the
 * store is byte-for-byte the same, no dialog opened and the sidebar was not closed.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StartOffboardingInput } from '../../storage/protocol';
import { SIDEBAR_SELECTOR, callStoreOk, launchWithExtension, openExtensionPage, serveWebmail, type LaunchedExtension } from './harness';
import { editorSelector, editorText, fixtureCase, openFixture, ensureSidebarOpen, getContextFromSidebar, sidebarFrame, type FixtureCase } from './insertion-helpers';

const CLIENT: StartOffboardingInput = {
  name: 'Mark Davies',
  company: 'Brightfield Ltd',
  email: 'mark.davies@brightfield.co.uk',
  domain: 'brightfield.co.uk',
  language: 'en',
  initiator: 'client',
  reason: 'client-decision',
};
const PL_CLIENT: StartOffboardingInput = {
  name: 'Anna Nowak',
  company: 'Sklep Leśny',
  email: 'anna.nowak@sklep-lesny.pl',
  domain: 'sklep-lesny.pl',
  language: 'pl',
  initiator: 'client',
  reason: 'client-decision',
};
const SECRET_WORDS = ['Mark Davies', 'Brightfield', 'Anna Nowak', 'Sklep Leśny', 'brightfield.co.uk', 'sklep-lesny.pl'];
const EVIL_ORIGIN = 'https://evil.example';
const STOLEN = 'PWNED-by-the-page';
/** How long the page is watched after the attempts (see the test: an idle period, not a condition). */
const IDLE_MS = 1_000;

/** The store as the extension's own page exports it, without the export's own timestamp. */
async function storeSnapshot(storePage: Page): Promise<unknown> {
  const json = await callStoreOk(storePage, 'data.export', {});
  const doc = JSON.parse(json) as Record<string, unknown>;
  delete doc.exportedAt;
  return doc;
}

/** Every message shape the extension understands, filled with what a hostile page would want. */
function hostilePayloads(clientId: string): unknown[] {
  const draft = { html: `<b>${STOLEN}</b>`, text: STOLEN, subject: STOLEN };
  const webext = (type: string, data: unknown) => ({ id: 4242, type, data, timestamp: Date.now() });
  // Today's envelope (common/messaging) and the ones the extension once understood.
  const request = (op: string, req: unknown) => ({ type: 'offboard:request', op, req });
  const store = (op: string, req: unknown) => ({ type: 'offboard:store', op, req });
  return [
    { type: 'page.insertDraft', data: { draft } },
    webext('page.insertDraft', { draft }),
    { type: 'page.getContext', data: {} },
    webext('page.getContext', {}),
    webext('page.setSidebar', { open: false }),
    webext('tab.whoami', {}),
    webext('page.contextChanged', { context: { provider: 'gmail', participants: [], messages: [], language: 'en', compose: { open: false }, url: 'https://evil.example/', missing: [] } }),
    store('data.export', {}),
    store('clients.list', {}),
    store('clients.update', { id: clientId, changes: { name: STOLEN } }),
    store('clients.delete', { id: clientId }),
    store('data.deleteAll', { confirm: 'DELETE' }),
    store('data.import', { json: '{}' }),
    { type: 'offboard:store-changed', tables: ['clients'] },
    request('page.insertDraft', { draft }),
    request('page.getContext', {}),
    request('page.setSidebar', { open: false }),
    request('tab.whoami', {}),
    request('data.export', {}),
    request('clients.list', {}),
    request('clients.update', { id: clientId, changes: { name: STOLEN } }),
    request('clients.delete', { id: clientId }),
    request('data.deleteAll', { confirm: 'DELETE' }),
    request('data.import', { json: '{}' }),
  ];
}

describe('the webmail page cannot drive the extension or read its data', () => {
  let browser: LaunchedExtension;
  let storePage: Page;
  const clientIds = new Map<string, string>();

  beforeAll(async () => {
    browser = await launchWithExtension();
    storePage = await openExtensionPage(browser.context, browser.extensionId, 'options.html');
    for (const input of [CLIENT, PL_CLIENT]) {
      const seeded = await callStoreOk(storePage, 'offboarding.start', input);
      clientIds.set(input.name, seeded.client.id);
    }
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each([
    { fixture: 'gmail-thread-en.html', client: CLIENT.name },
    { fixture: 'outlook-thread-pl.html', client: PL_CLIENT.name },
  ])('from the main world of $fixture', ({ fixture, client }) => {
    it('postMessage, CustomEvents, chrome.runtime and contentDocument change and reveal nothing', async () => {
      const c: FixtureCase = fixtureCase(fixture);
      const { page, sidebar } = await openFixture(browser.context, browser.extensionId, c);
      await ensureSidebarOpen(page, sidebar);
      const frame = page.frameLocator(SIDEBAR_SELECTOR);
      // The sidebar shows the seeded client: there is something to steal, and the sidebar works.
      await frame.getByTestId('client-name').filter({ hasText: client }).waitFor({ state: 'visible', timeout: 15_000 });
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const storeBefore = await storeSnapshot(storePage);
      const editorBefore = await editorText(page, c.provider);
      const inputsBefore = await page.evaluate(() => Array.from(document.querySelectorAll('input')).map((i) => i.value));

      const outcome = await page.evaluate(
        async ({ payloads, extensionId, sidebarSelector }) => {
          const received: unknown[] = [];
          Object.defineProperty(window, '__offboardReplies', { value: received });
          // Anything that comes back to the page from elsewhere (the sidebar frame, the content script).
          window.addEventListener('message', (event) => {
            // Our own CustomEvents named "message" are not MessageEvents; our own posts come from window.
            if (event instanceof MessageEvent && event.source !== window) {
              received.push({ origin: event.origin, fromSidebar: event.source === iframe?.contentWindow, data: JSON.stringify(event.data) ?? String(event.data) });
            }
          });
          const iframe = document.querySelector<HTMLIFrameElement>(sidebarSelector);
          if (!iframe?.contentWindow) throw new Error('No sidebar frame to post into');

          // (a) postMessage: to the page itself (where a content script would listen), to the top,
          // and into the sidebar frame, with every target origin a page could try.
          for (const payload of payloads) {
            window.postMessage(payload, '*');
            window.top?.postMessage(payload, '*');
            iframe.contentWindow.postMessage(payload, '*');
            iframe.contentWindow.postMessage(payload, `chrome-extension://${extensionId}`);
            iframe.contentWindow.postMessage(JSON.stringify(payload), '*');
          }
          // (b) CustomEvents on document and window, named after each message and as generic names.
          for (const payload of payloads) {
            const type = typeof payload === 'object' && payload && 'type' in payload ? String(payload.type) : 'offboard';
            for (const name of [type, 'message', 'offboard', 'offboard:message']) {
              document.dispatchEvent(new CustomEvent(name, { detail: payload, bubbles: true }));
              window.dispatchEvent(new CustomEvent(name, { detail: payload }));
              document.documentElement.dispatchEvent(new CustomEvent(name, { detail: payload, bubbles: true }));
            }
          }
          // (c) chrome.runtime: absent, or unable to reach this extension (no externally_connectable).
          const chromeApi = (globalThis as { chrome?: { runtime?: { sendMessage?: (...args: unknown[]) => unknown } } }).chrome;
          const runtimeReplies: string[] = [];
          let runtime: 'absent' | 'unreachable' | 'answered' = 'absent';
          if (typeof chromeApi?.runtime?.sendMessage === 'function') {
            for (const payload of payloads) {
              try {
                const reply = await Promise.race([
                  Promise.resolve(chromeApi!.runtime!.sendMessage!(extensionId, payload)),
                  new Promise((resolve) => setTimeout(() => resolve('no answer'), 1000)),
                ]);
                runtimeReplies.push(`answered: ${JSON.stringify(reply)}`);
              } catch (error) {
                runtimeReplies.push(`failed: ${String(error)}`);
              }
            }
            runtime = runtimeReplies.every((reply) => reply.startsWith('failed: ')) ? 'unreachable' : 'answered';
          }
          // (e) the sidebar's document is cross-origin: no access.
          let contentDocument: string;
          try {
            contentDocument = iframe.contentDocument === null ? 'null' : 'readable';
          } catch (error) {
            contentDocument = `threw: ${String(error)}`;
          }
          let frameDocument: string;
          try {
            frameDocument = iframe.contentWindow.document ? 'readable' : 'null';
          } catch (error) {
            frameDocument = `threw ${(error as Error).name}`;
          }
          // A sentinel posted last: once it arrives, every message posted to this window was dispatched.
          await new Promise<void>((resolve) => {
            const sentinel = `sentinel-${Math.random()}`;
            const onMessage = (event: MessageEvent) => {
              if (event.data !== sentinel) return;
              window.removeEventListener('message', onMessage);
              resolve();
            };
            window.addEventListener('message', onMessage);
            window.postMessage(sentinel, '*');
          });
          return { received, runtime, runtimeReplies, contentDocument, frameDocument };
        },
        { payloads: hostilePayloads(clientIds.get(client)!), extensionId: browser.extensionId, sidebarSelector: SIDEBAR_SELECTOR },
      );

      // Proving a negative: an idle period for any wrongly listening code to act, not a wait for a condition.
      await page.waitForTimeout(IDLE_MS);
      const repliesAfterIdle = await page.evaluate(() => (window as unknown as { __offboardReplies?: unknown[] }).__offboardReplies ?? []);
      expect(outcome.received).toEqual([]);
      expect(repliesAfterIdle).toEqual([]);
      // Chromium gives web pages no chrome.runtime here; where one exists it must not reach us.
      expect(['absent', 'unreachable'], outcome.runtimeReplies.join('\n')).toContain(outcome.runtime);
      expect(outcome.contentDocument).toBe('null');
      expect(outcome.frameDocument).toMatch(/^threw SecurityError/);

      // Nothing happened: no insertion, no subject, the store unchanged, no dialog, sidebar still open.
      expect(await editorText(page, c.provider)).toBe(editorBefore);
      expect(await editorText(page, c.provider)).not.toContain(STOLEN);
      expect(await page.evaluate(() => Array.from(document.querySelectorAll('input')).map((i) => i.value))).toEqual(inputsBefore);
      expect(await page.locator(editorSelector(c.provider)).count()).toBe(1);
      expect(await storeSnapshot(storePage)).toEqual(storeBefore);
      expect(dialogs).toEqual([]);
      await expect.poll(() => page.locator(SIDEBAR_SELECTOR).isVisible()).toBe(true);
      await frame.getByTestId('client-name').filter({ hasText: client }).waitFor({ state: 'visible' });
      expect(await frame.locator('body').innerText()).not.toContain(STOLEN);
      await page.close();
    });
  });

  describe.each([
    { fixture: 'gmail-thread-en.html', script: 'gmail' },
    { fixture: 'outlook-thread-pl.html', script: 'outlook' },
  ])('what the content script of $fixture says to the page and how it can be stopped', ({ fixture, script }) => {
    async function openRecorded(c: FixtureCase) {
      serveWebmail(browser.context, { url: c.url, fixture: c.fixture });
      const page = await browser.context.newPage();
      // Before any script: every message that reaches the page window, whoever posted it.
      await page.addInitScript(() => {
        const seen: string[] = [];
        Object.defineProperty(window, '__offboardAllMessages', { value: seen });
        window.addEventListener('message', (event) => {
          seen.push(`${event.source === window ? 'self' : 'other'}: ${JSON.stringify(event.data) ?? String(event.data)}`);
        }, true);
      });
      await page.goto(c.url, { waitUntil: 'load' });
      const sidebar = await sidebarFrame(page, browser.extensionId);
      await ensureSidebarOpen(page, sidebar);
      return { page, sidebar };
    }

    it('posts nothing to the page window, also none with event.source === window (no extension id, no WXT message)', async () => {
      const { page } = await openRecorded(fixtureCase(fixture));
      await page.waitForTimeout(IDLE_MS);
      const messages = await page.evaluate(() => (window as unknown as { __offboardAllMessages: string[] }).__offboardAllMessages);
      expect(messages.filter((m) => m.includes(browser.extensionId) || m.includes('wxt'))).toEqual([]);
      await page.close();
    });

    it('a forged "content script started" event from the page does not switch the content script off', async () => {
      const c = fixtureCase(fixture);
      const { page, sidebar } = await openRecorded(c);
      // WXT's own name for the event that stops an older copy of the content script.
      const eventName = `${browser.extensionId}:${script}:wxt:content-script-started`;
      await page.evaluate((name) => {
        const detail = { contentScriptName: name.split(':')[1], messageId: 'forged' };
        document.dispatchEvent(new CustomEvent(name, { detail }));
        window.postMessage({ type: name, ...detail }, '*');
      }, eventName);
      await page.waitForTimeout(IDLE_MS);
      // Still there and still working: the frame, the toggle, and answers to its own sidebar.
      expect(await page.locator(SIDEBAR_SELECTOR).count()).toBe(1);
      expect(await page.locator('[data-testid="offboard-toggle"]').count()).toBe(1);
      const context = await getContextFromSidebar(sidebar);
      expect(context?.provider).toBe(c.provider);
      await page.close();
    });
  });

  it('a foreign site cannot fetch, XHR or frame the extension pages, and a frame of it shows no data', async () => {
    const page = await browser.context.newPage();
    // Page routes win over the harness's guard: evil.example serves a page of its own.
    await page.route(`${EVIL_ORIGIN}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Evil</title><p>evil</p>' }),
    );
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const storeBefore = await storeSnapshot(storePage);
    await page.goto(`${EVIL_ORIGIN}/`, { waitUntil: 'load' });
    const base = `chrome-extension://${browser.extensionId}`;
    const targets = ['sidebar.html', 'popup.html', 'options.html', 'manifest.json'].map((path) => `${base}/${path}`);

    const attempts = await page.evaluate(async (targets) => {
      const results: Record<string, { fetch: string; xhr: string }> = {};
      for (const url of targets) {
        const viaFetch = await fetch(url).then(
          async (response) => `read ${response.status}: ${(await response.text()).slice(0, 80)}`,
          (error: unknown) => `failed: ${String(error)}`,
        );
        const viaXhr = await new Promise<string>((resolve) => {
          const xhr = new XMLHttpRequest();
          xhr.open('GET', url);
          xhr.onload = () => resolve(`read ${xhr.status}: ${xhr.responseText.slice(0, 80)}`);
          xhr.onerror = () => resolve('failed');
          try {
            xhr.send();
          } catch (error) {
            resolve(`failed: ${String(error)}`);
          }
        });
        results[url] = { fetch: viaFetch, xhr: viaXhr };
      }
      // A blocked frame still fires load (with the browser's error page in it).
      await Promise.all(
        targets.map((url) => {
          const iframe = document.createElement('iframe');
          const loaded = new Promise((resolve) => iframe.addEventListener('load', resolve, { once: true }));
          iframe.src = url;
          document.body.append(iframe);
          return loaded;
        }),
      );
      return results;
    }, targets);

    for (const url of targets) {
      expect(attempts[url]!.fetch, url).toMatch(/^failed/);
      expect(attempts[url]!.xhr, url).toMatch(/^failed/);
    }
    // Each framed page is either blocked (the browser's error page) or ours showing nothing.
    const frames = page.frames().filter((f) => f !== page.mainFrame());
    expect(frames).toHaveLength(targets.length);
    for (const f of frames) {
      if (f.url().startsWith('chrome-error://')) continue;
      expect(f.url().startsWith(`${base}/`), f.url()).toBe(true);
      const shown = await f.evaluate(() => ({ text: document.body?.innerText ?? '', testIds: document.querySelectorAll('[data-testid]').length }));
      for (const word of SECRET_WORDS) expect(shown.text, f.url()).not.toContain(word);
      expect(shown.testIds, f.url()).toBe(0);
    }
    expect(await storeSnapshot(storePage)).toEqual(storeBefore);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('control: the same frame on a webmail origin does show the data (the foreign-site check can fail)', async () => {
    const c = fixtureCase('gmail-thread-en.html');
    const { page } = await openFixture(browser.context, browser.extensionId, c);
    const text = await page.frameLocator(SIDEBAR_SELECTOR).getByTestId('client-name').innerText({ timeout: 15_000 });
    expect(text).toContain(CLIENT.name);
    await page.close();
  });
});
