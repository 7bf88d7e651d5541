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
  // Keyed by the record's version: the forms start again from what was saved.
  const key = `${offboarding.id}:${offboarding.updatedAt}`;
  return (
    <Section title={t('prepTitle')} testId="preparation">
      <p class="sb-small sb-muted">{t('prepIntro')}</p>
      <AnalysisForm key={`a-${key}`} offboarding={offboarding} context={context} />
      <ContractSummary client={client} />
      <PositionForm key={`p-${key}`} offboarding={offboarding} />
      <ConversationPlanView client={client} offboarding={offboarding} />
      <CallOutcomeForm key={`o-${key}`} offboarding={offboarding} />
    </Section>
  );
}
