/**
 * The options page. Nothing is rendered until the settings are in, so the page never flashes in
 * the wrong language; a saved UI language applies at once.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Settings } from '../../offboarding/types';
import { clientIdFromHash } from '../../common/thread-target';
import { resolveUiLang, translator } from '../../common/i18n';
import { Alert } from '../ui/controls';
import { todayIso } from '../../offboarding/calendar';
import type { StoreClient } from '../../storage/protocol';
import type { Navigator } from '../../common/navigator';
import { errorText } from '../../common/errors';
import { ClientCard } from './ClientCard';
import { DataSection } from './DataSection';
import { optionsMessages } from './messages';
import { SettingsForm } from './SettingsForm';
import { TemplateManager } from './TemplateManager';
import type { TemplateTools } from './templateTools';

export interface OptionsAppProps {
  store: StoreClient;
  nav: Navigator;
  tools: TemplateTools;
  languages?: readonly string[];
  today?: string;
  /** location.hash; "#client=<id>" shows that client first. */
  hash?: string;
}

export function OptionsApp({ store, nav, tools, languages, today, hash = '' }: OptionsAppProps) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);
  const day = today ?? todayIso();

  useEffect(() => {
    let live = true;
    const load = () =>
      store.call('settings.get', {}).then(
        (loaded) => live && setSettings(loaded),
        (caught: unknown) => live && setError(errorText(caught)),
      );
    void load();
    const stop = store.onChanged((change) => {
      if (change.tables.includes('settings')) void load();
    });
    return () => {
      live = false;
      stop();
    };
  }, [store]);

  const lang = resolveUiLang(settings?.uiLanguage ?? 'auto', languages);
  const t = useMemo(() => translator(optionsMessages, lang), [lang]);

  useEffect(() => {
    if (settings) {
      document.documentElement.lang = lang;
      document.title = t('pageTitle');
    }
  }, [settings, lang, t]);

  if (!settings) {
    return error === null ? <div class="options options--loading" aria-busy="true" /> : <Alert tone="error">{t('loadError', { error })}</Alert>;
  }
  const clientId = clientIdFromHash(hash);

  return (
    <main class="options" lang={lang}>
      <h1 class="options__title">{t('pageTitle')}</h1>
      <p class="options-privacy" data-testid="privacy">{t('privacy')}</p>
      {clientId !== null && <ClientCard t={t} store={store} nav={nav} clientId={clientId} />}
      <SettingsForm t={t} store={store} settings={settings} onSaved={setSettings} />
      <TemplateManager t={t} uiLang={lang} store={store} tools={tools} settings={settings} today={day} />
      <DataSection t={t} store={store} uiLang={lang} />
    </main>
  );
}
