import { defineContentScript } from 'wxt/utils/define-content-script';
import { loadRuntimeAfterPageLoad } from '../webmail/loader';

export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  // Not document_idle: Chrome holds the page's load event until an idle script has run (webmail/loader.ts).
  runAt: 'document_start',
  // WXT would post `<extension id>:outlook:wxt:content-script-started` to the page's window.
  noScriptStartedPostMessage: true,
  main() {
    // Only the loader runs before the webmail's load event; the runtime is imported after it.
    loadRuntimeAfterPageLoad(document, '/outlook-runtime.js');
  },
});
