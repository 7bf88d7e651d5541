/**
 * What the manifest's content scripts do at injection, and nothing more. Measured on the Outlook
 * fixture (CDP trace, bench/startup-trace.ts): a `document_idle` script is injected after the page
 * has parsed and Chrome holds `load` until it has run, so the whole 46 KB runtime was compiled and
 * run on the critical path, and the wait let the page's first frame (layout and paint) slip in before
 * `load` too. The loader runs at `document_start` instead (it only adds a listener, and load is never
 * held for it) and imports the runtime after `load`, into the same isolated world. Chrome lets a
 * content script import() only a web-accessible resource: the runtimes are exposed to the webmail
 * origins at the per-session URL only (wxt.config.ts, README security table).
 */

type Importer = (url: string) => Promise<unknown>;

const importModule: Importer = (url) => import(/* @vite-ignore */ url);

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
  if (doc.readyState === 'complete' || !win) run();
  else win.addEventListener('load', run, { once: true });
}
