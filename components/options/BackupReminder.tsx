/**
 * The backup reminder on the options page: when the last backup was saved, a warning once it is
 * older than the chosen interval (offboarding/backup-reminder.ts, the rule the badge uses too), and
 * the interval itself, saved into Settings.
 */
import { useMemo } from 'preact/hooks';
import { Alert, SelectField } from '../ui/controls';
import { translator } from '../../common/i18n';
import { formatDisplayDate } from '../../common/display-date';
import { formatCount } from '../../templates/format';
import { todayIso } from '../../offboarding/calendar';
import { BACKUP_REMINDER_CHOICES, BACKUP_REMINDER_DEFAULT_DAYS, backupReminder } from '../../offboarding/backup-reminder';
import type { Lang } from '../../offboarding/types';
import type { StoreClient } from '../../storage/protocol';
import { useStoreValue } from '../ui/use-store-value';
import { errorText } from '../../common/errors';
import { backupMessages } from './backup-messages';
import { intervalLabel } from './auto-backup-messages';

export function BackupReminder({ store, uiLang, today }: { store: StoreClient; uiLang: Lang; today?: string }) {
  const t = useMemo(() => translator(backupMessages, uiLang), [uiLang]);
  const { value: loaded, setValue: setLoaded, error, setError } = useStoreValue(store, async () => {
    const [status, settings] = await Promise.all([store.call('data.backupStatus', {}), store.call('settings.get', {})]);
    return { status, settings };
  });

  if (error !== null) return <Alert tone="error" testId="backup-reminder-error">{t('reminderLoadFailed', { error })}</Alert>;
  if (!loaded) return null;
  const { status, settings } = loaded;

  const interval = settings.backupReminderDays ?? BACKUP_REMINDER_DEFAULT_DAYS;
  const day = today ?? todayIso();
  const reminder = backupReminder(status, day, interval);
  const last =
    status.lastBackupAt === null
      ? t('lastBackupNever')
      : t('lastBackupOn', { date: formatDisplayDate(todayIso(new Date(status.lastBackupAt)), uiLang), ago: agoText(reminder.daysSince ?? 0, uiLang) });

  const saveInterval = async (days: string) => {
    try {
      const current = await store.call('settings.get', {});
      setLoaded({ status, settings: await store.call('settings.put', { settings: { ...current, backupReminderDays: Number(days) } }) });
    } catch (caught) {
      setError(errorText(caught));
    }
  };

  return (
    <div class="options-backup" data-testid="backup-reminder">
      {reminder.due ? (
        <Alert tone="warn" testId="backup-due">{`${last} ${t('backupDue', { interval: intervalLabel(interval, uiLang) })}`}</Alert>
      ) : (
        <p data-testid="backup-last">{last}</p>
      )}
      <SelectField
        label={t('reminderInterval')}
        value={String(interval)}
        testId="backup-interval"
        options={BACKUP_REMINDER_CHOICES.map((days) => ({ value: String(days), label: intervalLabel(days, uiLang) }))}
        onChange={(value) => void saveInterval(value)}
      />
    </div>
  );
}

function agoText(days: number, lang: Lang): string {
  if (days <= 0) return lang === 'pl' ? 'dziś' : 'today';
  if (days === 1) return lang === 'pl' ? 'wczoraj' : 'yesterday';
  return lang === 'pl' ? `${formatCount(days, 'days', 'pl')} temu` : `${formatCount(days, 'days', 'en')} ago`;
}
