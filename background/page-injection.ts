/**
 * Nothing of Offboard is in a webmail page before its `load` event: the manifest declares no content
 * script. When a tab of a webmail origin — one of the four, or a company Outlook address the user
 * granted — reaches `status: 'complete'`, the background injects that webmail's runtime with
 * `scripting.executeScript` (the `scripting` permission and the webmails' host permissions, held
 * already). So does every start of the worker — the one after an install or update included — for
 * the tabs already open; the runtime's own guard keeps it to one per document (webmail/start-once.ts).
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

/** A tab that closed or navigated away before the injection: its next load is injected again. */
function tabGone(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /No tab with id|Frame with ID|Cannot access|showing error page|The tab was closed|Missing host permission|Invalid tab ID/i.test(message);
}

export interface PageInjection {
  /** Injects into every open, loaded webmail tab that has no live runtime yet (resolves when done). */
  injectOpenTabs(): Promise<void>;
  /** Injects into one tab if its page is a webmail that has no live runtime yet; resolves to whether it did. */
  injectTab(tabId: number, url: string | undefined): Promise<boolean>;
}

export function registerPageInjection(
  api: PageInjectionApi,
  access: WebmailAccess,
  options: { tabFilter: boolean; report?: (error: unknown) => void },
): PageInjection {
  const report = options.report ?? console.error;
  const reporting = (run: Promise<unknown>) => void run.catch((error: unknown) => {
    if (!tabGone(error)) report(error);
  });

  const injectTab = async (tabId: number, url: string | undefined): Promise<boolean> => {
    const file = runtimeFileFor(url, await access.granted());
    if (!file) return false;
    // A probe first: a same-document navigation or a worker restart must not compile the runtime again.
    const [probe] = await api.scripting.executeScript({ target: { tabId }, func: runtimeIsRunning, args: [RUNTIME_GUARD_KEY] });
    if (probe?.result === true) return false;
    await api.scripting.executeScript({ target: { tabId }, files: [file] });
    return true;
  };

  const injectOpenTabs = async (): Promise<void> => {
    const granted = await access.granted();
    const tabs = await api.tabs.query({ url: [...WEBMAIL_ORIGINS.map((origin) => `${origin}/*`), ...granted] });
    // A tab still loading is injected by its own 'complete' below.
    await Promise.all(
      tabs
        .filter((tab) => tab.id !== undefined && tab.status === 'complete')
        .map((tab) => injectTab(tab.id!, tab.url).catch((error: unknown) => {
          if (!tabGone(error)) report(error);
        })),
    );
  };

  // Registered synchronously, so the event that woke the worker is heard.
  const onUpdated: TabUpdated = (tabId, change, tab) => {
    if (change.status !== 'complete' || !tab.url?.startsWith('https://')) return;
    reporting(injectTab(tabId, tab.url));
  };
  if (options.tabFilter) api.tabs.onUpdated.addListener(onUpdated, FIREFOX_TAB_FILTER);
  else api.tabs.onUpdated.addListener(onUpdated);
  // A company address granted now gets its runtime in the tabs already open at it.
  access.onChange(() => reporting(injectOpenTabs()));
  reporting(injectOpenTabs());
  return { injectOpenTabs, injectTab };
}
