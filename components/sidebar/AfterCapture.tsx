/**
 * Keeping what the client said, from the open thread: feedback (with the score read from the reply,
 * shown for the user to check), a testimonial (with its consent) or a referral. One click opens the
 * form pre-filled from the reply, a second keeps it; each record links to its message.
 */
import { useMemo, useState } from 'preact/hooks';
import type { Offboarding, ReferralOutcome } from '../../offboarding/types';
import { REFERRAL_OUTCOMES } from '../../offboarding/types';
import type { CaptureKind } from '../../offboarding/after';
import type { ConversationContext } from '../../webmail/types';
import { formatDisplayDate } from '../../common/display-date';
import { readFeedbackScore } from '../../templates/feedback-score';
import { Button, SelectField, TextField } from '../ui/controls';
import { useSidebar } from './context';
import type { AfterMessageKey } from './after-messages';
import { replyToKeep, type ReplyToKeep } from './capture-source';
import { errorText, parseScore, TextArea, textError, useAfterT } from './after-fields';
import { CONSENT_LABEL, ConsentEdit, ConsentFields, consentErrors, publishable, type ConsentValue } from './TestimonialConsent';
import type { FieldError } from './after-fields';


export const OUTCOME_LABEL: Record<ReferralOutcome, AfterMessageKey> = {
  pending: 'outcomePending',
  contacted: 'outcomeContacted',
  won: 'outcomeWon',
  lost: 'outcomeLost',
};

export function AfterCapture({ offboarding, context }: { offboarding: Offboarding; context: ConversationContext | null }) {
  const t = useAfterT();
  const { lang } = useSidebar();
  const reply = replyToKeep(context);
  const [open, setOpen] = useState<CaptureKind | null>(null);
  const [saved, setSaved] = useState(false);
  const kept = (offboarding.feedback?.length ?? 0) + (offboarding.testimonials?.length ?? 0) + (offboarding.referrals?.length ?? 0);
  if (!reply && kept === 0) return null;
  const onDone = (ok: boolean) => {
    if (ok) setOpen(null);
    setSaved(ok);
  };
  const openForm = (kind: CaptureKind) => {
    setSaved(false);
    setOpen(kind);
  };
  return (
    <div class="sb-after" data-testid="after-capture">
      {reply ? (
        <>
          <p class="sb-muted sb-small" data-testid="capture-from">
            {t('captureFrom', { name: reply.message.from.name ?? reply.message.from.email ?? '', date: reply.sentOn ? formatDisplayDate(reply.sentOn, lang) : (reply.message.dateText ?? '') })}
          </p>
          <div class="sb-actions">
            <Button data-testid="keep-feedback" aria-pressed={open === 'feedback'} onClick={() => openForm('feedback')}>{t('keepFeedback')}</Button>
            <Button data-testid="keep-testimonial" aria-pressed={open === 'testimonial'} onClick={() => openForm('testimonial')}>{t('keepTestimonial')}</Button>
            <Button data-testid="keep-referral" aria-pressed={open === 'referral'} onClick={() => openForm('referral')}>{t('keepReferral')}</Button>
          </div>
          {open === 'feedback' ? <FeedbackForm key={reply.message.id ?? 'f'} reply={reply} onDone={onDone} onCancel={() => setOpen(null)} /> : null}
          {open === 'testimonial' ? <TestimonialForm key={reply.message.id ?? 't'} reply={reply} onDone={onDone} onCancel={() => setOpen(null)} /> : null}
          {open === 'referral' ? <ReferralForm key={reply.message.id ?? 'r'} reply={reply} onDone={onDone} onCancel={() => setOpen(null)} /> : null}
        </>
      ) : (
        <p class="sb-muted sb-small">{t('captureNoReply')}</p>
      )}
      {saved ? <p class="sb-small" role="status" data-testid="capture-saved">{t('saved')}</p> : null}
      {kept > 0 ? <KeptList offboarding={offboarding} /> : null}
    </div>
  );
}

