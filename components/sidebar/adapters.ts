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
import { todayIso } from '../../offboarding/calendar';
import type { ClipboardPort, PagePort, SidebarDeps, StorePort, TemplateEngine } from './ports';
import type { PairingTransport } from './pairing';

export const realStore: StorePort = {
  call: (op, req) => callStore(op, req),
  onChanged: (listener) => onStoreChanged(listener),
};

/**
 * The page port of a paired sidebar: every request carries the token our content script gave this
 * frame (webmail/pairing.ts), and the tab is the one the pairing found.
 */
export function pairedPage(tabId: number, token: string): PagePort {
  return {
    whoami: () => Promise.resolve(tabId),
    getContext: (tab) => pageMessaging.sendMessage('page.getContext', { token }, { tabId: tab, frameId: 0 }),
    insertDraft: (tab, draft) => pageMessaging.sendMessage('page.insertDraft', { draft, token }, { tabId: tab, frameId: 0 }),
    async setSidebarOpen(tab, open) {
      await pageMessaging.sendMessage('page.setSidebar', { open, token }, { tabId: tab, frameId: 0 });
    },
    onContextChanged(listener) {
      return pageMessaging.onMessage('page.contextChanged', (message) => {
        listener(message.data.context, message.sender.tab?.id);
      });
    },
  };
}

/** The sidebar opened as the extension's own tab: no page, no token; the manual picker still works. */
export const unpairedPage: PagePort = {
  async whoami() {
    return (await pageMessaging.sendMessage('tab.whoami', {})).tabId;
  },
  getContext: () => Promise.reject(new Error('This sidebar is not framed into a webmail page.')),
  insertDraft: () => Promise.reject(new Error('This sidebar is not framed into a webmail page.')),
  setSidebarOpen: () => Promise.reject(new Error('This sidebar is not framed into a webmail page.')),
  onContextChanged: () => () => undefined,
};

export const realPairingTransport: PairingTransport = {
  async whoami() {
    return (await pageMessaging.sendMessage('tab.whoami', {})).tabId;
  },
  async pair(tabId, token) {
    await pageMessaging.sendMessage('page.pair', { token }, { tabId, frameId: 0 });
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

export function realDeps(page: PagePort): SidebarDeps {
  return {
    store: realStore,
    page,
    clipboard: realClipboard,
    templates: realTemplates,
    today: () => todayIso(),
    languages: navigator.languages ?? [navigator.language],
  };
}
