/**
 * The messenger and channels as the running extension has them (browser.runtime / browser.tabs).
 * Every context makes its own with `offboardMessenger()`; tests build theirs from fakes with
 * createMessenger (common/messaging).
 */
import { browser } from 'wxt/browser';
import { subscribe, type ChannelPort } from '../common/messaging/channel';
import { createMessenger, type Messenger, type MessengerOptions, type RuntimeApi, type TabsApi } from '../common/messaging/messenger';
import type { StoreClient } from '../storage/protocol';
import type { OffboardChannels, OffboardProtocol } from './protocol';
import { createStoreClient } from './store-client';

export type OffboardMessenger = Messenger<OffboardProtocol>;

export function offboardMessenger(options: MessengerOptions = {}): OffboardMessenger {
  return createMessenger<OffboardProtocol>({ runtime: browser.runtime as unknown as RuntimeApi, tabs: browser.tabs as unknown as TabsApi }, options);
}

export type ChannelName = keyof OffboardChannels;

/** Opens a channel to the background, or to frame `frameId` of a tab. */
export function connectChannel(name: ChannelName, target?: { tabId: number; frameId: number }): ChannelPort {
  const port = target ? browser.tabs.connect(target.tabId, { name, frameId: target.frameId }) : browser.runtime.connect({ name });
  return port as unknown as ChannelPort;
}

/** Calls `accept` with every port opened to this context on channel `name`. */
export function onChannel(name: ChannelName, accept: (port: ChannelPort) => void): () => void {
  const listener = (port: unknown) => {
    if ((port as ChannelPort).name === name) accept(port as ChannelPort);
  };
  browser.runtime.onConnect.addListener(listener as Parameters<typeof browser.runtime.onConnect.addListener>[0]);
  return () => browser.runtime.onConnect.removeListener(listener as Parameters<typeof browser.runtime.onConnect.removeListener>[0]);
}


/** What a content script's runtime (webmail/runtime.ts) needs to hear the sidebar and the background. */
export function contentScriptMessaging(): { messenger: OffboardMessenger; channels: { onConnect: typeof onChannel } } {
  return { messenger: offboardMessenger(), channels: { onConnect: onChannel } };
}

/** The store as an extension page reaches it. */
export function extensionStoreClient(messenger: OffboardMessenger = offboardMessenger()): StoreClient {
  return createStoreClient(messenger, (name) => connectChannel(name));
}
