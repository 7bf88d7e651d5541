/**
 * Export, import and delete-everything. Both directions stream (storage/backup/stream.ts): the page
 * writes the file from bounded pages and reads the picked file line by line, so a backup of any
 * size fits; the background checks every batch and commits all or nothing.
 */
import { useMemo, useState } from 'preact/hooks';
import { Alert, Button, Section, TextField } from '../ui/controls';
import { downloadBlob } from '../../common/download';
import { translator } from '../../common/i18n';
import { ExportChangedError, exportBackup, importBackup } from '../../storage/backup/stream';
import { backupMessages } from './backup-messages';
import { BackupReminder } from './BackupReminder';
import { AutoBackupSection } from './AutoBackupSection';
import { chromeDownloadsPermission, type DownloadsPermission } from './downloads-permission';
import { todayIso } from '../../offboarding/calendar';
import type { StoreClient } from '../../storage/protocol';
import { userErrorText } from '../../common/user-errors';
import { deleteAllConfirmed, deleteAllWord } from './delete-all-word';
import type { Lang } from '../../offboarding/types';
import { importRefusalText } from './import-refusal';
import type { OptionsTranslate } from './messages';

type Status = { tone: 'ok' | 'error'; text: string; testId: string } | null;

export function DataSection({ t, store, uiLang, downloadsPermission = chromeDownloadsPermission }: { t: OptionsTranslate; store: StoreClient; uiLang: Lang; downloadsPermission?: DownloadsPermission }) {
  const [status, setStatus] = useState<Status>(null);
  const [confirmText, setConfirmText] = useState('');
  // The word to type is in the UI language (USUŃ / DELETE); the store's request stays 'DELETE'.
  const word = deleteAllWord(uiLang);
  const confirmed = deleteAllConfirmed(confirmText, uiLang);
  const [busy, setBusy] = useState(false);
  const tb = useMemo(() => translator(backupMessages, uiLang), [uiLang]);

  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } finally {
      setBusy(false);
    }
  };

  const exportAll = () =>
    run(async () => {
      try {
        const backup = await exportBackup(store);
        downloadBlob(`offboard-backup-${todayIso()}.jsonl`, backup.blob);
        await store.call('data.backupDone', {});
        setStatus({ tone: 'ok', text: tb('exportDone', { ...backup.counts }), testId: 'export-done' });
      } catch (error) {
        const text = error instanceof ExportChangedError ? tb('exportChanged') : userErrorText(error, uiLang);
        setStatus({ tone: 'error', text: t('exportFailed', { error: text }), testId: 'export-error' });
      }
    });

  const importFile = (input: HTMLInputElement) =>
    run(async () => {
      const file = input.files?.[0];
      input.value = ''; // the same file can be picked again after a fix
      if (!file) return;
      try {
        const result = await importBackup(store, file);
        setStatus({ tone: 'ok', text: t('importDone', result), testId: 'import-done' });
      } catch (error) {
        const unreadable = error instanceof DOMException || (error instanceof Error && error.name === 'NotReadableError');
        setStatus(
          unreadable
            ? { tone: 'error', text: t('importUnreadable', { error: userErrorText(error, uiLang) }), testId: 'import-error' }
            : { tone: 'error', text: t('importRefused', { error: importRefusalText(error, uiLang) }), testId: 'import-error' },
        );
      }
    });

  const deleteAll = () =>
    run(async () => {
      if (!confirmed) return;
      try {
        await store.call('data.deleteAll', { confirm: 'DELETE' });
        setConfirmText('');
        setStatus({ tone: 'ok', text: t('deleteAllDone'), testId: 'delete-done' });
      } catch (error) {
        setStatus({ tone: 'error', text: t('deleteAllFailed', { error: userErrorText(error, uiLang) }), testId: 'delete-error' });
      }
    });

  return (
    <Section title={t('dataTitle')} testId="data">
      <BackupReminder store={store} uiLang={uiLang} />
      <AutoBackupSection store={store} uiLang={uiLang} permission={downloadsPermission} />
      <div class="options-actions">
        <Button onClick={() => void exportAll()} disabled={busy} data-testid="export-data">{busy ? tb('working') : t('exportData')}</Button>
        <label class="ui-button options-file">
          {t('importData')}
          <input
            type="file"
            accept="application/json,application/x-ndjson,.json,.jsonl"
            class="ui-visually-hidden"
            data-testid="import-file"
            disabled={busy}
            onChange={(event) => void importFile(event.currentTarget)}
          />
        </label>
      </div>
      {status && <Alert tone={status.tone} testId={status.testId}>{status.text}</Alert>}
      <div class="options-danger">
        <h3>{t('deleteAllTitle')}</h3>
        <p>{t('deleteAllExplain', { word })}</p>
        <TextField label={t('deleteAllConfirmLabel', { word })} value={confirmText} onInput={setConfirmText} testId="delete-confirm" />
        <Button variant="danger" disabled={busy || !confirmed} onClick={() => void deleteAll()} data-testid="delete-all">
          {t('deleteAllButton')}
        </Button>
      </div>
    </Section>
  );
}