type FormProps = { reply: ReplyToKeep; onDone: (ok: boolean) => void; onCancel: () => void };

function FormButtons({ onCancel, testId }: { onCancel: () => void; testId: string }) {
  const t = useAfterT();
  return (
    <div class="sb-actions">
      <Button variant="primary" type="submit" data-testid={testId}>{t('save')}</Button>
      <Button onClick={onCancel}>{t('cancel')}</Button>
    </div>
  );
}

function FeedbackForm({ reply, onDone, onCancel }: FormProps) {
  const t = useAfterT();
  const { model, deps } = useSidebar();
  const reading = useMemo(() => readFeedbackScore(reply.message.text), [reply.message.text]);
  const [quote, setQuote] = useState(reply.message.text.trim());
  const [score, setScore] = useState(reading.kind === 'found' ? String(reading.score) : '');
  const [on, setOn] = useState(reply.sentOn ?? deps.today());
  const [errors, setErrors] = useState<{ quote?: FieldError; score?: FieldError }>({});
  const submit = async (event: Event) => {
    event.preventDefault();
    const parsed = parseScore(score);
    const quoteError = textError(quote);
    if ('error' in parsed || quoteError) {
      setErrors({ quote: quoteError, score: 'error' in parsed ? parsed.error : null });
      return;
    }
    setErrors({});
    const feedback = { receivedOn: on, quote: quote.trim(), source: reply.source, ...(parsed.score !== undefined ? { score: parsed.score } : {}) };
    onDone(await model.keepFeedback(feedback));
  };
  const hint =
    reading.kind === 'found'
      ? t('scoreFound', { phrase: reading.phrase })
      : reading.kind === 'ambiguous'
        ? t('scoreAmbiguous', { scores: reading.scores.join(', ') })
        : t('scoreNone');
  return (
    <form class="sb-form" onSubmit={submit} data-testid="feedback-form" aria-label={t('keepFeedback')}>
      <TextField label={t('fieldScore')} type="number" min={0} inputMode="numeric" value={score} onInput={setScore} hint={hint} error={errorText(t, errors.score ?? null)} testId="feedback-score" />
      <TextArea label={t('fieldQuote')} value={quote} onInput={setQuote} error={errorText(t, errors.quote ?? null)} testId="feedback-quote" />
      <TextField label={t('fieldDate')} type="date" value={on} onInput={setOn} required />
      <FormButtons onCancel={onCancel} testId="save-feedback" />
    </form>
  );
}

function TestimonialForm({ reply, onDone, onCancel }: FormProps) {
  const t = useAfterT();
  const { model, deps } = useSidebar();
  const [text, setText] = useState(reply.message.text.trim());
  // Nothing is published without the client's explicit consent: "not to publish" until the user says otherwise.
  const [consent, setConsent] = useState<ConsentValue>({ consent: 'no', credit: '', placements: [] });
  const [on, setOn] = useState(reply.sentOn ?? deps.today());
  const [errors, setErrors] = useState<{ text?: FieldError } & ReturnType<typeof consentErrors>>({});
  const submit = async (event: Event) => {
    event.preventDefault();
    const next = { text: textError(text), ...consentErrors(consent) };
    if (next.text || next.credit || next.placements) {
      setErrors(next);
      return;
    }
    setErrors({});
    onDone(await model.keepTestimonial({ text: text.trim(), givenOn: on, source: reply.source, ...publishable(consent) }));
  };
  return (
    <form class="sb-form" onSubmit={submit} data-testid="testimonial-form" aria-label={t('keepTestimonial')}>
      <TextArea label={t('fieldText')} value={text} onInput={setText} error={errorText(t, errors.text ?? null)} testId="testimonial-text" />
      <ConsentFields value={consent} onChange={setConsent} errors={errors} />
      <TextField label={t('fieldDate')} type="date" value={on} onInput={setOn} required />
      <FormButtons onCancel={onCancel} testId="save-testimonial" />
    </form>
  );
}

