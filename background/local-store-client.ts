/** The background's own StoreClient over its Store (Firefox writes the automatic backup there, without messages). */
import type { StoreClient, StoreOperation, StoreOperations } from '../storage/protocol';
import { methodName, type StoreMethods } from '../storage/repo';

export function localStoreClient(store: StoreMethods): StoreClient {
  return {
    call<K extends StoreOperation>(op: K, req: StoreOperations[K]['req']): Promise<StoreOperations[K]['res']> {
      const method = store[methodName(op)] as unknown as (req: StoreOperations[K]['req']) => Promise<StoreOperations[K]['res']>;
      return method.call(store, req);
    },
    // The export restarts on its own when the revision moves; nothing here listens for changes.
    onChanged: () => () => undefined,
  };
}
