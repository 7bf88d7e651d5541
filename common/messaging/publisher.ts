/**
 * The pushing end of a channel (channel.ts): it checks each port's sender with the one guard
 * (senders.ts) before it pushes anything. Apart from channel.ts because only the contexts that push
 * (the background, the webmail runtimes) need it: the pages that only subscribe do not load it.
 */
import type { ChannelPort } from './channel';
import { senderRefusal, type ExtensionIdentity, type SenderKind } from './senders';

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
