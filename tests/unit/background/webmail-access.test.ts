import { describe, expect, it } from 'vitest';
import {
  CUSTOM_WEBMAIL_SCRIPT_PREFIX,
  registerWebmailAccess,
  syncWebmailRegistrations,
  type RegisteredScript,
  type ScriptToRegister,
  type WebmailAccessApi,
} from '../../../background/webmail-access';

const OUTLOOK_JS = ['content-scripts/outlook.js'];

/** chrome.permissions / scripting / runtime as far as the registration uses them, with Chrome's refusals. */
function fakeChrome(granted: string[] = []) {
  const origins = new Set(['https://mail.google.com/*', 'https://outlook.office.com/*', ...granted]);
  const scripts = new Map<string, RegisteredScript>([['someone-else', { id: 'someone-else', matches: ['https://other.example/*'], js: ['x.js'] }]]);
  const added: Array<() => void> = [];
  const removed: Array<() => void> = [];
  const calls: string[] = [];
  let manifestJs = OUTLOOK_JS;
  const api: WebmailAccessApi = {
    permissions: {
      getAll: async () => ({ origins: [...origins] }),
      onAdded: { addListener: (listener) => added.push(listener) },
      onRemoved: { addListener: (listener) => removed.push(listener) },
    },
    scripting: {
      getRegisteredContentScripts: async () => [...scripts.values()].map((script) => ({ ...script })),
      async registerContentScripts(list: ScriptToRegister[]) {
        await Promise.resolve();
        for (const script of list) if (scripts.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        for (const script of list) {
          scripts.set(script.id, { ...script });
          calls.push(`register ${script.id}`);
        }
      },
      async unregisterContentScripts({ ids }) {
        for (const id of ids) if (!scripts.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
        for (const id of ids) {
          scripts.delete(id);
          calls.push(`unregister ${id}`);
        }
      },
    },
    runtime: {
      getManifest: () => ({
        content_scripts: [
          { matches: ['https://mail.google.com/*'], js: ['content-scripts/gmail.js'] },
          { matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'], js: manifestJs },
        ],
      }),
    },
  };
  return {
    api,
    scripts,
    calls,
    grant(pattern: string) {
      origins.add(pattern);
      for (const listener of added) listener();
    },
    revoke(pattern: string) {
      origins.delete(pattern);
      for (const listener of removed) listener();
    },
    updateTo(js: string[]) {
      manifestJs = js;
    },
    ours: () => [...scripts.values()].filter((script) => script.id.startsWith(CUSTOM_WEBMAIL_SCRIPT_PREFIX)),
  };
}

describe('content-script registrations for company webmail addresses', () => {
  it('registers nothing while nothing is granted (least privilege)', async () => {
    const chrome = fakeChrome();
    expect(await syncWebmailRegistrations(chrome.api)).toEqual({ registered: [], added: [], removed: [] });
    expect(chrome.ours()).toEqual([]);
    expect(chrome.scripts.has('someone-else')).toBe(true);
  });

  it('registers the manifest\'s Outlook script for exactly the granted origin, persisting across restarts', async () => {
    const chrome = fakeChrome(['https://poczta.firma.pl/*']);
    const result = await syncWebmailRegistrations(chrome.api);
    expect(result).toEqual({ registered: ['https://poczta.firma.pl/*'], added: ['https://poczta.firma.pl/*'], removed: [] });
    expect(chrome.ours()).toEqual([
      {
        id: 'offboard-owa:https://poczta.firma.pl/*',
        matches: ['https://poczta.firma.pl/*'],
        js: OUTLOOK_JS,
        runAt: 'document_start',
        allFrames: false,
        persistAcrossSessions: true,
      },
    ]);
    // A second pass (the next start-up) changes nothing.
    expect(await syncWebmailRegistrations(chrome.api)).toEqual({ registered: ['https://poczta.firma.pl/*'], added: [], removed: [] });
    expect(chrome.calls).toEqual(['register offboard-owa:https://poczta.firma.pl/*']);
  });

  it('follows grants and revocations, and never touches registrations that are not its own', async () => {
    const chrome = fakeChrome();
    const access = registerWebmailAccess(chrome.api, (error) => {
      throw error;
    });
    await access.sync();
    chrome.grant('https://poczta.firma.pl/*');
    chrome.grant('https://mail.example-company.test/*');
    await access.sync();
    expect(chrome.ours().map((script) => script.matches).sort()).toEqual([['https://mail.example-company.test/*'], ['https://poczta.firma.pl/*']]);
    chrome.revoke('https://poczta.firma.pl/*');
    const after = await access.sync();
    expect(after.registered).toEqual(['https://mail.example-company.test/*']);
    expect(chrome.ours().map((script) => script.id)).toEqual(['offboard-owa:https://mail.example-company.test/*']);
    expect(chrome.scripts.has('someone-else')).toBe(true);
    // Syncs queued by the listeners ran one after another: no duplicate id was ever registered.
    expect(chrome.calls.filter((call) => call.startsWith('register')).sort()).toEqual([
      'register offboard-owa:https://mail.example-company.test/*',
      'register offboard-owa:https://poczta.firma.pl/*',
    ]);
  });

  it('removes a registration whose permission was revoked while the extension was not running', async () => {
    const chrome = fakeChrome(['https://poczta.firma.pl/*']);
    await syncWebmailRegistrations(chrome.api);
    chrome.scripts.set('offboard-owa:https://old.firma.pl/*', { id: 'offboard-owa:https://old.firma.pl/*', matches: ['https://old.firma.pl/*'], js: OUTLOOK_JS });
    const result = await syncWebmailRegistrations(chrome.api);
    expect(result.removed).toEqual(['https://old.firma.pl/*']);
    expect(chrome.ours().map((script) => script.id)).toEqual(['offboard-owa:https://poczta.firma.pl/*']);
  });

  it('re-registers after an update renamed the Outlook script, so no registration points at a file that is gone', async () => {
    const chrome = fakeChrome(['https://poczta.firma.pl/*']);
    await syncWebmailRegistrations(chrome.api);
    chrome.updateTo(['content-scripts/outlook-loader.js']);
    const result = await syncWebmailRegistrations(chrome.api);
    expect(result).toEqual({ registered: ['https://poczta.firma.pl/*'], added: [], removed: [] });
    expect(chrome.ours().map((script) => script.js)).toEqual([['content-scripts/outlook-loader.js']]);
  });

  it('takes a registration reported back with full extension URLs for the same files (no churn)', async () => {
    const chrome = fakeChrome(['https://poczta.firma.pl/*']);
    chrome.scripts.set('offboard-owa:https://poczta.firma.pl/*', {
      id: 'offboard-owa:https://poczta.firma.pl/*',
      matches: ['https://poczta.firma.pl/*'],
      js: ['moz-extension://2f1c/content-scripts/outlook.js'],
    });
    expect(await syncWebmailRegistrations(chrome.api)).toEqual({ registered: ['https://poczta.firma.pl/*'], added: [], removed: [] });
    expect(chrome.calls).toEqual([]);
  });

  it('ignores a grant broader than one exact host (it never asks for one)', async () => {
    const chrome = fakeChrome(['https://*/*', 'https://*.firma.pl/*', 'http://poczta.firma.pl/*']);
    expect((await syncWebmailRegistrations(chrome.api)).registered).toEqual([]);
    expect(chrome.ours()).toEqual([]);
  });

  it('says what is wrong when the manifest has no Outlook script to register', async () => {
    const chrome = fakeChrome(['https://poczta.firma.pl/*']);
    chrome.api.runtime.getManifest = () => ({ content_scripts: [] });
    await expect(syncWebmailRegistrations(chrome.api)).rejects.toThrow(/no content script for https:\/\/outlook\.office\.com/);
    expect(chrome.ours()).toEqual([]);
  });
});
