/**
 * The background's store service: answers every store operation from Offboard's own pages (never a
 * content script, whose sender URL is the webmail page), each request checked against its zod
 * schema before the store sees it, and pushes each committed change to the pages subscribed to
 * the store-changes channel.
 */
import type { ChannelPort } from '../common/messaging/channel';
import { checked, unknownOperationError, type RequestSchema } from '../common/messaging/handlers';
import type { Messenger, MessengerOptions } from '../common/messaging/messenger';
import { createPublisher } from '../common/messaging/publisher';
import { OWN_PAGES, senderRefusal, type ExtensionIdentity } from '../common/messaging/senders';
import { STORE_MUTATIONS } from '../storage/mutations';
import type { StoreChanged, StoreOperation, StoreOperations } from '../storage/protocol';
import { methodName, type StoreMethods } from '../storage/repo';
import { requestSchemas } from '../storage/schemas';

export const STORE_OPERATIONS = Object.keys(requestSchemas) as StoreOperation[];

export interface StoreServiceOptions {
  extension: ExtensionIdentity;
  /** Called after every committed change, besides telling the subscribed pages (e.g. to refresh the badge). */
  onChange?: (change: StoreChanged) => void;
}

export interface StoreService {
  /** Takes a port opened on the store-changes channel (refused unless it is one of our pages). */
  acceptSubscriber(port: ChannelPort): void;
  /** Tells onChange and the subscribed pages about a change made outside an operation (the automatic backup's record). */
  announce(tables: StoreChanged['tables']): void;
  /** Removes every handler. */
  stop(): void;
}

export function registerStoreService(
  messenger: Pick<Messenger<StoreOperations>, 'onMessage'>,
  store: StoreMethods,
  options: StoreServiceOptions,
): StoreService {
  const subscribers = createPublisher({ extension: options.extension, from: OWN_PAGES });
  const announce = (tables: StoreChanged['tables']) => {
    const change: StoreChanged = { type: 'offboard:store-changed', tables };
    try {
      options.onChange?.(change);
      subscribers.publish(change);
    } catch {
      // The change is committed; a page that missed it refreshes on its next read.
    }
  };
  const register = <Op extends StoreOperation>(op: Op) => {
    type Req = StoreOperations[Op]['req'];
    type Res = StoreOperations[Op]['res'];
    // The schemas table is typed against StoreOperations (storage/schemas.ts `satisfies`).
    const schema = requestSchemas[op] as unknown as RequestSchema<Req>;
    const method = store[methodName(op)] as unknown as (req: Req) => Promise<Res>;
    return messenger.onMessage(
      op,
      checked({
        op,
        extension: options.extension,
        from: OWN_PAGES,
        schema,
        run: async (req) => {
          const res = await method.call(store, req);
          const tables = STORE_MUTATIONS[op];
          if (tables) announce(tables);
          return res;
        },
      }),
    );
  };
  const stops = STORE_OPERATIONS.map(register);
  return {
    acceptSubscriber: (port) => subscribers.accept(port),
    announce,
    stop: () => stops.forEach((stop) => stop()),
  };
}

/**
 * The background owns every request sent with runtime.sendMessage, so it answers one it has no
 * handler for: a refusal for a sender that is not ours, otherwise "unknown operation" by name.
 */
export function backgroundMessengerOptions(extension: ExtensionIdentity): MessengerOptions {
  return {
    unknownOperation(op, sender) {
      const refusal = senderRefusal(sender, extension, OWN_PAGES, 'a request');
      if (refusal) return { message: refusal, code: 'forbidden' };
      return unknownOperationError(op, 'the background answers store operations and tab.whoami');
    },
  };
}
