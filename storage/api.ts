/**
 * The store as seen from extension pages (sidebar, popup, options): typed calls answered by the
 * background, and live change notifications. Content scripts must not use this; the background
 * refuses them.
 */
import { browser } from 'wxt/browser';
import type { StoreChanged, StoreOperation, StoreOperations } from './protocol';
import { STORE_CHANGED_TYPE, STORE_MESSAGE_TYPE, type StoreReply } from './wire';
import type { MessageListener, RuntimePort } from './runtime';

/** The background's refusal or failure, with its code (e.g. an import's 'damaged') and parameters. */
export class StoreCallError extends Error {
  constructor(
    message: string,
    readonly op: StoreOperation,
    readonly code?: string,
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
    this.name = 'StoreCallError';
  }
}

const defaultRuntime = (): RuntimePort => browser.runtime as RuntimePort;

export async function callStore<Op extends StoreOperation>(
  op: Op,
  req: StoreOperations[Op]['req'],
  runtime: RuntimePort = defaultRuntime(),
): Promise<StoreOperations[Op]['res']> {
  let reply: unknown;
  try {
    reply = await runtime.sendMessage({ type: STORE_MESSAGE_TYPE, op, req });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    throw new StoreCallError(`The background did not answer "${op}": ${text}`, op, 'unavailable');
  }
  if (reply === null || typeof reply !== 'object') {
    throw new StoreCallError(`The background gave no answer to "${op}"`, op, 'unavailable');
  }
  const { res, err } = reply as StoreReply;
  if (err) throw new StoreCallError(err.message, op, err.code, err.params);
  return res as StoreOperations[Op]['res'];
}

/** Calls listener after every committed change; returns the unsubscribe function. */
export function onStoreChanged(
  listener: (change: StoreChanged) => void,
  runtime: RuntimePort = defaultRuntime(),
): () => void {
  const onMessage: MessageListener = (message) => {
    if (isStoreChanged(message)) listener(message);
    return false; // never answers: the message is a notification
  };
  runtime.onMessage.addListener(onMessage);
  return () => runtime.onMessage.removeListener(onMessage);
}

function isStoreChanged(message: unknown): message is StoreChanged {
  return (
    typeof message === 'object' &&
    message !== null &&
    (message as { type?: unknown }).type === STORE_CHANGED_TYPE &&
    Array.isArray((message as { tables?: unknown }).tables)
  );
}
