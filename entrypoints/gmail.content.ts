import { defineContentScript } from 'wxt/utils/define-content-script';
import { gmailAdapter } from '../webmail/gmail';
import { whenPageLoaded } from '../webmail/dom';
import { isolatedRuntimeContext, startPageRuntime } from '../webmail/runtime';
import { contentScriptMessaging } from '../messaging/extension';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  // WXT would post `<extension id>:gmail:wxt:content-script-started` to the page's window.
  noScriptStartedPostMessage: true,
  main() {
    // Not WXT's context: a forged "script started" event from the page would stop it (webmail/runtime.ts).
    // After the webmail's load event: nothing of ours on its critical path.
    whenPageLoaded(document, () => startPageRuntime(gmailAdapter, isolatedRuntimeContext(), contentScriptMessaging()));
  },
});
