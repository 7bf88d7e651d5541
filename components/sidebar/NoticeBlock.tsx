/**
 * The notice under the notice step: what the record says (in the tense the day calls for), its
 * expected delivery, and the form that records it or corrects it (date, channel, delivery,
 * acknowledgement).
 */
import { useState } from 'preact/hooks';
import type { Client, NoticeChannel, NoticeRecord, Offboarding } from '../../offboarding/types';
import { dayTense, noticeForAgreedEnd, writtenFormWarning } from '../../offboarding/notice';
import { Alert, Button, Checkbox, SelectField, TextField } from '../ui/controls';
import { useSidebar } from './context';
import { CHANNEL_LABEL, optionsOf } from './labels';
import { noticeSummary } from './notice';
import { formatDisplayDate } from '../../common/display-date';
import type { SidebarMessageKey } from './messages';
import { AnchoredNotice } from './ActionNotice';
import { NOTICE_ANCHOR } from './model/notice-slice';

/** Channels whose delivery is a later day than sending: the form asks when it arrives. */
const POSTED_CHANNELS = new Set<NoticeChannel>(['letter', 'courier', 'other']);

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const SERVED_BY_TENSE: Record<ReturnType<typeof dayTense>, SidebarMessageKey> = {
  past: 'noticeServed',
  today: 'noticeServedToday',
  future: 'noticeServedFuture',
};

export function NoticeBlock({ client, offboarding, formOpen, setFormOpen }: {
  client: Client;
  offboarding: Offboarding;
  formOpen: boolean;
  setFormOpen: (open: boolean) => void;
}) {
  const { t, lang, deps } = useSidebar();
  const summary = noticeSummary(client, offboarding);
  const notice = offboarding.notice;
  const today = deps.today();
  return (
    <div class="sb-notice" data-testid="notice">
      <AnchoredNotice anchor={NOTICE_ANCHOR} />
      {formOpen ? (
        <NoticeForm key={notice ? 'correct' : 'new'} initial={notice} onDone={() => setFormOpen(false)} />
      ) : notice ? (
        <>
          <p data-testid="notice-served" data-tense={dayTense(notice.servedOn, today)}>
            {t(SERVED_BY_TENSE[dayTense(notice.servedOn, today)], { date: formatDisplayDate(notice.servedOn, lang), channel: t(CHANNEL_LABEL[notice.channel]) })}
          </p>
          {notice.deliveredOn ? <p data-testid="notice-delivered">{t('noticeDelivered', { date: formatDisplayDate(notice.deliveredOn, lang) })}</p> : null}
          {notice.acknowledgedOn ? <p data-testid="notice-acknowledged">{t('noticeAcknowledged', { date: formatDisplayDate(notice.acknowledgedOn, lang) })}</p> : null}
          {summary.endsOn && summary.delivery ? (
            summary.laterEnd ? (
              <p data-testid="notice-end" data-status="hangs-on-reading">
                {t('noticeEndsIfReadSameDay', {
                  date: formatDisplayDate(summary.endsOn, lang),
                  later: formatDisplayDate(summary.laterEnd.deliveredOn, lang),
                  laterDate: formatDisplayDate(summary.laterEnd.endsOn, lang),
                })}
              </p>
            ) : summary.delivery.status === 'recorded' ? (
              <p data-testid="notice-end" data-status="recorded">
                {t(dayTense(summary.endsOn, today) === 'past' ? 'noticeEnded' : 'noticeEnds', { date: formatDisplayDate(summary.endsOn, lang) })}
              </p>
            ) : (
              <p data-testid="notice-end" data-status="expected">
                {t('noticeEndsExpected', { date: formatDisplayDate(summary.endsOn, lang), delivery: formatDisplayDate(summary.delivery.on, lang) })}
              </p>
            )
          ) : null}
          {summary.delivery?.status === 'expected' ? <DeliveryForm servedOn={notice.servedOn} expected={summary.delivery.on} /> : null}
          {summary.endsOnNonWorkingDay ? <Alert tone="warn" testId="warn-non-working-day">{t('warnNonWorkingDay')}</Alert> : null}
          {offboarding.checklist.notice.doneAt === undefined ? <p class="sb-muted sb-small" data-testid="notice-step-reopened">{t('noticeStepReopened')}</p> : null}
          <Button variant="quiet" onClick={() => setFormOpen(true)} data-testid="edit-notice">{t('noticeCorrect')}</Button>
        </>
      ) : (
        <>
          <AgreedEnd client={client} offboarding={offboarding} today={today} />
          <Button variant="quiet" onClick={() => setFormOpen(true)} data-testid="open-notice-form">{t('noticeFormTitle')}</Button>
        </>
      )}
      {writtenFormWarning(client.contract, notice) ? <Alert tone="warn" testId="warn-written-form">{t('warnWrittenForm')}</Alert> : null}
      <p class="sb-muted sb-small">{t('notLegalAdvice')}</p>
    </div>
  );
}

/**
 * Before our notice: the end date agreed in the call, and what a notice can do for it — its period
 * runs from delivery, so it says by when the notice must arrive, or that only an agreement can.
 */
