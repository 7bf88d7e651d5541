/**
 * The sidebar's half of the compose-box shortcut (webmail/compose-shortcut.ts): passes the user's
 * setting to the content script, turns each press into a signal that opens the template picker with
 * the focus in its search, inserts the template chosen there with Enter through the usual insertion
 * path, and says the shortcut by the picker, in both languages.
 */
import { useEffect, useState } from 'preact/hooks';
import { translator } from '../../common/i18n';
import type { Lang } from '../../offboarding/types';
import { draftForCompose } from '../../templates/compose';
import type { Template } from '../../templates/types';
import { pickerShortcutLabel } from '../../webmail/compose-shortcut';
import { suggestionAnchor } from './ActionNotice';
import { renderDraft } from './drafts';
import type { SidebarModel } from './state';
import type { SidebarState } from './model/types';
import type { SidebarDeps } from './ports';

export const pickerShortcutMessages = {
  hint: {
    pl: 'W treści wiadomości skrót {keys} otwiera tę listę w miejscu kursora.',
    en: 'In a message body, {keys} opens this list at the cursor.',
  },
  atCaret: {
    pl: 'Enter wstawia wybrany szablon w miejscu kursora, Esc wraca do wiadomości bez zmian.',
    en: 'Enter inserts the chosen template at the cursor; Esc goes back to the message, unchanged.',
  },
} as const;

export function shortcutKeys(lang: Lang): string {
  return pickerShortcutLabel(globalThis.navigator?.platform ?? '', lang);
}

/** Whether the user left the shortcut on (absent: on). */
export function shortcutEnabled(state: Pick<SidebarState, 'settings'>): boolean {
  return state.settings?.composeShortcut !== false;
}

/**
 * Keeps the content script told of the setting, and counts the presses: each new count asks the
 * picker to open at the caret. 0 until the first press.
 */
export function usePickerShortcut(deps: SidebarDeps, enabled: boolean): number {
  const [presses, setPresses] = useState(0);
  const port = deps.shortcut;
  useEffect(() => {
    if (!port) return;
    // A content script that cannot be reached keeps the key off (its default); nothing to show.
    port.setEnabled(enabled).catch(() => undefined);
  }, [port, enabled]);
  useEffect(() => (port && enabled ? port.onPressed(() => setPresses((n) => n + 1)) : undefined), [port, enabled]);
  return presses;
}

/**
 * Focuses the search as soon as the frame can take it: the content script shows the frame in the
 * same moment it tells us, and a frame that has not been laid out yet refuses focus. Animation
 * frames run only once it is shown; a few are enough. Returns a function that stops trying.
 */
export function focusOnceShown(input: HTMLElement, frames = 60): () => void {
  let handle = 0;
  const attempt = (left: number) => {
    input.focus();
    if (input.ownerDocument.activeElement === input || left <= 0) return;
    handle = requestAnimationFrame(() => attempt(left - 1));
  };
  attempt(frames);
  return () => cancelAnimationFrame(handle);
}

/** Inserts a template as its card's Insert would, with nothing typed yet: a missing value stays a placeholder. */
export async function insertAtCaret(deps: SidebarDeps, model: SidebarModel, state: SidebarState, template: Template): Promise<void> {
  if (!state.settings) return;
  const rendered = await renderDraft(deps.templates, template, {
    client: state.record?.client ?? null,
    offboarding: state.record?.offboarding ?? null,
    settings: state.settings,
    context: state.context,
    today: deps.today(),
    overrides: {},
  });
  await model.insertDraft(template.kind, template.lang, draftForCompose(rendered, state.context?.compose.kind), suggestionAnchor(template.id));
}

export function PickerShortcutHint({ lang, atCaret }: { lang: Lang; atCaret: boolean }) {
  const t = translator(pickerShortcutMessages, lang);
  return (
    <p class="sb-muted sb-small" data-testid={atCaret ? 'picker-at-caret-hint' : 'picker-shortcut-hint'}>
      {atCaret ? t('atCaret') : t('hint', { keys: shortcutKeys(lang) })}
    </p>
  );
}
