/**
 * The missing-values form the messages and the documents share: one field per value the record
 * lacks (a calendar for dates, a choice for a value with a closed set of answers), a value the thread or the record proposes shown with a button to use
 * it (never filled by itself), and "save these values to the client".
 */
import type { ComponentChildren } from 'preact';
import { Button, Checkbox, Segmented, TextField } from '../ui/controls';
import type { ClosedAnswers } from '../../templates/value-answers';
import { useSidebar } from './context';

export interface MissingValueField {
  path: string;
  label: string;
  isDate: boolean;
  /** A closed set of answers (templates/value-answers.ts): chosen, not typed; the canonical word is stored. */
  answers?: ClosedAnswers;
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
  const { t, lang } = useSidebar();
  return (
    <fieldset class="sb-fieldset" data-testid={`${testIdPrefix}missing-values`}>
      <legend>{t('missingTitle')}</legend>
      {children}
      {fields.map((field) => (
        <div key={field.path}>
          {field.answers ? (
            <>
              <Segmented
                legend={field.label}
                // A word typed before the choice existed ("tak", "pisemna") shows as its answer.
                value={field.answers.read(values[field.path])}
                options={field.answers.answers.map((answer) => ({ value: answer.value, label: answer.label[lang] }))}
                onChange={(value) => onUse(field.path, value)}
                testId={`${testIdPrefix}missing-${field.path}`}
              />
              {field.problem ? <p class="ui-field__error" role="alert">{field.problem}</p> : null}
            </>
          ) : <TextField
            label={field.label}
            {...(field.isDate ? { type: 'date', hint: t('dateFieldHint') } : {})}
            error={field.isDate && !isIsoDayOrEmpty(values[field.path]) ? t('badDate') : field.problem ?? null}
            testId={`${testIdPrefix}missing-${field.path}`}
            value={values[field.path] ?? ''}
            onInput={(value) => onInput(field.path, value)}
          />}
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
