/**
 * Nothing of Offboard is in a webmail page before its `load` event: the manifest declares no content
 * script. When a tab of a webmail origin — one of the four, or a company Outlook address the user
 * granted — reaches `status: 'complete'`, the background injects that webmail's runtime with
 * `scripting.executeScript` (the `scripting` permission and the webmails' host permissions, held
 * already). So does every start of the worker — the one after an install or update included — for
 * the tabs already open; the runtime's own guard keeps it to one per document (webmail/start-once.ts).
 *
 * The 'complete' event alone can lose a tab. Chrome builds its tabs event router when the browser's
 * first tabs listener is added, and sends 'complete' only for a navigation that router saw commit:
 * a webmail tab that committed before it (the browser starting with its tabs restored, an install
 * while the page loads) goes to `complete` with no event. So a webmail tab seen loading — by the
 * start-up scan or by any event of its own — is followed (tabs.get, backing off) until it completes
 * or leaves, and then injected; its own 'complete', when it comes, ends the following. An injection
 * that fails is tried again a few times while the tab stays loaded at the same URL (its document may
 * have been committing, a permission not yet in force just after an install); what still fails is
 * reported. Injections into one tab run one after another, so two triggers never compile the
 * runtime twice: the second one's probe finds the first one's runtime.
 *
 * Chrome's tabs.onUpdated has no filter: the listener returns at once for any other tab (and a tab's
 * url is visible only on hosts we hold). Firefox's takes one, so it wakes the event page only for
 * https tabs whose status changed.
 */
import { WEBMAIL_ORIGINS } from '../common/webmail-origins';
import { RUNTIME_GUARD_KEY, runtimeIsRunning } from '../webmail/start-once';
import type { WebmailAccess } from './webmail-access';

/** The runtimes, as the build names them (entrypoints/gmail-runtime.ts, outlook-runtime.ts). */
export const RUNTIME_FILES = { gmail: 'gmail-runtime.js', outlook: 'outlook-runtime.js' } as const;
export type RuntimeFile = (typeof RUNTIME_FILES)[keyof typeof RUNTIME_FILES];

const GMAIL_ORIGIN = 'https://mail.google.com';
const BUILT_IN_OUTLOOK = new Set<string>(WEBMAIL_ORIGINS.filter((origin) => origin !== GMAIL_ORIGIN));

/** Firefox's tabs.onUpdated filter: https tabs (only those we hold show a url), status changes only. */
export const FIREFOX_TAB_FILTER = { urls: ['https://*/*'], properties: ['status'] as ['status'] };

export interface TabLike {
  id?: number;
  url?: string;
  status?: string;
}

type TabUpdated = (tabId: number, change: { status?: string }, tab: TabLike) => void;

interface Injection {
  target: { tabId: number };
  files?: string[];
  func?: (key: string) => boolean;
  args?: [string];
}

/** The slice of chrome.* this needs; a fake in tests. */
export interface PageInjectionApi {
  tabs: {
    query(query: { url: string[] }): Promise<TabLike[]>;
    get(tabId: number): Promise<TabLike>;
    onUpdated: { addListener(listener: TabUpdated, filter?: typeof FIREFOX_TAB_FILTER): void };
  };
  scripting: { executeScript(injection: Injection): Promise<Array<{ result?: unknown }>> };
}

/** The runtime a page at `url` gets, or null: the four webmails by origin, a granted company address (Outlook). */
export function runtimeFileFor(url: string | undefined, granted: readonly string[]): RuntimeFile | null {
  if (!url?.startsWith('https://')) return null;
  let origin: string;
  try {
    origin = new URL(url).origin;
  } catch {
    return null;
  }
  if (origin === GMAIL_ORIGIN) return RUNTIME_FILES.gmail;
  if (BUILT_IN_OUTLOOK.has(origin) || granted.includes(`${origin}/*`)) return RUNTIME_FILES.outlook;
  return null;
}

/** Between the checks of a webmail tab seen loading: quick at first, then every 2 s, for two minutes. */
export const FOLLOW_DELAYS_MS: readonly number[] = [250, 500, 1000, ...Array<number>(60).fill(2000)];
/** Before each new attempt of an injection that failed while its tab stayed at the same URL. */
export const RETRY_DELAYS_MS: readonly number[] = [250, 1000, 3000];

/** Failures that are the page's, not ours: a closed tab, an error page (its next load is injected). */
function expectedFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /No tab with id|showing error page|The tab was closed|Invalid tab ID/i.test(message);
}

export interface PageInjection {
  /** Injects into every open, loaded webmail tab that has no live runtime yet, and follows those still loading. */
  injectOpenTabs(): Promise<void>;
  /** Injects into one tab if its page is a webmail that has no live runtime yet; resolves to whether it did. */
  injectTab(tabId: number, url: string | undefined): Promise<boolean>;
}

