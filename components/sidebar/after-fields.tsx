/** Controls the after-the-end forms share: their texts, a multi-line field and the validation of captured text. */
import { useMemo } from 'preact/hooks';
import { FieldShell } from '../ui/controls';
import { CAPTURED_TEXT_MAX } from '../../offboarding/after';
import { translator } from '../../common/i18n';
import { useSidebar } from './context';
import { afterMessages, type AfterMessageKey } from './after-messages';

export type AfterT = ReturnType<typeof translator<typeof afterMessages>>;

export function useAfterT(): AfterT {
  const { lang } = useSidebar();
  return useMemo(() => translator(afterMessages, lang), [lang]);
}

export function errorText(t: AfterT, error: FieldError): string | null {
  return error ? t(error.key, error.params) : null;
}

export function TextArea(props: { label: string; value: string; onInput: (value: string) => void; error?: string | null; testId?: string; rows?: number }) {
  return (
    <FieldShell label={props.label} error={props.error ?? null}>
      {(id, describedBy) => (
        <textarea
          id={id}
          class="ui-input"
          rows={props.rows ?? 4}
          value={props.value}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          data-testid={props.testId}
          onInput={(event) => props.onInput((event.currentTarget as HTMLTextAreaElement).value)}
        />
      )}
    </FieldShell>
  );
}

export type FieldError = { key: AfterMessageKey; params?: Record<string, string | number> } | null;

/** Required text within the store's limit, checked before the store is asked. */
export function textError(value: string, required = true): FieldError {
  if (required && value.trim() === '') return { key: 'textRequired' };
  if (value.length > CAPTURED_TEXT_MAX) return { key: 'textTooLong', params: { max: CAPTURED_TEXT_MAX } };
  return null;
}

/** '' → no score; a whole number 0–10 → that score; anything else → an error. */
export function parseScore(value: string): { score: number | undefined } | { error: FieldError } {
  const trimmed = value.trim();
  if (trimmed === '') return { score: undefined };
  if (!/^\d{1,2}$/.test(trimmed) || Number(trimmed) > 10) return { error: { key: 'scoreInvalid' } };
  return { score: Number(trimmed) };
}
