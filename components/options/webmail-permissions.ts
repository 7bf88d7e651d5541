/**
 * The browser's optional host permissions as the options page uses them: chrome.permissions in the
 * extension, a fake in tests. Granting and revoking is all the page does; the background registers
 * and unregisters the Outlook content script when it sees the change (background/webmail-access.ts).
 */
import { grantedWebmailPatterns } from '../../common/custom-webmail';

export interface WebmailPermissions {
  /** The company webmail patterns granted now ("https://host/*"), sorted. */
  granted(): Promise<string[]>;
  /** Must be called straight from the click (the browser asks only during a user gesture). */
  request(pattern: string): Promise<boolean>;
  remove(pattern: string): Promise<boolean>;
  /** Grants and revocations from anywhere (another tab, the browser's own settings). */
  onChanged(listener: () => void): () => void;
}

export const chromeWebmailPermissions: WebmailPermissions = {
  granted: async () => grantedWebmailPatterns((await chrome.permissions.getAll()).origins),
  request: (pattern) => chrome.permissions.request({ origins: [pattern] }),
  remove: (pattern) => chrome.permissions.remove({ origins: [pattern] }),
  onChanged(listener) {
    chrome.permissions.onAdded.addListener(listener);
    chrome.permissions.onRemoved.addListener(listener);
    return () => {
      chrome.permissions.onAdded.removeListener(listener);
      chrome.permissions.onRemoved.removeListener(listener);
    };
  },
};
