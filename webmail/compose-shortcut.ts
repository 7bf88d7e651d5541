/**
 * The compose-box shortcut: Ctrl+Shift+Space (⌘⇧Space on a Mac) typed in a message body opens the
 * sidebar's template picker at the caret, as Briskine's Ctrl+Space opens its dialog. A key
 * combination, not a typed trigger: nothing is typed into the body that would have to be removed,
 * Space is the same key on every layout (Polish programmer's included; no AltGr, which is Ctrl+Alt),
 * and neither Gmail's nor Outlook's shortcuts use it. Shift keeps it clear of Ctrl+Space, which
 * switches the input method on many systems and is Briskine's own.
 *
 * Only a real key press counts (`isTrusted`): a page script dispatching a keydown does nothing.
 * Only inside a message body the adapter knows (never To, Cc, Subject or the search box).
 */

export interface ShortcutKey {
  readonly isTrusted: boolean;
  readonly key: string;
  readonly code: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
  readonly altKey: boolean;
  readonly repeat?: boolean;
}

/** Ctrl+Shift+Space or ⌘⇧Space, pressed by the user (not synthetic, not held down). */
export function isPickerShortcut(event: ShortcutKey): boolean {
  if (!event.isTrusted || event.repeat) return false;
  if (!event.shiftKey || event.altKey) return false;
  // Exactly one of Ctrl and ⌘: Ctrl+⌘ combinations belong to the system on a Mac.
  if (event.ctrlKey === event.metaKey) return false;
  return event.code === 'Space' || event.key === ' ';
}

/** The message body the event happened in, of the bodies the adapter found; null anywhere else. */
export function bodyOf(target: EventTarget | null, editors: readonly HTMLElement[]): HTMLElement | null {
  if (!target || typeof (target as Node).nodeType !== 'number') return null;
  const node = target as Node;
  return editors.find((editor) => editor === node || editor.contains(node)) ?? null;
}

export interface ComposeShortcutOptions {
  /** Every open message body (the adapter's findEditors, else findEditor). */
  editors(): HTMLElement[];
  /** Whether the user left the shortcut on (options page); checked at each key press. */
  enabled(): boolean;
  /** The shortcut was pressed in `editor`; the key press was already kept from the page. */
  onShortcut(editor: HTMLElement): void;
  addEventListener(target: EventTarget, type: 'keydown', handler: (event: KeyboardEvent) => void, options: AddEventListenerOptions): void;
}

/** Listens on the document, in the capture phase, before the webmail's own key handlers. */
export function watchComposeShortcut(doc: Document, options: ComposeShortcutOptions): void {
  options.addEventListener(
    doc,
    'keydown',
    (event) => {
      if (!isPickerShortcut(event) || !options.enabled()) return;
      const editor = bodyOf(event.target, options.editors());
      if (!editor) return;
      event.preventDefault();
      event.stopPropagation();
      options.onShortcut(editor);
    },
    { capture: true },
  );
}

/** How the shortcut is written for the user, on their platform and in their language. */
export function pickerShortcutLabel(platform: string, lang: 'pl' | 'en'): string {
  if (/mac|iphone|ipad/i.test(platform)) return '⌘⇧Space'.replace('Space', lang === 'pl' ? 'Spacja' : 'Space');
  return lang === 'pl' ? 'Ctrl+Shift+Spacja' : 'Ctrl+Shift+Space';
}
