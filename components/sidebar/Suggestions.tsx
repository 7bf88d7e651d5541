/**
 * The suggested messages in ranked order, each with its reasons, Insert and Copy; the selected one
 * opens a preview with language and tone switches and a form for the values it still misses.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { PositionSummary } from './PositionForm';
import type { Lang, Tone } from '../../offboarding/types';
import type { RenderedDraft, Suggestion, Template } from '../../templates/types';
import type { Draft } from '../../webmail/types';
import { Alert, Button, Segmented } from '../ui/controls';
import { useSidebar } from './context';
import type { SidebarState } from './model/types';
import { pickTemplate, renderDraft } from './drafts';
import { TONE_LABEL, optionsOf } from './labels';
import { KINDS, kindTitle } from '../../templates/kinds';
import { mergeTemplates } from '../../templates/template-set';
import { draftForCompose } from '../../templates/compose';
import { proposedValues, type RecordedReason } from '../../templates/thread-facts';
import { DATE_VALUE_PATHS } from '../../templates/variables';
import { messageValueAnswers, REQUIRED_FORM_ANSWERS } from '../../templates/value-answers';
import { formatDisplayDate } from '../../common/display-date';
import { errorText } from '../../common/errors';
import { draftDeliveries } from '../../templates/sent-match';
import { plainTextToSafeHtml } from '../../templates/render';
import { threadOf } from './drafts';
import { ActionNotice, suggestionAnchor } from './ActionNotice';
import { DraftTextEdit } from './DraftTextEdit';
import { MissingValues, type MissingValueField } from './MissingValues';

interface Selection {
  /** The card's own template: the preview stays on its card when the list re-ranks (e.g. after saving values). */
  cardId: string;
  lang: Lang;
  tone: Tone;
  overrides: Record<string, string>;
  saveToClient: boolean;
  /** The user's own edit of the text: what is inserted instead of the rendered draft (sanitized). */
  editedText?: string;
}

type RenderOutcome = { template: Template; draft: RenderedDraft } | { error: 'no-template' | 'render'; detail?: string };

/** Typing waits for this pause before the preview renders again: rendering stays off the keystroke path. */
export const PREVIEW_SETTLE_MS = 200;

