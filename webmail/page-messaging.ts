/**
 * The typed messenger for PageOperations (webmail/messages.ts), shared by the content scripts, the
 * sidebar and the background. Only one listener per message type may exist in one JS context.
 */
import { defineExtensionMessaging, type ProtocolWithReturn } from '@webext-core/messaging';
import type { PageOperations } from './messages';

export type PageProtocolMap = {
  [K in keyof PageOperations]: ProtocolWithReturn<PageOperations[K]['req'], PageOperations[K]['res']>;
};

export const pageMessaging = defineExtensionMessaging<PageProtocolMap>();

export type PageMessenger = typeof pageMessaging;