function AgreedEnd({ client, offboarding, today }: { client: Client; offboarding: Offboarding; today: string }) {
  const { t, lang } = useSidebar();
  const outcome = offboarding.outcome;
  if (outcome?.agreed !== 'end-date' || outcome.endOn === undefined) return null;
  const fit = noticeForAgreedEnd(client.contract, outcome.endOn, today);
  const day = (iso: string) => formatDisplayDate(iso, lang);
  const params = { call: day(outcome.on), agreed: day(fit.agreedOn) };
  if (fit.latestDelivery === null) {
    return <div data-testid="notice-agreed-end" data-fit="too-late"><Alert tone="warn">{t('noticeAgreedEndTooLate', { ...params, earliest: day(fit.endIfDeliveredToday) })}</Alert></div>;
  }
  if (fit.endsOn !== fit.agreedOn) {
    return <div data-testid="notice-agreed-end" data-fit="earlier"><Alert tone="warn">{t('noticeAgreedEndEarlier', { ...params, latest: day(fit.latestDelivery), ends: day(fit.endsOn ?? fit.latestDelivery) })}</Alert></div>;
  }
  return <p data-testid="notice-agreed-end" data-fit="exact">{t('noticeAgreedEndFits', { ...params, latest: day(fit.latestDelivery) })}</p>;
}

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

/** Records the notice, or (with `initial`) corrects the recorded one; either ticks the notice step. */
function NoticeForm({ initial, onDone }: { initial: NoticeRecord | undefined; onDone: () => void }) {
  const { t, model, deps } = useSidebar();
  const [servedOn, setServedOn] = useState(initial?.servedOn ?? deps.today());
  const [channel, setChannel] = useState<NoticeChannel>(initial?.channel ?? 'email');
  const [expectedOn, setExpectedOn] = useState(initial?.expectedDeliveryOn ?? '');
  const [deliveredOn, setDeliveredOn] = useState(initial?.deliveredOn ?? '');
  const [ack, setAck] = useState(initial?.acknowledgementRequested ?? true);
  const [acknowledgedOn, setAcknowledgedOn] = useState(initial?.acknowledgedOn ?? '');
  const [errors, setErrors] = useState<{ servedOn?: string; delivery?: string; acknowledged?: string }>({});
  const posted = POSTED_CHANNELS.has(channel);
  const submit = async (event: Event) => {
    event.preventDefault();
    const found: typeof errors = {};
    if (!ISO_DAY.test(servedOn)) found.servedOn = t('noticeDateRequired');
    const input: Parameters<typeof model.serveNotice>[0] = { servedOn, channel, acknowledgementRequested: ack };
    if (posted && !found.servedOn) {
      // A letter's period runs from its delivery: the user states when it arrives (or is expected to).
      const delivered = ISO_DAY.test(deliveredOn) ? deliveredOn : undefined;
      const expected = ISO_DAY.test(expectedOn) ? expectedOn : undefined;
      if (delivered === undefined && expected === undefined) found.delivery = t('noticeDeliveryRequired');
      else if ((delivered !== undefined && delivered < servedOn) || (expected !== undefined && expected < servedOn)) found.delivery = t('noticeDeliveryBeforeSending');
      if (delivered !== undefined) input.deliveredOn = delivered;
      else if (expected !== undefined) input.expectedDeliveryOn = expected;
    }
    if (ack && acknowledgedOn !== '' && !found.servedOn) {
      if (!ISO_DAY.test(acknowledgedOn) || acknowledgedOn < servedOn) found.acknowledged = t('noticeAcknowledgedBeforeSending');
      else input.acknowledgedOn = acknowledgedOn;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    const saved = initial ? await model.correctNotice({ ...input, servedBy: initial.servedBy }) : await model.serveNotice(input);
    if (saved) onDone();
  };
  return (
    <form class="sb-form" noValidate onSubmit={submit} data-testid="notice-form" data-mode={initial ? 'correct' : 'new'} aria-label={t(initial ? 'noticeCorrect' : 'noticeFormTitle')}>
      <TextField label={t('noticeDate')} type="date" value={servedOn} onInput={setServedOn} required autoFocus error={errors.servedOn ?? null} testId="notice-date" />
      <SelectField label={t('noticeChannel')} value={channel} options={optionsOf(CHANNEL_LABEL, t)} onChange={setChannel} testId="notice-channel" />
      {posted ? (
        <>
          <TextField label={t('noticeExpectedDelivery')} type="date" value={expectedOn} onInput={setExpectedOn} min={servedOn} error={errors.delivery ?? null} testId="notice-expected-delivery" />
          <TextField label={t('noticeDeliveredOn')} type="date" value={deliveredOn} onInput={setDeliveredOn} min={servedOn} testId="notice-delivered-on" />
          <p class="sb-muted sb-small">{t('noticeDeliveryHint')}</p>
        </>
      ) : null}
      <Checkbox label={t('noticeAck')} checked={ack} onChange={setAck} testId="notice-ack" />
      {ack && initial ? (
        <TextField label={t('noticeAcknowledgedOn')} type="date" value={acknowledgedOn} onInput={setAcknowledgedOn} min={servedOn} error={errors.acknowledged ?? null} testId="notice-acknowledged-on" />
      ) : null}
      <div class="sb-actions">
        <Button variant="primary" type="submit" data-testid="serve-notice">{t(initial ? 'noticeSaveCorrection' : 'noticeRecord')}</Button>
        <Button onClick={onDone} data-testid="cancel-notice-form">{t('cancel')}</Button>
      </div>
    </form>
  );
}
