/**
 * One template's editor: front-matter fields, the Markdown body, validation messages with line
 * and column, a live preview with an example client, and the variables it may use.
 * The preview's HTML is renderTemplate's sanitized output and nothing else.
 */
import { ChoiceSyntaxHelp } from './ChoiceSyntaxHelp';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang, Settings, Tone } from '../../offboarding/types';
import { TEMPLATE_KINDS } from '../../templates/types';
import type { RenderedDraft, Template, TemplateKind } from '../../templates/types';
import { kindTitle } from '../../templates/kinds';
import { Alert, Button, SelectField, TextField } from '../ui/controls';
import { exampleVariables } from './example-client';
import type { OptionsTranslate } from './messages';
import { localizeProblem, problemFromError } from './template-tools';
import type { TemplateProblem, TemplateTools } from './template-tools';

interface TemplateEditorProps {
  t: OptionsTranslate;
  uiLang: Lang;
  tools: TemplateTools;
  settings: Settings;
  today: string;
  initial: Template;
  isNew: boolean;
  onSave: (template: Template) => Promise<void>;
  onClose: () => void;
}

/** How long typing must pause before the preview is rendered again (Markdown of a long body is slow). */
export const PREVIEW_DELAY_MS = 200;

/** The value once it has stopped changing for ms: keeps slow work off the keystroke path. */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function TemplateEditor({ t, uiLang, tools, settings, today, initial, isNew, onSave, onClose }: TemplateEditorProps) {
  const [draft, setDraft] = useState<Template>(initial);
  const [saving, setSaving] = useState(false);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  // A new template shows its problems only once the user typed or tried to save, not on opening.
  const [touched, setTouched] = useState(!isNew);
  const set = <K extends keyof Template>(key: K, value: Template[K]) => {
    setTouched(true);
    setDraft((current) => ({ ...current, [key]: value }));
  };

  const problems = useMemo<TemplateProblem[]>(() => {
    try {
      return tools.validate(draft);
    } catch (error) {
      return [problemFromError(error)];
    }
  }, [tools, draft]);

  // Validation is cheap (positions from the tokenizer) and runs on every change; the preview waits
  // for a pause in typing.
  const previewed = useSettled(draft, PREVIEW_DELAY_MS);
  const preview = useMemo<{ draft: RenderedDraft } | { error: TemplateProblem }>(() => {
    try {
      return { draft: tools.render(previewed, exampleVariables(previewed.lang, settings, today, previewed.tone), previewed.lang) };
    } catch (error) {
      return { error: problemFromError(error) };
    }
  }, [tools, previewed, settings, today]);

  const variables = useMemo(() => tools.variables(uiLang), [tools, uiLang]);

  const insertVariable = (path: string) => insertToken(`{{${path}}}`);
  const insertToken = (token: string) => {
    const area = bodyRef.current;
    const start = area?.selectionStart ?? draft.body.length;
    const end = area?.selectionEnd ?? draft.body.length;
    set('body', draft.body.slice(0, start) + token + draft.body.slice(end));
    // Put the caret after the inserted variable once the new value is rendered.
    setTimeout(() => {
      area?.focus();
      area?.setSelectionRange(start + token.length, start + token.length);
    }, 0);
  };

  const save = async (event: Event) => {
    event.preventDefault();
    setTouched(true);
    if (problems.length > 0) return;
    setSaving(true);
    try {
      await onSave(draft);
    } finally {
      setSaving(false);
    }
  };

  const describe = (raw: TemplateProblem) => {
    const problem = localizeProblem(raw, uiLang);
    const where = problem.field === 'subject' ? `${t('fieldSubject')}: ` : problem.field === 'body' ? `${t('bodyShort')}: ` : '';
    return problem.line !== undefined && problem.column !== undefined
      ? where + t('problemAt', { line: problem.line, column: problem.column, message: problem.message })
      : where + problem.message;
  };

  return (
    <form class="template-editor" data-testid="template-editor" onSubmit={(event) => void save(event)} noValidate>
      <div class="template-editor__header">
        <h3>{isNew ? t('editorTitleNew') : t('editorTitleEdit')}</h3>
        <Button variant="quiet" onClick={onClose}>{t('closeEditor')}</Button>
      </div>
      <div class="options-grid">
        <TextField label={t('fieldTitle')} value={draft.title} onInput={(v) => set('title', v)} testId="template-title" />
        <SelectField<TemplateKind>
          label={t('fieldKind')}
          value={draft.kind}
          options={TEMPLATE_KINDS.map((kind) => ({ value: kind, label: kindTitle(kind, uiLang) }))}
          onChange={(v) => set('kind', v)}
        />
        <SelectField<Lang>
          label={t('fieldLang')}
          value={draft.lang}
          options={[{ value: 'pl', label: t('lang.pl') }, { value: 'en', label: t('lang.en') }]}
          onChange={(v) => set('lang', v)}
        />
        <SelectField<Tone>
          label={t('fieldTone')}
          value={draft.tone}
          options={(['formal', 'warm'] as const).map((value) => ({ value, label: t(`tone.${value}`) }))}
          onChange={(v) => set('tone', v)}
        />
      </div>
      <TextField label={t('fieldSubject')} value={draft.subject} onInput={(v) => set('subject', v)} testId="template-subject" />
      <TextField label={t('fieldWhen')} value={draft.when} onInput={(v) => set('when', v)} />
      <div class="ui-field">
        <label class="ui-field__label" for="template-body">{t('fieldBody')}</label>
        <textarea
          id="template-body"
          ref={bodyRef}
          class="ui-input template-editor__body"
          rows={16}
          spellcheck
          value={draft.body}
          aria-invalid={touched && problems.length > 0 ? true : undefined}
          aria-describedby="template-problems"
          data-testid="template-body"
          onInput={(event) => set('body', event.currentTarget.value)}
        />
      </div>

      <div id="template-problems" data-testid="template-problems">
        {!touched ? null : problems.length > 0 ? (
          <Alert tone="error">
            <p>{t('validationTitle')}</p>
            <ul>
              {problems.map((problem, index) => (
                <li key={index} data-testid="template-problem">{describe(problem)}</li>
              ))}
            </ul>
          </Alert>
        ) : (
          <Alert tone="ok">{t('validationOk')}</Alert>
        )}
      </div>

      <div class="options-actions">
        <Button variant="primary" type="submit" disabled={saving || (touched && problems.length > 0)} data-testid="save-template">
          {t('saveTemplate')}
        </Button>
        <Button onClick={onClose}>{t('cancel')}</Button>
      </div>

      <div class="template-editor__columns">
        <section class="template-preview" aria-label={t('previewTitle')}>
          <h3>{t('previewTitle')}</h3>
          {'draft' in preview ? (
            <>
              <p class="template-preview__subject">
                <strong>{t('previewSubject')}</strong> {preview.draft.subject}
              </p>
              {preview.draft.missing.length > 0 && (
                <p class="template-preview__missing">{t('previewMissing', { list: preview.draft.missing.join(', ') })}</p>
              )}
              {/* Sanitized by renderTemplate (templates/sanitize.ts allow-list); the only HTML ever injected here. */}
              <div class="template-preview__body" data-testid="template-preview" dangerouslySetInnerHTML={{ __html: preview.draft.html }} />
            </>
          ) : (
            <p class="template-preview__missing" data-testid="template-preview-unavailable">{t('previewUnavailable')}</p>
          )}
        </section>
        <section class="template-variables" aria-label={t('variablesTitle')}>
          <h3>{t('variablesTitle')}</h3>
          <ul>
            {variables.map(({ path, label }) => (
              <li key={path}>
                <button type="button" class="template-variables__insert" onClick={() => insertVariable(path)} aria-label={t('insertVariable', { name: `{{${path}}}` })}>
                  <code>{`{{${path}}}`}</code>
                </button>{' '}
                <span>{label}</span>
              </li>
            ))}
          </ul>
          <ChoiceSyntaxHelp uiLang={uiLang} onInsert={insertToken} />
        </section>
      </div>
    </form>
  );
}
