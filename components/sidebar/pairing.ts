/**
 * The sidebar's half of the pairing (webmail/pairing.ts): a framed sidebar waits for the token that
 * our content script posts into the frame it created, and proves it to that content script. A frame
 * the page made never gets the token, so it renders nothing and sends nothing. Page scripts can post
 * into this window too: every candidate is checked by the content script, none is trusted here.
 */
import { PAIR_MESSAGE_TYPE, PAIR_TOKEN_PATTERN } from '../../webmail/pairing';

export interface PairingTransport {
  whoami(): Promise<number>;
  pair(tabId: number, token: string): Promise<void>;
}

/** How many wrong tokens (posted by the page) are tried before giving up. */
const MAX_CANDIDATES = 8;

export function tokenFrom(event: Pick<MessageEvent, 'data' | 'source'>, parent: unknown): string | null {
  if (event.source !== parent) return null;
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return null;
  const { type, token } = data as { type?: unknown; token?: unknown };
  if (type !== PAIR_MESSAGE_TYPE || typeof token !== 'string' || !PAIR_TOKEN_PATTERN.test(token)) return null;
  return token;
}

export interface Pairing {
  tabId: number;
  token: string;
}

/** Resolves once the content script accepted a token; never resolves otherwise. */
export function pairWithContentScript(win: Window, transport: PairingTransport): Promise<Pairing> {
  return new Promise((resolve) => {
    let tried = 0;
    let done = false;
    const onMessage = (event: MessageEvent) => {
      const token = tokenFrom(event, win.parent);
      if (token === null || done || tried >= MAX_CANDIDATES) return;
      tried += 1;
      void (async () => {
        try {
          const tabId = await transport.whoami();
          await transport.pair(tabId, token);
          if (done) return;
          done = true;
          win.removeEventListener('message', onMessage);
          resolve({ tabId, token });
        } catch {
          // Not our content script's token: keep waiting for the real one.
        }
      })();
    };
    win.addEventListener('message', onMessage);
  });
}
