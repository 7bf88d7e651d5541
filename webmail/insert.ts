/**
 * Puts a prepared draft into the open compose body, at the caret the user left there, above the
 * signature. execCommand first (it is on the browser's undo stack, so Ctrl+Z works), Range insertion
 * as the fallback (what Briskine and InboxSDK do), then the events the apps need to notice the change.
 */
import { applyRange, CaretKeeper, chooseEditor, startOfBody } from './caret';
import type { Draft, InsertResult, WebmailAdapter } from './types';
import { errorText } from '../common/errors';

export const MAX_DRAFT_HTML = 200_000;

export interface InsertOptions {
  /** Open a reply on the conversation when no compose body is open (default true). */
  openReplyIfNeeded?: boolean;
}

type Failure = Extract<InsertResult, { ok: false }>;

const fail = (reason: Failure['reason'], detail: string): Failure => ({ ok: false, reason, detail });

/** What a sanitized draft never contains; checked again here as defence in depth. */
const FORBIDDEN_PATTERNS: Array<[RegExp, string]> = [
  [/<\s*script/i, 'a <script> element'],
  [/<\s*iframe/i, 'an <iframe> element'],
  [/<\s*object/i, 'an <object> element'],
  [/<\s*embed/i, 'an <embed> element'],
  [/<\s*style/i, 'a <style> element'],
  [/<[^>]*[\s/"']on[a-z]+\s*=/i, 'an on… event handler attribute'],
  // Only inside a tag: a draft may well mention "javascript:" in its text (a thread's subject).
  [/<[^>]*javascript\s*:/i, 'a javascript: URL'],
];
const FORBIDDEN_TAGS = new Set(['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'STYLE', 'LINK', 'META', 'BASE', 'FRAME', 'FRAMESET']);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcset', 'background', 'poster'];

/** Checks the draft's shape and content; returns why it is refused, or null. */
export function checkDraft(draft: unknown): string | null {
  if (!draft || typeof draft !== 'object') return 'the draft is not an object';
  const { html, text, subject } = draft as Partial<Draft>;
  if (typeof html !== 'string') return 'draft.html is not a string';
  if (typeof text !== 'string') return 'draft.text is not a string';
  if (subject !== undefined && typeof subject !== 'string') return 'draft.subject is not a string';
  if (subject !== undefined && (/[\r\n]/.test(subject) || subject.length > 998)) {
    return 'draft.subject has a line break or is longer than 998 characters';
  }
  if (html.length > MAX_DRAFT_HTML) return `draft.html is longer than ${MAX_DRAFT_HTML} characters`;
  if (html.trim() === '' && text.trim() === '') return 'the draft is empty';
  for (const [pattern, what] of FORBIDDEN_PATTERNS) {
    if (pattern.test(html)) return `draft.html contains ${what}`;
  }
  return null;
}

/**
 * Parses HTML into an inert document of its own (DOMParser: no scripts run, nothing loads), imports
 * it into the page's document and re-checks every node. No innerHTML on anything of the page's.
 */
export function parseDraftHtml(doc: Document, html: string): { fragment: DocumentFragment } | { error: string } {
  const Parser = doc.defaultView?.DOMParser;
  if (!Parser) return { error: 'the page has no DOMParser' };
  const parsed = new Parser().parseFromString(html, 'text/html');
  const fragment = doc.createDocumentFragment();
  for (const node of Array.from(parsed.body.childNodes)) fragment.append(doc.importNode(node, true));
  for (const el of Array.from(fragment.querySelectorAll('*'))) {
    if (FORBIDDEN_TAGS.has(el.tagName.toUpperCase())) return { error: `draft.html contains a <${el.tagName.toLowerCase()}> element` };
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) return { error: `draft.html contains an ${name} attribute` };
      const value = attr.value.replace(/[\s\u0000-\u001f]+/g, '').toLowerCase();
      if (URL_ATTRIBUTES.includes(name) && (value.includes('javascript:') || value.includes('vbscript:'))) {
        return { error: `draft.html contains a script URL in ${name}` };
      }
    }
  }
  return { fragment };
}

/** The node to insert above: the signature, or Gmail's <br clear="all"> right before it. */
export function signatureBoundary(adapter: WebmailAdapter, editor: HTMLElement): Node | null {
  const signature = adapter.findSignature(editor);
  if (!signature || !editor.contains(signature)) return null;
  let boundary: Node = signature;
  for (const br of Array.from(editor.querySelectorAll('br[clear="all"]'))) {
    if (br.compareDocumentPosition(signature) & 4 /* FOLLOWING */) boundary = br;
  }
  // Climb while the boundary is the first thing in its wrapper, so we land outside the wrapper.
  while (boundary.parentNode && boundary.parentNode !== editor && firstMeaningfulChild(boundary.parentNode) === boundary) {
    boundary = boundary.parentNode;
  }
  return boundary;
}

function firstMeaningfulChild(parent: Node): Node | null {
  for (let child = parent.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3 && (child.nodeValue ?? '').trim() === '') continue;
    return child;
  }
  return null;
}

