/**
 * Gmail's content-script runtime, imported by gmail.content.ts after the page's load event, in the
 * content script's isolated world. Not WXT's context: a forged "script started" event from the page
 * would stop it (webmail/runtime.ts).
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { gmailAdapter } from '../webmail/gmail';
import { isolatedRuntimeContext, startPageRuntime } from '../webmail/runtime';
import { contentScriptMessaging } from '../messaging/extension';

export default defineUnlistedScript(() => {
  startPageRuntime(gmailAdapter, isolatedRuntimeContext(), contentScriptMessaging());
});
