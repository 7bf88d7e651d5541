/**
 * Outlook on the web at a company's own address (Exchange's OWA, e.g. https://poczta.firma.pl/owa/):
 * what the user types on the options page becomes one https origin, the one host permission
 * Offboard then asks for. Exact hosts only — no wildcard, no other scheme, no port, no credentials —
 * so a grant never reaches further than the address the user typed.
 */
import { WEBMAIL_ORIGINS } from './webmail-origins';

/** Why a typed address cannot be added; the options page says each in the user's language. */
export type WebmailAddressProblem =
  | 'empty'
  | 'too-long'
  | 'not-https'
  | 'wildcard'
  | 'credentials'
  | 'port'
  | 'ip-v6'
  | 'invalid'
  | 'built-in';

export type WebmailAddress =
  | { ok: true; /** https://host */ origin: string; /** https://host/* — the permission and the content script's match */ pattern: string; host: string }
  | { ok: false; problem: WebmailAddressProblem };

/** Longer than any URL a user types for a mail server; a paste of something else is refused early. */
export const WEBMAIL_ADDRESS_MAX_LENGTH = 2000;
const HOST_MAX_LENGTH = 253;
/** A DNS label (after the URL parser's lower-casing and punycode) or an IPv4 part. */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

const BUILT_IN_HOSTS = new Set<string>(WEBMAIL_ORIGINS.map((origin) => new URL(origin).hostname));

/**
 * Reads a domain or a full URL ("poczta.firma.pl", "https://poczta.firma.pl/owa/#path=/mail") into
 * the origin Offboard may ask for. A missing scheme means https; any other scheme is refused.
 */
export function parseWebmailAddress(typed: string): WebmailAddress {
  const text = typed.trim();
  if (!text) return { ok: false, problem: 'empty' };
  if (text.length > WEBMAIL_ADDRESS_MAX_LENGTH) return { ok: false, problem: 'too-long' };
  if (text.includes('*')) return { ok: false, problem: 'wildcard' };
  if (/\s/.test(text)) return { ok: false, problem: 'invalid' };
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(text);
  // "poczta.firma.pl:8443" has no scheme but a port: the URL parser would read "poczta.firma.pl" as one.
  const hasScheme = scheme !== null && text.slice(scheme[0].length).startsWith('//');
  if (scheme && !hasScheme && !/^\d/.test(text.slice(scheme[0].length))) return { ok: false, problem: 'not-https' };
  let url: URL;
  try {
    url = new URL(hasScheme ? text : `https://${text}`);
  } catch {
    return { ok: false, problem: 'invalid' };
  }
  if (url.protocol !== 'https:') return { ok: false, problem: 'not-https' };
  if (url.username || url.password) return { ok: false, problem: 'credentials' };
  if (url.port) return { ok: false, problem: 'port' };
  const host = url.hostname.replace(/\.$/, '');
  if (host.startsWith('[')) return { ok: false, problem: 'ip-v6' };
  if (!host || host.length > HOST_MAX_LENGTH || !host.split('.').every((label) => LABEL.test(label))) {
    return { ok: false, problem: 'invalid' };
  }
  if (BUILT_IN_HOSTS.has(host)) return { ok: false, problem: 'built-in' };
  const origin = `https://${host}`;
  return { ok: true, origin, pattern: `${origin}/*`, host };
}

/**
 * The custom webmail addresses among the origins the browser says are granted
 * (permissions.getAll().origins): exact https hosts Offboard could have asked for, without the
 * four built-in webmails (Chrome lists content-script matches there too). Sorted, no duplicates.
 */
export function grantedWebmailPatterns(origins: readonly string[] | undefined): string[] {
  const patterns = new Set<string>();
  for (const origin of origins ?? []) {
    const match = /^https:\/\/([^/*]+)\/\*$/.exec(origin);
    if (!match) continue;
    const parsed = parseWebmailAddress(`https://${match[1]}`);
    if (parsed.ok && parsed.pattern === origin) patterns.add(parsed.pattern);
  }
  return [...patterns].sort();
}

/** The host shown to the user for a granted pattern ("https://poczta.firma.pl/*" → "poczta.firma.pl"). */
export function hostOfPattern(pattern: string): string {
  return pattern.replace(/^https:\/\//, '').replace(/\/\*$/, '');
}

/** The origin ("https://host") of a granted pattern: what the sidebar's embedding check compares. */
export function originOfPattern(pattern: string): string {
  return pattern.replace(/\/\*$/, '');
}
