/**
 * Whether the user can really see the sidebar: IntersectionObserver v2 (`trackVisibility`), as
 * Chrome recommends against clickjacking. It reports a target as not visible when anything covers
 * it — also a cover that lets clicks through — or when it or the frame it is in is transparent,
 * filtered or transformed. While not visible, the sidebar takes no action (insert, copy, edits).
 * Browsers without v2 (Firefox) report `isVisible` as undefined: there the content script's own
 * check at insertion (webmail/frame-visibility.ts) is the defence.
 */

export type Visibility = 'visible' | 'hidden' | 'unknown';

export interface VisibilityEntry {
  isIntersecting: boolean;
  isVisible?: boolean;
}

export function visibilityOf(entry: VisibilityEntry): Visibility {
  if (!entry.isIntersecting) return 'hidden';
  if (entry.isVisible === undefined) return 'unknown';
  return entry.isVisible ? 'visible' : 'hidden';
}

/** Watches the target; calls back on every change. Returns a function that stops watching. */
export function watchVisibility(
  win: Window & typeof globalThis,
  target: Element,
  onChange: (visibility: Visibility) => void,
): () => void {
  if (typeof win.IntersectionObserver !== 'function') {
    onChange('unknown');
    return () => undefined;
  }
  // `trackVisibility` and `delay` are IntersectionObserver v2; TypeScript's DOM types lack them.
  const options = { threshold: [0, 1], trackVisibility: true, delay: 100 } as IntersectionObserverInit;
  const observer = new win.IntersectionObserver((entries) => {
    const last = entries[entries.length - 1] as (IntersectionObserverEntry & { isVisible?: boolean }) | undefined;
    if (last) onChange(visibilityOf(last));
  }, options);
  observer.observe(target);
  return () => observer.disconnect();
}
