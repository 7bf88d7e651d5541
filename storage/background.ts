/**
 * Installs the store's message router in the background service worker: answers extension pages'
 * store requests and tells every open extension page when data changed.
 */
import { browser } from 'wxt/browser';
import type { StoreChanged } from './protocol';
import type { StoreMethods } from './repo';
import { createStoreRouter } from './router';
import { isStoreEnvelope } from './wire';
import type { MessageListener, RuntimePort } from './runtime';

export interface RegisterStoreRouterOptions {
  /** Called after every committed change, besides telling the open pages (e.g. to refresh the badge). */
  onChange?: (message: StoreChanged) => void;
}

/** Returns a function that uninstalls the listener (tests, hot reload). */
export function registerStoreRouter(
  store: StoreMethods,
  runtime: RuntimePort = browser.runtime as RuntimePort,
  options: RegisterStoreRouterOptions = {},
): () => void {
  const router = createStoreRouter(store, {
    broadcast: (message) => {
      options.onChange?.(message);
      return broadcastChange(runtime, message);
    },
  });
  const extensionOrigin = runtime.getURL('/').replace(/\/+$/, '');

  const listener: MessageListener = (message, sender, sendResponse) => {
    // Other messages (page.*, tab.whoami, our own broadcasts) belong to other listeners: stay silent
    // so they can answer. Anything addressed to the store gets an answer, if only a refusal.
    if (!isStoreEnvelope(message)) return false;
    router.handle(message, sender, runtime.id, extensionOrigin).then(sendResponse, (error: unknown) =>
      sendResponse({ err: { message: `Store failure: ${error instanceof Error ? error.message : String(error)}` } }),
    );
    return true; // the answer comes asynchronously
  };
  runtime.onMessage.addListener(listener);
  return () => runtime.onMessage.removeListener(listener);
}

/** Sends StoreChanged to every open extension page; no open page is not an error. */
export async function broadcastChange(runtime: Pick<RuntimePort, 'sendMessage'>, message: StoreChanged): Promise<void> {
  try {
    await runtime.sendMessage(message);
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    if (/Receiving end does not exist|Could not establish connection/i.test(text)) return;
    console.warn('Offboard: could not announce a store change', text);
  }
}
