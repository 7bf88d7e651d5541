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

export class CaretKeeper {
  private saved: Range | null = null;
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

  /** Saves the current selection when it sits inside an editable body. */
  remember(): void {
    const selection = this.doc.getSelection();
    if (!selection || selection.rangeCount === 0) return;
    const range = selection.getRangeAt(0);
    const root = editableRoot(range.startContainer);
    if (!root || !root.contains(range.endContainer)) return;
    this.saved = range.cloneRange();
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
