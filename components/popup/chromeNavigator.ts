import type { Navigator } from './store';

/** Opens links in a new tab; the options page is the extension's own page. */
export const chromeNavigator: Navigator = {
  openUrl: (url) => void chrome.tabs.create({ url }),
  optionsPageUrl: () => chrome.runtime.getURL('/options.html'),
};
