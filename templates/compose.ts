/** What of a rendered template goes into the page's editor. */
import type { ComposeKind, Draft } from '../webmail/types';
import type { RenderedDraft } from './types';

/** A subject only for a new message, never on a reply (the reply keeps the thread's subject). */
export function draftForCompose(rendered: Pick<RenderedDraft, 'html' | 'text' | 'subject'>, compose: ComposeKind | undefined): Draft {
  const draft: Draft = { html: withTableStyles(rendered.html), text: rendered.text };
  if (compose === 'new' && rendered.subject) draft.subject = rendered.subject;
  return draft;
}

const CELL_STYLE = 'border:1px solid #b0b0b0;padding:2px 6px;vertical-align:top';
/** An amount or a date ("4 920,00 zł", "£360.00", "28.02.2026"): kept on one line. */
const AMOUNT_CELL = /^\s*[-−+]?[\p{Sc}A-Z]{0,3}\s?\d[\d\s\u00a0\u202f.,/-]*\s?(?:zł|\p{Sc}|[A-Z]{3})?\s*$/u;

/**
 * Webmail editors drop style sheets: a table keeps its lines only with inline styles. Applied to
 * the sanitized HTML, whose table tags carry no attributes at all (templates/render.ts allows only
 * href), so a bare tag is all there is to match; the styles are fixed strings of ours.
 */
export function withTableStyles(html: string): string {
  if (!html.includes('<table>')) return html;
  return html
    .replace(/<table>/g, '<table style="border-collapse:collapse;border:1px solid #b0b0b0">')
    .replace(/<th>/g, `<th style="${CELL_STYLE};text-align:left">`)
    .replace(/<td>([^<]*)<\/td>/g, (_, content: string) => {
      const text = content.replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&');
      const style = AMOUNT_CELL.test(text) ? `${CELL_STYLE};white-space:nowrap;text-align:right` : CELL_STYLE;
      return `<td style="${style}">${content}</td>`;
    })
    .replace(/<td>/g, `<td style="${CELL_STYLE}">`);
}
