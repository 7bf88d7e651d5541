/**
 * The store as extension pages reach it: typed requests answered by the background, and a
 * store-changes channel of their own on which the background pushes every committed change.
 */
import { subscribe, type ChannelPort } from '../common/messaging/channel';
import type { Messenger } from '../common/messaging/messenger';
import { STORE_CHANGES_CHANNEL, type StoreChanged, type StoreClient, type StoreOperations } from '../storage/protocol';

export function createStoreClient(messenger: Pick<Messenger<StoreOperations>, 'sendMessage'>, connect: (name: typeof STORE_CHANGES_CHANNEL) => ChannelPort): StoreClient {
  return {
    call: (op, req) => messenger.sendMessage(op, req),
    onChanged(listener) {
      return subscribe(
        () => connect(STORE_CHANGES_CHANNEL),
        (message) => {
          if (isStoreChanged(message)) listener(message);
        },
      );
    },
  };
}

function isStoreChanged(message: unknown): message is StoreChanged {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === 'offboard:store-changed' &&
    Array.isArray((message as { tables?: unknown }).tables)
  );
}
