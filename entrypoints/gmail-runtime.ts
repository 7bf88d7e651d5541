/**
 * Gmail's content-script runtime. The manifest declares no content script: the background injects
 * this file into a Gmail tab once its page has loaded (background/page-injection.ts), in the content
 * scripts' isolated world, once per document. Not WXT's content-script context: a forged "script
 * started" event from the page would stop it (webmail/runtime.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { gmailPage } from '../webmail/gmail';
import { isolatedRuntimeContext, startPageRuntime } from '../webmail/runtime';
import { startOncePerDocument } from '../webmail/start-once';
import { contentScriptMessaging } from '../messaging/extension';

export default defineUnlistedScript(() => {
  startOncePerDocument(globalThis, chrome.runtime, () => startPageRuntime(gmailPage, isolatedRuntimeContext(), contentScriptMessaging()));
});
