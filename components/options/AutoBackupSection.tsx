/**
 * The optional automatic backup on the options page: the switch (asking for the downloads
 * permission inside the click), how often, how many files to keep, when the last one was saved and
 * what went wrong with the last one. The background runs it (background/auto-backup.ts).
 */
import { useMemo } from 'preact/hooks';
import { Alert, Checkbox, SelectField } from '../ui/controls';
import { translator } from '../../common/i18n';
import { errorText } from '../../common/errors';
import { formatDisplayDateTime } from './display-time';
import { AUTO_BACKUP_INTERVALS, AUTO_BACKUP_KEEP_MAX, AUTO_BACKUP_KEEP_MIN } from '../../offboarding/auto-backup';
import type { Lang } from '../../offboarding/types';
import type { AutoBackupState, StoreClient, StoreOperations } from '../../storage/protocol';
import { useStoreValue } from '../ui/use-store-value';
import { autoBackupMessages, intervalLabel } from './auto-backup-messages';
import type { DownloadsPermission } from './downloads-permission';

const KEEP_CHOICES = Array.from({ length: AUTO_BACKUP_KEEP_MAX - AUTO_BACKUP_KEEP_MIN + 1 }, (_, i) => String(AUTO_BACKUP_KEEP_MIN + i));

export function AutoBackupSection({ store, uiLang, permission }: { store: StoreClient; uiLang: Lang; permission: DownloadsPermission }) {
  const t = useMemo(() => translator(autoBackupMessages, uiLang), [uiLang]);
  const { value: state, setValue: setState, error, setError } = useStoreValue(store, () => store.call('backup.autoStatus', {}));

  if (!state) return error === null ? null : <Alert tone="error" testId="auto-backup-error">{t('autoLoadFailed', { error })}</Alert>;

  // Only the changed field goes: a second change sent before the first is answered must not undo it.
  const save = async (patch: StoreOperations['backup.autoConfigure']['req']) => {
    try {
      setError(null);
      setState(await store.call('backup.autoConfigure', patch));
    } catch (caught) {
      setError(errorText(caught));
    }
  };
  const toggle = async (on: boolean) => {
    if (on) {
      // The browser asks only while the click is being handled: nothing may be awaited before this.
      let granted = false;
      try {
        granted = await permission.request();
      } catch (caught) {
        setError(errorText(caught));
        return;
      }
      if (!granted) {
        setError(t('autoPermissionRefused'));
        return;
      }
      await save({ enabled: true });
    } else {
      await save({ enabled: false });
      // Held only while it is on; the background sees it off first, so this is no failure.
      await permission.remove().catch(() => false);
    }
  };

  const last = state.lastAutoAt === null ? t('autoLastNever') : t('autoLast', { when: formatDisplayDateTime(state.lastAutoAt, uiLang), count: state.files.length });

  return (
    <div class="options-auto-backup" data-testid="auto-backup">
      <Checkbox label={t('autoEnabled')} checked={state.enabled} testId="auto-backup-enabled" onChange={(on) => void toggle(on)} />
      <p class="options-hint">{t('autoExplain')}</p>
      <SelectField
        label={t('autoInterval')}
        value={String(state.intervalDays)}
        testId="auto-backup-interval"
        options={AUTO_BACKUP_INTERVALS.map((days) => ({ value: String(days), label: intervalLabel(days, uiLang) }))}
        onChange={(value) => void save({ intervalDays: Number(value) })}
      />
      <SelectField
        label={t('autoKeep')}
        value={String(state.keep)}
        testId="auto-backup-keep"
        options={KEEP_CHOICES.map((value) => ({ value, label: value }))}
        onChange={(value) => void save({ keep: Number(value) })}
      />
      {state.enabled || state.lastAutoAt !== null ? <p data-testid="auto-backup-last">{last}</p> : null}
      {state.failure ? (
        <Alert tone={state.failure.code === 'permission-removed' ? 'warn' : 'error'} testId="auto-backup-failure" onDismiss={() => void save({})} dismissLabel={t('autoDismiss')}>
          {failureText(state.failure, t, uiLang)}
        </Alert>
      ) : null}
      {error !== null ? <Alert tone="error" testId="auto-backup-error">{error}</Alert> : null}
    </div>
  );
}

function failureText(failure: NonNullable<AutoBackupState['failure']>, t: (key: keyof typeof autoBackupMessages, params?: Record<string, string | number>) => string, uiLang: Lang): string {
  const when = formatDisplayDateTime(failure.at, uiLang);
  switch (failure.code) {
    case 'permission-removed':
      return t('autoFailedPermission', { when });
    case 'disk-full':
      return t('autoFailedDiskFull', { when });
    case 'download-failed':
      return t('autoFailedDownload', { when, detail: failure.detail ?? '—' });
    case 'export-failed':
      return t('autoFailedExport', { when, detail: failure.detail ?? '—' });
  }
}
