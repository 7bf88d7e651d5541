/**
 * The background's part of the sidebar ↔ page link: tells a framed sidebar which tab it lives in,
 * and forwards the keyboard command that shows or hides the sidebar to the active tab's content script.
 */
import { checked, Refusal } from '../common/messaging/handlers';
import type { Messenger } from '../common/messaging/messenger';
import type { ExtensionIdentity, MessageSender } from '../common/messaging/senders';
import type { BackgroundOperations } from '../messaging/protocol';
import type { PageOperations } from '../webmail/page-protocol';
import * as z from 'zod/mini';

/** The tab a sidebar is framed into; a sidebar page opened as a tab of its own has none. */
export function framingTab(sender: MessageSender): { tabId: number } {
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) throw new Refusal('forbidden', 'tab.whoami refused: the sender is not framed into a tab');
  return { tabId };
}

/** Only our sidebar page may ask, and only from inside a tab. */
export function whoAmIHandler(extension: ExtensionIdentity) {
  return checked({ op: 'tab.whoami', extension, from: ['sidebar'], schema: z.strictObject({}), run: (_req, sender) => framingTab(sender) });
}

export const TOGGLE_COMMAND = 'toggle-sidebar';

export function registerPageBridge(
  messenger: Pick<Messenger<BackgroundOperations & PageOperations>, 'onMessage' | 'sendMessage'>,
  extension: ExtensionIdentity,
): void {
  messenger.onMessage('tab.whoami', whoAmIHandler(extension));

  chrome.commands.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_COMMAND) return;
    void toggleIn(messenger, tab?.id);
  });
}

async function toggleIn(messenger: Pick<Messenger<PageOperations>, 'sendMessage'>, tabId: number | undefined): Promise<void> {
  const id = tabId ?? (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  try {
    await messenger.sendMessage('page.setSidebar', { open: 'toggle' }, { tabId: id, frameId: 0 });
  } catch {
    // Not a webmail tab: there is no sidebar to toggle.
  }
}
