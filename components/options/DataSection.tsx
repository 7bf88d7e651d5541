/** Export, import and delete-everything. Imports are checked by the background; its refusal is shown as is. */
import { deleteAllConfirmed, deleteAllWord } from './delete-all-word';
import { useState } from 'preact/hooks';
import { Alert, Button, Section, TextField } from '../ui/controls';
import { downloadText } from '../../common/download';
import { todayIso } from '../../offboarding/calendar';
import type { StoreClient } from '../../storage/protocol';
import { userErrorText } from '../../common/user-errors';
import type { Lang } from '../../offboarding/types';
import { importRefusalText } from './import-refusal';
import type { OptionsTranslate } from './messages';

type Status = { tone: 'ok' | 'error'; text: string; testId: string } | null;

export function DataSection({ t, store, uiLang }: { t: OptionsTranslate; store: StoreClient; uiLang: Lang }) {
  const [status, setStatus] = useState<Status>(null);
  const [confirmText, setConfirmText] = useState('');
  const [busy, setBusy] = useState(false);
  // The word to type is in the UI language (USUŃ / DELETE); the store's request stays 'DELETE'.
  const word = deleteAllWord(uiLang);
  const confirmed = deleteAllConfirmed(confirmText, uiLang);

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
        const json = await store.call('data.export', {});
        downloadText(`offboard-export-${todayIso()}.json`, json, 'application/json');
        setStatus(null);
      } catch (error) {
        setStatus({ tone: 'error', text: t('exportFailed', { error: userErrorText(error, uiLang) }), testId: 'export-error' });
      }
    });

  const importFile = (input: HTMLInputElement) =>
    run(async () => {
      const file = input.files?.[0];
      input.value = ''; // the same file can be picked again after a fix
      if (!file) return;
      let json: string;
      try {
        json = await readFileText(file);
      } catch (error) {
        setStatus({ tone: 'error', text: t('importUnreadable', { error: userErrorText(error, uiLang) }), testId: 'import-error' });
        return;
      }
      try {
        const result = await store.call('data.import', { json });
        setStatus({ tone: 'ok', text: t('importDone', result), testId: 'import-done' });
      } catch (error) {
        setStatus({ tone: 'error', text: t('importRefused', { error: importRefusalText(error, uiLang) }), testId: 'import-error' });
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
      <div class="options-actions">
        <Button onClick={() => void exportAll()} disabled={busy} data-testid="export-data">{t('exportData')}</Button>
        <label class="ui-button options-file">
          {t('importData')}
          <input
            type="file"
            accept="application/json,.json"
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

/** FileReader works everywhere Blob.text() may be missing (older engines, jsdom). */
function readFileText(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file, 'utf-8');
  });
}
