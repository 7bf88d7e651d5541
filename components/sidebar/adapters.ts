/**
 * The real ports: the background's store API, the page messenger, the clipboard and the template
 * engine. Only the entry point imports this file; tests use fakes of the same interfaces.
 */
import { callStore, onStoreChanged } from '../../storage/api';
import { pageMessaging } from '../../webmail/page-messaging';
import { builtInTemplates } from '../../templates/library';
import { buildVariables, variableLabel } from '../../templates/variables';
import { renderTemplate } from '../../templates/render';
import { suggest } from '../../templates/suggest';
import { describeReason } from '../../templates/reasons';
import { fromLocalDate } from '../../offboarding/calendar';
import type { ClipboardPort, PagePort, SidebarDeps, StorePort, TemplateEngine } from './ports';

export const realStore: StorePort = {
  call: (op, req) => callStore(op, req),
  onChanged: (listener) => onStoreChanged(listener),
};

export const realPage: PagePort = {
  async whoami() {
    return (await pageMessaging.sendMessage('tab.whoami', {})).tabId;
  },
  getContext: (tabId) => pageMessaging.sendMessage('page.getContext', {}, { tabId, frameId: 0 }),
  insertDraft: (tabId, draft) => pageMessaging.sendMessage('page.insertDraft', { draft }, { tabId, frameId: 0 }),
  async setSidebarOpen(tabId, open) {
    await pageMessaging.sendMessage('page.setSidebar', { open }, { tabId, frameId: 0 });
  },
  onContextChanged(listener) {
    return pageMessaging.onMessage('page.contextChanged', (message) => {
      listener(message.data.context, message.sender.tab?.id);
    });
  },
};

export const realClipboard: ClipboardPort = {
  async writeDraft(draft) {
    const clipboard = navigator.clipboard;
    // Rich text first, so the paste keeps paragraphs and lists; plain text where that is refused.
    if (typeof ClipboardItem !== 'undefined' && typeof clipboard.write === 'function') {
      try {
        await clipboard.write([
          new ClipboardItem({
            'text/html': new Blob([draft.html], { type: 'text/html' }),
            'text/plain': new Blob([draft.text], { type: 'text/plain' }),
          }),
        ]);
        return;
      } catch {
        // fall through to plain text
      }
    }
    await clipboard.writeText(draft.text);
  },
};

export const realTemplates: TemplateEngine = {
  builtInTemplates,
  buildVariables,
  renderTemplate,
  suggest,
  describeReason,
  variableLabel,
};

export function realDeps(): SidebarDeps {
  return {
    store: realStore,
    page: realPage,
    clipboard: realClipboard,
    templates: realTemplates,
    today: () => fromLocalDate(new Date()),
    languages: navigator.languages ?? [navigator.language],
  };
}
