/**
 * Room for the open sidebar: the webmail's own content narrows by the sidebar's width instead of
 * running under it, and gets its full width back when the sidebar closes.
 *
 * - `<html>` gets a right padding of that width: everything laid out in the page's normal flow, and
 *   every box sized by a percentage of its container, ends before the sidebar.
 * - Gmail and Outlook are full-window apps (the document itself does not scroll; panes scroll inside)
 *   that may place their panes with `position: absolute/fixed` against the window. There `<body>`
 *   also gets `contain: layout`, which makes it the containing block of those panes, so they end at
 *   body's narrowed right edge too. A page whose document scrolls keeps its fixed elements as they
 *   are: contained, they would scroll away with the document.
 *
 * Only inline declarations of our own are added; the page's previous inline values come back exactly
 * on release. A `resize` event lets an app that measures its containers in script lay out again.
 */

interface SavedDeclaration {
  value: string;
  priority: string;
}

function save(el: HTMLElement, property: string): SavedDeclaration {
  return { value: el.style.getPropertyValue(property), priority: el.style.getPropertyPriority(property) };
}

function restore(el: HTMLElement, property: string, saved: SavedDeclaration): void {
  if (saved.value) el.style.setProperty(property, saved.value, saved.priority);
  else el.style.removeProperty(property);
}

/** A full-window app: the document does not scroll and body fills the window's height. */
function isFullWindowApp(doc: Document, body: HTMLElement): boolean {
  const win = doc.defaultView;
  const scroller = doc.scrollingElement ?? doc.documentElement;
  if (!win || win.innerHeight === 0) return false;
  const scrolls = scroller.scrollHeight > win.innerHeight + 1;
  const bodyHeight = body.getBoundingClientRect().height;
  return !scrolls && bodyHeight >= win.innerHeight - 1;
}

/** Narrows the page by `widthPx`; returns the function that gives the room back. */
export function makeRoom(doc: Document, widthPx: number): () => void {
  if (!Number.isFinite(widthPx) || widthPx <= 0) throw new Error(`makeRoom needs a positive width, got ${widthPx}`);
  const html = doc.documentElement;
  const body = doc.body;
  const htmlPadding = save(html, 'padding-right');
  const htmlSizing = save(html, 'box-sizing');
  const contain = body && isFullWindowApp(doc, body) ? { el: body, saved: save(body, 'contain') } : null;

  html.style.setProperty('box-sizing', 'border-box', 'important');
  html.style.setProperty('padding-right', `${widthPx}px`, 'important');
  contain?.el.style.setProperty('contain', 'layout', 'important');
  notifyResize(doc);

  let released = false;
  return () => {
    if (released) return;
    released = true;
    restore(html, 'padding-right', htmlPadding);
    restore(html, 'box-sizing', htmlSizing);
    if (contain) restore(contain.el, 'contain', contain.saved);
    notifyResize(doc);
  };
}

function notifyResize(doc: Document): void {
  const win = doc.defaultView;
  if (!win) return;
  try {
    win.dispatchEvent(new win.Event('resize'));
  } catch {
    // a page that throws in its own resize handler is not ours to fix
  }
}
