/**
 * Tells when the open conversation really changed, at (almost) no cost to the webmail.
 *
 * - ONE MutationObserver on the adapter's root, used one-shot: the first batch of records disconnects
 *   it and arms a check; the check reconnects it. However long a mutation storm lasts, the page pays
 *   for one callback per check, not one per batch (record delivery into the content script's world
 *   was most of what the extension cost a busy page).
 * - After a quiet period the check runs `leadingMs` later (the app gets a moment to finish rendering),
 *   so a thread switch shows in the sidebar fast. While the page keeps changing, checks are spaced
 *   `debounceMs` apart, then twice that, and so on up to `maxWaitMs`: a page that never stops
 *   changing costs a check every `maxWaitMs`, and still gets one. Nothing is ever missed: the check
 *   reads the current page and reconnects before the page can change again.
 * - URL changes (hashchange, popstate, the Navigation API's currententrychange, which also sees
 *   Outlook's history.pushState) cut any wait short, and for `afterNavigationMs` afterwards every
 *   change is checked at the leading delay: the app renders the new view in bursts.
 * - The check compares a key first from the adapter's cheap outline (no message text) and reads the
 *   full context only when that key changed, so irrelevant mutations cost a few selector look-ups.
 */
import type { PageConversation, WebmailAdapter } from './types';

export interface WatchOptions {
  /** First spacing of checks while the page keeps changing. */
  debounceMs?: number;
  /** Longest a change may wait for its check, however long a mutation storm lasts. */
  maxWaitMs?: number;
  /** Delay of the first check after a quiet period (capped at debounceMs). */
  leadingMs?: number;
  /** A page that made no change for this long counts as quiet again. */
  quietMs?: number;
  /** How long after a URL change (or the start) changes are still checked at the leading delay. */
  afterNavigationMs?: number;
}

/**
 * Attributes that show or hide a view or select a conversation. `class` and `title` are left out on
 * purpose: hover, focus and relative-time refreshes change them constantly, and both apps show and
 * hide views with inline style, the `hidden` attribute or by adding/removing nodes.
 */
export const WATCHED_ATTRIBUTES = ['style', 'hidden', 'aria-selected'];

/** What makes two contexts "the same conversation state" for the sidebar. */
export function contextKey(context: PageConversation): string {
  return JSON.stringify([
    context.provider,
    context.threadId ?? '',
    context.subject ?? '',
    context.messages.length,
    context.messages.map((m) => m.id ?? `${m.from.email ?? m.from.name ?? ''}|${m.dateText ?? ''}`),
    context.compose.open,
    context.compose.kind ?? '',
    context.participants.map((p) => `${p.role}:${p.email ?? p.name ?? ''}`).sort(),
    context.userEmail ?? '',
  ]);
}

type NavigationLike = Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;

export function watchConversation<C extends PageConversation>(
  doc: Document,
  win: Window,
  adapter: WebmailAdapter<C>,
  onChange: (context: C) => void,
  { debounceMs = 300, maxWaitMs = 2000, leadingMs = 40, quietMs = 100, afterNavigationMs = 1000 }: WatchOptions = {},
): () => void {
  const busyDelay = Math.min(debounceMs, maxWaitMs);
  const leadingDelay = Math.min(leadingMs, busyDelay);
  let lastKey: string | null = null;
  let lastHref = '';
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dueAt = 0;
  let connectedAt = 0;
  let busyRounds = 0;
  let followUntil = Date.now() + afterNavigationMs;
  let stopped = false;

  const root = adapter.observeRoot(doc);
  const Observer = (win as Window & typeof globalThis).MutationObserver ?? MutationObserver;
  const observer = new Observer(() => onMutations());
  const connect = () => {
    observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
    connectedAt = Date.now();
  };

  const readKey = (): { key: string; context?: C } => {
    if (adapter.readOutline) return { key: contextKey(adapter.readOutline(doc)) };
    const context = adapter.readContext(doc);
    return { key: contextKey(context), context };
  };

  const check = () => {
    timer = null;
    if (stopped) return;
    lastHref = currentHref();
    try {
      const { key, context: read } = readKey();
      if (key !== lastKey) {
        const context = read ?? adapter.readContext(doc);
        lastKey = key;
        try {
          onChange(context);
        } catch {
          // a listener's failure must not stop the watcher
        }
      }
    } catch {
      // an unreadable moment: the next change checks again
    }
    // After the check, never before: the page cannot change in between (same task), and what the
    // listener does to the page must not trigger another round.
    if (!stopped) connect();
  };

  const arm = (delay: number) => {
    const at = Date.now() + delay;
    if (timer !== null) {
      if (at >= dueAt) return;
      clearTimeout(timer);
    }
    dueAt = at;
    timer = setTimeout(check, delay);
  };

  const currentHref = (): string => {
    try {
      return win.location.href;
    } catch {
      return '';
    }
  };

  // One callback per round: no work per record, the records are dropped with the disconnect.
  const onMutations = () => {
    observer.disconnect();
    if (stopped) return;
    const now = Date.now();
    const quiet = now - connectedAt >= quietMs;
    busyRounds = quiet ? 0 : busyRounds + 1;
    // A URL that moved without an event (history.pushState where there is no Navigation API).
    if (currentHref() !== lastHref) followUntil = now + afterNavigationMs;
    if (quiet || now < followUntil) arm(leadingDelay);
    else arm(Math.min(maxWaitMs, busyDelay * 2 ** Math.min(busyRounds - 1, 16)));
  };
  const onNavigation = () => {
    if (stopped) return;
    followUntil = Date.now() + afterNavigationMs;
    arm(leadingDelay);
  };

  win.addEventListener('hashchange', onNavigation);
  win.addEventListener('popstate', onNavigation);
  const navigation = (win as Window & { navigation?: NavigationLike }).navigation;
  navigation?.addEventListener('currententrychange', onNavigation);
  arm(leadingDelay);

  return () => {
    stopped = true;
    observer.disconnect();
    win.removeEventListener('hashchange', onNavigation);
    win.removeEventListener('popstate', onNavigation);
    navigation?.removeEventListener('currententrychange', onNavigation);
    if (timer !== null) clearTimeout(timer);
  };
}
