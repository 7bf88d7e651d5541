/**
 * Values with a closed set of answers: the sidebar offers them as a choice, never as a text field.
 * What is stored is the answer's canonical word ("written", "yes"), which the engine and the
 * documents read; a word typed before the choice existed ("pisemna", "tak") is still read, so
 * nothing a user saved is lost. Each value's answers are declared once, beside its label: the
 * messages' here (MESSAGE_VALUE_ANSWERS), the documents' own in documents/labels.ts.
 */
import type { Lang } from '../offboarding/types';

export interface ValueAnswer<V extends string = string> {
  /** The canonical word stored and read. */
  value: V;
  /** The answer as the choice shows it, in the interface language. */
  label: Readonly<Record<Lang, string>>;
}

export interface ClosedAnswers<V extends string = string> {
  readonly answers: readonly ValueAnswer<V>[];
  /** The answer a stored value means: its canonical word or a word typed in either language; undefined otherwise. */
  read(raw: unknown): V | undefined;
}

function closedAnswers<V extends string>(answers: ReadonlyArray<ValueAnswer<V> & { typed: RegExp }>): ClosedAnswers<V> {
  return {
    answers: answers.map(({ value, label }) => ({ value, label })),
    read(raw) {
      if (typeof raw !== 'string') return undefined;
      const text = raw.trim().toLowerCase();
      return answers.find((answer) => text === answer.value || answer.typed.test(text))?.value;
    },
  };
}

/** The form the notice needs when no contract is recorded (the legend, contract.requiredForm's label, says what each means). */
export const REQUIRED_FORM_ANSWERS = closedAnswers<'documentary' | 'written'>([
  { value: 'documentary', label: { pl: 'dokumentowa', en: 'documentary' }, typed: /^(dokumentow|documentary|e-?mail)/ },
  { value: 'written', label: { pl: 'pisemna', en: 'written' }, typed: /^(pisemn|written|podpisan|signed)/ },
]);

/** A yes-or-no question (the label asks it). */
export const YES_NO_ANSWERS = closedAnswers<'yes' | 'no'>([
  { value: 'yes', label: { pl: 'tak', en: 'yes' }, typed: /^(tak|yes)$/ },
  { value: 'no', label: { pl: 'nie', en: 'no' }, typed: /^(nie|no)$/ },
]);

/** The message values that are chosen, not typed. */
export const MESSAGE_VALUE_ANSWERS: Readonly<Record<string, ClosedAnswers>> = {
  'contract.requiredForm': REQUIRED_FORM_ANSWERS,
};

/** A message value's answers, when it has a closed set of them. */
export function messageValueAnswers(path: string): ClosedAnswers | undefined {
  return Object.hasOwn(MESSAGE_VALUE_ANSWERS, path) ? MESSAGE_VALUE_ANSWERS[path] : undefined;
}
