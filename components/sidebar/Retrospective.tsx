/**
 * The lessons step: a short structured retrospective written when the offboarding closes (ticking
 * the step opens it) and editable later. Saving it ticks the step.
 */
import { useState } from 'preact/hooks';
import type { Offboarding, WorkAgain } from '../../offboarding/types';
import { retrospectiveIsEmpty } from '../../offboarding/after';
import { formatDisplayDate } from '../../common/display-date';
import { Button, Segmented } from '../ui/controls';
import { useSidebar } from './context';
import { TextArea, textError, useAfterT, type FieldError } from './after-fields';

export function RetrospectiveBlock({ offboarding, formOpen, setFormOpen }: { offboarding: Offboarding; formOpen: boolean; setFormOpen: (open: boolean) => void }) {
  const t = useAfterT();
  const { lang } = useSidebar();
  const retro = offboarding.retrospective;
  if (formOpen) return <RetrospectiveForm offboarding={offboarding} onDone={() => setFormOpen(false)} />;
  return (
    <div class="sb-retro" data-testid="retrospective">
      {retro ? (
        <dl class="sb-small">
          {retro.wentWell ? <><dt>{t('retroWentWell')}</dt><dd>{retro.wentWell}</dd></> : null}
          {retro.toImprove ? <><dt>{t('retroToImprove')}</dt><dd data-testid="retro-to-improve">{retro.toImprove}</dd></> : null}
          {retro.warningSigns ? <><dt>{t('retroWarningSigns')}</dt><dd>{retro.warningSigns}</dd></> : null}
          <dd class="sb-muted">{t('retroWrittenOn', { date: formatDisplayDate(retro.updatedAt.slice(0, 10), lang) })}</dd>
        </dl>
      ) : null}
      <Button variant="quiet" onClick={() => setFormOpen(true)} data-testid="open-retrospective">{retro ? t('retroEdit') : t('retroOpen')}</Button>
    </div>
  );
}

function RetrospectiveForm({ offboarding, onDone }: { offboarding: Offboarding; onDone: () => void }) {
  const t = useAfterT();
  const { model } = useSidebar();
  const current = offboarding.retrospective;
  const [wentWell, setWentWell] = useState(current?.wentWell ?? '');
  const [toImprove, setToImprove] = useState(current?.toImprove ?? '');
  const [warningSigns, setWarningSigns] = useState(current?.warningSigns ?? '');
  const [workAgain, setWorkAgain] = useState<WorkAgain | undefined>(current?.workAgain);
  const [error, setError] = useState<FieldError>(null);
  const submit = async (event: Event) => {
    event.preventDefault();
    const input = { wentWell, toImprove, warningSigns, ...(workAgain ? { workAgain } : {}) };
    const problem = retrospectiveIsEmpty(input) ? ({ key: 'retroEmpty' } as const) : (textError(wentWell, false) ?? textError(toImprove, false) ?? textError(warningSigns, false));
    if (problem) {
      setError(problem);
      return;
    }
    if (await model.writeRetrospective(input)) onDone();
  };
  const tickOnly = async () => {
    await model.setChecklist('lessons', true);
    onDone();
  };
  return (
    <form class="sb-form" onSubmit={submit} data-testid="retrospective-form" aria-label={t('retroTitle')}>
      <TextArea label={t('retroWentWell')} value={wentWell} onInput={setWentWell} rows={2} testId="retro-went-well" />
      <TextArea label={t('retroToImprove')} value={toImprove} onInput={setToImprove} rows={2} testId="retro-improve" />
      <TextArea label={t('retroWarningSigns')} value={warningSigns} onInput={setWarningSigns} rows={2} testId="retro-warning" />
      {/* No answer is preselected: "would we work with them again" is the user's to say. */}
      <Segmented
        legend={t('retroWorkAgain')}
        value={workAgain ?? ('' as WorkAgain)}
        options={[{ value: 'yes', label: t('workAgainYes') }, { value: 'maybe', label: t('workAgainMaybe') }, { value: 'no', label: t('workAgainNo') }]}
        onChange={setWorkAgain}
      />
      {error ? <p class="ui-field__error" role="alert" data-testid="retro-error">{t(error.key, error.params)}</p> : null}
      <div class="sb-actions">
        <Button variant="primary" type="submit" data-testid="save-retrospective">{t('save')}</Button>
        {offboarding.checklist.lessons.doneAt ? null : <Button onClick={() => void tickOnly()} data-testid="tick-lessons-only">{t('retroTickOnly')}</Button>}
        <Button onClick={onDone}>{t('cancel')}</Button>
      </div>
    </form>
  );
}
