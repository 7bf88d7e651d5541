/**
 * Outlook on the web at a company's own address: the origins the user granted from the options page
 * (one optional host permission each). The browser's granted permissions are the one truth: read at
 * start-up and again on every permissions.onAdded / onRemoved, so a revoked origin — from the options
 * page or the browser's own extension settings — gets no runtime from then on, and a granted one gets
 * it in the tabs already open at it (background/page-injection.ts injects it, as for the four webmails).
 *
 * Earlier versions registered a content script per granted origin (`persistAcrossSessions`): any
 * such registration left after an update is removed at start-up.
 */
import { grantedWebmailPatterns } from '../common/custom-webmail';

/** Ids of the registrations earlier versions made; no other registration of the extension starts with it. */
export const LEGACY_SCRIPT_PREFIX = 'offboard-owa:';

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
    getRegisteredContentScripts(): Promise<Array<{ id: string }>>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
  };
}

export interface WebmailAccess {
  /** The granted company patterns (`https://host/*`), as of the latest read of the permissions. */
  granted(): Promise<string[]>;
  /** Called after each re-read that a grant or revocation caused. */
  onChange(listener: (granted: string[]) => void): void;
}

/** Unregisters every content script an earlier version registered for a company address; returns their ids. */
export async function removeLegacyRegistrations(api: Pick<WebmailAccessApi, 'scripting'>): Promise<string[]> {
  const ids = (await api.scripting.getRegisteredContentScripts()).map((script) => script.id).filter((id) => id.startsWith(LEGACY_SCRIPT_PREFIX));
  if (ids.length > 0) await api.scripting.unregisterContentScripts({ ids });
  return ids;
}

/**
 * Listens for grants and revocations (synchronously, so a change that woke the worker is seen) and
 * reads the permissions once at start-up.
 */
export function registerWebmailAccess(api: WebmailAccessApi, report: (error: unknown) => void = console.error): WebmailAccess {
  const read = async (): Promise<string[]> => grantedWebmailPatterns((await api.permissions.getAll()).origins);
  let current = read();
  current.catch(report);
  const listeners: Array<(granted: string[]) => void> = [];
  const reread = () => {
    current = read();
    void current.then((granted) => {
      for (const listener of listeners) listener(granted);
    }, report);
  };
  api.permissions.onAdded.addListener(reread);
  api.permissions.onRemoved.addListener(reread);
  void removeLegacyRegistrations(api).catch(report);
  return {
    // A failed read means no company address: the four webmails never depend on it.
    granted: () => current.catch(() => []),
    onChange: (listener) => void listeners.push(listener),
  };
}
