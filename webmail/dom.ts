/**
 * Small DOM helpers shared by the adapters. Everything read here is untrusted page data: it is only
 * ever read as text (textContent / attributes), never as HTML.
 */
import { PAGE_TEXT_SLACK } from './types';

type VisibilityCheck = (options?: Record<string, boolean>) => boolean;

/**
 * Whether an element is shown. In a real browser `checkVisibility` knows the layout; jsdom has no
 * layout, so there we walk the ancestors for the ways Gmail/Outlook hide stale views
 * (`display:none`, `visibility:hidden`, the `hidden` attribute). `aria-hidden` is deliberately not
 * used: apps set it on visible content behind dialogs.
 */
export function isVisible(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
  if (typeof check === 'function') {
    return check.call(el, { visibilityProperty: true, checkVisibilityCSS: true });
  }
  if (!el.isConnected) return false;
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    const style = view ? view.getComputedStyle(node) : null;
    const display = style?.display ?? (node as HTMLElement).style?.display;
    if (display === 'none') return false;
    if (node === el && style?.visibility === 'hidden') return false;
  }
  return true;
}

/**
 * Whether an element is shown, given an ancestor already known to be shown: in jsdom only the nodes
 * between the two are walked (a thread's messages share every ancestor above their list).
 */
export function isVisibleBelow(el: Element, shownAncestor: Element): boolean {
  const check = (el as Element & { checkVisibility?: VisibilityCheck }).checkVisibility;
  if (typeof check === 'function' || !shownAncestor.contains(el)) return isVisible(el);
  const view = el.ownerDocument.defaultView;
  for (let node: Element | null = el; node && node !== shownAncestor; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    const style = view ? view.getComputedStyle(node) : null;
    if ((style?.display ?? (node as HTMLElement).style?.display) === 'none') return false;
    if (node === el && style?.visibility === 'hidden') return false;
  }
  return true;
}

/** All matches that are visible, in document order. */
export function visibleAll<T extends Element = HTMLElement>(root: ParentNode, selector: string): T[] {
  return Array.from(root.querySelectorAll<T>(selector)).filter(isVisible);
}

/**
 * The last `max` visible matches, in document order. Scans from the end and stops once it has enough,
 * so a 100-message thread costs `max` visibility checks, not 100.
 */
export function lastVisible<T extends Element = HTMLElement>(root: ParentNode, selector: string, max: number): T[] {
  const all = root.querySelectorAll<T>(selector);
  const picked: T[] = [];
  for (let i = all.length - 1; i >= 0 && picked.length < max; i -= 1) {
    if (isVisible(all[i]!)) picked.push(all[i]!);
  }
  return picked.reverse();
}

export function firstVisible<T extends Element = HTMLElement>(root: ParentNode, selector: string): T | null {
  for (const el of Array.from(root.querySelectorAll<T>(selector))) {
    if (isVisible(el)) return el;
  }
  return null;
}

// A match only starts where a run of address characters starts (the lookbehind): the leftmost match
// is the same, but a long run without "@" (a hostile 100 000-character name) is scanned once, not
// once per position, which took seconds and froze the page.
const EMAIL = /(?<![A-Za-z0-9._%+'-])[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

/** The first address-looking part of a string, lower-cased. */
export function findEmail(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const match = EMAIL.exec(text);
  return match ? match[0].toLowerCase() : undefined;
}

/** Collapses whitespace and trims; `undefined` for empty strings. */
export function cleanText(text: string | null | undefined, max = 300): string | undefined {
  if (!text) return undefined;
  const clean = text.replace(/\s+/g, ' ').trim().slice(0, max);
  return clean || undefined;
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TR', 'UL',
]);
const SKIPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'SVG']);

/**
 * Quoted history, signatures and hidden parts: not the author's own words. Ids as the apps rewrite
 * them in a shown body too (Outlook prefixes "x_", Gmail "m_<number>"), hence the suffix matches.
 */
const SKIPPED_SELECTOR = [
  '.gmail_quote',
  'blockquote',
  '.gmail_signature',
  '.gmail_signature_prefix',
  'div[id$="Signature"]',
  '[hidden]',
].join(', ');
/** Where Outlook's quoted history starts: everything after it in the body is the earlier message. */
const HISTORY_START_SELECTOR = '[id$="divRplyFwdMsg"], [id$="appendonsend"]';

function isHiddenInline(el: Element): boolean {
  const style = (el as HTMLElement).style;
  return !!style && style.display === 'none';
}

/**
 * Plain text of an element, with line breaks at block boundaries, bounded to `max` characters.
 * Walks text nodes only (never parses or serialises HTML), skipping scripts, styles, quoted history,
 * signatures and inline-hidden parts, and (unless told otherwise) stopping where Outlook's quoted
 * history starts.
 */
export function readText(root: Element, max: number, stopsAtHistory = true): string {
  const parts: string[] = [];
  let length = 0;
  const budget = max + 200;

  let historyStarted = false;
  const visit = (node: Node): void => {
    if (length > budget || historyStarted) return;
    if (node.nodeType === 3) {
      const value = (node.nodeValue ?? '').replace(/[ \t\r\n\f\u00a0]+/g, ' ');
      if (value) {
        parts.push(value);
        length += value.length;
      }
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED_TAGS.has(tag)) return;
    if (el !== root && stopsAtHistory && el.matches(HISTORY_START_SELECTOR)) {
      historyStarted = true;
      return;
    }
    if (el !== root && (el.matches(SKIPPED_SELECTOR) || isHiddenInline(el))) return;
    const block = BLOCK_TAGS.has(tag);
    if (block) parts.push('\n');
    for (let child = el.firstChild; child; child = child.nextSibling) visit(child);
    if (block && tag !== 'BR') parts.push('\n');
  };
  visit(root);

  const text = parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return text.length > max ? text.slice(0, max) : text;
}

/**
 * Dispatches mousedown, mouseup and click: Gmail and Outlook react to the whole sequence, not to a
 * bare `click()` (InboxSDK's `simulateClick` does the same).
 */
export function simulateClick(el: HTMLElement): void {
  const view = el.ownerDocument.defaultView;
  const init = { bubbles: true, cancelable: true, view, button: 0 };
  const MouseEventCtor = view?.MouseEvent ?? MouseEvent;
  el.dispatchEvent(new MouseEventCtor('mousedown', init));
  el.dispatchEvent(new MouseEventCtor('mouseup', init));
  el.dispatchEvent(new MouseEventCtor('click', init));
}

/** Runs a read of the page and answers the fallback instead of throwing into it (a changed page). */
export function failSoft<T>(read: () => T, fallback: () => T): T {
  try {
    return read();
  } catch {
    return fallback();
  }
}

/**
 * A message body's text as shown, quoted history's markup skipped, bounded to `max` and a little
 * more (PAGE_TEXT_SLACK): the sidebar cuts the own words out of it (webmail/analysis.ts).
 */
export function readBodyText(body: Element, max: number): string {
  return readText(body, max + PAGE_TEXT_SLACK);
}

/**
 * Runs `work` once the page has fired its load event (at once when it already has), so nothing of
 * ours sits on the webmail's critical path. Returns a function that cancels a run still pending.
 */
export function whenPageLoaded(doc: Document, work: () => void): () => void {
  const win = doc.defaultView;
  if (doc.readyState === 'complete' || !win) {
    work();
    return () => undefined;
  }
  win.addEventListener('load', work, { once: true });
  return () => win.removeEventListener('load', work);
}
