/**
 * Started from a thread that is already under way: the steps the thread shows done, offered as
 * ticks with the words they rest on. Nothing is ticked until the user confirms.
 */
import { useMemo, useState } from 'preact/hooks';
import type { ChecklistKey, Offboarding } from '../../offboarding/types';
import type { ConversationContext } from '../../webmail/types';
import { inferThreadStages, proposeThreadSteps } from '../../templates/thread-stage';
import { Alert, Button, Checkbox } from '../ui/controls';
import { useSidebar } from './context';
import { CHECKLIST_LABEL } from './labels';
import { formatDisplayDate } from '../../common/display-date';

export function ThreadSteps({ offboarding, context }: { offboarding: Offboarding; context: ConversationContext | null }) {
  const { t, model, lang } = useSidebar();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [unchecked, setUnchecked] = useState<ReadonlySet<ChecklistKey>>(new Set());
  const [saving, setSaving] = useState(false);
  const proposals = useMemo(() => {
    if (!context || context.messages.length === 0) return [];
    // Offered for the offboarding started from this very thread.
    if (offboarding.thread?.threadId !== context.threadId) return [];
    const stages = inferThreadStages(context.messages, context.userEmail ? { userEmail: context.userEmail } : {});
    return proposeThreadSteps(offboarding.checklist, stages);
  }, [context, offboarding]);

  if (proposals.length === 0 || dismissed === offboarding.id) return null;

  const confirm = async () => {
    setSaving(true);
    try {
      for (const proposal of proposals) {
        if (unchecked.has(proposal.step)) continue;
        if (proposal.notice) await model.serveNotice(proposal.notice);
        else await model.setChecklist(proposal.step, true);
      }
    } finally {
      setSaving(false);
      setDismissed(offboarding.id);
    }
  };

  return (
    <Alert tone="info" testId="thread-steps">
      <p>{t('threadStepsIntro')}</p>
      <ul class="sb-thread-steps">
        {proposals.map((proposal) => (
          <li key={proposal.step} data-testid="thread-step" data-step={proposal.step}>
            <Checkbox
              label={t(CHECKLIST_LABEL[proposal.step])}
              checked={!unchecked.has(proposal.step)}
              testId={`thread-step-${proposal.step}`}
              onChange={(checked) => {
                const next = new Set(unchecked);
                if (checked) next.delete(proposal.step);
                else next.add(proposal.step);
                setUnchecked(next);
              }}
            />
            {/* The e-mail's words, as plain text. */}
            <p class="sb-muted sb-small" data-testid="thread-step-words">
              {t(proposal.basis === 'before-notice' ? 'threadStepBeforeNotice' : proposal.author === 'me' ? 'threadStepYouWrote' : 'threadStepClientWrote', {
                words: proposal.words,
              })}
              {proposal.notice ? ` ${t('threadStepNoticeOn', { date: formatDisplayDate(proposal.notice.servedOn, lang) })}` : ''}
            </p>
          </li>
        ))}
      </ul>
      <div class="sb-actions">
        <Button variant="primary" data-testid="confirm-thread-steps" disabled={saving} onClick={() => void confirm()}>
          {t('threadStepsConfirm')}
        </Button>
        <Button data-testid="dismiss-thread-steps" disabled={saving} onClick={() => setDismissed(offboarding.id)}>
          {t('threadStepsDismiss')}
        </Button>
      </div>
    </Alert>
  );
}
