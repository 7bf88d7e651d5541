/**
 * A fake extension runtime shared by several contexts: sendMessage from one context reaches the
 * listeners of the others (never its own) with the sender the browser would report, the first
 * asynchronous answer wins; connect opens a pair of ports to the contexts listening for it.
 */
import type { ChannelPort } from '../../../common/messaging/channel';
import type { MessageListener, RuntimeApi } from '../../../common/messaging/messenger';
import type { MessageSender } from '../../../common/messaging/senders';

export const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';

type ConnectListener = (port: ChannelPort) => void;

export interface FakeContext {
  runtime: RuntimeApi;
  sender: MessageSender;
  connect(name: string): FakePort;
  onConnect(listener: ConnectListener): void;
}

export interface FakePort extends ChannelPort {
  /** The other end, as the receiving context sees it. */
  peer: FakePort | null;
  closed: boolean;
}

function portPair(name: string, opener: MessageSender): [FakePort, FakePort] {
  const make = (sender: MessageSender | undefined): FakePort => {
    const messages = new Set<(m: unknown) => void>();
    const disconnects = new Set<() => void>();
    const port: FakePort = {
      name,
      sender,
      peer: null,
      closed: false,
      postMessage(message) {
        if (port.closed) throw new Error('Attempting to use a disconnected port object');
        const peer = port.peer!;
        queueMicrotask(() => {
          if (!peer.closed) for (const l of [...(peer as FakePort & { _m: typeof messages })._m]) l(structuredClone(message));
        });
      },
      disconnect() {
        if (port.closed) return;
        port.closed = true;
        const peer = port.peer!;
        peer.closed = true;
        // Like the browser: only the other end hears of it.
        queueMicrotask(() => {
          for (const l of [...(peer as FakePort & { _d: typeof disconnects })._d]) l();
        });
      },
      onMessage: { addListener: (l) => messages.add(l), removeListener: (l) => messages.delete(l) },
      onDisconnect: { addListener: (l) => disconnects.add(l), removeListener: (l) => disconnects.delete(l) },
    };
    Object.assign(port, { _m: messages, _d: disconnects });
    return port;
  };
  const openerEnd = make(undefined);
  const receiverEnd = make(opener);
  openerEnd.peer = receiverEnd;
  receiverEnd.peer = openerEnd;
  return [openerEnd, receiverEnd];
}

export function fakeBrowser() {
  const contexts: Array<{ sender: MessageSender; listeners: Set<MessageListener>; connects: Set<ConnectListener> }> = [];
  function context(sender: MessageSender): FakeContext {
    const self = { sender, listeners: new Set<MessageListener>(), connects: new Set<ConnectListener>() };
    contexts.push(self);
    const runtime: RuntimeApi = {
      id: EXTENSION_ID,
      getURL: (path) => `chrome-extension://${EXTENSION_ID}${path.startsWith('/') ? path : `/${path}`}`,
      onMessage: { addListener: (l) => self.listeners.add(l), removeListener: (l) => self.listeners.delete(l) },
      sendMessage: (message) =>
        new Promise((resolve, reject) => {
          let willAnswer = false;
          const receivers = contexts.filter((c) => c !== self).flatMap((c) => [...c.listeners]);
          if (receivers.length === 0) {
            reject(new Error('Could not establish connection. Receiving end does not exist.'));
            return;
          }
          for (const listener of receivers) {
            if (listener(structuredClone(message), sender, resolve) === true) willAnswer = true;
          }
          if (!willAnswer) resolve(undefined);
        }),
    };
    return {
      runtime,
      sender,
      connect(name) {
        const [mine, theirs] = portPair(name, sender);
        const receivers = contexts.filter((c) => c !== self).flatMap((c) => [...c.connects]);
        if (receivers.length === 0) queueMicrotask(() => mine.peer!.disconnect());
        for (const accept of receivers) accept(theirs);
        return mine;
      },
      onConnect: (listener) => self.connects.add(listener),
    };
  }
  /** The background went away: every port to it closes (its listeners are gone with it). */
  function terminate(ctx: FakeContext): void {
    const index = contexts.findIndex((c) => c.sender === ctx.sender);
    if (index >= 0) contexts.splice(index, 1);
  }
  return { context, terminate };
}
