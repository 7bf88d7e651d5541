/** The editable preview: the draft's text, edited by the user, is what is inserted (Suggestions.tsx sanitizes it). */
import { Button } from '../ui/controls';
import { useSidebar } from './context';

export function DraftTextEdit({ editedText, original, onChange }: {
  /** Undefined while the user has not started editing. */
  editedText: string | undefined;
  original: string;
  onChange: (editedText: string | undefined) => void;
}) {
  const { t } = useSidebar();
  return (
    <>
      {editedText !== undefined ? (
        <label class="ui-field">
          <span class="ui-field__label">{t('editDraftLabel')}</span>
          <textarea
            class="ui-input sb-draft-edit"
            rows={12}
            data-testid="draft-edit"
            value={editedText}
            onInput={(event) => onChange((event.currentTarget as HTMLTextAreaElement).value)}
          />
          <span class="sb-muted sb-small">{t('editDraftHint')}</span>
        </label>
      ) : null}
      <div class="sb-actions">
        {editedText === undefined ? (
          <Button variant="quiet" data-testid="edit-draft" onClick={() => onChange(original)}>{t('editDraft')}</Button>
        ) : (
          <Button variant="quiet" data-testid="discard-draft-edit" onClick={() => onChange(undefined)}>{t('discardDraftEdit')}</Button>
        )}
      </div>
    </>
  );
}
