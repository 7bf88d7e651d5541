/**
 * Where a click on a client leads: its webmail conversation when the stored link really points
 * at a supported webmail, otherwise the options page opened at that client. A thread URL was read
 * from a web page, so it is checked, never trusted.
 */
import type { ThreadRef } from '../offboarding/types';
import { WEBMAIL_ORIGINS } from './webmail-origins';

const WEBMAIL_HOSTS = new Set<string>(WEBMAIL_ORIGINS.map((origin) => new URL(origin).hostname));

/** The thread's URL when it is an https link to a supported webmail; null otherwise. */
export function safeThreadUrl(thread: ThreadRef | undefined | null): string | null {
  if (!thread?.url) return null;
  let url: URL;
  try {
    url = new URL(thread.url);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !WEBMAIL_HOSTS.has(url.hostname) || url.username || url.password) return null;
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
export function clientTarget(input: { clientId: string; thread?: ThreadRef | null }, optionsPageUrl: string): string {
  return safeThreadUrl(input.thread) ?? optionsPageUrl + clientHash(input.clientId);
}
