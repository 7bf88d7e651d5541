/** Our negotiation position, decided before the call (issue 18), and its one-line summary. */
import { useState } from 'preact/hooks';
import type { Offboarding } from '../../offboarding/types';
import { Alert, Button, Checkbox, TextField } from '../ui/controls';
import { formatDisplayDate } from '../../common/display-date';
import { useSidebar } from './context';
import { TextArea } from './TextArea';
import { positionFormFrom, positionFromForm } from './preparation-form';
import type { FormError, PositionForm as Form } from './preparation-form';

export function PositionForm({ offboarding }: { offboarding: Offboarding }) {
  const { t, model } = useSidebar();
  const [form, setForm] = useState<Form>(() => positionFormFrom(offboarding));
  const [error, setError] = useState<FormError | null>(null);
  const update = <K extends keyof Form>(key: K) => (value: Form[K]) => setForm((f) => ({ ...f, [key]: value }));
  const submit = async (event: Event) => {
    event.preventDefault();
    const result = positionFromForm(form);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    await model.savePosition(result.position);
  };
  return (
    <form class="sb-form" onSubmit={submit} data-testid="position-form" aria-label={t('positionTitle')}>
      <h3 class="sb-subtitle">{t('positionTitle')}</h3>
      <Checkbox label={t('positionOpen')} checked={form.openToStay} onChange={update('openToStay')} testId="position-open" />
      {form.openToStay ? (
        <>
          <TextField label={t('positionScope')} value={form.scope} onInput={update('scope')} testId="position-scope" />
          <TextField label={t('positionPrice')} value={form.price} onInput={update('price')} testId="position-price" />
          <TextField label={t('positionTiming')} value={form.timing} onInput={update('timing')} testId="position-timing" />
        </>
      ) : null}
      <TextField label={t('positionLatestEnd')} type="date" value={form.latestEndOn} onInput={update('latestEndOn')} testId="position-latest-end" />
      <TextArea label={t('positionNotAccepted')} value={form.notAccepted} onInput={update('notAccepted')} testId="position-not-accepted" />
      {error ? <Alert tone="error">{t(error.key, error.params)}</Alert> : null}
      <div class="sb-actions">
        <Button variant="primary" type="submit" data-testid="save-position">{t('positionSave')}</Button>
      </div>
    </form>
  );
}

/** The position in one line, shown beside a suggested retention reply. */
export function PositionSummary({ offboarding }: { offboarding: Offboarding }) {
  const { t, lang } = useSidebar();
  const position = offboarding.position;
  if (!position) return <p class="sb-small sb-muted" data-testid="position-summary" data-open="unknown">{t('positionNone')}</p>;
  const conditions = position.openToStay ? [position.conditions?.scope, position.conditions?.price, position.conditions?.timing].filter(Boolean).join('; ') : '';
  return (
    <p class="sb-small" data-testid="position-summary" data-open={String(position.openToStay)}>
      {t(position.openToStay ? 'positionSummaryOpen' : 'positionSummaryClosed')}
      {conditions ? ` ${conditions}.` : ''}
      {position.latestEndOn ? ` ${t('positionSummaryLatest', { date: formatDisplayDate(position.latestEndOn, lang) })}` : ''}
    </p>
  );
}