function ReferralForm({ reply, onDone, onCancel }: FormProps) {
  const t = useAfterT();
  const { model, deps } = useSidebar();
  const [who, setWho] = useState('');
  const [outcome, setOutcome] = useState<ReferralOutcome>('pending');
  const [note, setNote] = useState('');
  const [on, setOn] = useState(reply.sentOn ?? deps.today());
  const [error, setError] = useState<FieldError>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const problem = who.trim() === '' ? ({ key: 'textRequired' } as const) : textError(note, false);
    if (problem) {
      setError(problem);
      return;
    }
    setError(null);
    onDone(await model.keepReferral({ who: who.trim(), on, outcome, source: reply.source, ...(note.trim() !== '' ? { note: note.trim() } : {}) }));
  };
  return (
    <form class="sb-form" onSubmit={submit} data-testid="referral-form" aria-label={t('keepReferral')}>
      <TextField label={t('fieldWho')} value={who} onInput={setWho} error={errorText(t, error)} autoFocus testId="referral-who" />
      <SelectField label={t('fieldOutcome')} value={outcome} options={REFERRAL_OUTCOMES.map((value) => ({ value, label: t(OUTCOME_LABEL[value]) }))} onChange={setOutcome} />
      <TextArea label={t('fieldNote')} value={note} onInput={setNote} rows={2} />
      <TextField label={t('fieldDate')} type="date" value={on} onInput={setOn} required />
      <FormButtons onCancel={onCancel} testId="save-referral" />
    </form>
  );
}

function KeptList({ offboarding }: { offboarding: Offboarding }) {
  const t = useAfterT();
  const { lang, model } = useSidebar();
  const snippet = (text: string) => (text.length > 120 ? `${text.slice(0, 119)}…` : text);
  // The client may change their mind about publishing: the consent is edited where it is shown.
  const [editing, setEditing] = useState<string | null>(null);
  return (
    <div data-testid="kept-list">
      <h3 class="sb-small">{t('keptList')}</h3>
      <ul class="sb-list">
        {(offboarding.feedback ?? []).map((f) => (
          <li key={f.id} data-testid="kept-feedback" data-score={f.score ?? ''}>
            <strong>{t('kindFeedback')}</strong> · {formatDisplayDate(f.receivedOn, lang)} · {f.score !== undefined ? `${f.score}/10` : t('noScore')}
            <p class="sb-small">{snippet(f.quote)}</p>
            <Button variant="quiet" onClick={() => void model.removeCapture('feedback', f.id)}>{t('remove')}</Button>
          </li>
        ))}
        {(offboarding.testimonials ?? []).map((item) => (
          <li key={item.id} data-testid="kept-testimonial" data-consent={item.consent}>
            <strong>{t('kindTestimonial')}</strong> · {formatDisplayDate(item.givenOn, lang)} · {t(CONSENT_LABEL[item.consent])}
            <p class="sb-small">{snippet(item.text)}</p>
            {editing === item.id ? (
              <ConsentEdit key={item.id} item={item} onDone={() => setEditing(null)} />
            ) : (
              <div class="sb-actions">
                <Button variant="quiet" data-testid="edit-consent" onClick={() => setEditing(item.id)}>{t('editConsent')}</Button>
                <Button variant="quiet" onClick={() => void model.removeCapture('testimonial', item.id)}>{t('remove')}</Button>
              </div>
            )}
          </li>
        ))}
        {(offboarding.referrals ?? []).map((r) => (
          <li key={r.id} data-testid="kept-referral">
            <strong>{t('kindReferral')}</strong> · {formatDisplayDate(r.on, lang)} · {r.who}
            <SelectField label={t('fieldOutcome')} value={r.outcome} options={REFERRAL_OUTCOMES.map((value) => ({ value, label: t(OUTCOME_LABEL[value]) }))} onChange={(outcome) => void model.updateReferral(r.id, { outcome })} />
            <Button variant="quiet" onClick={() => void model.removeCapture('referral', r.id)}>{t('remove')}</Button>
          </li>
        ))}
      </ul>
    </div>
  );
}
