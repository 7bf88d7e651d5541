/** Opening tabs and pages: chrome.tabs / runtime in the extension, a recorder in tests. */
export interface Navigator {
  openUrl(url: string): void;
  optionsPageUrl(): string;
  /** Switches to a tab already showing url (a thread), else opens it; absent: always openUrl. */
  focusOrOpen?(url: string): void;
  /** The origins the browser has granted (company webmail addresses among them); absent: none. */
  grantedOrigins?(): Promise<string[]>;
}

/**
 * A tab already showing the URL, found without the "tabs" permission: tabs.query({ url }) sees the
 * URLs of tabs on origins the extension has host access to (its content scripts' webmail origins),
 * and nothing of other tabs. Match patterns ignore the #fragment, so the fragment (Gmail's thread
 * id) is compared here.
 */
async function focusOrOpenTab(url: string): Promise<void> {
  try {
    const origin = new URL(url).origin;
    const tabs = await chrome.tabs.query({ url: `${origin}/*` });
    const open = tabs.find((tab) => tab.url === url && tab.id !== undefined);
    if (open?.id !== undefined) {
      await chrome.tabs.update(open.id, { active: true });
      if (open.windowId !== undefined) await chrome.windows.update(open.windowId, { focused: true });
      return;
    }
  } catch {
    // No access to the tab's URL: a new tab, as before.
  }
  await chrome.tabs.create({ url });
}

/** Opens links in a new tab; the options page is the extension's own page. */
export const chromeNavigator: Navigator = {
  openUrl: (url) => void chrome.tabs.create({ url }),
  optionsPageUrl: () => chrome.runtime.getURL('/options.html'),
  focusOrOpen: (url) => void focusOrOpenTab(url),
  grantedOrigins: async () => (await chrome.permissions.getAll()).origins ?? [],
};
