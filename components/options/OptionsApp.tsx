/**
 * The options page. Nothing is rendered until the settings are in, so the page never flashes in
 * the wrong language; a saved UI language applies at once.
 */
import { WelcomeGuide } from './WelcomeGuide';
import { useEffect, useMemo } from 'preact/hooks';
import { clientIdFromHash } from '../../common/thread-target';
import { resolveUiLang, translator } from '../../common/i18n';
import { Alert } from '../ui/controls';
import { todayIso } from '../../offboarding/calendar';
import type { StoreClient } from '../../storage/protocol';
import type { Navigator } from '../../common/navigator';
import { InsightsLink } from '../insights/InsightsLink';
import { createOptionsModel } from './settings-model';
import { useModelState } from '../ui/use-model-state';
import { ClientCard } from './ClientCard';
import { DataSection } from './DataSection';
import { optionsMessages } from './messages';
import { SettingsForm } from './SettingsForm';
import { TemplateManager } from './TemplateManager';
import type { TemplateTools } from './template-tools';
import { WebmailAccessSection } from './WebmailAccessSection';
import { ComposeShortcutSetting } from './ComposeShortcutSetting';
import type { WebmailPermissions } from './webmail-permissions';

export interface OptionsAppProps {
  store: StoreClient;
  nav: Navigator;
  tools: TemplateTools;
  languages?: readonly string[];
  today?: string;
  /** location.hash; "#client=<id>" shows that client first. */
  hash?: string;
  /** Outlook at a company's own address (optional host permissions); the section is shown when given. */
  webmailPermissions?: WebmailPermissions;
}

export function OptionsApp({ store, nav, tools, languages, today, hash = '', webmailPermissions }: OptionsAppProps) {
  const model = useMemo(() => createOptionsModel(store), [store]);
  const { settings, error } = useModelState(model);
  const day = today ?? todayIso();

  useEffect(() => model.start(), [model]);

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
      {hash === '#welcome' || !settings.profile.name.trim() || !settings.profile.senderForm ? <WelcomeGuide t={t} /> : null}
      <p><InsightsLink nav={nav} lang={lang} className="ui-button ui-button--secondary" /></p>
      {clientId !== null && <ClientCard t={t} store={store} nav={nav} clientId={clientId} uiLang={lang} />}
      <SettingsForm t={t} store={store} settings={settings} onSaved={model.saved} />
      <ComposeShortcutSetting store={store} settings={settings} uiLang={lang} onSaved={model.saved} />
      <TemplateManager t={t} uiLang={lang} store={store} tools={tools} settings={settings} today={day} />
      {webmailPermissions && <WebmailAccessSection permissions={webmailPermissions} uiLang={lang} />}
      <DataSection t={t} store={store} uiLang={lang} />
    </main>
  );
}
