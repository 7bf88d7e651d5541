/**
 * Any template by hand: a search box over every template (kind, language, title), diacritics
 * ignored, with the keyboard (↑ ↓ to move, Enter to pick, Escape to close). The picked template
 * opens as a card on top of the suggestions, with the same preview, Insert and Copy.
 * Opened by the compose-box shortcut (picker-shortcut.tsx) it works at the caret instead: Enter
 * inserts the template there, Escape gives the focus back to the message.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Template } from '../../templates/types';
import { searchTemplates } from '../../templates/template-search';
import { Button } from '../ui/controls';
import { useSidebar } from './context';
import { TONE_LABEL } from './labels';
import { PickerShortcutHint, focusOnceShown } from './picker-shortcut';

export interface AtCaret {
  /** Grows by one at each press of the shortcut; 0: never pressed. */
  signal: number;
  /** Whether the shortcut is on (the hint is shown then). */
  enabled: boolean;
  insert(template: Template): void;
  returnToEditor(): void;
}

export function TemplatePicker({ templates, onPick, atCaret }: { templates: readonly Template[]; onPick: (template: Template) => void; atCaret?: AtCaret }) {
  const { t, lang } = useSidebar();
  const [open, setOpen] = useState(false);
  // Opened by the shortcut: Enter inserts at the caret, Escape returns to the message.
  const [byShortcut, setByShortcut] = useState(false);
  const search = useRef<HTMLInputElement>(null);
  const signal = atCaret?.signal ?? 0;
  useEffect(() => {
    if (signal === 0) return;
    setOpen(true);
    setByShortcut(true);
  }, [signal]);
  useEffect(() => (open && byShortcut && search.current ? focusOnceShown(search.current) : undefined), [open, byShortcut, signal]);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const opener = useRef<HTMLSpanElement>(null);
  const rows = useMemo(() => searchTemplates(templates, query, lang), [templates, query, lang]);
  const current = Math.min(active, Math.max(rows.length - 1, 0));

  const close = (toMessage = false) => {
    setOpen(false);
    setQuery('');
    setActive(0);
    setByShortcut(false);
    if (toMessage) return;
    // Back to the button that opened it, once it is rendered again.
    setTimeout(() => opener.current?.querySelector('button')?.focus(), 0);
  };
  const pick = (id: string | undefined) => {
    const template = templates.find((candidate) => candidate.id === id);
    if (!template) return;
    onPick(template);
    // At the caret the insertion gives the focus back to the message itself.
    if (byShortcut && atCaret) atCaret.insert(template);
    close(byShortcut);
  };
  const escape = () => {
    if (byShortcut && atCaret) atCaret.returnToEditor();
    close(byShortcut);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown') setActive(Math.min(current + 1, rows.length - 1));
    else if (event.key === 'ArrowUp') setActive(Math.max(current - 1, 0));
    else if (event.key === 'Home') setActive(0);
    else if (event.key === 'End') setActive(Math.max(rows.length - 1, 0));
    else if (event.key === 'Enter') pick(rows[current]?.id);
    else if (event.key === 'Escape') escape();
    else return;
    event.preventDefault();
  };

  if (!open) {
    return (
      <span ref={opener}>
        <Button variant="quiet" data-testid="open-template-picker" aria-haspopup="listbox" onClick={() => setOpen(true)}>
          {t('pickTemplate')}
        </Button>
        {atCaret?.enabled ? <PickerShortcutHint lang={lang} atCaret={false} /> : null}
      </span>
    );
  }
  const optionId = (index: number) => `sb-template-option-${index}`;
  return (
    <div class="sb-picker" data-testid="template-picker">
      <label class="ui-field">
        <span class="ui-field__label">{t('pickTemplateSearch')}</span>
        <input
          class="ui-input"
          type="search"
          aria-controls="sb-template-list"
          aria-autocomplete="list"
          aria-activedescendant={rows.length > 0 ? optionId(current) : undefined}
          data-testid="template-search"
          ref={search}
          value={query}
          autoFocus
          onInput={(event) => {
            setQuery((event.currentTarget as HTMLInputElement).value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </label>
      {byShortcut ? <PickerShortcutHint lang={lang} atCaret /> : null}
      <p class="sb-muted sb-small" aria-live="polite" data-testid="template-count">{t('pickTemplateCount', { count: rows.length })}</p>
      <ul class="sb-picker__list" id="sb-template-list" role="listbox" aria-label={t('pickTemplate')}>
        {rows.map((row, index) => (
          <li
            key={row.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === current ? 'true' : 'false'}
            class={`sb-picker__option${index === current ? ' is-active' : ''}`}
            data-testid="template-option"
            data-template-id={row.id}
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => pick(row.id)}
          >
            <span class="sb-tag">{row.lang.toUpperCase()}</span> <strong>{row.kindTitle}</strong>
            {row.title && row.title !== row.kindTitle ? <span class="sb-muted"> — {row.title}</span> : null}
            <span class="sb-muted sb-small"> · {t(TONE_LABEL[row.tone])}{row.custom ? ` · ${t('pickTemplateCustom')}` : ''}</span>
          </li>
        ))}
      </ul>
      <div class="sb-actions">
        <Button onClick={escape} data-testid="close-template-picker">{t('cancel')}</Button>
      </div>
    </div>
  );
}
