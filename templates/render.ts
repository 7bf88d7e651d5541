/**
 * Template → draft: fill (values escaped for Markdown) → our Markdown renderer (templates/markdown.ts:
 * single newlines as line breaks, raw HTML shown as text) → the allow-list sanitiser
 * (templates/sanitize.ts) → HTML, plus a plain-text twin read from the same sanitised tree and a
 * plain-text subject. No DOM and no dependency: it runs in the sidebar, the background, a worker
 * or Node alike.
 */
import type { Lang } from '../offboarding/types';
import { fillTemplate, parseTemplate } from './engine';
import { renderMarkdown } from './markdown';
import { treeToText } from './plain-text';
import { sanitizeHtml, serializeHtml } from './sanitize';
import type { RenderedDraft, Template, TemplateVariables } from './types';
import { variableLabel } from './variable-labels';

export interface RenderOptions {
  lang: Lang;
}

/** Renders a template with the given variables; throws TemplateSyntaxError on a broken template. */
export function renderTemplate(template: Pick<Template, 'body' | 'subject'>, vars: TemplateVariables, options: RenderOptions): RenderedDraft {
  const label = (path: string): string => variableLabel(path, options.lang);
  const body = fillTemplate(parseTemplate(template.body), vars, { mode: 'markdown', label });
  const subject = fillTemplate(parseTemplate(template.subject), vars, { mode: 'plain', label });
  const html = markdownToSafeHtml(body.markdown);
  return {
    subject: subject.markdown,
    html: html.html,
    text: html.text,
    missing: [...new Set([...subject.missing, ...body.missing])],
  };
}

/** Markdown → sanitised HTML and its plain-text twin. */
export function markdownToSafeHtml(source: string): { html: string; text: string } {
  const tree = sanitizeHtml(renderMarkdown(source));
  return { html: serializeHtml(tree).trim(), text: treeToText(tree) };
}
