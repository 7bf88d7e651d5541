import { defineContentScript } from 'wxt/utils/define-content-script';
import { isOutlookDocument, outlookAdapter } from '../webmail/outlook';
import { whenPageLoaded } from '../webmail/dom';
import { isolatedRuntimeContext, startPageRuntime } from '../webmail/runtime';
import { contentScriptMessaging } from '../messaging/extension';

export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  runAt: 'document_idle',
  // WXT would post `<extension id>:outlook:wxt:content-script-started` to the page's window.
  noScriptStartedPostMessage: true,
  main() {
    // Not WXT's context: a forged "script started" event from the page would stop it (webmail/runtime.ts).
    // After the webmail's load event: nothing of ours on its critical path.
    whenPageLoaded(document, () => {
      if (isOutlookDocument(document)) startPageRuntime(outlookAdapter, isolatedRuntimeContext(), contentScriptMessaging());
    });
  },
});
