/** The call's outcome (issue 18): date, who took part, what was agreed, next step. */
import { useState } from 'preact/hooks';
import type { CallAgreement, Offboarding } from '../../offboarding/types';
import { Alert, Button, SelectField, TextField } from '../ui/controls';
import { formatDisplayDate } from '../../common/display-date';
import { useSidebar } from './context';
import type { SidebarMessageKey } from './messages';
import { TextArea } from './TextArea';
import { outcomeFormFrom, outcomeFromForm } from './preparation-form';
import type { FormError, OutcomeForm as Form } from './preparation-form';

export const AGREED_LABEL: Record<CallAgreement, SidebarMessageKey> = {
  'end-date': 'agreedEndDate',
  mutual: 'agreedMutual',
  kept: 'agreedKept',
  'nothing-yet': 'agreedNothingYet',
};

export function CallOutcomeForm({ offboarding }: { offboarding: Offboarding }) {
  const { t, lang, model, deps } = useSidebar();
  const [form, setForm] = useState<Form>(() => outcomeFormFrom(offboarding, deps.today()));
  const [error, setError] = useState<FormError | null>(null);
  const update = <K extends keyof Form>(key: K) => (value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const submit = async (event: Event) => {
    event.preventDefault();
    const result = outcomeFromForm(form, offboarding);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    await model.saveOutcome(result.outcome);
  };
  const options = (Object.keys(AGREED_LABEL) as CallAgreement[]).map((value) => ({ value, label: t(AGREED_LABEL[value]) }));
  const outcome = offboarding.outcome;
  return (
    <form class="sb-form" onSubmit={submit} data-testid="outcome-form" aria-label={t('outcomeTitle')}>
      <h3 class="sb-subtitle">{t('outcomeTitle')}</h3>
      {outcome ? (
        <p class="sb-small" data-testid="outcome-summary" data-agreed={outcome.agreed}>
          {t('outcomeSummary', { date: formatDisplayDate(outcome.on, lang), agreed: t(AGREED_LABEL[outcome.agreed]) })}
          {outcome.endOn ? ` ${t('outcomeEndOn')}: ${formatDisplayDate(outcome.endOn, lang)}.` : ''}
        </p>
      ) : null}
      {outcome?.agreed === 'kept' ? <Alert tone="info" testId="outcome-kept">{t('outcomeKeptNote')}</Alert> : null}
      <TextField label={t('outcomeOn')} type="date" value={form.on} onInput={update('on')} min={offboarding.startedOn} testId="outcome-on" />
      <TextField label={t('outcomeParticipants')} value={form.participants} onInput={update('participants')} testId="outcome-participants" />
      <SelectField label={t('outcomeAgreed')} value={form.agreed} options={options} onChange={update('agreed')} testId="outcome-agreed" />
      {form.agreed === 'end-date' || form.agreed === 'mutual' ? (
        <TextField label={t('outcomeEndOn')} type="date" value={form.endOn} onInput={update('endOn')} min={form.on} testId="outcome-end-on" />
      ) : null}
      <TextArea label={t('outcomeNextStep')} value={form.nextStep} onInput={update('nextStep')} testId="outcome-next-step" />
      {error ? (
        <Alert tone="error" testId="outcome-error">
          {t(error.key, typeof error.params?.date === 'string' ? { ...error.params, date: formatDisplayDate(error.params.date, lang) } : error.params)}
        </Alert>
      ) : null}
      <div class="sb-actions">
        <Button variant="primary" type="submit" data-testid="save-outcome">{t('outcomeSave')}</Button>
        {outcome ? <Button onClick={() => void model.clearOutcome()} data-testid="clear-outcome">{t('outcomeClear')}</Button> : null}
      </div>
    </form>
  );
}
