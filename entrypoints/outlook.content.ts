import { defineContentScript } from 'wxt/utils/define-content-script';
import { isOutlookDocument, outlookAdapter } from '../webmail/outlook';
import { startPageRuntime } from '../webmail/runtime';

export default defineContentScript({
  matches: ['https://outlook.office.com/*', 'https://outlook.office365.com/*', 'https://outlook.live.com/*'],
  runAt: 'document_idle',
  main(ctx) {
    if (isOutlookDocument(document)) startPageRuntime(outlookAdapter, ctx);
  },
});