function isEmptyBlock(node: Node | null): node is HTMLElement {
  if (!node || node.nodeType !== 1) return false;
  const el = node as HTMLElement;
  return /^(DIV|P)$/.test(el.tagName) && (el.textContent ?? '').trim() === '' && !el.querySelector('img, table');
}

/** Moves a range that starts inside or after the signature to just above it. */
export function keepAboveSignature(range: Range, boundary: Node | null): Range {
  if (!boundary) return range;
  const doc = boundary.ownerDocument!;
  const above = doc.createRange();
  above.setStartBefore(boundary);
  above.collapse(true);
  if (range.compareBoundaryPoints(Range.START_TO_START, above) > 0) {
    let previous = boundary.previousSibling;
    while (previous && previous.nodeType === 3 && (previous.nodeValue ?? '').trim() === '') previous = previous.previousSibling;
    // Reuse the empty line above the signature rather than adding another one.
    if (isEmptyBlock(previous)) {
      above.setStart(previous, 0);
      above.collapse(true);
    }
    return above;
  }
  if (range.compareBoundaryPoints(Range.END_TO_START, above) > 0) {
    // The selection reaches into the signature: keep its start, never delete the signature.
    const collapsed = range.cloneRange();
    collapsed.collapse(true);
    return collapsed;
  }
  return range;
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}

function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let count = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) count += 1;
  return count;
}

/** Whether the selection and the focus are both inside the editor (nothing else editable is focused). */
function caretIsIn(doc: Document, editor: HTMLElement): boolean {
  const selection = doc.getSelection();
  if (!selection || selection.rangeCount === 0 || !editor.contains(selection.getRangeAt(0).startContainer)) return false;
  const active = doc.activeElement;
  if (!active || active === doc.body || editor.contains(active)) return true;
  const editable = (active as HTMLElement).isContentEditable || active.getAttribute('contenteditable') !== null || /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName);
  return !editable;
}

function tryExecCommand(doc: Document, html: string): boolean {
  try {
    return typeof doc.execCommand === 'function' && doc.execCommand('insertHTML', false, html);
  } catch {
    return false;
  }
}

function dispatchInput(editor: HTMLElement, inputType: string): void {
  const view = editor.ownerDocument.defaultView;
  const InputEventCtor = view?.InputEvent;
  const event = InputEventCtor
    ? new InputEventCtor('input', { bubbles: true, inputType })
    : new (view?.Event ?? Event)('input', { bubbles: true });
  editor.dispatchEvent(event);
}

/**
 * Gmail saves a draft only after input it believes is typed. Like InboxSDK
 * (`gmail-compose-view.ts` `_triggerDraftSave`: keyCode 190, charCode 0, on the next tick so Gmail
 * does not add a character), send a harmless key pair to the body.
 */
