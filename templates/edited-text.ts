/** The user's own edit of a draft, made safe for an editor: the sidebar needs this, not the Markdown engine. */
import { escapeHtml } from './markdown-inline';
import { sanitizeHtml, serializeHtml } from './sanitize';

/**
 * The user's own edit of a draft's text → the HTML that is inserted: every character escaped (the
 * edit is text, never markup), a blank line a new paragraph, a line break a <br>, then through
 * the same sanitiser as every draft.
 */
export function plainTextToSafeHtml(text: string): { html: string; text: string } {
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  const paragraphs = normalised.split(/\n{2,}/).filter((p) => p.trim() !== '');
  const raw = paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('');
  return { html: serializeHtml(sanitizeHtml(raw)).trim(), text: normalised };
}
