/**
 * Long-lived channels (runtime ports): a subscriber opens one to exactly the context it listens to,
 * and that context pushes to the channels it accepted, so nothing is sent to every page and nobody
 * filters out messages meant for someone else. The publisher checks each port's sender with the one
 * guard (senders.ts) before it pushes anything; a subscriber reopens its channel when the other end
 * goes away (the background service worker sleeps and wakes).
 */
import { senderRefusal, type ExtensionIdentity, type MessageSender, type SenderKind } from './senders';

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

export interface Publisher {
  /** Accepts a port whose sender is of an allowed kind (and, with `admit`, says hello right); refuses others. */
  accept(port: ChannelPort): void;
  /** Sends to every accepted port that is still open. */
  publish(message: unknown): void;
  readonly size: number;
}

export interface PublisherOptions {
  extension: ExtensionIdentity;
  from: readonly SenderKind[];
  /** When set, a port counts only after its first message passes this check (e.g. a pairing token). */
  admit?: (hello: unknown) => boolean;
}

export function createPublisher(options: PublisherOptions): Publisher {
  const ports = new Set<ChannelPort>();
  return {
    accept(port) {
      if (senderRefusal(port.sender, options.extension, options.from, `channel "${port.name}"`) !== null) {
        port.disconnect();
        return;
      }
      port.onDisconnect.addListener(() => ports.delete(port));
      const admit = options.admit;
      if (!admit) {
        ports.add(port);
        return;
      }
      const onHello = (hello: unknown) => {
        port.onMessage.removeListener(onHello);
        if (admit(hello)) ports.add(port);
        else port.disconnect();
      };
      port.onMessage.addListener(onHello);
    },
    publish(message) {
      for (const port of ports) {
        try {
          port.postMessage(message);
        } catch {
          ports.delete(port); // closed meanwhile
        }
      }
    },
    get size() {
      return ports.size;
    },
  };
}
