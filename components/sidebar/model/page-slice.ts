/** The open conversation: reading it from the page, following its changes, closing the frame. */
import type { ConversationContext } from '../../../webmail/types';
import { withTimeout } from '../drafts';
import type { Session } from './session';
import type { SidebarState } from './types';

export function pageSlice({ deps, store, timeoutMs, fail, loadRecord }: Session) {
  const set = store.setState;

  /** A new context from the page; a different thread drops everything tied to the old one. */
  function applyContext(context: ConversationContext | null, reachable: boolean): void {
    const sameThread = !!context?.threadId && context.threadId === store.getState().context?.threadId;
    const changes: Partial<SidebarState> = { context, pageReachable: reachable };
    if (!sameThread) {
      Object.assign(changes, { pinnedClientId: null, editing: false, offer: null, flash: null, record: null, events: [] });
    }
    set(changes);
  }

  return {
    async readPage(): Promise<void> {
      try {
        if (store.getState().tabId === null) set({ tabId: await withTimeout(deps.page.whoami(), timeoutMs) });
        const context = await withTimeout(deps.page.getContext(), timeoutMs);
        applyContext(context, true);
      } catch {
        // Not answering is the same as unreadable for the user: the manual picker still works.
        applyContext(null, false);
      }
    },

    /** A push on this sidebar's own channel to its own page. */
    onContextChanged(context: ConversationContext): void {
      const state = store.getState();
      const threadChanged = context.threadId !== state.context?.threadId;
      applyContext(context, true);
      if (store.getState().phase === 'ready') void loadRecord(!threadChanged);
    },

    /** Hides the sidebar's frame (the page's own toggle button brings it back). */
    async closeSidebar(): Promise<void> {
      if (store.getState().tabId === null) return;
      try {
        await withTimeout(deps.page.setSidebarOpen(false), timeoutMs);
      } catch (error) {
        fail(error);
      }
    },
  };
}
