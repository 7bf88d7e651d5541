/** What of a rendered template goes into the page's editor. */
import type { ComposeKind, Draft } from '../webmail/types';
import type { RenderedDraft } from './types';

/** A subject only for a new message, never on a reply (the reply keeps the thread's subject). */
export function draftForCompose(rendered: Pick<RenderedDraft, 'html' | 'text' | 'subject'>, compose: ComposeKind | undefined): Draft {
  const draft: Draft = { html: rendered.html, text: rendered.text };
  if (compose === 'new' && rendered.subject) draft.subject = rendered.subject;
  return draft;
}
