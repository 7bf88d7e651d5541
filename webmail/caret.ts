/**
 * Remembers where the caret was inside the compose body, because clicking in the sidebar moves focus
 * (and the selection) out of the page. InboxSDK issue 1135: without this, inserts went into the subject.
 */

function editableRoot(node: Node | null): HTMLElement | null {
  let el: Element | null = node && node.nodeType === 1 ? (node as Element) : (node?.parentElement ?? null);
  let root: HTMLElement | null = null;
  for (; el; el = el.parentElement) {
    if ((el as HTMLElement).isContentEditable || el.getAttribute('contenteditable') === 'true') root = el as HTMLElement;
  }
  return root;
}

/** A collapsed range at the start of the body: inside its first empty paragraph when it has one. */
export function startOfBody(editor: HTMLElement): Range {
  const range = editor.ownerDocument.createRange();
  const first = editor.firstElementChild;
  const firstIsEmptyBlock =
    first &&
    editor.firstChild === first &&
    /^(DIV|P)$/.test(first.tagName) &&
    !first.matches('.gmail_signature, #Signature, [id^="Signature"]') &&
    (first.textContent ?? '').trim() === '' &&
    !first.querySelector('img, table, div');
  if (firstIsEmptyBlock) range.setStart(first, 0);
  else range.setStart(editor, 0);
  range.collapse(true);
  return range;
}

/**
 * Of the compose bodies open at once, the one the user means: the one holding the caret now, else
 * the one focused now, else the one they last focused or typed in (`remembered`), else the last in
 * the page (the newest compose). Only ever one of `editors`: never any other editable.
 */
export function chooseEditor(doc: Document, editors: readonly HTMLElement[], remembered: Element | null = null): HTMLElement | null {
  if (editors.length === 0) return null;
  const selection = doc.getSelection();
  const anchor = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).startContainer : null;
  const holding = (node: Node | null) => (node ? editors.find((editor) => editor.contains(node)) : undefined);
  return (
    holding(anchor) ??
    holding(doc.activeElement) ??
    holding(remembered && remembered.isConnected ? remembered : null) ??
    editors[editors.length - 1]!
  );
}

export class CaretKeeper {
  private saved: Range | null = null;
  /** The editable area the user last focused or put the caret in. */
  private lastEditable: HTMLElement | null = null;
  private readonly doc: Document;

  constructor(doc: Document) {
    this.doc = doc;
  }

  /** Starts listening; returns the function that stops. */
  attach(): () => void {
    const remember = () => this.remember();
    const types = ['selectionchange', 'keyup', 'mouseup', 'focusin'] as const;
    for (const type of types) this.doc.addEventListener(type, remember, true);
    return () => {
      for (const type of types) this.doc.removeEventListener(type, remember, true);
    };
  }

  /** Saves the current selection when it sits inside an editable body, and which one is focused. */
  remember(): void {
    const focused = editableRoot(this.doc.activeElement);
    if (focused) this.lastEditable = focused;
    const selection = this.doc.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const root = editableRoot(range.startContainer);
    if (!root || !root.contains(range.endContainer)) return;
    this.saved = range.cloneRange();
    this.lastEditable = root;
  }

  /** The editable area last focused or holding the caret, while it is still in the page. */
  lastFocused(): HTMLElement | null {
    return this.lastEditable?.isConnected ? this.lastEditable : null;
  }

  /** The saved range if it is still inside this editor. */
  savedRangeIn(editor: HTMLElement): Range | null {
    const saved = this.saved;
    if (!saved) return null;
    const inside =
      saved.startContainer.isConnected &&
      editor.contains(saved.startContainer) &&
      editor.contains(saved.endContainer);
    return inside ? saved.cloneRange() : null;
  }

  /**
   * Focuses the editor and puts the caret back; when the saved one is gone (or was elsewhere),
   * collapses at the start of the body. Never touches the subject.
   */
  restore(editor: HTMLElement): Range {
    const range = this.savedRangeIn(editor) ?? startOfBody(editor);
    applyRange(editor, range);
    return range;
  }
}

/** Focus first (focusing can move the caret to the start), then select the range. */
export function applyRange(editor: HTMLElement, range: Range): void {
  try {
    editor.focus({ preventScroll: true });
  } catch {
    // focus() can throw in detached or exotic editors; the selection below still applies
  }
  const selection = editor.ownerDocument.getSelection();
  if (!selection) return;
  selection.removeAllRanges();
  selection.addRange(range);
}
