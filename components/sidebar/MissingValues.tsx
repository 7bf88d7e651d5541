/**
 * The missing-values form the messages and the documents share: one field per value the record
 * lacks (a calendar for dates), a value the thread or the record proposes shown with a button to use
 * it (never filled by itself), and "save these values to the client".
 */
import type { ComponentChildren } from 'preact';
import { Button, Checkbox, TextField } from '../ui/controls';
import { useSidebar } from './context';

export interface MissingValueField {
  path: string;
  label: string;
  isDate: boolean;
  /** A value to offer: the sentence that says where it comes from, and the value the button fills in. */
  proposal?: { text: string; value: string; display: string };
  /** Why the typed value is not taken (e.g. "„x” to nie data"), from the document. */
  problem?: string;
}

function isIsoDayOrEmpty(value: string | undefined): boolean {
  const trimmed = value?.trim() ?? '';
  return trimmed === '' || /^\d{4}-\d{2}-\d{2}$/.test(trimmed);
}

export function MissingValues({ fields, values, onInput, onUse, save, children, testIdPrefix = '' }: {
  fields: readonly MissingValueField[];
  values: Readonly<Record<string, string>>;
  /** `typing`: a keystroke; the preview may follow after a pause. */
  onInput: (path: string, value: string) => void;
  onUse: (path: string, value: string) => void;
  save?: { checked: boolean; label: string; onChange: (checked: boolean) => void };
  children?: ComponentChildren;
  /** Before every data-testid, so that two forms on one page stay apart ("document-"). */
  testIdPrefix?: string;
}) {
  const { t } = useSidebar();
  return (
    <fieldset class="sb-fieldset" data-testid={`${testIdPrefix}missing-values`}>
      <legend>{t('missingTitle')}</legend>
      {children}
      {fields.map((field) => (
        <div key={field.path}>
          <TextField
            label={field.label}
            {...(field.isDate ? { type: 'date', hint: t('dateFieldHint') } : {})}
            error={field.isDate && !isIsoDayOrEmpty(values[field.path]) ? t('badDate') : field.problem ?? null}
            testId={`${testIdPrefix}missing-${field.path}`}
            value={values[field.path] ?? ''}
            onInput={(value) => onInput(field.path, value)}
          />
          {field.proposal ? (
            <p class="sb-small" data-testid={`${testIdPrefix}proposed-value`}>
              {field.proposal.text}{' '}
              <Button variant="quiet" data-testid={`${testIdPrefix}use-proposed`} onClick={() => onUse(field.path, field.proposal!.value)}>
                {t('useProposed', { date: field.proposal.display })}
              </Button>
            </p>
          ) : null}
        </div>
      ))}
      {save ? <Checkbox label={save.label} checked={save.checked} onChange={save.onChange} testId={`${testIdPrefix}save-to-client`} /> : null}
    </fieldset>
  );
}
