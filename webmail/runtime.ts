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
import { mountSidebarFrame, showUpdatedHint, SIDEBAR_WIDTH_PX, type SidebarFrame } from './frame';
import { frameObstruction } from './frame-visibility';
import { insertDraft } from './insert';
import { pageMessaging, type PageMessenger } from './page-messaging';
import { describeIssues, insertDraftRequestSchema, setSidebarRequestSchema } from './page-requests';
import { createSidebarPairing, type SidebarPairing } from './pairing';
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
  /** Set when the sender is a frame in a tab (the sidebar); absent for the background. */
  frameId?: number;
  tab?: { id?: number };
}

export interface PageRuntimeDeps {
  doc?: Document;
  win?: Window;
  messenger?: Pick<PageMessenger, 'sendMessage' | 'onMessage'>;
  extension?: ExtensionIdentity;
  debounceMs?: number;
  openState?: SidebarOpenState;
  /** The pairing with our own sidebar frame (tests pass one with a known token). */
  pairing?: SidebarPairing;
  /** Why the sidebar frame is not fully visible now, or null (tests of a layout-less DOM replace it). */
  frameObstruction?: (doc: Document, iframe: HTMLIFrameElement) => string | null;
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

const NOT_OUR_FRAME = 'Refused: this sidebar frame was not created by Offboard in this page.';

/** The sidebar page (wherever it is framed), as opposed to the background, popup or options. */
export function isSidebarPage(sender: MessageSenderLike, extension: ExtensionIdentity): boolean {
  return typeof sender.url === 'string' && sender.url.startsWith(extension.getURL('/sidebar.html'));
}

/** Only this extension's own pages (sidebar, background) may drive the page. */
export function isFromOwnExtension(sender: MessageSenderLike | undefined, extension: ExtensionIdentity): boolean {
  return (
    !!sender &&
    sender.id === extension.id &&
    typeof sender.url === 'string' &&
    sender.url.startsWith(extension.getURL(''))
  );
}

/**
 * The context the runtime runs under: its own, not WXT's. WXT's content-script context stops itself
 * when a `<extension id>:<script>:wxt:content-script-started` event reaches `document`, and the page
 * can dispatch that event (it learns the id from the frame's URL): the page could switch Offboard off.
 * Ours ends only when the runtime finds itself orphaned (the extension reloaded or updated).
 */
export function isolatedRuntimeContext(): PageRuntimeContext {
  const controller = new AbortController();
  return {
    onInvalidated(cb: () => void) {
      controller.signal.addEventListener('abort', cb);
      return () => controller.signal.removeEventListener('abort', cb);
    },
    addEventListener(target: EventTarget, type: string, handler: EventListener, options?: AddEventListenerOptions) {
      target.addEventListener(type, handler, { ...options, signal: controller.signal });
    },
  } as PageRuntimeContext;
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
  const pairing = deps.pairing ?? createSidebarPairing();
  const sidebarSrc = extension.getURL('/sidebar.html');
  const frame = mountSidebarFrame(doc, {
    src: sidebarSrc,
    open: false,
    topOffsetPx: TOP_BAR_PX[adapter.provider],
    onOpenChange: (open) => {
      userChose = true;
      openState.save(open);
    },
  });
  cleanups.push(() => frame.unmount());
  // Every load of our own frame gets the token (a reload of the sidebar pairs again, same frame).
  // Not URL.origin: that is "null" for the non-special chrome-extension: / moz-extension: schemes.
  const sidebarUrl = new URL(sidebarSrc);
  const offerToken = () => pairing.offer(frame.iframe, `${sidebarUrl.protocol}//${sidebarUrl.host}`);
  frame.iframe.addEventListener('load', offerToken);
  cleanups.push(() => frame.iframe.removeEventListener('load', offerToken));
  const checkFrame = deps.frameObstruction ?? ((d: Document, iframe: HTMLIFrameElement) =>
    frameObstruction(d, iframe, { minWidthPx: SIDEBAR_WIDTH_PX - 1, minHeightPx: 200 }));
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
  /** Only the sidebar frame we created (it holds our token) may read the conversation or insert. */
  const requireOurSidebar = (sender: MessageSenderLike | undefined, token: unknown): void => {
    if (!isFromOwnExtension(sender, extension)) refuse();
    if (!pairing.holds(token)) throw new Error(NOT_OUR_FRAME);
  };
  const tokenOf = (data: unknown): unknown =>
    typeof data === 'object' && data !== null ? (data as { token?: unknown }).token : undefined;

  cleanups.push(
    messenger.onMessage('page.pair', ({ sender, data }) => {
      requireOurSidebar(sender, tokenOf(data));
      return { paired: true as const };
    }),
    messenger.onMessage('page.getContext', ({ sender, data }) => {
      requireOurSidebar(sender, tokenOf(data));
      return adapter.readContext(doc);
    }),
    messenger.onMessage('page.insertDraft', async ({ sender, data }): Promise<InsertResult> => {
      requireOurSidebar(sender, tokenOf(data));
      const parsed = insertDraftRequestSchema.safeParse(data);
      if (!parsed.success) {
        return { ok: false, reason: 'invalid-draft', detail: `Invalid request: ${describeIssues(parsed.error)}` };
      }
      // Checked at the moment of the request: a transparent or covered frame inserts nothing.
      const obstruction = checkFrame(doc, frame.iframe);
      if (obstruction !== null) return { ok: false, reason: 'sidebar-not-visible', detail: obstruction };
      return insertDraft(doc, adapter, parsed.data.draft, caret, { openReplyIfNeeded: true });
    }),
    messenger.onMessage('page.setSidebar', ({ sender, data }) => {
      if (!isFromOwnExtension(sender, extension)) refuse();
      // The background (keyboard command) has no token; a sidebar page must hold ours.
      if (isSidebarPage(sender, extension)) requireOurSidebar(sender, tokenOf(data));
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
