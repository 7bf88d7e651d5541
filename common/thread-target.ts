/**
 * Where a click on a client leads: its webmail conversation when the stored link really points
 * at a supported webmail — one of the four built in, or a company's Outlook address the user granted
 * — otherwise the options page opened at that client. A thread URL was read from a web page, so it
 * is checked, never trusted.
 */
import type { ThreadRef } from '../offboarding/types';
import { WEBMAIL_ORIGINS } from './webmail-origins';
import { grantedWebmailPatterns, hostOfPattern } from './custom-webmail';

const WEBMAIL_HOSTS = new Set<string>(WEBMAIL_ORIGINS.map((origin) => new URL(origin).hostname));

/**
 * The thread's URL when it is an https link to a supported webmail; null otherwise. `granted` is
 * what the browser says is granted (permissions.getAll().origins): only exact company-address
 * grants among it count, never a wider pattern.
 */
export function safeThreadUrl(thread: ThreadRef | undefined | null, granted: readonly string[] = []): string | null {
  if (!thread?.url) return null;
  let url: URL;
  try {
    url = new URL(thread.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username || url.password || url.port) return null;
  const known = WEBMAIL_HOSTS.has(url.hostname) || grantedWebmailPatterns(granted).some((pattern) => hostOfPattern(pattern) === url.hostname);
  if (!known) return null;
  return url.href;
}

/** The options page's client anchor: options.html#client=<id>. */
export function clientHash(clientId: string): string {
  return `#client=${encodeURIComponent(clientId)}`;
}

/** Reads the client id back from a location hash; null when the hash is not a client anchor. */
export function clientIdFromHash(hash: string): string | null {
  const match = /^#client=([^&]+)$/.exec(hash);
  if (!match?.[1]) return null;
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return null;
  }
}

/** The URL to open for a client, given the extension's options page URL. */
export function clientTarget(input: { clientId: string; thread?: ThreadRef | null }, optionsPageUrl: string, granted: readonly string[] = []): string {
  return safeThreadUrl(input.thread, granted) ?? optionsPageUrl + clientHash(input.clientId);
}