export function Suggestions({ state, suggestions, pickedId, onResolvedForm }: { state: SidebarState; suggestions: Suggestion[]; pickedId?: string | undefined; onResolvedForm?: (form: 'documentary' | 'written') => void }) {
  const { t, lang, deps, model } = useSidebar();
  const [selection, setSelection] = useState<Selection | null>(null);
  // What the preview shows: the selection, except that typed values arrive after a pause.
  const [settled, setSettled] = useState<Selection | null>(null);
  useEffect(() => {
    if (settled === selection) return;
    const timer = setTimeout(() => setSettled(selection), PREVIEW_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [selection, settled]);
  const choose = (next: Selection | null, typing = false) => {
    const form = REQUIRED_FORM_ANSWERS.read(next?.overrides['contract.requiredForm']);
    if (form && onResolvedForm) onResolvedForm(form);
    setSelection(next);
    if (!typing) setSettled(next);
  };
  const templates = useMemo(
    () => mergeTemplates(deps.templates.builtInTemplates(), state.storedTemplates),
    [deps, state.storedTemplates],
  );

  const render = (suggestion: Suggestion, chosen: Selection | null): RenderOutcome => {
    const template = chosen ? pickTemplate(templates, suggestion.template, chosen.lang, chosen.tone) : suggestion.template;
    if (!template || !state.settings) return { error: 'no-template' };
    try {
      const draft = renderDraft(deps.templates, template, {
        client: state.record?.client ?? null,
        offboarding: state.record?.offboarding ?? null,
        settings: state.settings,
        context: state.context,
        today: deps.today(),
        overrides: chosen?.overrides ?? {},
      });
      return { template, draft };
    } catch (error) {
      return { error: 'render', detail: errorText(error) };
    }
  };

  const toDraft = (rendered: RenderedDraft): Draft => draftForCompose(rendered, state.context?.compose.kind);

  const deliveries = useMemo(
    () => new Map(draftDeliveries(state.events, state.record?.offboarding?.id, threadOf(state.context)).map((d) => [d.kind, d.status])),
    [state.events, state.record, state.context],
  );
  // A message about a card that is no longer listed is shown above the list, not lost.
  const anchors = new Set(suggestions.map((s) => suggestionAnchor(s.template.id)));
  const orphan = [state.flash?.anchor, state.offer?.anchor].find((a) => a?.startsWith('suggestion:') && !anchors.has(a));

  if (suggestions.length === 0) {
    return (
      <>
        {orphan ? <ActionNotice state={state} anchor={orphan} /> : null}
        <p class="sb-muted">{t('suggestionsNone')}</p>
      </>
    );
  }

  return (
    <>
    {orphan ? <ActionNotice state={state} anchor={orphan} /> : null}
    <ol class="sb-suggestions">
      {suggestions.map((suggestion, index) => {
        const cardId = suggestion.template.id;
        const anchor = suggestionAnchor(cardId);
        const chosen = selection?.cardId === cardId ? selection : null;
        const delivery = deliveries.get(suggestion.kind);
        // Variants of one kind (notice period / end of month; testimonial / case study) differ by the template's own title.
        const title = suggestion.template.variant
          ? `${kindTitle(suggestion.kind, lang)} — ${suggestion.template.title}`
          : kindTitle(suggestion.kind, lang);
        const act = (action: 'insert' | 'copy') => {
          const outcome = render(suggestion, chosen);
          if ('error' in outcome) return;
          const edited = chosen?.editedText;
          const draft = toDraft(edited === undefined ? outcome.draft : { ...outcome.draft, ...plainTextToSafeHtml(edited) });
          // Saved after the insertion, so that what saving says (a date it could not save) is the last word.
          const save = () => (chosen?.saveToClient ? model.saveOverridesToClient(chosen.overrides, anchor) : undefined);
          if (action === 'insert') void model.insertDraft(outcome.template.kind, outcome.template.lang, draft, anchor).then(save);
          else void model.copyDraft(draft, anchor).then(save);
        };
        return (
          <li
            key={`${suggestion.template.id}-${index}`}
            class={`sb-suggestion${chosen ? ' is-selected' : ''}`}
            data-testid="suggestion"
            data-kind={suggestion.kind}
            data-lang={suggestion.lang}
          >
            <div class="sb-suggestion__head">
              <h3 class="sb-suggestion__title">
                {title} <span class="sb-tag" data-testid="suggestion-lang">{(chosen?.lang ?? suggestion.lang).toUpperCase()}</span>
                {delivery ? (
                  <span class={`sb-tag sb-tag--${delivery}`} data-testid="draft-status" data-status={delivery}>
                    {t(delivery === 'sent' ? 'draftSent' : 'draftInsertedNotSent')}
                  </span>
                ) : null}
              </h3>
              <ul class="sb-reasons">
                {pickedId === cardId ? <li data-testid="picked-by-hand">{t('pickedByHand')}</li> : null}
                {suggestion.reasons.map((reason, i) => (
                  <li key={i}>{deps.templates.describeReason(reason, state.uiLang)}</li>
                ))}
              </ul>
              {suggestion.kind === 'retention-reply' && state.record?.offboarding ? <PositionSummary offboarding={state.record.offboarding} /> : null}
            </div>
            <div class="sb-actions">
              <Button variant="primary" data-testid="insert-draft" aria-label={t('insertLabel', { title })} disabled={state.busy} onClick={() => act('insert')}>
                {t('insert')}
              </Button>
              <Button data-testid="copy-draft" aria-label={t('copyLabel', { title })} onClick={() => act('copy')}>
                {t('copy')}
              </Button>
              <Button
                variant="quiet"
                aria-expanded={chosen ? 'true' : 'false'}
                data-testid="select-suggestion"
                onClick={() =>
                  choose(chosen ? null : { cardId, lang: suggestion.lang, tone: suggestion.tone, overrides: {}, saveToClient: false })
                }
              >
                {chosen ? t('hidePreview') : t('preview')}
              </Button>
            </div>
            <ActionNotice state={state} anchor={anchor} />
            {chosen ? (
              <DraftPanel
                title={title}
                selection={chosen}
                outcome={render(suggestion, settled?.cardId === cardId ? settled : chosen)}
                onChange={(changes, typing) => choose({ ...chosen, ...changes }, typing)}
                canSaveToClient={state.record !== null}
                thread={state.context ? { messages: state.context.messages, ...(state.context.userEmail ? { userEmail: state.context.userEmail } : {}) } : null}
                isNewMessage={state.context?.compose.kind === 'new'}
                legalNotice={KINDS[suggestion.kind].legal}
                writtenFormRequired={state.record?.client.contract.requiredForm === 'written' && KINDS[suggestion.kind].writtenFormMatters}
                hasReasonNote={Boolean(state.record?.offboarding?.reasonNote?.trim())}
                callOutcome={state.record?.offboarding?.outcome ?? null}
                recordedReason={state.record?.offboarding ? { reason: state.record.offboarding.reason, ...(state.record.offboarding.reasonNote ? { reasonNote: state.record.offboarding.reasonNote } : {}) } : null}
              />
            ) : null}
          </li>
        );
      })}
    </ol>
    </>
  );
}

function DraftPanel({ title, selection, outcome, onChange, canSaveToClient, isNewMessage, legalNotice, writtenFormRequired, hasReasonNote, thread, callOutcome, recordedReason }: {
  /** The offboarding has a reason note: when the draft still lacks it, it was left out for its language. */
  hasReasonNote: boolean;
  /** The open thread, for values it can propose (shown, never used until the user confirms). */
  thread: Parameters<typeof proposedValues>[1];
  /** The call's outcome, for the end date it agreed (proposed, never used until confirmed). */
  callOutcome?: Parameters<typeof proposedValues>[2];
  /** The recorded reason, for the client's breach it may describe (proposed, never used until confirmed). */
  recordedReason?: Omit<RecordedReason, 'lang'> | null;
  isNewMessage: boolean;
  legalNotice: boolean;
  /** The contract demands written form on pain of invalidity: an e-mail notice is not enough. */
  writtenFormRequired: boolean;
  title: string;
  selection: Selection;
  outcome: RenderOutcome;
  /** `typing`: a keystroke in a field; the preview follows after a pause. */
  onChange: (changes: Partial<Selection>, typing?: boolean) => void;
  canSaveToClient: boolean;
}) {
  const { t, lang, deps } = useSidebar();
  // A field the user typed into stays visible once it is no longer missing.
  const missing = 'draft' in outcome ? outcome.draft.missing : [];
  const typed = Object.keys(selection.overrides);
  const fields = [...typed, ...missing.filter((name) => !typed.includes(name))];
  // templates/variables.ts leaves a note written in the other language out of the draft.
  const noteInOtherLanguage = hasReasonNote && missing.includes('offboarding.reasonNote');
  const proposals = proposedValues(missing, thread, callOutcome, recordedReason ? { ...recordedReason, lang: selection.lang } : null, deps.today());

  return (
    <div class="sb-draft">
      {writtenFormRequired ? <Alert tone="warn" testId="written-form-warning">{t('warnWrittenForm')}</Alert> : null}
      {legalNotice ? <p class="sb-muted sb-small">{t('notLegalAdvice')}</p> : null}
      {noteInOtherLanguage ? <Alert tone="warn" testId="note-language-warning">{t('warnNoteOtherLanguage')}</Alert> : null}
      <div class="sb-row">
        <Segmented
          legend={t('draftLanguage')}
          value={selection.lang}
          options={[{ value: 'pl', label: 'PL' }, { value: 'en', label: 'EN' }]}
          onChange={(lang) => onChange({ lang, editedText: undefined })}
        />
        <Segmented legend={t('draftTone')} value={selection.tone} options={optionsOf(TONE_LABEL, t)} onChange={(tone) => onChange({ tone, editedText: undefined })} />
      </div>
      {fields.length > 0 ? (
        <MissingValues
          fields={fields.map((name): MissingValueField => {
            const proposal = proposals.find((p) => p.path === name);
            const answers = messageValueAnswers(name);
            return {
              path: name,
              label: deps.templates.variableLabel(name, lang),
              isDate: DATE_VALUE_PATHS.has(name),
              ...(answers ? { answers } : {}),
              ...(proposal
                ? {
                    proposal: {
                      text:
                        proposal.source === 'recorded-reason'
                          ? t('proposedFromReason')
                          : proposal.source === 'call-outcome' && proposal.callOn
                            ? t('proposedFromCall', { call: formatDisplayDate(proposal.callOn, lang), date: formatDisplayDate(proposal.value, lang) })
                            : proposal.source === 'reply-period'
                              ? t('proposedReplyPeriod', { days: String(proposal.days ?? ''), date: formatDisplayDate(proposal.value, lang) })
                              : t('proposedFromThread', { date: formatDisplayDate(proposal.value, lang) }),
                      value: proposal.value,
                      display: proposal.source === 'recorded-reason' ? proposal.value : formatDisplayDate(proposal.value, lang),
                    },
                  }
                : {}),
            };
          })}
          values={selection.overrides}
          onInput={(name, value) => onChange({ overrides: { ...selection.overrides, [name]: value } }, true)}
          onUse={(name, value) => onChange({ overrides: { ...selection.overrides, [name]: value } })}
          {...(canSaveToClient ? { save: { checked: selection.saveToClient, label: t('saveToClient'), onChange: (saveToClient: boolean) => onChange({ saveToClient }) } } : {})}
        />
      ) : null}
      {'draft' in outcome && outcome.template.tone !== selection.tone ? (
        <Alert tone="info" testId="tone-fallback">{t(selection.tone === 'warm' ? 'noWarmVersion' : 'noFormalVersion')}</Alert>
      ) : null}
      {'draft' in outcome ? (
        <>
          {outcome.draft.subject && isNewMessage ? <p class="sb-muted">{t('subjectLine', { subject: outcome.draft.subject })}</p> : null}
          <DraftTextEdit editedText={selection.editedText} original={outcome.draft.text} onChange={(editedText) => onChange({ editedText })} />
          {selection.editedText !== undefined ? null : <div
            class="sb-preview"
            data-testid="draft-preview"
            role="document"
            aria-label={t('previewOf', { title })}
            tabIndex={0}
            // Sanitized by renderTemplate (templates/render.ts); the only raw HTML in the sidebar.
            dangerouslySetInnerHTML={{ __html: outcome.draft.html }}
          />}
        </>
      ) : (
        <Alert tone="warn">{outcome.error === 'no-template' ? t('noTemplateInLang') : t('errorGeneric')}</Alert>
      )}
    </div>
  );
}
