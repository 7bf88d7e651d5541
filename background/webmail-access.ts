/**
 * Outlook on the web at a company's own address: for every such origin the user granted from the
 * options page (an optional host permission), the Outlook content script is registered for that
 * origin and nothing else. The browser's granted permissions are the one truth: at start-up and on
 * every permissions.onAdded / onRemoved the registrations are brought in line with them, so a
 * revoked origin — from the options page or the browser's own extension settings — loses its
 * script, and a registration never outlives its permission. Registrations persist across browser
 * restarts (`persistAcrossSessions`); the start-up sync mends anything that did not.
 */
import { grantedWebmailPatterns } from '../common/custom-webmail';

/** Ids of our dynamic registrations; no other registration of the extension starts with it. */
export const CUSTOM_WEBMAIL_SCRIPT_PREFIX = 'offboard-owa:';
/** The built-in Outlook origin whose manifest content script is the one registered elsewhere. */
const OUTLOOK_MATCH = 'https://outlook.office.com/*';

export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  css?: string[];
}

export interface ScriptToRegister extends RegisteredScript {
  matches: string[];
  js: string[];
  /** As the manifest's Outlook entry runs: the loader at document_start (issue 16). */
  runAt: 'document_start';
  allFrames: false;
  persistAcrossSessions: true;
}

interface PermissionsEvent {
  addListener(listener: () => void): void;
}

/** The slice of chrome.* this needs; a fake in tests. */
export interface WebmailAccessApi {
  permissions: {
    getAll(): Promise<{ origins?: string[] }>;
    onAdded: PermissionsEvent;
    onRemoved: PermissionsEvent;
  };
  scripting: {
    getRegisteredContentScripts(): Promise<RegisteredScript[]>;
    registerContentScripts(scripts: ScriptToRegister[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
  };
  runtime: {
    getManifest(): { content_scripts?: Array<{ matches?: string[]; js?: string[]; css?: string[] }> };
  };
}

export interface SyncResult {
  /** The patterns that have a registration now. */
  registered: string[];
  added: string[];
  removed: string[];
}

export function scriptIdFor(pattern: string): string {
  return `${CUSTOM_WEBMAIL_SCRIPT_PREFIX}${pattern}`;
}

/** The files the manifest runs on Outlook: the same build, so the adapter and its checks are the same. */
export function outlookScriptFiles(api: Pick<WebmailAccessApi, 'runtime'>): { js: string[]; css: string[] } {
  const entry = api.runtime.getManifest().content_scripts?.find((script) => script.matches?.includes(OUTLOOK_MATCH));
  if (!entry?.js?.length) throw new Error(`The manifest has no content script for ${OUTLOOK_MATCH}: nothing to register for a custom webmail address.`);
  return { js: [...entry.js], css: [...(entry.css ?? [])] };
}

/** A file as a browser may report it back: "/content-scripts/x.js" or a full extension URL. */
function packagePath(path: string): string {
  return path.replace(/^[a-z-]+:\/\/[^/]+\//, '').replace(/^\/+/, '');
}

function sameList(a: readonly string[] | undefined, b: readonly string[]): boolean {
  const left = a ?? [];
  return left.length === b.length && left.every((item, index) => packagePath(item) === packagePath(b[index]!));
}

/** One pass: unregister what no permission backs (or what an update left with other files), register what is missing. */
export async function syncWebmailRegistrations(api: WebmailAccessApi): Promise<SyncResult> {
  const wanted = grantedWebmailPatterns((await api.permissions.getAll()).origins);
  const files = outlookScriptFiles(api);
  const ours = (await api.scripting.getRegisteredContentScripts()).filter((script) => script.id.startsWith(CUSTOM_WEBMAIL_SCRIPT_PREFIX));

  const keep = new Set<string>();
  const stale: string[] = [];
  for (const script of ours) {
    const pattern = script.id.slice(CUSTOM_WEBMAIL_SCRIPT_PREFIX.length);
    const current = wanted.includes(pattern) && sameList(script.matches, [pattern]) && sameList(script.js, files.js) && sameList(script.css, files.css);
    if (current) keep.add(pattern);
    else stale.push(script.id);
  }
  if (stale.length > 0) await api.scripting.unregisterContentScripts({ ids: stale });

  const missing = wanted.filter((pattern) => !keep.has(pattern));
  if (missing.length > 0) {
    await api.scripting.registerContentScripts(
      missing.map((pattern) => ({
        id: scriptIdFor(pattern),
        matches: [pattern],
        js: files.js,
        ...(files.css.length > 0 ? { css: files.css } : {}),
        runAt: 'document_start',
        allFrames: false,
        persistAcrossSessions: true,
      })),
    );
  }
  const removed = stale
    .map((id) => id.slice(CUSTOM_WEBMAIL_SCRIPT_PREFIX.length))
    .filter((pattern) => !wanted.includes(pattern));
  return { registered: wanted, added: missing.filter((pattern) => !stale.includes(scriptIdFor(pattern))), removed };
}

export interface WebmailAccess {
  /** Resolves once the registrations match the permissions as they are now. */
  sync(): Promise<SyncResult>;
}

/**
 * Listens for grants and revocations (synchronously, so a change that woke the worker is seen) and
 * syncs once at start-up. Syncs run one after another: two at once would both register the same id.
 */
export function registerWebmailAccess(api: WebmailAccessApi, report: (error: unknown) => void = console.error): WebmailAccess {
  let queue: Promise<unknown> = Promise.resolve();
  const sync = (): Promise<SyncResult> => {
    const run = queue.then(() => syncWebmailRegistrations(api));
    queue = run.catch(() => undefined);
    return run;
  };
  const syncReporting = () => void sync().catch(report);
  api.permissions.onAdded.addListener(syncReporting);
  api.permissions.onRemoved.addListener(syncReporting);
  syncReporting();
  return { sync };
}
