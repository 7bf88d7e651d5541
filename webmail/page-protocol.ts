/**
 * What the sidebar (an extension page framed into the webmail) and the content script of the same
 * tab say to each other. The page's own scripts cannot send any of it: it travels only through the
 * extension runtime (requests to frame 0 of the tab, and one channel per sidebar), never
 * window.postMessage.
 */
import type { Draft, InsertResult, PageConversation } from './types';

export interface PageOperations {
  /**
   * sidebar → content script: checks the token the content script posted into the frame it created
   * (webmail/pairing.ts). Every request from a sidebar carries it; without it nothing is answered.
   */
  'page.pair': { req: { token: string }; res: { paired: true } };
  /** The conversation as read from the page; the sidebar checks and analyses it (webmail/analysis.ts). */
  'page.getContext': { req: { token: string }; res: PageConversation | null };
  'page.insertDraft': { req: { draft: Draft; token: string }; res: InsertResult };
  /** background (keyboard command, no token) or sidebar → content script */
  'page.setSidebar': { req: { open: boolean | 'toggle'; token?: string }; res: { open: boolean } };
  /** sidebar → content script: the compose-box shortcut is on or off (the user's setting, which the content script cannot read). */
  'page.setComposeShortcut': { req: { enabled: boolean; token: string }; res: { enabled: boolean } };
  /** sidebar → content script: the picker was closed with Escape; focus and caret go back to the body, nothing changed. */
  'page.returnToEditor': { req: { token: string }; res: { returned: boolean } };
}

/**
 * The sidebar's own channel to the content script of its tab: it opens it with its pairing token as
 * the first message, and the content script pushes every change of the open conversation into it.
 */
export const CONVERSATION_CHANNEL = 'offboard:conversation';

export interface ConversationHello {
  token: string;
}

export interface ConversationPush {
  /** As read from the page; the sidebar checks and analyses it (webmail/analysis.ts). */
  context: PageConversation;
}

/**
 * The sidebar's channel for the compose-box shortcut (webmail/compose-shortcut.ts): opened with the
 * pairing token like the conversation channel; each push means "the user pressed it in a body, the
 * caret is kept: open the picker and take the focus".
 */
export const SHORTCUT_CHANNEL = 'offboard:compose-shortcut';

export interface PickerShortcutPush {
  shortcut: 'template-picker';
}
