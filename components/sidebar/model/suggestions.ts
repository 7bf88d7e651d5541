/** The suggestions for the current state, ranked by the template engine (a selector: no state of its own). */
import type { Suggestion } from '../../../templates/types';
import { mergeTemplates } from '../../../templates/template-set';
import type { SidebarDeps } from '../ports';
import { sentKindsFrom } from '../drafts';
import type { SidebarState } from './types';

/** `resolvedForm`: with no form recorded (no client, or one without it), the notice form the user chose in a draft (the cover follows it). */
export function suggestionsFor(state: SidebarState, deps: Pick<SidebarDeps, 'templates' | 'today'>, resolvedForm?: 'documentary' | 'written'): Suggestion[] {
  if (!state.settings) return [];
  const offboarding = state.record?.offboarding ?? null;
  return deps.templates.suggest({
    context: state.context,
    client: state.record?.client ?? null,
    offboarding,
    templates: mergeTemplates(deps.templates.builtInTemplates(), state.storedTemplates),
    today: deps.today(),
    sentKinds: sentKindsFrom(state.events, offboarding?.id, state.context),
    settings: state.settings,
    ...(resolvedForm && state.record?.client.contract.requiredForm === undefined ? { resolvedForm } : {}),
  });
}
