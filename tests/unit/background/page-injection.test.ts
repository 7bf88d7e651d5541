import { describe, expect, it } from 'vitest';
import { FIREFOX_TAB_FILTER, FOLLOW_DELAYS_MS, RETRY_DELAYS_MS, registerPageInjection, runtimeFileFor, type PageInjectionApi, type TabLike } from '../../../background/page-injection';
import type { WebmailAccess } from '../../../background/webmail-access';
import { RUNTIME_GUARD_KEY } from '../../../webmail/start-once';

const COMPANY = 'https://poczta.firma.pl/*';

/** chrome.tabs / scripting as far as the injection uses them; each tab remembers whether a runtime runs in it. */
function fakeChrome(tabs: Array<TabLike & { id: number }>) {
  const running = new Set<number>();
  const injected: Array<{ tabId: number; file: string }> = [];
  const probes: number[] = [];
  let onUpdated: ((tabId: number, change: { status?: string }, tab: TabLike) => void) | undefined;
  let filter: unknown;
  const api: PageInjectionApi = {
    tabs: {
      query: async ({ url }) => tabs.filter((tab) => url.some((pattern) => tab.url?.startsWith(pattern.replace(/\*$/, '')))).map((tab) => ({ ...tab })),
      async get(tabId) {
        const tab = tabs.find((candidate) => candidate.id === tabId);
        if (!tab) throw new Error(`No tab with id: ${tabId}.`);
        return { ...tab };
      },
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
          probes.push(target.tabId);
          // The answer crosses to the browser and back: another injection can run meanwhile.
          const result = running.has(target.tabId);
          await new Promise<void>((resolve) => setTimeout(resolve, 0));
          return [{ result }];
        }
        injected.push({ tabId: target.tabId, file: files![0]! });
        running.add(target.tabId);
        return [{}];
      },
    },
  };
  return {
    api,
    tabs,
    injected,
    probes,
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
  for (let i = 0; i < 20; i++) await new Promise<void>((resolve) => setTimeout(resolve, 0));
};

/** A clock for the following and the retries: each pause is recorded and ends when the test says. */
function fakeClock() {
  const waits: number[] = [];
  const pending: Array<() => void> = [];
  return {
    waits,
    wait: (ms: number) =>
      new Promise<void>((resolve) => {
        waits.push(ms);
        pending.push(resolve);
      }),
    /** Ends every pause started so far, and those they start, `rounds` times. */
    async advance(rounds = 1) {
      for (let i = 0; i < rounds; i++) {
        for (const resolve of pending.splice(0)) resolve();
        await settle();
      }
    },
  };
}
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
    registerPageInjection(chrome.api, fakeAccess().access, { tabFilter: false, report: fail, wait: settle });
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
    registerPageInjection(chrome.api, fakeAccess().access, { tabFilter: false, report: fail, wait: settle });
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
    const injection = registerPageInjection(chrome.api, fakeAccess().access, { tabFilter: false, report: fail, wait: settle });
    await settle();
    expect(chrome.injected).toEqual([{ tabId: 1, file: 'outlook-runtime.js' }]);
    await injection.injectOpenTabs();
    expect(chrome.injected).toHaveLength(1);
  });

  it('serves a granted company address, in the tabs already open when it is granted', async () => {
    const chrome = fakeChrome([{ id: 5, url: 'https://poczta.firma.pl/owa/', status: 'complete' }]);
    const access = fakeAccess();
    registerPageInjection(chrome.api, access.access, { tabFilter: false, report: fail, wait: settle });
    chrome.update(5, { status: 'complete' }, { id: 5, url: 'https://poczta.firma.pl/owa/', status: 'complete' });
    await settle();
    expect(chrome.injected).toEqual([]);
    access.grant(COMPANY);
    await settle();
    expect(chrome.injected).toEqual([{ tabId: 5, file: 'outlook-runtime.js' }]);
  });

  it('uses Firefox\'s event filter (https tabs, status changes) where the browser takes one', () => {
    const chrome = fakeChrome([]);
    registerPageInjection(chrome.api, fakeAccess().access, { tabFilter: true, report: fail, wait: settle });
    expect(chrome.filter()).toEqual(FIREFOX_TAB_FILTER);
    expect(FIREFOX_TAB_FILTER).toEqual({ urls: ['https://*/*'], properties: ['status'] });
  });

  it('a tab closed before the injection is not an error and is not tried again', async () => {
    const chrome = fakeChrome([]);
    const reported: unknown[] = [];
    const clock = fakeClock();
    registerPageInjection(chrome.api, fakeAccess().access, { tabFilter: false, report: (error) => reported.push(error), wait: clock.wait });
    chrome.update(9, { status: 'complete' }, { id: 9, url: 'https://mail.google.com/mail/', status: 'complete' });
    await settle();
    expect(reported).toEqual([]);
    expect(clock.waits).toEqual([]);
  });

  it('an injection that fails while the tab stays loaded at its URL is tried again; what still fails is reported', async () => {
    const url = 'https://mail.google.com/mail/';
    const chrome = fakeChrome([{ id: 9, url, status: 'complete' }]);
    const reported: unknown[] = [];
    const clock = fakeClock();
    const injection = registerPageInjection(chrome.api, fakeAccess().access, { tabFilter: false, report: (error) => reported.push(error), wait: clock.wait });
    await settle();
    chrome.running.clear();
    chrome.injected.length = 0;
    const realExecute = chrome.api.scripting.executeScript;
    // Twice refused (the document was committing), then the injection goes through.
    let refusals = 2;
    chrome.api.scripting.executeScript = async (injectionRequest) => {
      if (refusals > 0) {
        refusals -= 1;
        throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
      }
      return realExecute(injectionRequest);
    };
    chrome.update(9, { status: 'complete' }, { id: 9, url, status: 'complete' });
    await clock.advance(3);
    expect(chrome.injected).toEqual([{ tabId: 9, file: 'gmail-runtime.js' }]);
    expect(clock.waits).toEqual(RETRY_DELAYS_MS.slice(0, 2));
    expect(reported).toEqual([]);

    // Never going through: tried once and again after each delay, then reported once.
    chrome.running.clear();
    clock.waits.length = 0;
    chrome.api.scripting.executeScript = async () => {
      throw new Error('Could not load file: gmail-runtime.js');
    };
    chrome.update(9, { status: 'complete' }, { id: 9, url, status: 'complete' });
    await clock.advance(RETRY_DELAYS_MS.length + 1);
    expect(clock.waits).toEqual([...RETRY_DELAYS_MS]);
    expect(reported.map(String)).toEqual(['Error: Could not load file: gmail-runtime.js']);
    const direct = injection.injectTab(9, url).then(() => 'resolved', (error: unknown) => String(error));
    await clock.advance(RETRY_DELAYS_MS.length + 1);
    expect(await direct).toBe('Error: Could not load file: gmail-runtime.js');
  });

  it('a failed injection is not tried again once the tab has moved on to another page', async () => {
    const chrome = fakeChrome([{ id: 4, url: 'https://mail.google.com/mail/', status: 'complete' }]);
    const reported: unknown[] = [];
    const clock = fakeClock();
    chrome.api.scripting.executeScript = async () => {
      chrome.tabs[0]!.url = 'https://mail.google.com/mail/u/1/';
      chrome.tabs[0]!.status = 'loading';
      throw new Error('Frame with ID 0 was removed.');
    };
    registerPageInjection(chrome.api, fakeAccess().access, { tabFilter: false, report: (error) => reported.push(error), wait: clock.wait });
    await clock.advance(2);
    expect(clock.waits.filter((ms) => ms === RETRY_DELAYS_MS[0])).toHaveLength(1);
    expect(reported).toEqual([]);
  });
});

