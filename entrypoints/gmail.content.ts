import { defineContentScript } from 'wxt/utils/define-content-script';
import { gmailAdapter } from '../webmail/gmail';
import { isolatedRuntimeContext, startPageRuntime } from '../webmail/runtime';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  // WXT would post `<extension id>:gmail:wxt:content-script-started` to the page's window.
  noScriptStartedPostMessage: true,
  main() {
    // Not WXT's context: a forged "script started" event from the page would stop it (webmail/runtime.ts).
    startPageRuntime(gmailAdapter, isolatedRuntimeContext());
  },
});
