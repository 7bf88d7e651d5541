/** The stage, the article's steps with progress, and the notice form behind the notice step. */
import { useState } from 'preact/hooks';
import { CHECKLIST_KEYS } from '../../offboarding/types';
import type { ChecklistKey, Client, NoticeChannel, Offboarding } from '../../offboarding/types';
import { isClosed, progress, stageOf } from '../../offboarding/checklist';
import { Alert, Button, Checkbox, SelectField, TextField } from '../ui/controls';
import { useSidebar } from './context';
import { CHANNEL_LABEL, CHECKLIST_LABEL, STAGE_LABEL, optionsOf } from './labels';
import { channelSatisfiesWrittenForm } from '../../offboarding/notice';
import { noticeSummary } from './notice';
import { formatDisplayDate } from '../../common/display-date';
import { RetrospectiveBlock } from './Retrospective';

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
  const [retroFormOpen, setRetroFormOpen] = useState(false);

  const toggle = (key: ChecklistKey, done: boolean) => {
    // The notice step is recorded with its date and channel, not just ticked.
    if (key === 'notice' && done && !offboarding.notice) {
      setNoticeFormOpen(true);
      return;
    }
    // The lessons step is the retrospective: ticking it opens the form (which can still just tick).
    if (key === 'lessons' && done && !offboarding.retrospective) {
      setRetroFormOpen(true);
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
            {key === 'lessons' ? <RetrospectiveBlock offboarding={offboarding} formOpen={retroFormOpen} setFormOpen={setRetroFormOpen} /> : null}
          </li>
        );
      })}
    </ol>
  );
}

/** Channels whose delivery is a later day than sending: the form asks when it arrives. */
const POSTED_CHANNELS = new Set<NoticeChannel>(['letter', 'courier', 'other']);

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
          <p>{t('noticeServed', { date: formatDisplayDate(notice.servedOn, lang), channel: t(CHANNEL_LABEL[notice.channel]) })}</p>
          {notice.deliveredOn ? <p data-testid="notice-delivered">{t('noticeDelivered', { date: formatDisplayDate(notice.deliveredOn, lang) })}</p> : null}
          {summary.endsOn && summary.delivery ? (
            summary.delivery.status === 'recorded' ? (
              <p data-testid="notice-end" data-status="recorded">{t('noticeEnds', { date: formatDisplayDate(summary.endsOn, lang) })}</p>
            ) : (
              <p data-testid="notice-end" data-status="expected">
                {t('noticeEndsExpected', { date: formatDisplayDate(summary.endsOn, lang), delivery: formatDisplayDate(summary.delivery.on, lang) })}
              </p>
            )
          ) : null}
          {summary.delivery?.status === 'expected' ? <DeliveryForm servedOn={notice.servedOn} expected={summary.delivery.on} /> : null}
          {summary.endsOnNonWorkingDay ? <Alert tone="warn" testId="warn-non-working-day">{t('warnNonWorkingDay')}</Alert> : null}
        </>
      ) : formOpen ? (
        <NoticeForm onDone={() => setFormOpen(false)} />
      ) : (
        <Button variant="quiet" onClick={() => setFormOpen(true)} data-testid="open-notice-form">{t('noticeFormTitle')}</Button>
      )}
      {summary.writtenFormRequired && !(notice && channelSatisfiesWrittenForm(notice.channel)) ? (
        <Alert tone="warn" testId="warn-written-form">{t('warnWrittenForm')}</Alert>
      ) : null}
      <p class="sb-muted sb-small">{t('notLegalAdvice')}</p>
    </div>
  );
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Until delivery is recorded: the expected day (editable) and the actual day once known. */
function DeliveryForm({ servedOn, expected }: { servedOn: string; expected: string }) {
  const { t, model } = useSidebar();
  const [expectedOn, setExpectedOn] = useState(expected);
  const [deliveredOn, setDeliveredOn] = useState('');
  const submit = async (event: Event) => {
    event.preventDefault();
    const input: { deliveredOn?: string; expectedDeliveryOn?: string } = {};
    if (ISO_DAY.test(deliveredOn) && deliveredOn >= servedOn) input.deliveredOn = deliveredOn;
    if (ISO_DAY.test(expectedOn) && expectedOn >= servedOn && expectedOn !== expected) input.expectedDeliveryOn = expectedOn;
    if (Object.keys(input).length === 0) return;
    await model.recordNoticeDelivery(input);
  };
  return (
    <form class="sb-form" onSubmit={submit} data-testid="notice-delivery-form" aria-label={t('noticeSaveDelivery')}>
      <TextField label={t('noticeExpectedDelivery')} type="date" value={expectedOn} onInput={setExpectedOn} min={servedOn} />
      <TextField label={t('noticeDeliveredOn')} type="date" value={deliveredOn} onInput={setDeliveredOn} min={servedOn} />
      <div class="sb-actions">
        <Button type="submit" data-testid="save-notice-delivery">{t('noticeSaveDelivery')}</Button>
      </div>
    </form>
  );
}

function NoticeForm({ onDone }: { onDone: () => void }) {
  const { t, model, deps } = useSidebar();
  const [servedOn, setServedOn] = useState(deps.today());
  const [channel, setChannel] = useState<NoticeChannel>('email');
  const [expectedOn, setExpectedOn] = useState('');
  const [deliveredOn, setDeliveredOn] = useState('');
  const [ack, setAck] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const posted = POSTED_CHANNELS.has(channel);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (!ISO_DAY.test(servedOn)) return;
    const input: Parameters<typeof model.serveNotice>[0] = { servedOn, channel, acknowledgementRequested: ack };
    if (posted) {
      // A letter's period runs from its delivery: the user states when it arrives (or is expected to).
      const delivered = ISO_DAY.test(deliveredOn) && deliveredOn >= servedOn ? deliveredOn : undefined;
      const expected = ISO_DAY.test(expectedOn) && expectedOn >= servedOn ? expectedOn : undefined;
      if (delivered === undefined && expected === undefined) {
        setError(t('noticeDeliveryRequired'));
        return;
      }
      if (delivered !== undefined) input.deliveredOn = delivered;
      if (expected !== undefined) input.expectedDeliveryOn = expected;
    }
    await model.serveNotice(input);
    onDone();
  };
  return (
    <form class="sb-form" onSubmit={submit} data-testid="notice-form" aria-label={t('noticeFormTitle')}>
      <TextField label={t('noticeDate')} type="date" value={servedOn} onInput={setServedOn} required autoFocus />
      <SelectField label={t('noticeChannel')} value={channel} options={optionsOf(CHANNEL_LABEL, t)} onChange={setChannel} />
      {posted ? (
        <>
          <TextField label={t('noticeExpectedDelivery')} type="date" value={expectedOn} onInput={setExpectedOn} min={servedOn} error={error} />
          <TextField label={t('noticeDeliveredOn')} type="date" value={deliveredOn} onInput={setDeliveredOn} min={servedOn} />
          <p class="sb-muted sb-small">{t('noticeDeliveryHint')}</p>
        </>
      ) : null}
      <Checkbox label={t('noticeAck')} checked={ack} onChange={setAck} />
      <div class="sb-actions">
        <Button variant="primary" type="submit" data-testid="serve-notice">{t('noticeRecord')}</Button>
        <Button onClick={onDone}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
