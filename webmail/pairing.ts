/**
 * Pairing between the content script and the one sidebar frame it created. sidebar.html is web-
 * accessible to the webmail origins, so the page itself can frame it (and make that frame transparent
 * to clickjack it). The content script therefore makes a random token in its isolated world and posts
 * it only into its own frame's window (target origin: the extension's). The sidebar proves the token
 * before it shows anything and sends it with every page request; the content script answers no page
 * request from a sidebar without it. The page never sees the token: it is not in the frame's URL or
 * the DOM, and a message posted into a child window reaches none of the parent's listeners. A frame
 * the page made never receives it, so it stays empty and inert.
 *
 * A capability, not a frame id: a content script is not told which frame an extension page's
 * message came from (Chrome gives it only the id, URL and origin).
 */

export const PAIR_MESSAGE_TYPE = 'offboard:pair';
/** 128 random bits as hex. */
export const PAIR_TOKEN_PATTERN = /^[0-9a-f]{32}$/;

export interface SidebarPairing {
  /** Posts the token into the frame's window; called on every load of the frame we created. */
  offer(iframe: HTMLIFrameElement, frameOrigin: string): void;
  /** Whether a request carries our token. */
  holds(token: unknown): boolean;
}

export function newPairToken(random: Pick<Crypto, 'getRandomValues'> = crypto): string {
  const bytes = random.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export function createSidebarPairing(token: string = newPairToken()): SidebarPairing {
  if (!PAIR_TOKEN_PATTERN.test(token)) throw new Error('A pairing token is 32 hex digits.');
  return {
    offer(iframe, frameOrigin) {
      // The target origin keeps the token from any document the page may have navigated the frame to.
      iframe.contentWindow?.postMessage({ type: PAIR_MESSAGE_TYPE, token }, frameOrigin);
    },
    holds(offered) {
      return typeof offered === 'string' && offered === token;
    },
  };
}
