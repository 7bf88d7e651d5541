/**
 * Outlook's content-script runtime, for the three Outlook origins and a company address the user
 * granted. The manifest declares no content script: the background injects this file into such a
 * tab once its page has loaded (background/page-injection.ts), in the content scripts' isolated
 * world, once per document. Not WXT's content-script context: a forged "script started" event from
 * the page would stop it (webmail/runtime.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { isOutlookDocument, outlookPage } from '../webmail/outlook';
import { isolatedRuntimeContext, startPageRuntime } from '../webmail/runtime';
import { startOncePerDocument } from '../webmail/start-once';
import { contentScriptMessaging } from '../messaging/extension';

export default defineUnlistedScript(() => {
  if (!isOutlookDocument(document)) return;
  startOncePerDocument(globalThis, chrome.runtime, () => startPageRuntime(outlookPage, isolatedRuntimeContext(), contentScriptMessaging()));
});
