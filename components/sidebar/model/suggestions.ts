/** The suggestions for the current state, ranked by the template engine (a selector: no state of its own). */
import type { ConversationContext } from '../../../webmail/types';
import type { Suggestion } from '../../../templates/types';
import { mergeTemplates } from '../../../templates/template-set';
import type { SidebarDeps } from '../ports';
import { sentKindsFrom } from '../drafts';
import type { SidebarState } from './types';

/**
 * When the page could not be read there is still a client (picked by hand) to suggest for: an
 * empty conversation stands in, so only the checklist and deadlines drive the ranking.
 */
function emptyContext(): ConversationContext {
  return {
    provider: 'gmail',
    participants: [],
    messages: [],
    language: 'other',
    compose: { open: false },
    url: '',
    missing: ['threadId', 'subject', 'participants', 'messages', 'userEmail', 'senderEmail', 'compose'],
  };
}

export function suggestionsFor(state: SidebarState, deps: Pick<SidebarDeps, 'templates' | 'today'>): Suggestion[] {
  if (!state.settings) return [];
  const offboarding = state.record?.offboarding ?? null;
  return deps.templates.suggest({
    context: state.context ?? emptyContext(),
    client: state.record?.client ?? null,
    offboarding,
    templates: mergeTemplates(deps.templates.builtInTemplates(), state.storedTemplates),
    today: deps.today(),
    sentKinds: sentKindsFrom(state.events, offboarding?.id),
    settings: state.settings,
  });
}
