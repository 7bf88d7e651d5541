/** The stage, the article's steps with progress, and the notice form behind the notice step. */
import { useState } from 'preact/hooks';
import { CHECKLIST_KEYS } from '../../offboarding/types';
import type { ChecklistKey, Client, NoticeChannel, Offboarding } from '../../offboarding/types';
import { isClosed, progress, stageOf } from '../../offboarding/checklist';
import { Alert, Button, Checkbox, SelectField, TextField } from '../ui/controls';
import { useSidebar } from './context';
import { CHANNEL_LABEL, CHECKLIST_LABEL, STAGE_LABEL, optionsOf } from './labels';
import { formatDate, noticeSummary } from './notice';

export function StageBadge({ offboarding }: { offboarding: Offboarding }) {
  const { t } = useSidebar();
  const stage = stageOf(offboarding);
  const { done, total } = progress(offboarding);
  return (
    <div class="sb-stage">
      <span class="sb-muted">{t('stageLabel')}: </span>
      <strong data-testid="stage" data-stage={stage}>{t(STAGE_LABEL[stage])}</strong>
      <progress class="sb-progress" max={total} value={done} aria-label={t('progress', { done, total })} />
      <span class="sb-muted sb-stage__count">{t('progress', { done, total })}</span>
    </div>
  );
}

export function Checklist({ client, offboarding }: { client: Client; offboarding: Offboarding }) {
  const { t, model } = useSidebar();
  const [noticeFormOpen, setNoticeFormOpen] = useState(false);

  const toggle = (key: ChecklistKey, done: boolean) => {
    // The notice step is recorded with its date and channel, not just ticked.
    if (key === 'notice' && done && !offboarding.notice) {
      setNoticeFormOpen(true);
      return;
    }
    void model.setChecklist(key, done);
  };

  return (
    <ol class="sb-checklist">
      {CHECKLIST_KEYS.map((key) => {
        const entry = offboarding.checklist[key];
        const done = isClosed(entry);
        return (
          <li key={key} class="sb-checklist__item" data-testid="checklist-item" data-key={key} data-done={String(done)}>
            <Checkbox
              label={entry?.skipped ? `${t(CHECKLIST_LABEL[key])} (${t('skipped')})` : t(CHECKLIST_LABEL[key])}
              checked={done}
              onChange={(checked) => toggle(key, checked)}
            />
            {key === 'notice' ? (
              <NoticeBlock client={client} offboarding={offboarding} formOpen={noticeFormOpen} setFormOpen={setNoticeFormOpen} />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

/** Channels that can carry a signed written statement; any other needs the warning. */
const WRITTEN_CHANNELS = new Set<NoticeChannel>(['letter', 'qes', 'in-person']);

function NoticeBlock({ client, offboarding, formOpen, setFormOpen }: {
  client: Client;
  offboarding: Offboarding;
  formOpen: boolean;
  setFormOpen: (open: boolean) => void;
}) {
  const { t, lang } = useSidebar();
  const summary = noticeSummary(client, offboarding);
  const notice = offboarding.notice;
  return (
    <div class="sb-notice" data-testid="notice">
      {notice ? (
        <>
          <p>{t('noticeServed', { date: formatDate(notice.servedOn, lang), channel: t(CHANNEL_LABEL[notice.channel]) })}</p>
          {summary.endsOn ? <p data-testid="notice-end">{t('noticeEnds', { date: formatDate(summary.endsOn, lang) })}</p> : null}
          {summary.endsOnNonWorkingDay ? <Alert tone="warn" testId="warn-non-working-day">{t('warnNonWorkingDay')}</Alert> : null}
        </>
      ) : formOpen ? (
        <NoticeForm onDone={() => setFormOpen(false)} />
      ) : (
        <Button variant="quiet" onClick={() => setFormOpen(true)} data-testid="open-notice-form">{t('noticeFormTitle')}</Button>
      )}
      {summary.writtenFormRequired && !(notice && WRITTEN_CHANNELS.has(notice.channel)) ? (
        <Alert tone="warn" testId="warn-written-form">{t('warnWrittenForm')}</Alert>
      ) : null}
      <p class="sb-muted sb-small">{t('notLegalAdvice')}</p>
    </div>
  );
}

function NoticeForm({ onDone }: { onDone: () => void }) {
  const { t, model, deps } = useSidebar();
  const [servedOn, setServedOn] = useState(deps.today());
  const [channel, setChannel] = useState<NoticeChannel>('email');
  const [ack, setAck] = useState(true);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(servedOn)) return;
    await model.serveNotice({ servedOn, channel, acknowledgementRequested: ack });
    onDone();
  };
  return (
    <form class="sb-form" onSubmit={submit} data-testid="notice-form" aria-label={t('noticeFormTitle')}>
      <TextField label={t('noticeDate')} type="date" value={servedOn} onInput={setServedOn} required autoFocus />
      <SelectField label={t('noticeChannel')} value={channel} options={optionsOf(CHANNEL_LABEL, t)} onChange={setChannel} />
      <Checkbox label={t('noticeAck')} checked={ack} onChange={setAck} />
      <div class="sb-actions">
        <Button variant="primary" type="submit" data-testid="serve-notice">{t('noticeRecord')}</Button>
        <Button onClick={onDone}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
