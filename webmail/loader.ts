/**
 * What the manifest's content scripts do at injection, and nothing more. Measured on the Outlook
 * fixture (CDP trace, bench/startup-trace.ts): a `document_idle` script is injected after the page
 * has parsed and Chrome holds `load` until it has run, so the whole 46 KB runtime was compiled and
 * run on the critical path, and the wait let the page's first frame (layout and paint) slip in before
 * `load` too. The loader runs at `document_start` instead (it only adds a listener, and load is never
 * held for it) and imports the runtime after `load`, into the same isolated world. Chrome lets a
 * content script import() only a web-accessible resource: the runtimes are exposed to the webmail
 * origins at the per-session URL only (wxt.config.ts, README security table).
 *
 * Not inside the load event's dispatch either: the page's own load listeners (and loadEventEnd)
 * would wait for ours. The import starts in a task of its own, when the page is idle after load.
 */

type Importer = (url: string) => Promise<unknown>;

const importModule: Importer = (url) => import(/* @vite-ignore */ url);

/**
 * The longest the import waits for the page to be idle after load. Short: the time to suggestions
 * (median < 100 ms once a conversation opens) starts with it when a thread is the first page.
 */
export const IDLE_TIMEOUT_MS = 200;

/** Runs `task` in a task of its own: when the page is idle, at most IDLE_TIMEOUT_MS later. */
function inOwnTask(win: Window, task: () => void): void {
  if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(task, { timeout: IDLE_TIMEOUT_MS });
  else win.setTimeout(task, 0);
}

/** Imports the runtime bundle at `path` once the page has loaded; a failed import never reaches the page. */
export function loadRuntimeAfterPageLoad(doc: Document, path: string, load: Importer = importModule): void {
  const run = () => {
    let url: string;
    try {
      url = chrome.runtime.getURL(path);
    } catch {
      return; // the extension was reloaded or removed under this page
    }
    load(url).catch(() => undefined);
  };
  const win = doc.defaultView;
  if (!win) run();
  else if (doc.readyState === 'complete') inOwnTask(win, run);
  else win.addEventListener('load', () => inOwnTask(win, run), { once: true });
}
