/**
 * The optional downloads permission the automatic backup needs, as the options page uses it:
 * chrome.permissions in the extension, a fake in tests.
 */
export interface DownloadsPermission {
  /** Must be called straight from the click (the browser asks only during a user gesture). */
  request(): Promise<boolean>;
  remove(): Promise<boolean>;
}

export const chromeDownloadsPermission: DownloadsPermission = {
  request: () => chrome.permissions.request({ permissions: ['downloads'] }),
  remove: () => chrome.permissions.remove({ permissions: ['downloads'] }),
};
