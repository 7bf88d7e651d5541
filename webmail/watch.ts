/**
 * Tells when the open conversation really changed: hashchange/popstate plus ONE MutationObserver on
 * the adapter's root, debounced (with a ceiling so a never-ending mutation storm still publishes),
 * and compared by a stable key so that irrelevant mutations publish nothing.
 */
import type { ConversationContext, WebmailAdapter } from './types';

export interface WatchOptions {
  debounceMs?: number;
  /** Longest a storm of mutations may delay a check. */
  maxWaitMs?: number;
}

/** What makes two contexts "the same conversation state" for the sidebar. */
export function contextKey(context: ConversationContext): string {
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

export function watchConversation(
  doc: Document,
  win: Window,
  adapter: WebmailAdapter,
  onChange: (context: ConversationContext) => void,
  { debounceMs = 300, maxWaitMs = 2000 }: WatchOptions = {},
): () => void {
  let lastKey: string | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let firstPendingAt: number | null = null;
  let stopped = false;

  const check = () => {
    timer = null;
    firstPendingAt = null;
    if (stopped) return;
    let context: ConversationContext;
    try {
      context = adapter.readContext(doc);
    } catch {
      return;
    }
    const key = contextKey(context);
    if (key === lastKey) return;
    lastKey = key;
    try {
      onChange(context);
    } catch {
      // a listener's failure must not stop the watcher
    }
  };

  // No work per mutation record: only (re)arm a timer.
  const schedule = () => {
    if (stopped) return;
    const now = Date.now();
    if (firstPendingAt === null) firstPendingAt = now;
    if (timer !== null) clearTimeout(timer);
    const waited = now - firstPendingAt;
    timer = setTimeout(check, waited >= maxWaitMs ? 0 : Math.min(debounceMs, maxWaitMs - waited));
  };

  const Observer = (win as Window & typeof globalThis).MutationObserver ?? MutationObserver;
  const observer = new Observer(schedule);
  observer.observe(adapter.observeRoot(doc), {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ['style', 'class', 'hidden', 'aria-selected', 'data-convid', 'title'],
  });
  win.addEventListener('hashchange', schedule);
  win.addEventListener('popstate', schedule);
  schedule();

  return () => {
    stopped = true;
    observer.disconnect();
    win.removeEventListener('hashchange', schedule);
    win.removeEventListener('popstate', schedule);
    if (timer !== null) clearTimeout(timer);
  };
}
