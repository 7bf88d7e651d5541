/**
 * What the thin content scripts run: watches the conversation, publishes it to extension pages,
 * answers the sidebar (context, insertion, open/close) and places the sidebar frame. Everything is
 * removed when WXT invalidates the context (extension reloaded or updated).
 *
 * It never listens to window `message` events, never opens IndexedDB and never reads extension data:
 * requests come only through the extension runtime, from this extension's own pages.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CaretKeeper, chooseEditor } from './caret';
import { watchComposeShortcut } from './compose-shortcut';
import { mountSidebarFrame, showUpdatedHint, SIDEBAR_WIDTH_PX, type SidebarFrame } from './frame';
import { frameObstruction } from './frame-visibility';
import type { ChannelPort } from '../common/messaging/channel';
import { checked, Refusal } from '../common/messaging/handlers';
import type { Messenger } from '../common/messaging/messenger';
import { createPublisher } from '../common/messaging/publisher';
import { senderKind, type ExtensionIdentity } from '../common/messaging/senders';
import { insertDraft } from './insert';
import { CONVERSATION_CHANNEL, SHORTCUT_CHANNEL, type ConversationPush, type PageOperations, type PickerShortcutPush } from './page-protocol';
import { insertDraftRequestSchema, setComposeShortcutRequestSchema, setSidebarRequestSchema, tokenRequestSchema } from './page-requests';
import { createSidebarPairing, type SidebarPairing } from './pairing';
import type { InsertResult, PageConversation, WebmailAdapter } from './types';
import { watchConversation } from './watch';

export type PageRuntimeContext = Pick<ContentScriptContext, 'onInvalidated' | 'addEventListener'>;

export interface PageRuntimeDeps {
  doc?: Document;
  win?: Window;
  /** The requests the sidebar and the background send this page (the entry point passes the live one). */
  messenger: Pick<Messenger<PageOperations>, 'onMessage'>;
  /** Ports opened to this content script: each sidebar's own conversation channel. */
  channels: { onConnect(name: typeof CONVERSATION_CHANNEL | typeof SHORTCUT_CHANNEL, accept: (port: ChannelPort) => void): () => void };
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
  deps: PageRuntimeDeps,
): PageRuntime {
  const doc = deps.doc ?? document;
  const win = deps.win ?? window;
  const messenger = deps.messenger;
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
  // Not URL.origin: that is "null" for the non-special chrome-extension: / moz-extension: schemes.
  const ownUrl = new URL(extension.getURL('/'));
  const ownOrigin = `${ownUrl.protocol}//${ownUrl.host}`;
  const frame = mountSidebarFrame(doc, {
    src: sidebarSrc,
    documentOrigin: ownOrigin,
    open: false,
    topOffsetPx: TOP_BAR_PX[adapter.provider],
    onOpenChange: (open) => {
      userChose = true;
      openState.save(open);
    },
  });
  cleanups.push(() => frame.unmount());
  // Every load of our own frame gets the token (a reload of the sidebar pairs again, same frame).
  // The target is the extension's own origin (ownOrigin, above), not the src's: Chrome loads a
  // use_dynamic_url src (a per-session host) as a document of the extension's origin.
  const offerToken = () => pairing.offer(frame.iframe, ownOrigin);
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

  const tokenOf = (data: unknown): unknown =>
    typeof data === 'object' && data !== null ? (data as { token?: unknown }).token : undefined;
  const sidebarChannels = createPublisher({ extension, from: ['sidebar'], admit: (hello) => pairing.holds(tokenOf(hello)) });
  cleanups.push(deps.channels.onConnect(CONVERSATION_CHANNEL, (port) => sidebarChannels.accept(port)));

  const publish = (context: PageConversation) => {
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
    // Only the channel our own sidebar opened with our token hears it; none may be open yet.
    sidebarChannels.publish({ context } satisfies ConversationPush);
  };
  cleanups.push(watchConversation(doc, win, adapter, publish, { debounceMs: deps.debounceMs ?? 300 }));

  // The compose-box shortcut: off until our sidebar passes on the user's setting, and only while a
  // sidebar of ours listens (otherwise the key press stays the page's).
  const shortcutChannels = createPublisher({ extension, from: ['sidebar'], admit: (hello) => pairing.holds(tokenOf(hello)) });
  cleanups.push(deps.channels.onConnect(SHORTCUT_CHANNEL, (port) => shortcutChannels.accept(port)));
  let shortcutOn = false;
  const bodies = (): HTMLElement[] => adapter.findEditors?.(doc) ?? [adapter.findEditor(doc)].filter((e): e is HTMLElement => e !== null);
  watchComposeShortcut(doc, {
    editors: bodies,
    enabled: () => shortcutOn && shortcutChannels.size > 0 && !orphaned(),
    onShortcut: () => {
      caret.remember();
      if (!frame.isOpen()) {
        userChose = true;
        frame.setOpen(true);
        openState.save(true);
      }
      shortcutChannels.publish({ shortcut: 'template-picker' } satisfies PickerShortcutPush);
      frame.iframe.focus();
    },
    addEventListener: (target, type, handler, options) => ctx.addEventListener(target, type, handler as EventListener, options),
  });

  /** Only the sidebar frame we created (it holds our token) may read the conversation or insert. */
  const holdsOurToken = (data: unknown): void => {
    if (!pairing.holds(tokenOf(data))) throw new Refusal('forbidden', NOT_OUR_FRAME);
  };
  const fromOurSidebar = { extension, from: ['sidebar'] as const, authorize: holdsOurToken };
  const insertChecked = checked({
    ...fromOurSidebar,
    op: 'page.insertDraft',
    schema: insertDraftRequestSchema,
    run: (request): Promise<InsertResult> | InsertResult => {
      // Checked at the moment of the request: a transparent or covered frame inserts nothing.
      const obstruction = checkFrame(doc, frame.iframe);
      if (obstruction !== null) return { ok: false, reason: 'sidebar-not-visible', detail: obstruction };
      return insertDraft(doc, adapter, request.draft, caret, { openReplyIfNeeded: true });
    },
  });

  cleanups.push(
    messenger.onMessage('page.pair', checked({ ...fromOurSidebar, op: 'page.pair', schema: tokenRequestSchema, run: () => ({ paired: true as const }) })),
    messenger.onMessage('page.getContext', checked({ ...fromOurSidebar, op: 'page.getContext', schema: tokenRequestSchema, run: () => adapter.readContext(doc) })),
    messenger.onMessage('page.insertDraft', async (message) => {
      try {
        return await insertChecked(message);
      } catch (error) {
        // A malformed draft is an answer the sidebar shows, not a refusal of the sender.
        if (error instanceof Refusal && error.code === 'invalid-request') return { ok: false, reason: 'invalid-draft', detail: error.message };
        throw error;
      }
    }),
    messenger.onMessage('page.setComposeShortcut', checked({
      ...fromOurSidebar,
      op: 'page.setComposeShortcut',
      schema: setComposeShortcutRequestSchema,
      run: (request) => {
        shortcutOn = request.enabled;
        return { enabled: shortcutOn };
      },
    })),
    messenger.onMessage('page.returnToEditor', checked({
      ...fromOurSidebar,
      op: 'page.returnToEditor',
      schema: tokenRequestSchema,
      run: () => {
        // Focus is in our frame now: the body is the one the user last focused.
        const editor = chooseEditor(doc, bodies(), caret.lastFocused());
        if (editor) caret.restore(editor);
        return { returned: editor !== null };
      },
    })),
    messenger.onMessage(
      'page.setSidebar',
      checked({
        op: 'page.setSidebar',
        extension,
        // The background (keyboard command) has no token; a sidebar page must hold ours.
        from: ['background', 'sidebar'],
        authorize: (data, sender) => {
          if (senderKind(sender, extension) === 'sidebar') holdsOurToken(data);
        },
        schema: setSidebarRequestSchema,
        run: (request) => {
          const open = request.open === 'toggle' ? !frame.isOpen() : request.open;
          userChose = true;
          frame.setOpen(open);
          openState.save(open);
          return { open };
        },
      }),
    ),
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
