/**
 * The drafts' allow-list sanitiser, with no DOM: HTML text → a tree holding only p br strong em
 * ul ol li table thead tbody tr th td a blockquote hr h3 h4, the one attribute href on a, and only
 * with https:, http: or mailto: (decoded, whitespace and control characters ignored for the
 * check). Any other element goes and its text stays; script, style and the like go with their
 * content; comments go; an a without a valid href, or inside another a, is unwrapped. The tree is
 * balanced (unclosed tags closed, stray end tags dropped) and at most MAX_NESTING deep (deeper
 * elements are unwrapped), so serialising it or reading its text never recurses without bound.
 * Serialised as a browser's innerHTML would (text: & < > and U+00A0 escaped; href: & " U+00A0).
 * The content script checks again before inserting (webmail/insert.ts): defence in depth.
 */
import { decodeEntities } from './entities';

export const ALLOWED_TAGS: readonly string[] = [
  'p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  'a', 'blockquote', 'hr', 'h3', 'h4',
];
const ALLOWED = new Set(ALLOWED_TAGS);
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'area', 'base', 'col', 'embed', 'param', 'source', 'track', 'wbr', 'keygen']);
/** Dropped with everything inside them. */
const DROP_CONTENT = new Set(['script', 'style', 'template', 'svg', 'math', 'iframe', 'object', 'noscript', 'noembed', 'noframes', 'textarea', 'title', 'xmp', 'select', 'frameset']);
const SAFE_URL = /^(?:https?:|mailto:)/i;
export const MAX_NESTING = 64;

export type SafeNode = SafeText | SafeElement;
export interface SafeText {
  type: 'text';
  text: string;
}
export interface SafeElement {
  type: 'element';
  tag: string;
  href?: string;
  children: SafeNode[];
}

interface Open {
  tag: string;
  /** The element in the tree, or undefined for a tag that was unwrapped. */
  element: SafeElement | undefined;
  /** Where text and elements inside this tag go: the nearest kept element's children. */
  children: SafeNode[];
  /** Kept elements from the root down to here. */
  depth: number;
  inLink: boolean;
}

const SPACE = /[\t\n\f\r /]/;

interface Tag {
  closing: boolean;
  name: string;
  attributes: Map<string, string>;
  /** Index after the tag's ">", or the end of the input for a tag it never closes. */
  end: number;
  complete: boolean;
}

/**
 * A tag at `start` (html[start] is "<" followed by a letter, or "</" and a letter), read as the
 * HTML tokenizer reads it: a scanner, not a regular expression, so no input can make it backtrack.
 * The first of repeated attributes wins; names are lowercased.
 */
function readTag(html: string, start: number): Tag {
  let i = start + 1;
  const closing = html[i] === '/';
  if (closing) i += 1;
  let name = '';
  while (i < html.length && !SPACE.test(html[i] as string) && html[i] !== '>') name += html[i++];
  const attributes = new Map<string, string>();
  for (;;) {
    while (i < html.length && SPACE.test(html[i] as string)) i += 1;
    if (i >= html.length) return { closing, name: name.toLowerCase(), attributes, end: html.length, complete: false };
    if (html[i] === '>') return { closing, name: name.toLowerCase(), attributes, end: i + 1, complete: true };
    let attribute = html[i++] as string;
    while (i < html.length && !SPACE.test(html[i] as string) && html[i] !== '>' && html[i] !== '=') attribute += html[i++];
    while (i < html.length && /[\t\n\f\r ]/.test(html[i] as string)) i += 1;
    let value = '';
    if (html[i] === '=') {
      i += 1;
      while (i < html.length && /[\t\n\f\r ]/.test(html[i] as string)) i += 1;
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, i + 1);
        if (close < 0) return { closing, name: name.toLowerCase(), attributes, end: html.length, complete: false };
        value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        while (i < html.length && !/[\t\n\f\r >]/.test(html[i] as string)) value += html[i++];
      }
    }
    const key = attribute.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, value);
  }
}