function nudgeGmailDraftSave(editor: HTMLElement): void {
  const view = editor.ownerDocument.defaultView;
  const KeyboardEventCtor = view?.KeyboardEvent;
  if (!KeyboardEventCtor) return;
  setTimeout(() => {
    for (const type of ['keydown', 'keyup']) {
      const init = { bubbles: true, cancelable: true, key: '.', code: 'Period', keyCode: 190, which: 190, charCode: 0 };
      editor.dispatchEvent(new KeyboardEventCtor(type, init as KeyboardEventInit));
    }
  }, 0);
}

function setSubject(input: HTMLInputElement, subject: string): void {
  const view = input.ownerDocument.defaultView;
  const proto = view?.HTMLInputElement.prototype ?? HTMLInputElement.prototype;
  // The prototype's setter, so React-controlled inputs (Outlook) see the change.
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(input, subject);
  else input.value = subject;
  const EventCtor = view?.Event ?? Event;
  input.dispatchEvent(new EventCtor('input', { bubbles: true }));
  input.dispatchEvent(new EventCtor('change', { bubbles: true }));
}

export async function insertDraft(
  doc: Document,
  adapter: WebmailAdapter,
  draft: Draft,
  caret: CaretKeeper | null,
  options: InsertOptions = {},
): Promise<InsertResult> {
  const problem = checkDraft(draft);
  if (problem) return fail('invalid-draft', problem);
  const parsed = parseDraftHtml(doc, draft.html);
  if ('error' in parsed) return fail('invalid-draft', parsed.error);

  // Of several open composes: the caret's, else the focused one, else the one the user last focused.
  let editor = adapter.findEditors ? chooseEditor(doc, adapter.findEditors(doc), caret?.lastFocused() ?? null) : adapter.findEditor(doc);
  let openedReply = false;
  if (!editor) {
    if (options.openReplyIfNeeded === false) {
      return fail('no-compose', 'No compose or reply box is open.');
    }
    editor = await adapter.openReply(doc);
    if (!editor) {
      return fail('compose-not-found-after-open', 'No reply box appeared (the reply control was missing or did not open one).');
    }
    openedReply = true;
  }

  // Where the subject is decided before the body changes: only on a new message, and only when empty.
  const subjectInput = openedReply ? null : adapter.findSubjectInput(doc, editor);

  const saved = caret?.savedRangeIn(editor) ?? null;
  const range = keepAboveSignature(saved ?? startOfBody(editor), signatureBoundary(adapter, editor));
  applyRange(editor, range);

  const expected = compact(parsed.fragment.textContent ?? '').slice(0, 24);
  const before = occurrences(compact(editor.textContent ?? ''), expected);
  const landed = () => (expected ? occurrences(compact(editor!.textContent ?? ''), expected) > before : false);

  let method: 'execCommand' | 'range';
  // execCommand writes into the focused editing host at the selection: only when both are the body
  // (a focus the page refused would leave it in To or Subject), else the range, which is in the body.
  const execOk = caretIsIn(doc, editor) && tryExecCommand(doc, draft.html);
  if (execOk && (landed() || !expected)) {
    method = 'execCommand';
  } else {
    try {
      const target = doc.getSelection()?.rangeCount ? doc.getSelection()!.getRangeAt(0) : range;
      const insertAt = editor.contains(target.startContainer) ? target : range;
      insertAt.deleteContents();
      const last = parsed.fragment.lastChild;
      insertAt.insertNode(parsed.fragment);
      if (last) {
        const after = doc.createRange();
        after.setStartAfter(last);
        after.collapse(true);
        applyRange(editor, after);
      }
    } catch (error) {
      return fail('editor-rejected', `The editor refused the insertion: ${errorText(error)}`);
    }
    if (expected && !landed()) return fail('editor-rejected', 'The draft did not appear in the editor after insertion.');
    method = 'range';
    dispatchInput(editor, 'insertFromPaste');
  }

  if (adapter.provider === 'gmail') nudgeGmailDraftSave(editor);

  if (draft.subject && subjectInput && subjectInput.value.trim() === '') {
    setSubject(subjectInput, draft.subject);
  }
  return { ok: true, method, openedReply };
}
