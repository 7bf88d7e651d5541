/**
 * What the thin content scripts run: watches the conversation, publishes it to extension pages,
 * answers the sidebar (context, insertion, open/close) and places the sidebar frame. Everything is
 * removed when WXT invalidates the context (extension reloaded or updated).
 *
 * It never listens to window `message` events, never opens IndexedDB and never reads extension data:
 * requests come only through the extension runtime, from this extension's own pages.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CaretKeeper } from './caret';
import { mountSidebarFrame, showUpdatedHint, type SidebarFrame } from './frame';
import { insertDraft } from './insert';
import { pageMessaging, type PageMessenger } from './page-messaging';
import { describeIssues, insertDraftRequestSchema, setSidebarRequestSchema } from './page-requests';
import type { ConversationContext, InsertResult, WebmailAdapter } from './types';
import { watchConversation } from './watch';

export type PageRuntimeContext = Pick<ContentScriptContext, 'onInvalidated' | 'addEventListener'>;

export interface ExtensionIdentity {
  id: string;
  getURL(path: string): string;
}

export interface MessageSenderLike {
  id?: string;
  url?: string;
}

export interface PageRuntimeDeps {
  doc?: Document;
  win?: Window;
  messenger?: Pick<PageMessenger, 'sendMessage' | 'onMessage'>;
  extension?: ExtensionIdentity;
  debounceMs?: number;
  openState?: SidebarOpenState;
}

/** Where the sidebar's open/collapsed choice is remembered across pages and sessions. */
export interface SidebarOpenState {
  load(): Promise<boolean | undefined>;
  save(open: boolean): void;
}

const OPEN_STATE_KEY = 'offboard:sidebarOpen';

/** chrome.storage.local: the extension's own storage, reachable from content scripts; holds one boolean. */
export const storageOpenState: SidebarOpenState = {
  async load() {
    const value: unknown = (await chrome.storage.local.get(OPEN_STATE_KEY))[OPEN_STATE_KEY];
    return typeof value === 'boolean' ? value : undefined;
  },
  save(open) {
    // Losing this preference must never break the page.
    void (async () => chrome.storage.local.set({ [OPEN_STATE_KEY]: open }))().catch(() => undefined);
  },
};

export interface PageRuntime {
  stop(): void;
  /** For tests and diagnostics. */
  readonly frame: SidebarFrame;
}

const TOP_BAR_PX = { gmail: 64, outlook: 48 } as const;

/** Only this extension's own pages (sidebar, background) may drive the page. */
export function isFromOwnExtension(sender: MessageSenderLike | undefined, extension: ExtensionIdentity): boolean {
  return (
    !!sender &&
    sender.id === extension.id &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(extension.getURL(''))
  );
}

export function startPageRuntime(
  adapter: WebmailAdapter,
  ctx: PageRuntimeContext,
  deps: PageRuntimeDeps = {},
): PageRuntime {
  const doc = deps.doc ?? document;
  const win = deps.win ?? window;
  const messenger = deps.messenger ?? pageMessaging;
  const extension: ExtensionIdentity = deps.extension ?? chrome.runtime;
  let stopped = false;
  const cleanups: Array<() => void> = [];

  const caret = new CaretKeeper(doc);
  // After the extension reloads or updates, this script is orphaned (its runtime has no id) and WXT
  // notices only when asked: the next user action or page change removes the dead frame and toggle.
  const orphaned = (): boolean => {
    if (stopped) return true;
    let id: string | undefined;
    try {
      id = extension.id;
    } catch {
      id = undefined;
    }
    if (id) return false;
    const wasOpen = frame.isOpen();
    stop();
    if (wasOpen) showUpdatedHint(doc);
    return true;
  };
  const remember = () => {
    if (!orphaned()) caret.remember();
  };
  for (const type of ['selectionchange', 'keyup', 'mouseup', 'focusin'] as const) {
    ctx.addEventListener(doc, type, remember, { capture: true });
  }

  // Open by default the first time a conversation is shown, then as the user last left it.
  const openState = deps.openState ?? storageOpenState;
  let userChose = false;
  const frame = mountSidebarFrame(doc, {
    src: extension.getURL('/sidebar.html'),
    open: false,
    topOffsetPx: TOP_BAR_PX[adapter.provider],
    onOpenChange: (open) => {
      userChose = true;
      openState.save(open);
    },
  });
  cleanups.push(() => frame.unmount());
  const rememberedChoice = openState.load().catch(() => undefined);
  void rememberedChoice.then((remembered) => {
    if (remembered === undefined || stopped || userChose) return;
    userChose = true;
    frame.setOpen(remembered);
  });

  const publish = (context: ConversationContext) => {
    if (orphaned()) return;
    if (context.threadId && !userChose && !frame.isOpen()) {
      // The default (open) applies only once the remembered choice is known to be absent: on a slow
      // start the first conversation can be published before storage answers.
      void rememberedChoice.then((remembered) => {
        if (remembered !== undefined || stopped || userChose || frame.isOpen()) return;
        userChose = true;
        frame.setOpen(true);
      });
    }
    // Nobody may be listening (no sidebar open yet): that is fine.
    messenger.sendMessage('page.contextChanged', { context }).catch(() => undefined);
  };
  cleanups.push(watchConversation(doc, win, adapter, publish, { debounceMs: deps.debounceMs ?? 300 }));

  const refuse = (): never => {
    throw new Error('Refused: the request did not come from this extension.');
  };

  cleanups.push(
    messenger.onMessage('page.getContext', ({ sender }) => {
      if (!isFromOwnExtension(sender, extension)) refuse();
      return adapter.readContext(doc);
    }),
    messenger.onMessage('page.insertDraft', async ({ sender, data }): Promise<InsertResult> => {
      if (!isFromOwnExtension(sender, extension)) refuse();
      const parsed = insertDraftRequestSchema.safeParse(data);
      if (!parsed.success) {
        return { ok: false, reason: 'invalid-draft', detail: `Invalid request: ${describeIssues(parsed.error)}` };
      }
      return insertDraft(doc, adapter, parsed.data.draft, caret, { openReplyIfNeeded: true });
    }),
    messenger.onMessage('page.setSidebar', ({ sender, data }) => {
      if (!isFromOwnExtension(sender, extension)) refuse();
      const parsed = setSidebarRequestSchema.safeParse(data);
      if (!parsed.success) throw new Error(`Invalid request: ${describeIssues(parsed.error)}`);
      const open = parsed.data.open === 'toggle' ? !frame.isOpen() : parsed.data.open;
      userChose = true;
      frame.setOpen(open);
      openState.save(open);
      return { open };
    }),
  );

  const stop = () => {
    if (stopped) return;
    stopped = true;
    for (const cleanup of cleanups.splice(0).reverse()) {
      try {
        cleanup();
      } catch {
        // keep removing the rest
      }
    }
  };
  ctx.onInvalidated(stop);
  return { stop, frame };
}
