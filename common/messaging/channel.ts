/**
 * Long-lived channels (runtime ports): a subscriber opens one to exactly the context it listens to,
 * and that context pushes to the channels it accepted, so nothing is sent to every page and nobody
 * filters out messages meant for someone else. The publisher (publisher.ts) checks each port's
 * sender with the one guard (senders.ts) before it pushes anything; a subscriber reopens its channel
 * when the other end goes away (the background service worker sleeps and wakes).
 */
import type { MessageSender } from './senders';

interface PortEvent<F extends (...args: never[]) => void> {
  addListener(listener: F): void;
  removeListener(listener: F): void;
}

/** The slice of runtime.Port the channels use. */
export interface ChannelPort {
  readonly name: string;
  readonly sender?: MessageSender;
  postMessage(message: unknown): void;
  disconnect(): void;
  onMessage: PortEvent<(message: unknown) => void>;
  onDisconnect: PortEvent<() => void>;
}

export interface SubscribeOptions {
  /** Sent first on every (re)opened port: e.g. the pairing token that proves who is listening. */
  hello?: unknown;
}

/** How long to wait before reopening after a port closed soon after it opened (a refusing end). */
const RETRY_AFTER_REFUSAL_MS = 5000;

/** How soon after opening a close counts as a refusal rather than the other end going to sleep. */
const REFUSED_WITHIN_MS = 1000;

/** Keeps a channel open and hands every push to `onPush`; returns a function that closes it. */
export function subscribe(connect: () => ChannelPort, onPush: (message: unknown) => void, options: SubscribeOptions = {}): () => void {
  let port: ChannelPort | null = null;
  let closed = false;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const open = () => {
    timer = null;
    if (closed) return;
    let opened: ChannelPort;
    try {
      opened = connect();
    } catch {
      timer = setTimeout(open, RETRY_AFTER_REFUSAL_MS); // e.g. the extension is reloading
      return;
    }
    port = opened;
    const openedAt = Date.now();
    opened.onMessage.addListener(onPush);
    opened.onDisconnect.addListener(() => {
      if (port === opened) port = null;
      if (closed) return;
      timer = setTimeout(open, Date.now() - openedAt < REFUSED_WITHIN_MS ? RETRY_AFTER_REFUSAL_MS : 0);
    });
    if (options.hello !== undefined) opened.postMessage(options.hello);
  };
  open();

  return () => {
    closed = true;
    if (timer !== null) clearTimeout(timer);
    port?.disconnect();
    port = null;
  };
}
