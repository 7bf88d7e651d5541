/**
 * The real ports: the background's store API, the page messenger, the clipboard and the template
 * engine. Only the entry point imports this file; tests use fakes of the same interfaces.
 */
import { subscribe } from '../../common/messaging/channel';
import { connectChannel, extensionStoreClient, offboardMessenger } from '../../messaging/extension';
import { CONVERSATION_CHANNEL, SHORTCUT_CHANNEL } from '../../webmail/page-protocol';
import { analyseConversation, readPageConversation } from '../../webmail/analysis';
import type { ConversationContext } from '../../webmail/types';
import type { StoreClient } from '../../storage/protocol';
import { variableLabel } from '../../templates/variable-labels';
import type { Template } from '../../templates/types';
import { suggest } from '../../templates/suggest';
import { describeReason } from '../../templates/reasons';
import { todayIso } from '../../offboarding/calendar';
import type { ClipboardPort, ComposeShortcutPort, PagePort, SidebarDeps, TemplateEngine } from './ports';
import type { PairingTransport } from './pairing';
import { workerPdfPort } from './pdf-port';

const messenger = offboardMessenger();

export const realStore: StoreClient = extensionStoreClient(messenger);

/**
 * The page port of a paired sidebar: every request carries the token our content script gave this
 * frame (webmail/pairing.ts), and the tab is the one the pairing found.
 */
export function pairedPage(tabId: number, token: string): PagePort {
  return {
    whoami: () => Promise.resolve(tabId),
    // What the content script read, checked, then analysed here (own words, language): not in the page.
    getContext: async () => contextFrom(await messenger.sendMessage('page.getContext', { token }, { tabId, frameId: 0 })),
    insertDraft: (draft) => messenger.sendMessage('page.insertDraft', { draft, token }, { tabId, frameId: 0 }),
    async setSidebarOpen(open) {
      await messenger.sendMessage('page.setSidebar', { open, token }, { tabId, frameId: 0 });
    },
    onContextChanged(listener) {
      // This sidebar's own channel to its own page: nothing else arrives on it.
      return subscribe(
        () => connectChannel(CONVERSATION_CHANNEL, { tabId, frameId: 0 }),
        (push) => {
          const context = typeof push === 'object' && push !== null ? contextFrom((push as { context?: unknown }).context) : null;
          if (context) listener(context);
        },
        { hello: { token } },
      );
    },
  };
}

/** The compose-box shortcut of a paired sidebar: its own channel, requests with the token. */
export function pairedShortcut(tabId: number, token: string): ComposeShortcutPort {
  return {
    onPressed(listener) {
      return subscribe(
        () => connectChannel(SHORTCUT_CHANNEL, { tabId, frameId: 0 }),
        (push) => {
          if (typeof push === 'object' && push !== null && (push as { shortcut?: unknown }).shortcut === 'template-picker') listener();
        },
        { hello: { token } },
      );
    },
    async setEnabled(enabled) {
      await messenger.sendMessage('page.setComposeShortcut', { enabled, token }, { tabId, frameId: 0 });
    },
    async returnToEditor() {
      await messenger.sendMessage('page.returnToEditor', { token }, { tabId, frameId: 0 });
    },
  };
}

/** The sidebar opened as the extension's own tab: no page, no token; the manual picker still works. */
export const unpairedPage: PagePort = {
  async whoami() {
    return (await messenger.sendMessage('tab.whoami', {})).tabId;
  },
  getContext: () => Promise.reject(new Error('This sidebar is not framed into a webmail page.')),
  insertDraft: () => Promise.reject(new Error('This sidebar is not framed into a webmail page.')),
  setSidebarOpen: () => Promise.reject(new Error('This sidebar is not framed into a webmail page.')),
  onContextChanged: () => () => undefined,
};

export const realPairingTransport: PairingTransport = {
  async whoami() {
    return (await messenger.sendMessage('tab.whoami', {})).tabId;
  },
  async pair(tabId, token) {
    await messenger.sendMessage('page.pair', { token }, { tabId, frameId: 0 });
  },
};

/** The content script is ours, but what it read from the page is checked like anything else that crosses a boundary. */
function contextFrom(read: unknown): ConversationContext | null {
  const page = readPageConversation(read);
  return page ? analyseConversation(page) : null;
}

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

/** The built-in library as the background sent it (templates.builtIn); empty until ready() resolves. */
let builtInLibrary: readonly Template[] = [];
let libraryLoading: Promise<void> | undefined;

export const realTemplates: TemplateEngine = {
  ready() {
    libraryLoading ??= realStore.call('templates.builtIn', {}).then(
      (templates) => {
        builtInLibrary = templates;
      },
      (error: unknown) => {
        // Asked again on the next start (the retry button), not cached as a failure.
        libraryLoading = undefined;
        throw error;
      },
    );
    return libraryLoading;
  },
  builtInTemplates: () => builtInLibrary.map((template) => ({ ...template, variables: [...template.variables] })),
  renderDraft: (template, input) => realStore.call('templates.render', { template, input }),
  suggest,
  describeReason,
  variableLabel,
};

export function realDeps(page: PagePort, shortcut?: ComposeShortcutPort): SidebarDeps {
  return {
    ...(shortcut ? { shortcut } : {}),
    store: realStore,
    page,
    clipboard: realClipboard,
    templates: realTemplates,
    today: () => todayIso(),
    languages: navigator.languages ?? [navigator.language],
    pdf: workerPdfPort(),
  };
}
