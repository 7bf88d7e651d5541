/**
 * Offboard's one protocol: every request any context sends another, with its answer, and every
 * channel with what it carries. The operations are defined by their owners (the store, the page);
 * this map is where they meet, so that one messenger type covers all of them.
 */
import type { StoreChanged, StoreOperations } from '../storage/protocol';
import type { ConversationHello, ConversationPush, PageOperations, PickerShortcutPush } from '../webmail/page-protocol';

/** Answered by the background for the sidebar. */
export interface BackgroundOperations {
  /** Which tab am I framed into? Only a sidebar framed into a tab may ask. */
  'tab.whoami': { req: Record<string, never>; res: { tabId: number } };
  /**
   * From the offscreen document (Chrome) that wrote an automatic backup: the blob URL of the file,
   * or why it could not. `run` is the id the background gave that document in its URL.
   */
  'backup.offscreenBuilt': { req: { run: string; url: string } | { run: string; error: string }; res: true };
}

/** Store operations, tab.whoami and backup.offscreenBuilt go to the background; page operations to a tab's content script. */
export type OffboardProtocol = StoreOperations & BackgroundOperations & PageOperations;

export type OffboardOperation = keyof OffboardProtocol;

/** Channel name → its opening message and its pushes. */
export interface OffboardChannels {
  'offboard:store-changes': { hello: never; push: StoreChanged };
  'offboard:conversation': { hello: ConversationHello; push: ConversationPush };
  'offboard:compose-shortcut': { hello: ConversationHello; push: PickerShortcutPush };
}
