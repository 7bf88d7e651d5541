/**
 * The background's part of the sidebar ↔ page link: tells a framed sidebar which tab it lives in,
 * and forwards the keyboard command that shows or hides the sidebar to the active tab's content script.
 */
import type { PageMessenger } from '../webmail/page-messaging';

/** Only our own extension pages framed into a tab may ask; anything else gets a clear refusal. */
export function whoAmI(
  sender: { id?: string; url?: string; tab?: { id?: number } },
  extensionId: string,
  extensionOrigin: string,
): { tabId: number } {
  if (sender.id !== extensionId) throw new Error('tab.whoami refused: not from this extension');
  if (!sender.url?.startsWith(extensionOrigin)) throw new Error('tab.whoami refused: only extension pages may ask');
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) throw new Error('tab.whoami refused: the sender is not framed into a tab');
  return { tabId };
}

export const TOGGLE_COMMAND = 'toggle-sidebar';

export function registerPageBridge(messenger: PageMessenger): void {
  const extensionOrigin = chrome.runtime.getURL('/');
  messenger.onMessage('tab.whoami', ({ sender }) => whoAmI(sender, chrome.runtime.id, extensionOrigin));

  chrome.commands.onCommand.addListener((command, tab) => {
    if (command !== TOGGLE_COMMAND) return;
    void toggleIn(messenger, tab?.id);
  });
}

async function toggleIn(messenger: PageMessenger, tabId: number | undefined): Promise<void> {
  const id = tabId ?? (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id === undefined) return;
  try {
    await messenger.sendMessage('page.setSidebar', { open: 'toggle' }, { tabId: id, frameId: 0 });
  } catch {
    // Not a webmail tab: there is no sidebar to toggle.
  }
}