export interface PageInjectionOptions {
  tabFilter: boolean;
  report?: (error: unknown) => void;
  /** The pause between checks and attempts (tests pass one that does not wait). */
  wait?: (ms: number) => Promise<void>;
}

const realWait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function registerPageInjection(api: PageInjectionApi, access: WebmailAccess, options: PageInjectionOptions): PageInjection {
  const report = options.report ?? console.error;
  const wait = options.wait ?? realWait;
  const reporting = (run: Promise<unknown>) => void run.catch((error: unknown) => {
    if (!expectedFailure(error)) report(error);
  });

  // One injection at a time per tab: the probe of the second sees the runtime of the first.
  const queues = new Map<number, Promise<unknown>>();
  const oneAtATime = <T>(tabId: number, run: () => Promise<T>): Promise<T> => {
    const next = (queues.get(tabId) ?? Promise.resolve()).catch(() => undefined).then(run);
    queues.set(tabId, next);
    const forget = () => {
      if (queues.get(tabId) === next) queues.delete(tabId);
    };
    next.then(forget, forget);
    return next;
  };

  const injectOnce = async (tabId: number, url: string | undefined): Promise<boolean> => {
    const file = runtimeFileFor(url, await access.granted());
    if (!file) return false;
    // A probe first: a same-document navigation or a worker restart must not compile the runtime again.
    const [probe] = await api.scripting.executeScript({ target: { tabId }, func: runtimeIsRunning, args: [RUNTIME_GUARD_KEY] });
    if (probe?.result === true) return false;
    await api.scripting.executeScript({ target: { tabId }, files: [file] });
    return true;
  };

  const injectTab = async (tabId: number, url: string | undefined): Promise<boolean> => {
    for (let attempt = 0; ; attempt += 1) {
      try {
        return await oneAtATime(tabId, () => injectOnce(tabId, url));
      } catch (error) {
        const delay = RETRY_DELAYS_MS[attempt];
        if (delay === undefined || expectedFailure(error)) throw error;
        await wait(delay);
        // Navigated or closed meanwhile: that next page has its own load, its own injection.
        const tab = await api.tabs.get(tabId).catch(() => undefined);
        if (tab?.status !== 'complete' || tab.url !== url) return false;
      }
    }
  };

  // Tabs followed until they complete; a tab's own 'complete' event ends its following.
  const following = new Map<number, symbol>();
  const follow = (tabId: number): void => {
    if (following.has(tabId)) return;
    const mark = Symbol(String(tabId));
    following.set(tabId, mark);
    const run = async (): Promise<unknown> => {
      for (const delay of FOLLOW_DELAYS_MS) {
        await wait(delay);
        if (following.get(tabId) !== mark) return;
        const tab = await api.tabs.get(tabId).catch(() => undefined);
        if (!tab) return;
        if (tab.status === 'complete') return injectTab(tabId, tab.url);
      }
    };
    const done = () => {
      if (following.get(tabId) === mark) following.delete(tabId);
    };
    reporting(run().finally(done));
  };
  const followIfWebmail = async (tabId: number, url: string | undefined): Promise<void> => {
    if (runtimeFileFor(url, await access.granted())) follow(tabId);
  };

  const injectOpenTabs = async (): Promise<void> => {
    const granted = await access.granted();
    const tabs = await api.tabs.query({ url: [...WEBMAIL_ORIGINS.map((origin) => `${origin}/*`), ...granted] });
    await Promise.all(
      tabs.map(async (tab) => {
        if (tab.id === undefined) return;
        // Loading now: its 'complete' event may never come (above), so it is followed.
        if (tab.status !== 'complete') return follow(tab.id);
        await injectTab(tab.id, tab.url).catch((error: unknown) => {
          if (!expectedFailure(error)) report(error);
        });
      }),
    );
  };

  // Registered synchronously, so the event that woke the worker is heard.
  const onUpdated: TabUpdated = (tabId, change, tab) => {
    if (!tab.url?.startsWith('https://')) return;
    if (change.status === 'complete') {
      following.delete(tabId);
      reporting(injectTab(tabId, tab.url));
    } else if (tab.status === 'loading' && !following.has(tabId)) {
      reporting(followIfWebmail(tabId, tab.url));
    }
  };
  if (options.tabFilter) api.tabs.onUpdated.addListener(onUpdated, FIREFOX_TAB_FILTER);
  else api.tabs.onUpdated.addListener(onUpdated);
  // A company address granted now gets its runtime in the tabs already open at it.
  access.onChange(() => reporting(injectOpenTabs()));
  reporting(injectOpenTabs());
  return { injectOpenTabs, injectTab };
}