/** Sanitises HTML into the allow-listed tree. */
export function sanitizeHtml(html: string): SafeNode[] {
  const root: SafeNode[] = [];
  const stack: Open[] = [];
  const lower = html.toLowerCase();
  const top = (): { children: SafeNode[]; depth: number; inLink: boolean } => stack[stack.length - 1] ?? { children: root, depth: 0, inLink: false };
  const appendText = (text: string): void => {
    if (text === '') return;
    const siblings = top().children;
    const last = siblings[siblings.length - 1];
    if (last?.type === 'text') last.text += text;
    else siblings.push({ type: 'text', text });
  };
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) { appendText(decodeEntities(html.slice(i))); break; }
    appendText(decodeEntities(html.slice(i, lt)));
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? html.length : end + 3;
      continue;
    }
    const next = html[i + 1] ?? '';
    if (next === '!' || next === '?' || (next === '/' && !/[A-Za-z]/.test(html[i + 2] ?? ''))) {
      // A bogus comment (doctype, processing instruction, "</>" or "</ x>") ends at the next ">".
      if (next === '/' && html[i + 2] === undefined) { appendText('</'); break; }
      const end = html.indexOf('>', i);
      i = end < 0 ? html.length : end + 1;
      continue;
    }
    if (!/[A-Za-z]/.test(next) && next !== '/') { appendText('<'); i += 1; continue; }
    const tag = readTag(html, i);
    i = tag.end;
    // A tag the input never closes is dropped, as a browser drops it.
    if (!tag.complete) break;
    const { closing, name } = tag;
    if (closing) {
      for (let index = stack.length - 1; index >= 0; index -= 1) {
        if ((stack[index] as Open).tag === name) { stack.length = index; break; }
      }
      continue;
    }
    if (DROP_CONTENT.has(name)) {
      const end = lower.indexOf(`</${name}`, i);
      i = end < 0 ? html.length : (html.indexOf('>', end) + 1 || html.length);
      continue;
    }
    const parent = top();
    const element = ALLOWED.has(name) && parent.depth < MAX_NESTING ? makeElement(name, tag.attributes, parent.inLink) : undefined;
    if (element) parent.children.push(element);
    if (VOID.has(name)) continue;
    stack.push(
      element
        ? { tag: name, element, children: element.children, depth: parent.depth + 1, inLink: parent.inLink || name === 'a' }
        : { tag: name, element, children: parent.children, depth: parent.depth, inLink: parent.inLink },
    );
  }
  return root;
}

function makeElement(tag: string, attributes: ReadonlyMap<string, string>, insideLink: boolean): SafeElement | undefined {
  if (tag !== 'a') return { type: 'element', tag, children: [] };
  if (insideLink) return undefined;
  const raw = attributes.get('href');
  const href = raw === undefined ? undefined : decodeEntities(raw).trim();
  // eslint-disable-next-line no-control-regex
  if (href === undefined || !SAFE_URL.test(href.replace(/[\u0000-\u0020\u007f-\u009f]/g, ''))) return undefined;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(href)) return undefined;
  return { type: 'element', tag, href, children: [] };
}

/** The tree as HTML, escaped the way a browser's innerHTML serialises it. */
export function serializeHtml(nodes: readonly SafeNode[]): string {
  return nodes.map(serializeNode).join('');
}

function serializeNode(node: SafeNode): string {
  if (node.type === 'text') return node.text.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const href = node.href === undefined ? '' : ` href="${node.href.replace(/&/g, '&amp;').replace(/\u00a0/g, '&nbsp;').replace(/"/g, '&quot;')}"`;
  if (node.tag === 'br' || node.tag === 'hr') return `<${node.tag}${href}>`;
  return `<${node.tag}${href}>${serializeHtml(node.children)}</${node.tag}>`;
}
