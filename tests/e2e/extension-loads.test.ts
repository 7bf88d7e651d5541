import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXTENSION_DIR, callStore, launchWithExtension, openExtensionPage, type LaunchedExtension } from './harness';

describe('the built extension in headless Chromium', () => {
  let browser: LaunchedExtension;

  beforeAll(async () => {
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('starts its service worker from the built background script', () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    expect(browser.serviceWorker.url()).toBe(`chrome-extension://${browser.extensionId}/background.js`);
  });

  it('warns at install exactly as when the webmails were content-script matches (issue 16: host permissions instead)', async () => {
    const shipped = readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8');
    const parsed = JSON.parse(shipped) as { host_permissions: string[] };
    expect(parsed.host_permissions).toHaveLength(4);
    // The manifest before: no host permission, a content script matching the same four sites.
    const before = JSON.stringify({ ...parsed, host_permissions: undefined, content_scripts: [{ matches: parsed.host_permissions, js: ['x.js'] }] });
    const warnings = (manifest: string) => browser.serviceWorker.evaluate((text) => chrome.management.getPermissionWarningsByManifest(text), manifest);
    const now = await warnings(shipped);
    expect(now).toContain('Read and change your data on a number of websites');
    expect(now).toEqual(await warnings(before));
  });

  it('answers settings.get through the store message API from the popup', async () => {
    const popup = await openExtensionPage(browser.context, browser.extensionId, 'popup.html');
    const reply = await callStore(popup, 'settings.get', {});
    if ('err' in reply) throw new Error(`settings.get failed: ${reply.err}`);
    const settings = reply.res;
    expect(['pl', 'en']).toContain(settings.defaultLanguage);
    expect(['formal', 'warm']).toContain(settings.defaultTone);
    expect(['auto', 'pl', 'en']).toContain(settings.uiLanguage);
    expect(settings.profile).toBeTypeOf('object');
  });

  it('answers an unknown operation with an error instead of silence', async () => {
    const popup = await openExtensionPage(browser.context, browser.extensionId, 'popup.html');
    // Deliberately outside the typed contract: the router must reject it, not hang or crash.
    const reply: unknown = await popup.evaluate(() =>
      chrome.runtime
        .sendMessage({ type: 'offboard:request', op: 'no.such.operation', req: {} })
        .catch((error: unknown) => ({ deliveryFailed: String(error) })),
    );
    // Exactly one of res and err, and here it must be err.
    expect(reply).toEqual({ err: expect.anything() });
  });
});
