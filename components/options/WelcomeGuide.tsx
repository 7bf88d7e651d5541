/**
 * The first run's guide (options.html#welcome, opened on install; shown while the profile lacks a
 * name or a grammatical form): every message's grammar and signature come from the profile.
 */
import { Alert, Button } from '../ui/controls';
import type { OptionsTranslate } from './messages';

export function WelcomeGuide({ t }: { t: OptionsTranslate }) {
  const toProfile = () => {
    const profile = document.querySelector<HTMLElement>('[data-testid="profile"]');
    profile?.scrollIntoView({ block: 'start' });
    profile?.querySelector<HTMLInputElement>('[data-testid="profile-name"]')?.focus();
  };
  return (
    <Alert tone="info" testId="welcome">
      <p><strong>{t('welcomeTitle')}</strong></p>
      <p>{t('welcomeBody')}</p>
      <Button variant="primary" data-testid="welcome-to-profile" onClick={toProfile}>{t('welcomeToProfile')}</Button>
    </Alert>
  );
}
