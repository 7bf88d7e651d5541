/**
 * Before the notice (issue 18): the analysis, the contract, our position, the conversation plan and
 * the call's outcome, in the article's order, in one section of the sidebar.
 */
import type { Client, Offboarding } from '../../offboarding/types';
import type { ConversationContext } from '../../webmail/types';
import { stageOf } from '../../offboarding/checklist';
import { Section } from '../ui/controls';
import { useSidebar } from './context';
import { AnalysisForm, ContractSummary } from './AnalysisForm';
import { PositionForm } from './PositionForm';
import { ConversationPlanView } from './ConversationPlan';
import { CallOutcomeForm } from './CallOutcome';

/** Shown while the offboarding is before its notice, and whenever a call's outcome is on record. */
export function showsPreparation(offboarding: Offboarding): boolean {
  return stageOf(offboarding) === 'preparation' || offboarding.outcome !== undefined;
}

export function PreparationSection({ client, offboarding, context }: { client: Client; offboarding: Offboarding; context: ConversationContext | null }) {
  const { t } = useSidebar();
  if (!showsPreparation(offboarding)) return null;
  // Each form is keyed by what it edits, so saving one starts it again from what was saved while
  // the others keep their unsaved edits (a key on the whole record's version reset all three).
  const key = (part: unknown) => `${offboarding.id}:${JSON.stringify(part ?? null)}`;
  return (
    <Section title={t('prepTitle')} testId="preparation">
      <p class="sb-small sb-muted">{t('prepIntro')}</p>
      <AnalysisForm key={`a-${key([offboarding.analysis, offboarding.reasonNote])}`} offboarding={offboarding} context={context} />
      <ContractSummary client={client} />
      <PositionForm key={`p-${key(offboarding.position)}`} offboarding={offboarding} />
      <ConversationPlanView client={client} offboarding={offboarding} />
      <CallOutcomeForm key={`o-${key(offboarding.outcome)}`} offboarding={offboarding} />
    </Section>
  );
}
