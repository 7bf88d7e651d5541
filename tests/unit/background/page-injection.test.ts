import { describe, expect, it } from 'vitest';
import { FIREFOX_TAB_FILTER, registerPageInjection, runtimeFileFor, type PageInjectionApi, type TabLike } from '../../../background/page-injection';
import type { WebmailAccess } from '../../../background/webmail-access';
import { RUNTIME_GUARD_KEY } from '../../../webmail/start-once';

const COMPANY = 'https://poczta.firma.pl/*';

/** chrome.tabs / scripting as far as the injection uses them; each tab remembers whether a runtime runs in it. */
function fakeChrome(tabs: Array<TabLike & { id: number }>) {
  const running = new Set<number>();
  const injected: Array<{ tabId: number; file: string }> = [];
  let onUpdated: ((tabId: number, change: { status?: string }, tab: TabLike) => void) | undefined;
  let filter: unknown;
  const api: PageInjectionApi = {
    tabs: {
      query: async ({ url }) => tabs.filter((tab) => url.some((pattern) => tab.url?.startsWith(pattern.replace(/\*$/, '')))),
      onUpdated: {
        addListener(listener, given) {
          onUpdated = listener;
          filter = given;
        },
      },
    },
    scripting: {
      async executeScript({ target, files, func, args }) {
        if (!tabs.some((tab) => tab.id === target.tabId)) throw new Error(`No tab with id: ${target.tabId}.`);
        if (func) {
          expect(args).toEqual([RUNTIME_GUARD_KEY]);
          return [{ result: running.has(target.tabId) }];
        }
        injected.push({ tabId: target.tabId, file: files![0]! });
        running.add(target.tabId);
        return [{}];
      },
    },
  };
  return {
    api,
    injected,
    running,
    filter: () => filter,
    update: (tabId: number, change: { status?: string }, tab: TabLike) => onUpdated!(tabId, change, tab),
  };
}

function fakeAccess(granted: string[] = []) {
  const listeners: Array<(granted: string[]) => void> = [];
  const access: WebmailAccess = { granted: async () => granted, onChange: (listener) => void listeners.push(listener) };
  return {
    access,
    grant(pattern: string) {
      granted.push(pattern);
      for (const listener of listeners) listener(granted);
    },
  };
}

