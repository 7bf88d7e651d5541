/**
 * The suggested messages in ranked order, each with its reasons, Insert and Copy; the selected one
 * opens a preview with language and tone switches and a form for the values it still misses.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PositionSummary } from './PositionForm';
import type { RenderedDraft, Suggestion } from '../../templates/types';
import type { Draft } from '../../webmail/types';
import { Button } from '../ui/controls';
import { useSidebar } from './context';
import type { SidebarState } from './model/types';
import { pickTemplate, renderDraft } from './drafts';
import { KINDS, kindTitle } from '../../templates/kinds';
import { mergeTemplates } from '../../templates/template-set';
import { draftForCompose } from '../../templates/compose';
import { errorText } from '../../common/errors';
import { draftDeliveries } from '../../templates/sent-match';
import { REQUIRED_FORM_ANSWERS } from '../../templates/value-answers';
import { plainTextToSafeHtml } from '../../templates/edited-text';
import { threadOf } from './drafts';
import { ActionNotice, suggestionAnchor } from './ActionNotice';
import { DraftPanel, type RenderOutcome, type Selection } from './DraftPanel';

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

  const render = async (suggestion: Suggestion, chosen: Selection | null): Promise<RenderOutcome> => {
    const template = chosen ? pickTemplate(templates, suggestion.template, chosen.lang, chosen.tone) : suggestion.template;
    if (!template || !state.settings) return { error: 'no-template' };
    try {
      const draft = await renderDraft(deps.templates, template, {
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

  // The open preview, rendered in the background: the last one stays shown while the next is on its way.
  const [preview, setPreview] = useState<{ cardId: string; outcome: RenderOutcome } | null>(null);
  const previewSelection = selection && settled?.cardId === selection.cardId ? settled : selection;
  const previewCardId = previewSelection?.cardId;
  useEffect(() => {
    const suggestion = suggestions.find((s) => s.template.id === previewCardId);
    if (!previewSelection || !suggestion) {
      setPreview(null);
      return;
    }
    let current = true;
    void render(suggestion, previewSelection).then((outcome) => {
      if (current) setPreview({ cardId: suggestion.template.id, outcome });
    });
    return () => {
      current = false;
    };
    // Keyed by the card's id: the ranking returns new objects on every render.
  }, [previewSelection, previewCardId, templates, state.record, state.settings, state.context, deps]);

  // One click at a time while its draft renders: the render is a round trip to the background.
  const rendering = useRef(false);

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
        const act = async (action: 'insert' | 'copy') => {
          // Only the render is guarded: once the insertion starts, `busy` disables Insert as before.
          if (rendering.current) return;
          rendering.current = true;
          let outcome: RenderOutcome;
          try {
            outcome = await render(suggestion, chosen);
          } finally {
            rendering.current = false;
          }
          if ('error' in outcome) return;
          const edited = chosen?.editedText;
          const draft = toDraft(edited === undefined ? outcome.draft : { ...outcome.draft, ...plainTextToSafeHtml(edited) });
          // Saved after the insertion, so that what saving says (a date it could not save) is the last word.
          const save = () => (chosen?.saveToClient ? model.saveOverridesToClient(chosen.overrides, anchor) : undefined);
          if (action === 'insert') await model.insertDraft(outcome.template.kind, outcome.template.lang, draft, anchor).then(save);
          else await model.copyDraft(draft, anchor).then(save);
        };
        return (
          <li
            key={`${suggestion.template.id}-${index}`}
            class={`sb-suggestion${chosen ? ' is-selected' : ''}`}
            data-testid="suggestion"
            data-kind={suggestion.kind}
            data-lang={suggestion.lang}
            data-template-id={suggestion.template.id}
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
              <Button variant="primary" data-testid="insert-draft" aria-label={t('insertLabel', { title })} disabled={state.busy} onClick={() => void act('insert')}>
                {t('insert')}
              </Button>
              <Button data-testid="copy-draft" aria-label={t('copyLabel', { title })} onClick={() => void act('copy')}>
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
                outcome={preview?.cardId === cardId ? preview.outcome : null}
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
