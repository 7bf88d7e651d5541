/**
 * The sidebar shows client data only where it belongs: framed into a webmail page, or opened as the
 * extension's own tab. Any other site that manages to frame it (a browser without origin-limited
 * web_accessible_resources, say, or any https page that learnt the per-session URL) gets an empty
 * page, so it cannot clickjack or display data.
 */
import { WEBMAIL_ORIGINS } from '../../common/webmail-origins';

export interface EmbeddingView {
  /** true when the page is the top-level document of its tab */
  isTop: boolean;
  /** location.ancestorOrigins, nearest first, where the browser provides it */
  ancestorOrigins?: ArrayLike<string>;
  /** document.referrer: the embedding page's origin where ancestorOrigins is missing (Firefox) */
  referrer: string;
  ownOrigin: string;
}

/**
 * `grantedOrigins`: the company webmail addresses ("https://host") the user granted on the options
 * page; the frame is web-accessible to every https page, so this check is what keeps the others out.
 */
export function isAllowedEmbedding(view: EmbeddingView, grantedOrigins: readonly string[] = []): boolean {
  if (view.isTop) return true;
  const allowed = new Set<string>([...WEBMAIL_ORIGINS, ...grantedOrigins, view.ownOrigin]);
  if (view.ancestorOrigins && view.ancestorOrigins.length > 0) {
    return Array.from(view.ancestorOrigins).every((origin) => allowed.has(origin));
  }
  try {
    return allowed.has(new URL(view.referrer).origin);
  } catch {
    return false;
  }
}

export function currentEmbedding(win: Window): EmbeddingView {
  return {
    isTop: win.top === win,
    ancestorOrigins: win.location.ancestorOrigins,
    referrer: win.document.referrer,
    ownOrigin: win.location.origin,
  };
}