const settle = async () => {
  for (let i = 0; i < 5; i++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
};
const fail = (error: unknown) => {
  throw error;
};

describe('which runtime a page gets', () => {
  it('Gmail, the three Outlook origins and a granted company address; nothing else', () => {
    expect(runtimeFileFor('https://mail.google.com/mail/u/0/#inbox', [])).toBe('gmail-runtime.js');
    for (const url of ['https://outlook.office.com/mail/', 'https://outlook.office365.com/mail/', 'https://outlook.live.com/mail/0/']) {
      expect(runtimeFileFor(url, [])).toBe('outlook-runtime.js');
    }
    expect(runtimeFileFor('https://poczta.firma.pl/owa/', [COMPANY])).toBe('outlook-runtime.js');
    expect(runtimeFileFor('https://poczta.firma.pl/owa/', [])).toBeNull();
    expect(runtimeFileFor('https://poczta.firma.pl:8443/owa/', [COMPANY])).toBeNull();
    expect(runtimeFileFor('http://mail.google.com/', [])).toBeNull();
    expect(runtimeFileFor('https://mail.google.com.evil.test/', [])).toBeNull();
    expect(runtimeFileFor('https://docs.google.com/', [])).toBeNull();
    expect(runtimeFileFor(undefined, [])).toBeNull();
  });
});

describe('the runtimes injected by the background once a webmail page has loaded', () => {
  it('injects when a webmail tab reaches complete, not while it loads, and once per document', async () => {
    const chrome = fakeChrome([{ id: 1, url: 'https://mail.google.com/mail/u/0/', status: 'loading' }]);
    registerPageInjection(chrome.api, fakeAccess().access, { tabFilter: false, report: fail });
    await settle();
    expect(chrome.injected).toEqual([]);
    chrome.update(1, { status: 'loading' }, { id: 1, url: 'https://mail.google.com/mail/u/0/', status: 'loading' });
    await settle();
    expect(chrome.injected).toEqual([]);
    chrome.update(1, { status: 'complete' }, { id: 1, url: 'https://mail.google.com/mail/u/0/', status: 'complete' });
    await settle();
    expect(chrome.injected).toEqual([{ tabId: 1, file: 'gmail-runtime.js' }]);
    // A same-document navigation completes again: the probe finds the runtime running.
    chrome.update(1, { status: 'complete' }, { id: 1, url: 'https://mail.google.com/mail/u/0/#inbox/x', status: 'complete' });
    await settle();
    expect(chrome.injected).toHaveLength(1);
    // A reload is a new document: no runtime runs in it until injected again.
    chrome.running.delete(1);
    chrome.update(1, { status: 'complete' }, { id: 1, url: 'https://mail.google.com/mail/u/0/', status: 'complete' });
    await settle();
    expect(chrome.injected).toHaveLength(2);
  });

  it('returns at once for any other tab and never injects there', async () => {
    const chrome = fakeChrome([{ id: 2, url: 'https://example.com/', status: 'complete' }, { id: 3, status: 'complete' }]);
    registerPageInjection(chrome.api, fakeAccess().access, { tabFilter: false, report: fail });
    chrome.update(2, { status: 'complete' }, { id: 2, url: 'https://example.com/', status: 'complete' });
    chrome.update(3, { status: 'complete' }, { id: 3, status: 'complete' });
    await settle();
    expect(chrome.injected).toEqual([]);
    expect(chrome.filter()).toBeUndefined();
  });

  it('at its start (an install, an update, a wake) serves the webmail tabs already loaded', async () => {
    const chrome = fakeChrome([
      { id: 1, url: 'https://outlook.office.com/mail/', status: 'complete' },
      { id: 2, url: 'https://mail.google.com/mail/', status: 'complete' },
      { id: 3, url: 'https://mail.google.com/mail/u/1/', status: 'loading' },
      { id: 4, url: 'https://example.com/', status: 'complete' },
    ]);
    chrome.running.add(2);
    const injection = registerPageInjection(chrome.api, fakeAccess().access, { tabFilter: false, report: fail });
    await settle();
    expect(chrome.injected).toEqual([{ tabId: 1, file: 'outlook-runtime.js' }]);
    await injection.injectOpenTabs();
    expect(chrome.injected).toHaveLength(1);
  });

  it('serves a granted company address, in the tabs already open when it is granted', async () => {
    const chrome = fakeChrome([{ id: 5, url: 'https://poczta.firma.pl/owa/', status: 'complete' }]);
    const access = fakeAccess();
    registerPageInjection(chrome.api, access.access, { tabFilter: false, report: fail });
    chrome.update(5, { status: 'complete' }, { id: 5, url: 'https://poczta.firma.pl/owa/', status: 'complete' });
    await settle();
    expect(chrome.injected).toEqual([]);
    access.grant(COMPANY);
    await settle();
    expect(chrome.injected).toEqual([{ tabId: 5, file: 'outlook-runtime.js' }]);
  });

  it('uses Firefox\'s event filter (https tabs, status changes) where the browser takes one', () => {
    const chrome = fakeChrome([]);
    registerPageInjection(chrome.api, fakeAccess().access, { tabFilter: true, report: fail });
    expect(chrome.filter()).toEqual(FIREFOX_TAB_FILTER);
    expect(FIREFOX_TAB_FILTER).toEqual({ urls: ['https://*/*'], properties: ['status'] });
  });

  it('a tab closed before the injection is not an error; anything else is reported', async () => {
    const chrome = fakeChrome([]);
    const reported: unknown[] = [];
    const injection = registerPageInjection(chrome.api, fakeAccess().access, { tabFilter: false, report: (error) => reported.push(error) });
    chrome.update(9, { status: 'complete' }, { id: 9, url: 'https://mail.google.com/mail/', status: 'complete' });
    await settle();
    expect(reported).toEqual([]);
    chrome.api.scripting.executeScript = async () => {
      throw new Error('Could not load file: gmail-runtime.js');
    };
    chrome.update(9, { status: 'complete' }, { id: 9, url: 'https://mail.google.com/mail/', status: 'complete' });
    await settle();
    expect(reported.map(String)).toEqual(['Error: Could not load file: gmail-runtime.js']);
    await expect(injection.injectTab(9, 'https://mail.google.com/')).rejects.toThrow(/Could not load file/);
  });
});
