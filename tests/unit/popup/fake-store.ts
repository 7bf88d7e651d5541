import { act } from 'preact/test-utils';
import type { OverviewRow } from '../../../offboarding/overview';
import { compareOverviewRows, summarizeOverview } from '../../../storage/overview';
import type { StoreChanged, StoreClient, StoreOperation, StoreOperations } from '../../../storage/protocol';

type Handlers = { [K in StoreOperation]?: (req: StoreOperations[K]['req']) => StoreOperations[K]['res'] | Promise<StoreOperations[K]['res']> };

/** overview.summary and overview.list over the same rows, answered as the background does. */
export function overviewHandlers(rows: () => OverviewRow[]): Pick<Handlers, 'overview.summary' | 'overview.list'> {
  const sorted = () => [...rows()].sort(compareOverviewRows);
  return {
    'overview.summary': ({ limit }) => summarizeOverview(sorted(), limit),
    'overview.list': () => sorted(),
  };
}

/** An in-memory stand-in for the store client (messaging/store-client.ts) that records calls. */
export function fakeStore(handlers: Handlers) {
  const calls: Array<{ op: StoreOperation; req: unknown }> = [];
  const listeners = new Set<(change: StoreChanged) => void>();
  const store: StoreClient = {
    async call(op, req) {
      calls.push({ op, req });
      const handler = handlers[op] as ((r: typeof req) => unknown) | undefined;
      if (!handler) throw new Error(`fakeStore: no handler for ${op}`);
      return (await handler(req)) as never;
    },
    onChanged(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  const emit = (change: StoreChanged) => listeners.forEach((listener) => listener(change));
  return { store, calls, emit, handlers };
}

async function ticks(): Promise<void> {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Lets pending promises and the renders they cause settle. Preact's act runs effects only when
 * its callback ends, so loads started by an effect need a second round.
 */
export async function settle(): Promise<void> {
  await ticks();
}

export async function flush(): Promise<void> {
  for (let round = 0; round < 3; round += 1) await act(ticks);
}