describe('no webmail tab is lost at a worker start (issue 16: 6 of ~100 opens under load had no sidebar)', () => {
  it('a tab loading at the start-up scan whose \'complete\' event never comes is followed until loaded, then injected', async () => {
    // Chrome sends no 'complete' for a navigation that committed before its tabs event router existed.
    const chrome = fakeChrome([{ id: 7, url: 'https://outlook.office.com/mail/', status: 'loading' }]);
    const clock = fakeClock();
    registerPageInjection(chrome.api, fakeAccess().access, { tabFilter: false, report: fail, wait: clock.wait });
    await settle();
    await clock.advance(2);
    expect(chrome.injected).toEqual([]);
    chrome.tabs[0]!.status = 'complete';
    await clock.advance(1);
    expect(chrome.injected).toEqual([{ tabId: 7, file: 'outlook-runtime.js' }]);
    expect(clock.waits).toEqual(FOLLOW_DELAYS_MS.slice(0, 3));
    // Followed no longer: no more pauses.
    await clock.advance(3);
    expect(clock.waits).toHaveLength(3);
  });

  it('any event of a webmail tab still loading starts its following; its own \'complete\' ends it', async () => {
    const url = 'https://mail.google.com/mail/u/0/';
    const chrome = fakeChrome([{ id: 1, url: 'https://example.com/', status: 'complete' }]);
    const clock = fakeClock();
    registerPageInjection(chrome.api, fakeAccess().access, { tabFilter: false, report: fail, wait: clock.wait });
    await settle();
    // A title change of a tab whose 'loading' the worker never heard.
    chrome.tabs[0]!.url = url;
    chrome.tabs[0]!.status = 'loading';
    chrome.update(1, {}, { id: 1, url, status: 'loading' });
    await settle();
    await clock.advance(1);
    expect(clock.waits).toEqual(FOLLOW_DELAYS_MS.slice(0, 2));
    chrome.tabs[0]!.status = 'complete';
    chrome.update(1, { status: 'complete' }, { id: 1, url, status: 'complete' });
    await settle();
    expect(chrome.injected).toEqual([{ tabId: 1, file: 'gmail-runtime.js' }]);
    await clock.advance(3);
    // The following stopped at its next check: one probe, the event's.
    expect(chrome.probes).toEqual([1]);
    expect(clock.waits).toEqual(FOLLOW_DELAYS_MS.slice(0, 2));
  });

  it('the start-up scan and a \'complete\' event at the same time compile the runtime once', async () => {
    const url = 'https://mail.google.com/mail/u/0/';
    const chrome = fakeChrome([{ id: 3, url, status: 'complete' }]);
    registerPageInjection(chrome.api, fakeAccess().access, { tabFilter: false, report: fail, wait: settle });
    chrome.update(3, { status: 'complete' }, { id: 3, url, status: 'complete' });
    await settle();
    expect(chrome.injected).toEqual([{ tabId: 3, file: 'gmail-runtime.js' }]);
    expect(chrome.probes).toEqual([3, 3]);
  });
});
