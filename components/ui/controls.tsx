/**
 * Small labelled form controls and message boxes shared by the extension pages. Every control has
 * a visible <label>; all text is passed in already translated and rendered as text, never HTML.
 */
import type { ButtonHTMLAttributes, ComponentChildren } from 'preact';
import { useId } from 'preact/hooks';

type ButtonProps = Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'type'> & {
  variant?: 'primary' | 'secondary' | 'quiet' | 'danger';
  type?: 'button' | 'submit';
  'data-testid'?: string;
};

export function Button({ variant = 'secondary', type = 'button', class: cls, ...rest }: ButtonProps) {
  return <button type={type} class={`ui-button ui-button--${variant}${cls ? ` ${String(cls)}` : ''}`} {...rest} />;
}

interface FieldShellProps {
  label: string;
  error?: string | null;
  hint?: string;
  counter?: ComponentChildren;
  children: (id: string, describedBy: string | undefined) => ComponentChildren;
}

/** Label, control, hint and error, wired together with ids for screen readers. */
export function FieldShell({ label, error, hint, counter, children }: FieldShellProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class="ui-field">
      <label class="ui-field__label" for={id}>{label}</label>
      {children(id, describedBy)}
      {hint ? <p class="ui-field__hint" id={hintId}>{hint}</p> : null}
      {counter}
      {error ? <p class="ui-field__error" id={errorId} role="alert">{error}</p> : null}
    </div>
  );
}

interface TextFieldProps {
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'email' | 'date' | 'number' | 'search';
  error?: string | null;
  hint?: string;
  placeholder?: string;
  required?: boolean;
  testId?: string;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'email';
  autoFocus?: boolean;
  min?: number | string;
  /** The store's limit (common/limits.ts): a counter appears near it; the form refuses more on save. */
  maxLength?: number;
}

/** Characters used of a limit, shown from 80% on, so the user learns the limit before saving. */
export function LengthCounter({ length, max }: { length: number; max: number }) {
  if (length < max * 0.8) return null;
  return (
    <p class={length > max ? 'ui-field__counter ui-field__counter--over' : 'ui-field__counter'} data-testid="length-counter" aria-live="polite">
      {length} / {max}
    </p>
  );
}

export function TextField(props: TextFieldProps) {
  return (
    <FieldShell label={props.label} error={props.error ?? null} {...(props.hint ? { hint: props.hint } : {})} {...(props.maxLength ? { counter: <LengthCounter length={props.value.length} max={props.maxLength} /> } : {})}>
      {(id, describedBy) => (
        <input
          id={id}
          class="ui-input"
          // Preact's typings split <input> by type; every type used here takes the same attributes.
          type={(props.type ?? 'text') as 'text'}
          value={props.value}
          placeholder={props.placeholder}
          required={props.required}
          inputMode={props.inputMode}
          min={props.min}
          autoFocus={props.autoFocus}
          aria-invalid={props.error ? true : undefined}
          aria-describedby={describedBy}
          data-testid={props.testId}
          onInput={(event) => props.onInput((event.currentTarget as HTMLInputElement).value)}
        />
      )}
    </FieldShell>
  );
}

export interface Option<T extends string> {
  value: T;
  label: string;
}

interface SelectFieldProps<T extends string> {
  label: string;
  value: T;
  options: ReadonlyArray<Option<T>>;
  onChange: (value: T) => void;
  testId?: string;
}

export function SelectField<T extends string>(props: SelectFieldProps<T>) {
  return (
    <FieldShell label={props.label}>
      {(id, describedBy) => (
        <select
          id={id}
          class="ui-input"
          value={props.value}
          aria-describedby={describedBy}
          data-testid={props.testId}
          onChange={(event) => {
            const chosen = (event.currentTarget as HTMLSelectElement).value;
            const option = props.options.find((o) => o.value === chosen);
            if (option) props.onChange(option.value);
          }}
        >
          {props.options.map((option) => (
            <option key={option.value} value={option.value}>{option.label}</option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

interface CheckboxProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  testId?: string;
}

export function Checkbox({ label, checked, onChange, disabled, testId }: CheckboxProps) {
  const id = useId();
  return (
    <div class="ui-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        data-testid={testId}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />
      <label for={id}>{label}</label>
    </div>
  );
}

/** A row of mutually exclusive choices (e.g. PL / EN), as radio buttons in a fieldset. */
export function Segmented<T extends string>(props: {
  legend: string;
  /** Undefined: nothing chosen yet (a missing value the user fills). */
  value: T | undefined;
  options: ReadonlyArray<Option<T>>;
  onChange: (value: T) => void;
  testId?: string;
}) {
  const name = useId();
  return (
    <fieldset class="ui-segmented" data-testid={props.testId}>
      <legend class="ui-field__label">{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} class={`ui-segmented__option${option.value === props.value ? ' is-selected' : ''}`}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === props.value}
            onChange={() => props.onChange(option.value)}
          />
          <span>{option.label}</span>
        </label>
      ))}
    </fieldset>
  );
}

interface AlertProps {
  tone: 'ok' | 'info' | 'warn' | 'error';
  children: ComponentChildren;
  testId?: string;
  onDismiss?: () => void;
  dismissLabel?: string;
}

/** A message box; errors and warnings are announced at once, the rest politely. */
export function Alert({ tone, children, testId, onDismiss, dismissLabel }: AlertProps) {
  const urgent = tone === 'error' || tone === 'warn';
  return (
    <div class={`ui-alert ui-alert--${tone}`} role={urgent ? 'alert' : 'status'} data-testid={testId}>
      <div class="ui-alert__body">{children}</div>
      {onDismiss ? (
        <button type="button" class="ui-alert__close" aria-label={dismissLabel} title={dismissLabel} onClick={onDismiss}>
          ×
        </button>
      ) : null}
    </div>
  );
}

/** A titled block of the page. */
export function Section({ title, children, testId, actions }: {
  title: string;
  children: ComponentChildren;
  testId?: string;
  actions?: ComponentChildren;
}) {
  const id = useId();
  return (
    <section class="ui-section" aria-labelledby={id} data-testid={testId}>
      <header class="ui-section__header">
        <h2 class="ui-section__title" id={id}>{title}</h2>
        {actions}
      </header>
      {children}
    </section>
  );
}
