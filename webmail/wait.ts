/** Waits for something to appear in the document: one MutationObserver plus a bounded timeout. */
export function waitForElement<T extends Element>(
  doc: Document,
  find: () => T | null,
  timeoutMs: number,
): Promise<T | null> {
  const found = find();
  if (found) return Promise.resolve(found);
  const view = doc.defaultView;
  const Observer = view?.MutationObserver ?? MutationObserver;
  return new Promise((resolve) => {
    let done = false;
    const finish = (value: T | null) => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(timer);
      resolve(value);
    };
    // Checking at most once per animation-ish tick keeps a mutation storm cheap.
    let scheduled = false;
    const observer = new Observer(() => {
      if (scheduled) return;
      scheduled = true;
      setTimeout(() => {
        scheduled = false;
        const element = find();
        if (element) finish(element);
      }, 16);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, attributes: true, attributeFilter: ['style', 'class', 'hidden'] });
    const timer = setTimeout(() => finish(find()), timeoutMs);
  });
}
