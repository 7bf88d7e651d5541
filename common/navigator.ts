/** Opening tabs and pages: chrome.tabs / runtime in the extension, a recorder in tests. */
export interface Navigator {
  openUrl(url: string): void;
  optionsPageUrl(): string;
}

/** Opens links in a new tab; the options page is the extension's own page. */
export const chromeNavigator: Navigator = {
  openUrl: (url) => void chrome.tabs.create({ url }),
  optionsPageUrl: () => chrome.runtime.getURL('/options.html'),
};
