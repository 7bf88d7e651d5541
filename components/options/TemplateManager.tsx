/**
 * Built-in and custom templates by kind and language: create, edit, duplicate (a built-in is only
 * ever copied), delete with confirmation.
 */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Lang, Settings } from '../../offboarding/types';
import { TEMPLATE_KINDS } from '../../templates/types';
import type { Template, TemplateKind } from '../../templates/types';
import { Alert, Button, Section, SelectField } from '../ui/controls';
import type { StoreClient } from '../../storage/protocol';
import { userErrorText } from '../../common/user-errors';
import type { OptionsTranslate } from './messages';
import { TemplateEditor } from './TemplateEditor';
import { blankTemplate, filterTemplates } from './template-list';
import { mergeTemplates } from '../../templates/template-set';
import { kindTitle } from '../../templates/kinds';
import type { TemplateTools } from './template-tools';

interface TemplateManagerProps {
  t: OptionsTranslate;
  uiLang: Lang;
  store: StoreClient;
  tools: TemplateTools;
  settings: Settings;
  today: string;
}

type Editing = { template: Template; isNew: boolean } | null;
type Status = { tone: 'ok' | 'error'; text: string } | null;

export function TemplateManager({ t, uiLang, store, tools, settings, today }: TemplateManagerProps) {
  const [stored, setStored] = useState<Template[]>([]);
  const [kind, setKind] = useState<TemplateKind | 'all'>('all');
  const [lang, setLang] = useState<Lang | 'all'>('all');
  const [editing, setEditing] = useState<Editing>(null);
  const [confirming, setConfirming] = useState<Template | null>(null);
  const [status, setStatus] = useState<Status>(null);

  const builtIns = useMemo(() => {
    try {
      return { list: tools.builtIns(), error: null };
    } catch (error) {
      return { list: [], error: userErrorText(error, uiLang) };
    }
  }, [tools]);

  const reload = useCallback(async () => {
    try {
      setStored(await store.call('templates.list', {}));
    } catch (error) {
      setStatus({ tone: 'error', text: t('templateActionFailed', { error: userErrorText(error, uiLang) }) });
    }
  }, [store, t]);

  useEffect(() => {
    void reload();
    return store.onChanged((change) => {
      if (change.tables.includes('templates')) void reload();
    });
  }, [reload, store]);

  const all = useMemo(() => mergeTemplates(builtIns.list, stored), [builtIns.list, stored]);
  const visible = useMemo(
    () => filterTemplates(all, { kind: kind === 'all' ? null : kind, lang: lang === 'all' ? null : lang }, uiLang),
    [all, kind, lang, uiLang],
  );

  const act = async (action: () => Promise<void>) => {
    try {
      await action();
    } catch (error) {
      setStatus({ tone: 'error', text: t('templateActionFailed', { error: userErrorText(error, uiLang) }) });
    }
  };

  const put = async (template: Template) => {
    const saved = await store.call('templates.put', { template });
    setStored((current) => [...current.filter((item) => item.id !== saved.id), saved]);
    return saved;
  };

  const duplicate = (template: Template) =>
    act(async () => {
      const copy = tools.copy(template, tools.newId(), new Date().toISOString());
      // The same title twice in the list would be confusing.
      const saved = await put({ ...copy, title: `${copy.title} ${t('copySuffix')}`.trim() });
      setEditing({ template: saved, isNew: false });
      setStatus(null);
    });

  const remove = (template: Template) =>
    act(async () => {
      await store.call('templates.delete', { id: template.id });
      setStored((current) => current.filter((item) => item.id !== template.id));
      setConfirming(null);
      if (editing?.template.id === template.id) setEditing(null);
      setStatus({ tone: 'ok', text: t('deleted') });
    });

  const saveEdited = (template: Template) =>
    act(async () => {
      const saved = await put({ ...template, builtIn: false });
      setEditing({ template: saved, isNew: false });
      setStatus({ tone: 'ok', text: t('templateSaved') });
    });

  return (
    <Section
      title={t('templatesTitle')}
      testId="templates"
      actions={
        <Button variant="primary" data-testid="new-template" onClick={() => setEditing({ template: blankTemplate(tools.newId(), settings.defaultLanguage), isNew: true })}>
          {t('newTemplate')}
        </Button>
      }
    >
      <p class="options-muted">{t('templatesIntro')}</p>
      {builtIns.error !== null && <Alert tone="error">{t('templatesUnavailable', { error: builtIns.error })}</Alert>}
      {status && <Alert tone={status.tone} testId="templates-status" onDismiss={() => setStatus(null)} dismissLabel={t('cancel')}>{status.text}</Alert>}

      {editing && (
        <TemplateEditor
          key={editing.template.id}
          t={t}
          uiLang={uiLang}
          tools={tools}
          settings={settings}
          today={today}
          initial={editing.template}
          isNew={editing.isNew}
          onSave={saveEdited}
          onClose={() => setEditing(null)}
        />
      )}

      <div class="options-grid">
        <SelectField<TemplateKind | 'all'>
          label={t('filterKind')}
          value={kind}
          options={[{ value: 'all', label: t('allKinds') }, ...TEMPLATE_KINDS.map((value) => ({ value, label: kindTitle(value, uiLang) }))]}
          onChange={setKind}
          testId="template-kind-filter"
        />
        <SelectField<Lang | 'all'>
          label={t('filterLang')}
          value={lang}
          options={[{ value: 'all', label: t('allLangs') }, { value: 'pl', label: t('lang.pl') }, { value: 'en', label: t('lang.en') }]}
          onChange={setLang}
          testId="template-lang-filter"
        />
      </div>

      {visible.length === 0 ? (
        <p class="options-muted">{t('noTemplates')}</p>
      ) : (
        <ul class="template-list">
          {visible.map((template) => (
            <li key={template.id} class="template-list__item" data-testid="template-item" data-template-id={template.id} data-built-in={String(template.builtIn)}>
              <div class="template-list__text">
                <span class="template-list__title">{template.title || '—'}</span>
                <span class="template-list__meta">
                  {kindTitle(template.kind, uiLang)} · {template.lang.toUpperCase()} · {t(`tone.${template.tone}`)} ·{' '}
                  <span class={`badge badge--${template.builtIn ? 'built-in' : 'custom'}`}>{template.builtIn ? t('builtIn') : t('custom')}</span>
                </span>
              </div>
              <div class="template-list__actions">
                {!template.builtIn && (
                  <Button onClick={() => setEditing({ template, isNew: false })} aria-label={`${t('edit')}: ${template.title}`}>{t('edit')}</Button>
                )}
                <Button onClick={() => void duplicate(template)} data-testid="duplicate-template" aria-label={`${t('duplicate')}: ${template.title}`}>
                  {t('duplicate')}
                </Button>
                {!template.builtIn && (
                  <Button variant="danger" onClick={() => setConfirming(template)} aria-label={`${t('delete')}: ${template.title}`}>{t('delete')}</Button>
                )}
              </div>
              {confirming?.id === template.id && (
                <div class="template-list__confirm" role="alertdialog" aria-label={t('delete')} data-testid="confirm-delete">
                  <p>{t('confirmDelete', { title: template.title })}</p>
                  <Button variant="danger" onClick={() => void remove(template)} data-testid="confirm-delete-yes">{t('delete')}</Button>
                  <Button onClick={() => setConfirming(null)}>{t('cancel')}</Button>
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
