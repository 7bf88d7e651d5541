import { describe, expect, it } from 'vitest';
import { LEGACY_SCRIPT_PREFIX, registerWebmailAccess, removeLegacyRegistrations, type WebmailAccessApi } from '../../../background/webmail-access';

/** chrome.permissions / scripting as far as the company addresses use them. */
function fakeChrome(granted: string[] = [], registered: string[] = []) {
  const origins = new Set(['https://mail.google.com/*', 'https://outlook.office.com/*', ...granted]);
  const scripts = new Set(['someone-else', ...registered]);
  const added: Array<() => void> = [];
  const removed: Array<() => void> = [];
  const api: WebmailAccessApi = {
    permissions: {
      getAll: async () => ({ origins: [...origins] }),
      onAdded: { addListener: (listener) => added.push(listener) },
      onRemoved: { addListener: (listener) => removed.push(listener) },
    },
    scripting: {
      getRegisteredContentScripts: async () => [...scripts].map((id) => ({ id })),
      async unregisterContentScripts({ ids }) {
        for (const id of ids) if (!scripts.has(id)) throw new Error(`Nonexistent script ID '${id}'`);
        for (const id of ids) scripts.delete(id);
      },
    },
  };
  return {
    api,
    scripts,
    grant(pattern: string) {
      origins.add(pattern);
      for (const listener of added) listener();
    },
    revoke(pattern: string) {
      origins.delete(pattern);
      for (const listener of removed) listener();
    },
  };
}

const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

describe('the company webmail addresses the user granted', () => {
  it('holds none while nothing is granted (the four webmails are not company addresses)', async () => {
    const chrome = fakeChrome();
    expect(await registerWebmailAccess(chrome.api).granted()).toEqual([]);
  });

  it('follows grants and revocations, and tells its listeners after each', async () => {
    const chrome = fakeChrome(['https://poczta.firma.pl/*']);
    const access = registerWebmailAccess(chrome.api, (error) => {
      throw error;
    });
    const heard: string[][] = [];
    access.onChange((granted) => heard.push(granted));
    expect(await access.granted()).toEqual(['https://poczta.firma.pl/*']);
    chrome.grant('https://mail.example-company.test/*');
    expect(await access.granted()).toEqual(['https://mail.example-company.test/*', 'https://poczta.firma.pl/*']);
    chrome.revoke('https://poczta.firma.pl/*');
    expect(await access.granted()).toEqual(['https://mail.example-company.test/*']);
    await settle();
    expect(heard).toEqual([['https://mail.example-company.test/*', 'https://poczta.firma.pl/*'], ['https://mail.example-company.test/*']]);
  });

  it('ignores a grant broader than one exact host (it never asks for one)', async () => {
    const chrome = fakeChrome(['https://*/*', 'https://*.firma.pl/*', 'http://poczta.firma.pl/*']);
    expect(await registerWebmailAccess(chrome.api).granted()).toEqual([]);
  });

  it('answers no company address when the permissions cannot be read, and reports why', async () => {
    const chrome = fakeChrome(['https://poczta.firma.pl/*']);
    chrome.api.permissions.getAll = async () => {
      throw new Error('worker shutting down');
    };
    const reported: unknown[] = [];
    expect(await registerWebmailAccess(chrome.api, (error) => reported.push(error)).granted()).toEqual([]);
    await settle();
    expect(reported.map(String)).toContain('Error: worker shutting down');
  });

  it('removes the content-script registrations earlier versions made, and no one else\'s', async () => {
    const chrome = fakeChrome([], [`${LEGACY_SCRIPT_PREFIX}https://poczta.firma.pl/*`, `${LEGACY_SCRIPT_PREFIX}https://old.firma.pl/*`]);
    expect(await removeLegacyRegistrations(chrome.api)).toEqual([`${LEGACY_SCRIPT_PREFIX}https://poczta.firma.pl/*`, `${LEGACY_SCRIPT_PREFIX}https://old.firma.pl/*`]);
    expect([...chrome.scripts]).toEqual(['someone-else']);
    // At start-up too, without being asked.
    const again = fakeChrome([], [`${LEGACY_SCRIPT_PREFIX}https://poczta.firma.pl/*`]);
    registerWebmailAccess(again.api);
    await settle();
    await settle();
    expect([...again.scripts]).toEqual(['someone-else']);
  });
});
