/** The open suggestion's preview: language and tone switches, the values it still misses, and the text to edit or insert. */
import type { Lang, Tone } from '../../offboarding/types';
import type { RenderedDraft, Template } from '../../templates/types';
import { Alert, Segmented } from '../ui/controls';
import { useSidebar } from './context';
import { TONE_LABEL, optionsOf } from './labels';
import { proposedValues, type RecordedReason } from '../../templates/thread-facts';
import { DATE_VALUE_PATHS } from '../../templates/variable-labels';
import { messageValueAnswers } from '../../templates/value-answers';
import { formatDisplayDate } from '../../common/display-date';
import { DraftTextEdit } from './DraftTextEdit';
import { MissingValues, type MissingValueField } from './MissingValues';

export interface Selection {
  /** The card's own template: the preview stays on its card when the list re-ranks (e.g. after saving values). */
  cardId: string;
  lang: Lang;
  tone: Tone;
  overrides: Record<string, string>;
  saveToClient: boolean;
  /** The user's own edit of the text: what is inserted instead of the rendered draft (sanitized). */
  editedText?: string;
}

export type RenderOutcome = { template: Template; draft: RenderedDraft } | { error: 'no-template' | 'render'; detail?: string };

export function DraftPanel({ title, selection, outcome, onChange, canSaveToClient, isNewMessage, legalNotice, writtenFormRequired, hasReasonNote, thread, callOutcome, recordedReason }: {
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
  /** Null until the first render of this card's preview has arrived. */
  outcome: RenderOutcome | null;
  /** `typing`: a keystroke in a field; the preview follows after a pause. */
  onChange: (changes: Partial<Selection>, typing?: boolean) => void;
  canSaveToClient: boolean;
}) {
  const { t, lang, deps } = useSidebar();
  // A field the user typed into stays visible once it is no longer missing.
  const missing = outcome && 'draft' in outcome ? outcome.draft.missing : [];
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
      {outcome && 'draft' in outcome && outcome.template.tone !== selection.tone ? (
        <Alert tone="info" testId="tone-fallback">{t(selection.tone === 'warm' ? 'noWarmVersion' : 'noFormalVersion')}</Alert>
      ) : null}
      {outcome === null ? (
        <p class="sb-muted" data-testid="draft-rendering">{t('loading')}</p>
      ) : 'draft' in outcome ? (
        <>
          {outcome.draft.subject && isNewMessage ? <p class="sb-muted">{t('subjectLine', { subject: outcome.draft.subject })}</p> : null}
          <DraftTextEdit editedText={selection.editedText} original={outcome.draft.text} onChange={(editedText) => onChange({ editedText })} />
          {selection.editedText !== undefined ? null : <div
            class="sb-preview"
            data-testid="draft-preview"
            role="document"
            aria-label={t('previewOf', { title })}
            tabIndex={0}
            // Sanitized by renderTemplate (templates/render.ts) in the background; the only raw HTML in the sidebar.
            dangerouslySetInnerHTML={{ __html: outcome.draft.html }}
          />}
        </>
      ) : (
        <Alert tone="warn">{outcome.error === 'no-template' ? t('noTemplateInLang') : t('errorGeneric')}</Alert>
      )}
    </div>
  );
}
