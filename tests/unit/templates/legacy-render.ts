/**
 * The drafts as marked + DOMPurify rendered them until December 2026 (templates/render.ts before our
 * own renderer): kept, with marked and DOMPurify as development dependencies, only so that
 * render-parity.test.ts can show the new renderer gives byte-identical HTML and text.
 */
import createDOMPurify, { type Config, type DOMPurify, type WindowLike } from 'dompurify';
import { Marked } from 'marked';
import type { Lang } from '../../../offboarding/types';
import { fillTemplate, parseTemplate } from '../../../templates/engine';
import type { RenderedDraft, Template, TemplateVariables } from '../../../templates/types';
import { buildVariables } from '../../../templates/variables';
import { variableLabel } from '../../../templates/variable-labels';
import type { Scenario } from '../../../catalog/scenarios';

const ALLOWED_TAGS = [
  'p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
  'a', 'blockquote', 'hr', 'h3', 'h4',
];

const SANITIZE_CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href'],
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  KEEP_CONTENT: true,
};

let configuredWindow: WindowLike | undefined;
let purifier: DOMPurify | undefined;

/** Gives the sanitizer a DOM window (tests and Node pass jsdom's); the browser's is used otherwise. */
export function configureSanitizer(window: WindowLike): void {
  configuredWindow = window;
  purifier = undefined;
}

function sanitizer(): { purify: DOMPurify; document: Document } {
  const window = configuredWindow ?? (globalThis as { window?: WindowLike }).window;
  if (!window) throw new Error('renderTemplate: no DOM window; call configureSanitizer(window) first (e.g. with jsdom)');
  if (!purifier) {
    purifier = createDOMPurify(window);
    // Links open outside the editor's page and never carry a target of their own.
    purifier.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName === 'A' && !node.getAttribute('href')) node.replaceWith(...Array.from(node.childNodes));
    });
  }
  return { purify: purifier, document: (window as unknown as { document: Document }).document };
}

const markdown = new Marked({ gfm: true, breaks: true, async: false });
markdown.use({
  renderer: {
    // Raw HTML written into a template shows as text; values are entity-escaped before this.
    html({ text }) {
      return escapeHtml(text);
    },
  },
});

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

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

/** Markdown → sanitized HTML and its plain-text twin. */
export function markdownToSafeHtml(source: string): { html: string; text: string } {
  const { purify, document } = sanitizer();
  const rawHtml = markdown.parse(source, { async: false });
  const fragment = purify.sanitize(rawHtml, { ...SANITIZE_CONFIG, RETURN_DOM_FRAGMENT: true });
  const container = document.createElement('div');
  container.appendChild(fragment);
  return { html: container.innerHTML.trim(), text: blocksToText(container).trim() };
}

/**
 * The user's own edit of a draft's text → the HTML that is inserted: every character escaped (the
 * edit is text, never markup), a blank line a new paragraph, a line break a <br>, then through
 * the same sanitizer as every draft.
 */
export function plainTextToSafeHtml(text: string): { html: string; text: string } {
  const { purify } = sanitizer();
  const normalised = text.replace(/\r\n?/g, '\n').trim();
  const paragraphs = normalised.split(/\n{2,}/).filter((p) => p.trim() !== '');
  const raw = paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('');
  return { html: String(purify.sanitize(raw, SANITIZE_CONFIG)).trim(), text: normalised };
}

// ——— plain text ———

const BLOCKS = new Set(['P', 'UL', 'OL', 'TABLE', 'BLOCKQUOTE', 'HR', 'H3', 'H4']);

function blocksToText(parent: Element): string {
  const parts: string[] = [];
  let inline = '';
  const flush = (): void => {
    if (inline.trim()) parts.push(inline.trim());
    inline = '';
  };
  for (const node of Array.from(parent.childNodes)) {
    if (isElement(node) && BLOCKS.has(node.tagName)) {
      flush();
      parts.push(blockToText(node));
    } else {
      inline += inlineText(node);
    }
  }
  flush();
  return parts.filter((part) => part !== '').join('\n\n');
}

function blockToText(element: Element): string {
  switch (element.tagName) {
    case 'UL':
    case 'OL':
      return listToText(element);
    case 'TABLE':
      return tableToText(element);
    case 'BLOCKQUOTE':
      return blocksToText(element)
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'HR':
      return '---';
    default:
      return inlineText(element).trim();
  }
}

function listToText(list: Element): string {
  const ordered = list.tagName === 'OL';
  return Array.from(list.children)
    .filter((child) => child.tagName === 'LI')
    .map((item, index) => {
      const bullet = ordered ? `${index + 1}. ` : '- ';
      const lines = blocksToText(item).split('\n').filter((line) => line !== '');
      return lines.map((line, lineIndex) => (lineIndex === 0 ? bullet : ' '.repeat(bullet.length)) + line).join('\n');
    })
    .join('\n');
}

function tableToText(table: Element): string {
  const rows = Array.from(table.querySelectorAll('tr')).map((row) =>
    Array.from(row.children).map((cell) => inlineText(cell).replace(/\s+/g, ' ').trim()),
  );
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) => Math.max(0, ...rows.map((row) => [...(row[column] ?? '')].length)));
  const lines = rows.map((row) =>
    widths
      .map((width, column) => {
        const cell = row[column] ?? '';
        return cell + ' '.repeat(width - [...cell].length);
      })
      .join('  ')
      .trimEnd(),
  );
  const hasHeader = table.querySelector('thead') !== null;
  if (hasHeader && lines.length > 0) lines.splice(1, 0, widths.map((width) => '-'.repeat(Math.max(width, 1))).join('  '));
  return lines.join('\n');
}

function inlineText(node: Node): string {
  if (node.nodeType === 3) return (node.textContent ?? '').replace(/\n/g, ' ');
  if (!isElement(node)) return '';
  if (node.tagName === 'BR') return '\n';
  const inner = Array.from(node.childNodes).map(inlineText).join('');
  if (node.tagName === 'A') {
    const href = node.getAttribute('href') ?? '';
    const shown = href.replace(/^mailto:/i, '');
    return href && shown !== inner.trim() ? `${inner} (${shown})` : inner;
  }
  return inner;
}

function isElement(node: Node): node is Element {
  return node.nodeType === 1;
}

/** The Markdown source renderTemplate fills for a catalogue entry, as catalog/page.ts builds its variables. */
export function filledMarkdown(template: Template, scenario: Scenario, lang: Lang): string {
  const vars = buildVariables({
    ...(scenario.client ? { client: scenario.client } : {}),
    ...(scenario.offboarding ? { offboarding: scenario.offboarding } : {}),
    ...(scenario.context ? { context: scenario.context } : {}),
    settings: scenario.settings,
    today: scenario.today,
    lang,
    tone: template.tone,
    ...(scenario.values ? { overrides: scenario.values } : {}),
  });
  const label = (path: string): string => variableLabel(path, lang);
  return fillTemplate(parseTemplate(template.body), vars, { mode: 'markdown', label }).markdown;
}
