/** The analysis (issue 18): what is wrong, with dates and the message it shows in; what was tried; the decision. */
import { useState } from 'preact/hooks';
import type { Client, Offboarding } from '../../offboarding/types';
import type { ConversationContext } from '../../webmail/types';
import { Alert, Button, SelectField, TextField } from '../ui/controls';
import { formatDisplayDate } from '../../common/display-date';
import { formatNoticePeriod } from '../../templates/format';
import { useSidebar } from './context';
import { TextArea } from './TextArea';
import { CONTRACT_TYPE_LABEL } from './labels';
import { analysisFormFrom, analysisFromForm } from './preparation-form';
import type { AnalysisForm as Form, FormError } from './preparation-form';

export function AnalysisForm({ offboarding, context }: { offboarding: Offboarding; context: ConversationContext | null }) {
  const { t, lang, model } = useSidebar();
  const [form, setForm] = useState<Form>(() => analysisFormFrom(offboarding));
  const [error, setError] = useState<FormError | null>(null);
  const threadId = context?.threadId ?? offboarding.thread?.threadId;
  const messageOptions = [
    { value: '', label: t('analysisNoMessage') },
    ...(context?.messages ?? [])
      .filter((m): m is typeof m & { id: string } => typeof m.id === 'string' && m.id !== '')
      .map((m) => ({
        value: m.id,
        // Plain text from the page, shown as an option's text (never markup).
        label: [m.date ? formatDisplayDate(m.date.slice(0, 10), lang) : m.dateText, m.from.name ?? m.from.email, m.text.slice(0, 40)]
          .filter(Boolean)
          .join(' · '),
      })),
  ];
  // A fact linked to a message the open thread no longer shows keeps its link.
  for (const fact of form.facts) {
    if (fact.messageId && !messageOptions.some((o) => o.value === fact.messageId)) messageOptions.push({ value: fact.messageId, label: fact.messageId });
  }
  const setFact = (i: number, changes: Partial<Form['facts'][number]>) =>
    setForm((f) => ({ ...f, facts: f.facts.map((x, j) => (j === i ? { ...x, ...changes } : x)) }));
  const setAttempt = (i: number, changes: Partial<Form['attempts'][number]>) =>
    setForm((f) => ({ ...f, attempts: f.attempts.map((x, j) => (j === i ? { ...x, ...changes } : x)) }));

  const submit = async (event: Event) => {
    event.preventDefault();
    const result = analysisFromForm(form, offboarding, threadId);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setError(null);
    await model.saveAnalysis(result.analysis, form.reasonNote);
  };

  return (
    <form class="sb-form" onSubmit={submit} data-testid="analysis-form" aria-label={t('analysisTitle')}>
      <h3 class="sb-subtitle">{t('analysisTitle')}</h3>
      <fieldset class="sb-fieldset">
        <legend>{t('analysisFacts')}</legend>
        {form.facts.map((fact, i) => (
          <div class="sb-prep-row" key={fact.id ?? `new-${i}`} data-testid="analysis-fact">
            <TextArea label={t('analysisFactText')} value={fact.text} onInput={(text) => setFact(i, { text })} testId="fact-text" />
            <TextField label={t('analysisFactOn')} type="date" value={fact.on} onInput={(on) => setFact(i, { on })} testId="fact-on" />
            {messageOptions.length > 1 ? (
              <SelectField label={t('analysisFactMessage')} value={fact.messageId} options={messageOptions} onChange={(messageId) => setFact(i, { messageId })} testId="fact-message" />
            ) : null}
            <Button variant="quiet" onClick={() => setForm((f) => ({ ...f, facts: f.facts.filter((_, j) => j !== i) }))}>{t('remove')}</Button>
          </div>
        ))}
        <Button variant="quiet" data-testid="add-fact" onClick={() => setForm((f) => ({ ...f, facts: [...f.facts, { text: '', on: '', messageId: '' }] }))}>
          {t('analysisAddFact')}
        </Button>
      </fieldset>
      <fieldset class="sb-fieldset">
        <legend>{t('analysisAttempts')}</legend>
        {form.attempts.map((attempt, i) => (
          <div class="sb-prep-row" key={attempt.id ?? `new-${i}`} data-testid="analysis-attempt">
            <TextArea label={t('analysisAttemptText')} value={attempt.text} onInput={(text) => setAttempt(i, { text })} testId="attempt-text" />
            <TextField label={t('analysisFactOn')} type="date" value={attempt.on} onInput={(on) => setAttempt(i, { on })} />
            <TextField label={t('analysisAttemptResult')} value={attempt.result} onInput={(result) => setAttempt(i, { result })} testId="attempt-result" />
            <Button variant="quiet" onClick={() => setForm((f) => ({ ...f, attempts: f.attempts.filter((_, j) => j !== i) }))}>{t('remove')}</Button>
          </div>
        ))}
        <Button variant="quiet" data-testid="add-attempt" onClick={() => setForm((f) => ({ ...f, attempts: [...f.attempts, { text: '', on: '', result: '' }] }))}>
          {t('analysisAddAttempt')}
        </Button>
      </fieldset>
      <TextArea
        label={t('analysisReasonNote')}
        value={form.reasonNote}
        onInput={(reasonNote) => setForm((f) => ({ ...f, reasonNote }))}
        testId="reason-note"
        {...(offboarding.reason === 'other' ? { hint: t('analysisReasonNoteHint') } : {})}
      />
      <TextArea label={t('analysisDecision')} value={form.decision} onInput={(decision) => setForm((f) => ({ ...f, decision }))} testId="analysis-decision" />
      {error ? <Alert tone="error" testId="analysis-error">{t(error.key, error.params)}</Alert> : null}
      <div class="sb-actions">
        <Button variant="primary" type="submit" data-testid="save-analysis">{t('analysisSave')}</Button>
      </div>
    </form>
  );
}

/** What the contract says, from the client record (edited in the client form). */
export function ContractSummary({ client }: { client: Client }) {
  const { t, lang } = useSidebar();
  const c = client.contract;
  const period = formatNoticePeriod(c.noticePeriod, lang);
  const parts = [
    t(c.type === undefined ? 'analysisContractTypeUnknown' : CONTRACT_TYPE_LABEL[c.type]),
    c.clause ? t('analysisContractClause', { clause: c.clause }) : t('analysisContractNoClause'),
    period ? t('analysisContractPeriod', { period }) : t('analysisContractNoPeriod'),
    t(c.requiredForm === 'written' ? 'analysisContractWritten' : c.requiredForm === 'documentary' ? 'analysisContractDocumentary' : 'analysisContractFormUnknown'),
  ];
  return (
    <div data-testid="analysis-contract">
      <h3 class="sb-subtitle">{t('analysisContract')}</h3>
      <p class="sb-small">{parts.join('; ')}</p>
    </div>
  );
}
