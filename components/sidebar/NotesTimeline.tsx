/**
 * Somewhere to write and to look back: a note on the client, a note on each step (StepNote, under
 * the checklist), and the timeline of what happened (the store's events, latest first).
 */
import { useState } from 'preact/hooks';
import { DOCUMENT_TITLE_KEY, isDocumentKind } from './document-messages';
import type { ChecklistEntry, ChecklistKey, Client, OffboardEvent } from '../../offboarding/types';
import { isChecklistKey } from '../../offboarding/checklist';
import { TEMPLATE_KINDS } from '../../templates/types';
import type { TemplateKind } from '../../templates/types';
import { kindTitle } from '../../templates/kinds';
import { LIMITS } from '../../common/limits';
import { Button } from '../ui/controls';
import { useSidebar } from './context';
import { CHANNEL_LABEL, CHECKLIST_LABEL } from './labels';
import type { SidebarMessageKey } from './messages';
import { formatDisplayDate } from '../../common/display-date';
import { inventoryEventDetail } from './inventory-labels';

function NoteEditor({ initial, label, testId, onSave, onCancel }: {
  initial: string;
  label: string;
  testId: string;
  onSave: (text: string) => Promise<boolean>;
  onCancel: () => void;
}) {
  const { t } = useSidebar();
  const [text, setText] = useState(initial);
  return (
    <div class="sb-note-editor" data-testid={testId}>
      <label class="ui-field">
        <span class="ui-field__label">{label}</span>
        <textarea
          class="ui-input"
          rows={3}
          maxLength={LIMITS.note}
          value={text}
          data-testid={`${testId}-text`}
          onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <p class="sb-muted sb-small">{t('noteCount', { count: text.length, max: LIMITS.note })}</p>
      <div class="sb-actions">
        <Button variant="primary" data-testid={`${testId}-save`} onClick={() => void onSave(text).then((ok) => ok && onCancel())}>{t('noteSave')}</Button>
        <Button onClick={onCancel}>{t('cancel')}</Button>
      </div>
    </div>
  );
}

/** The note on one step: shown under it, edited in place (offboarding patch "checklist" with a note). */
export function StepNote({ stepKey, entry }: { stepKey: ChecklistKey; entry: ChecklistEntry | undefined }) {
  const { t, model } = useSidebar();
  const [editing, setEditing] = useState(false);
  const note = entry?.note ?? '';
  if (editing) {
    return <NoteEditor initial={note} label={t('stepNoteLabel', { step: t(CHECKLIST_LABEL[stepKey]) })} testId="step-note-editor" onSave={(text) => model.saveStepNote(stepKey, text.trim())} onCancel={() => setEditing(false)} />;
  }
  return (
    <div class="sb-step-note">
      {note ? <p class="sb-small sb-note" data-testid="step-note">{note}</p> : null}
      <Button variant="quiet" class="sb-small" data-testid="edit-step-note" onClick={() => setEditing(true)}>{note ? t('noteEdit') : t('noteAdd')}</Button>
    </div>
  );
}

/** The client's own note (Client.notes), visible and editable in the sidebar. */
export function ClientNote({ client }: { client: Client }) {
  const { t, model } = useSidebar();
  const [editing, setEditing] = useState(false);
  if (editing) {
    return <NoteEditor initial={client.notes} label={t('clientNoteLabel')} testId="client-note-editor" onSave={(notes) => model.saveClient({ notes: notes.trim() })} onCancel={() => setEditing(false)} />;
  }
  return (
    <div class="sb-client-note">
      {client.notes ? <p class="sb-note" data-testid="client-note">{client.notes}</p> : <p class="sb-muted sb-small">{t('clientNoteNone')}</p>}
      <Button variant="quiet" data-testid="edit-client-note" onClick={() => setEditing(true)}>{client.notes ? t('noteEdit') : t('noteAdd')}</Button>
    </div>
  );
}

const EVENT_LABEL: Record<OffboardEvent['type'], SidebarMessageKey> = {
  'offboarding-started': 'eventStarted',
  'notice-served': 'eventNoticeServed',
  'notice-corrected': 'eventNoticeCorrected',
  'draft-inserted': 'eventDraftInserted',
  'draft-sent': 'eventDraftSent',
  'stage-changed': 'eventStageChanged',
  'checklist-changed': 'eventChecklistChanged',
  note: 'eventNote',
  'call-outcome': 'eventCallOutcome',
  'feedback-captured': 'eventFeedbackCaptured',
  'testimonial-captured': 'eventTestimonialCaptured',
  'referral-captured': 'eventReferralCaptured',
  'retrospective-written': 'eventRetrospectiveWritten',
  'inventory-changed': 'eventInventoryChanged',
  'document-produced': 'eventDocumentProduced',
};

function isKind(value: unknown): value is TemplateKind {
  return typeof value === 'string' && (TEMPLATE_KINDS as readonly string[]).includes(value);
}

/** What happened, latest first: the store's events in words. */
export function Timeline({ events }: { events: readonly OffboardEvent[] }) {
  const { t, lang } = useSidebar();
  if (events.length === 0) return <p class="sb-muted sb-small">{t('timelineEmpty')}</p>;
  const detail = (event: OffboardEvent): string => {
    const { data } = event;
    if (event.type === 'inventory-changed') return inventoryEventDetail(data, t);
    if (event.type === 'document-produced' && isDocumentKind(data.kind)) {
      return `${t(DOCUMENT_TITLE_KEY[data.kind])}, ${t(data.action === 'print' ? 'eventDocumentPrinted' : 'eventDocumentDownloaded')}`;
    }
    if (isKind(data.kind)) return kindTitle(data.kind, lang);
    if (isChecklistKey(data.key)) return `${t(CHECKLIST_LABEL[data.key])}: ${t(data.done === true ? 'eventDone' : data.skipped === true ? 'skipped' : 'eventReopened')}`;
    if (typeof data.channel === 'string' && data.channel in CHANNEL_LABEL && typeof data.servedOn === 'string') {
      return `${formatDisplayDate(data.servedOn, lang)}, ${t(CHANNEL_LABEL[data.channel as keyof typeof CHANNEL_LABEL])}`;
    }
    return '';
  };
  return (
    <ol class="sb-timeline" data-testid="timeline" reversed>
      {[...events].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0)).map((event) => (
        <li key={event.id} data-testid="timeline-event" data-type={event.type}>
          <span class="sb-muted sb-small">{formatDisplayDate(event.at.slice(0, 10), lang)}</span> {t(EVENT_LABEL[event.type])}
          {detail(event) ? <span class="sb-muted"> — {detail(event)}</span> : null}
        </li>
      ))}
    </ol>
  );
}
