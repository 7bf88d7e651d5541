/**
 * The compose-box shortcut on the options page: what it does, and a switch to turn it off
 * (Settings.composeShortcut; absent means on). Saved on its own, like the backup reminder.
 */
import { useMemo, useState } from 'preact/hooks';
import { Alert, Checkbox, Section } from '../ui/controls';
import { translator } from '../../common/i18n';
import { errorText } from '../../common/errors';
import type { Lang, Settings } from '../../offboarding/types';
import type { StoreClient } from '../../storage/protocol';
import { pickerShortcutLabel } from '../../webmail/compose-shortcut';

export const composeShortcutMessages = {
  title: { pl: 'Skrót w treści wiadomości', en: 'Shortcut in the message body' },
  what: {
    pl: 'Gdy kursor jest w treści odpowiedzi lub nowej wiadomości w Gmailu albo Outlooku, {keys} otwiera panel z listą szablonów. Enter wstawia wybrany szablon w miejscu kursora (Ctrl+Z cofa wstawienie), Esc wraca do wiadomości bez zmian.',
    en: 'With the cursor in the body of a reply or a new message in Gmail or Outlook, {keys} opens the sidebar at the list of templates. Enter inserts the chosen template at the cursor (Ctrl+Z undoes it); Esc goes back to the message, unchanged.',
  },
  toggle: { pl: 'Włącz skrót {keys}', en: 'Turn on the {keys} shortcut' },
  saveFailed: { pl: 'Nie udało się zapisać ustawienia skrótu: {error}', en: 'The shortcut setting could not be saved: {error}' },
} as const;

export function ComposeShortcutSetting({ store, settings, uiLang, onSaved, platform }: {
  store: StoreClient;
  settings: Settings;
  uiLang: Lang;
  onSaved: (settings: Settings) => void;
  /** navigator.platform: the keys are written as the user's keyboard has them. */
  platform?: string;
}) {
  const t = useMemo(() => translator(composeShortcutMessages, uiLang), [uiLang]);
  const [error, setError] = useState<string | null>(null);
  const keys = pickerShortcutLabel(platform ?? globalThis.navigator?.platform ?? '', uiLang);
  const save = async (on: boolean) => {
    try {
      const current = await store.call('settings.get', {});
      onSaved(await store.call('settings.put', { settings: { ...current, composeShortcut: on } }));
      setError(null);
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  return (
    <Section title={t('title')} testId="compose-shortcut-section">
      <p>{t('what', { keys })}</p>
      <Checkbox label={t('toggle', { keys })} checked={settings.composeShortcut !== false} testId="compose-shortcut-toggle" onChange={(on) => void save(on)} />
      {error !== null ? <Alert tone="error" testId="compose-shortcut-error">{t('saveFailed', { error })}</Alert> : null}
    </Section>
  );
}
