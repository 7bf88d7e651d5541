/**
 * Messages between the sidebar (an extension page framed into the webmail) and the content script
 * of the same tab. The page's own scripts cannot send any of these: they travel only through the
 * extension runtime, never window.postMessage.
 */
import type { ConversationContext, Draft, InsertResult } from './types';

export interface PageOperations {
  /**
   * sidebar → content script: checks the token the content script posted into the frame it created
   * (webmail/pairing.ts). Every request from a sidebar carries it; without it nothing is answered.
   */
  'page.pair': { req: { token: string }; res: { paired: true } };
  /** sidebar → content script (tabs.sendMessage to frame 0 of its own tab) */
  'page.getContext': { req: { token: string }; res: ConversationContext | null };
  'page.insertDraft': { req: { draft: Draft; token: string }; res: InsertResult };
  /** background (keyboard command, no token) or sidebar → content script */
  'page.setSidebar': { req: { open: boolean | 'toggle'; token?: string }; res: { open: boolean } };
  /** content script → extension pages (runtime.sendMessage); sidebars keep only their own tab's */
  'page.contextChanged': { req: { context: ConversationContext }; res: void };
  /** sidebar → background: which tab am I framed into? */
  'tab.whoami': { req: Record<string, never>; res: { tabId: number } };
}
