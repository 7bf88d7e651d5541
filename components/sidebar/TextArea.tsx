/** A labelled multi-line text field (the shared controls have single-line ones only). */
import { FieldShell } from '../ui/controls';

export function TextArea(props: {
  label: string;
  value: string;
  onInput: (value: string) => void;
  error?: string | null;
  hint?: string;
  testId?: string;
  rows?: number;
}) {
  return (
    <FieldShell label={props.label} error={props.error ?? null} {...(props.hint ? { hint: props.hint } : {})}>
      {(id, describedBy) => (
        <textarea
          id={id}
          class="ui-input sb-textarea"
          rows={props.rows ?? 2}
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
