/**
 * A draft from the record: the variables built from what the store and the thread hold plus the
 * values the user typed, rendered in the template's language. The background answers the sidebar's
 * templates.render with it, so the variables and the Markdown engine are not shipped in the sidebar.
 */
import { renderTemplate } from './render';
import type { RenderedDraft, Template } from './types';
import { buildVariables, type BuildVariablesInput } from './variables';

/** What the sidebar sends to render a draft: the typed values are text, the thread only its senders. */
export interface DraftRenderInput extends Omit<BuildVariablesInput, 'overrides' | 'lang' | 'tone'> {
  overrides?: Record<string, string>;
}

/** Renders `template` for the record; the message's language and tone are the template's own. */
export function renderDraftForRecord(template: Template, input: DraftRenderInput): RenderedDraft {
  const vars = buildVariables({ ...input, lang: template.lang, tone: template.tone });
  return renderTemplate(template, vars, { lang: template.lang });
}
