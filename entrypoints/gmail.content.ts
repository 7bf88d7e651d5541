import { defineContentScript } from 'wxt/utils/define-content-script';
import { gmailAdapter } from '../webmail/gmail';
import { startPageRuntime } from '../webmail/runtime';

export default defineContentScript({
  matches: ['https://mail.google.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    startPageRuntime(gmailAdapter, ctx);
  },
});
