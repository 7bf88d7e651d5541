/**
 * Our own Markdown for the drafts (no DOM, no dependency): the subset the library and the user's
 * templates use — paragraphs, line breaks, lists (tight and loose, nested), GFM tables,
 * blockquotes, horizontal rules, headings (h1–h3 as h3, h4–h6 as h4), fenced code as plain
 * lines. Its HTML has the same shape marked (GFM, breaks) gave for the built-in library, so the
 * drafts are byte-identical (tests/unit/templates/render-parity.test.ts). Raw HTML shows as text.
 * Nesting deeper than MAX_DEPTH is read as text, so a crafted body cannot exhaust the stack.
 */
import { escapeHtml, renderInline } from './markdown-inline';

export const MAX_DEPTH = 32;

const BLANK = /^[ \t]*$/;
const HR = /^ {0,3}(?:(?:-[ \t]*){3,}|(?:_[ \t]*){3,}|(?:\*[ \t]*){3,})$/;
const HEADING = /^ {0,3}(#{1,6})(?=[ \t]|$)[ \t]*(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const QUOTE = /^ {0,3}> ?/;
const ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])(?:([ \t]+)(.*)|$)/;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;
const DELIMITER_ROW = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** Markdown → HTML (escaped; the sanitiser runs over it). */
export function renderMarkdown(source: string): string {
  return renderBlocks(source.replace(/\r\n?/g, '\n').replace(/\t/g, '    ').split('\n'), 0);
}

function renderBlocks(lines: readonly string[], depth: number): string {
  return parseBlocks(lines, depth).map((block) => block.html).join('');
}

interface Block {
  kind: 'paragraph' | 'other';
  html: string;
  /** For a paragraph: its inline HTML, as a tight list item shows it. */
  inline?: string;
}

function parseBlocks(lines: readonly string[], depth: number): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (BLANK.test(line)) { i += 1; continue; }
    const deep = depth >= MAX_DEPTH;
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[1] as string;
      const body: string[] = [];
      i += 1;
      while (i < lines.length && !new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}[ \\t]*$`).test(lines[i] as string)) body.push(lines[i++] as string);
      i += 1;
      // Code is not on the allow-list: its lines are shown as text.
      if (body.length > 0) blocks.push({ kind: 'other', html: `<p>${body.map(escapeHtml).join('<br>')}</p>\n` });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = (heading[1] as string).length <= 3 ? 3 : 4;
      blocks.push({ kind: 'other', html: `<h${level}>${renderInline(heading[2] as string)}</h${level}>\n` });
      i += 1;
      continue;
    }
    if (HR.test(line)) { blocks.push({ kind: 'other', html: '<hr>\n' }); i += 1; continue; }
    if (QUOTE.test(line) && !deep) {
      const inner: string[] = [];
      while (i < lines.length && !BLANK.test(lines[i] as string)) {
        const current = lines[i] as string;
        if (QUOTE.test(current)) inner.push(current.replace(QUOTE, ''));
        else if (inner.length > 0 && !startsBlock(current, lines[i + 1])) inner.push(current);
        else break;
        i += 1;
      }
      blocks.push({ kind: 'other', html: `<blockquote>\n${renderBlocks(inner, depth + 1)}</blockquote>\n` });
      continue;
    }
    if (ITEM.test(line) && !deep) {
      const list = parseList(lines, i, depth);
      blocks.push({ kind: 'other', html: list.html });
      i = list.end;
      continue;
    }
    if (isTableStart(line, lines[i + 1])) {
      const table = parseTable(lines, i);
      blocks.push({ kind: 'other', html: table.html });
      i = table.end;
      continue;
    }
    // A paragraph: until a blank line or a block that may interrupt it.
    const text: string[] = [line.replace(/^[ \t]+/, '')];
    i += 1;
    let setext = false;
    while (i < lines.length) {
      const current = lines[i] as string;
      if (BLANK.test(current)) break;
      if (SETEXT.test(current) && !/^ {0,3}-[ \t]*$/.test(current) ) { setext = true; i += 1; break; }
      if (startsBlock(current, lines[i + 1], depth)) break;
      text.push(current.replace(/^[ \t]+/, ''));
      i += 1;
    }
    const inline = renderInline(text.join('\n').replace(/[ \t]+$/, ''));
    blocks.push(setext ? { kind: 'other', html: `<h3>${inline}</h3>\n` } : { kind: 'paragraph', html: `<p>${inline}</p>\n`, inline });
  }
  return blocks;
}

/** Whether `line` begins a block that interrupts a paragraph (an ordered list only from 1). */
function startsBlock(line: string, next: string | undefined, depth = 0): boolean {
  if (FENCE.test(line) || HEADING.test(line) || HR.test(line) || QUOTE.test(line)) return true;
  if (isTableStart(line, next)) return true;
  const item = ITEM.exec(line);
  if (!item || depth >= MAX_DEPTH || !item[4] || BLANK.test(item[4])) return false;
  const marker = item[2] as string;
  return /^[-*+]$/.test(marker) || /^0*1[.)]$/.test(marker);
}

function parseList(lines: readonly string[], start: number, depth: number): { html: string; end: number } {
  const first = ITEM.exec(lines[start] as string) as RegExpExecArray;
  const ordered = /\d/.test(first[2] as string);
  const markerChar = (first[2] as string).slice(-1);
  const items: string[][] = [];
  let loose = false;
  let i = start;
  let sawBlank = false;
  let contentIndent = 0;
  while (i < lines.length) {
    const line = lines[i] as string;
    const item = ITEM.exec(line);
    const sameList = item && /\d/.test(item[2] as string) === ordered && (item[2] as string).slice(-1) === markerChar;
    if (item && sameList && (item[1] as string).length < Math.max(contentIndent, 1)) {
      if (sawBlank && items.length > 0) loose = true;
      sawBlank = false;
      const spaces = (item[3] ?? '').length;
      const padding = spaces >= 5 || item[4] === undefined ? 1 : spaces;
      contentIndent = (item[1] as string).length + (item[2] as string).length + padding;
      items.push([item[4] === undefined ? '' : (spaces >= 5 ? ' '.repeat(spaces - 1) : '') + (item[4] as string)]);
      i += 1;
      continue;
    }
    const current = items[items.length - 1] as string[];
    if (BLANK.test(line)) {
      // A blank line ends the list unless indented content or another item follows it.
      const next = lines.slice(i + 1).find((candidate) => !BLANK.test(candidate));
      const nextItem = next === undefined ? undefined : ITEM.exec(next);
      const continues = next !== undefined && (indentOf(next) >= contentIndent || (nextItem && /\d/.test(nextItem[2] as string) === ordered && (nextItem[2] as string).slice(-1) === markerChar && (nextItem[1] as string).length < contentIndent));
      if (!continues) break;
      sawBlank = true;
      current.push('');
      i += 1;
      continue;
    }
    if (indentOf(line) >= contentIndent) {
      if (sawBlank && current.some((part) => part !== '')) loose = true;
      sawBlank = false;
      current.push(line.slice(contentIndent));
      i += 1;
      continue;
    }
    // A lazy continuation line of the item's paragraph.
    if (!sawBlank && !startsBlock(line, lines[i + 1], depth) && !ITEM.test(line)) {
      current.push(line.replace(/^[ \t]+/, ''));
      i += 1;
      continue;
    }
    break;
  }
  const rendered = items.map((content) => {
    const blocks = parseBlocks(content, depth + 1);
    if (!loose && blocks.filter((block) => block.kind === 'paragraph').length > 1) loose = true;
    return blocks;
  });
  const body = rendered
    .map((blocks) => {
      if (loose) return `<li>${blocks.map((block) => block.html).join('')}</li>\n`;
      const html = blocks.map((block) => (block.kind === 'paragraph' ? block.inline : block.html)).join('');
      return `<li>${html}</li>\n`;
    })
    .join('');
  const tag = ordered ? 'ol' : 'ul';
  return { html: `<${tag}>\n${body}</${tag}>\n`, end: i };
}

function indentOf(line: string): number {
  return /^ */.exec(line)?.[0].length ?? 0;
}

function isTableStart(line: string, next: string | undefined): boolean {
  if (next === undefined || !line.includes('|') || !DELIMITER_ROW.test(next) || !next.includes('-')) return false;
  if (!next.includes('|') && splitRow(line).length !== 1) return false;
  return splitRow(line).length === splitRow(next).length;
}

function parseTable(lines: readonly string[], start: number): { html: string; end: number } {
  const header = splitRow(lines[start] as string);
  const columns = header.length;
  const cells = (row: string[], tag: 'th' | 'td'): string =>
    `<tr>\n${Array.from({ length: columns }, (_, column) => `<${tag}>${renderInline(row[column] ?? '')}</${tag}>\n`).join('')}</tr>\n`;
  let i = start + 2;
  let body = '';
  while (i < lines.length) {
    const line = lines[i] as string;
    if (BLANK.test(line) || FENCE.test(line) || HEADING.test(line) || HR.test(line) || QUOTE.test(line) || ITEM.test(line)) break;
    body += cells(splitRow(line), 'td');
    i += 1;
  }
  return { html: `<table>\n<thead>\n${cells(header, 'th')}</thead>\n${body ? `<tbody>${body}</tbody>` : ''}</table>\n`, end: i };
}

/** A table row's cells: split on unescaped pipes, the outer pipes and the cells' spaces trimmed. */
function splitRow(line: string): string[] {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i += 1) {
    const char = row[i];
    if (char === '\\' && row[i + 1] === '|') { cell += '|'; i += 1; continue; }
    if (char === '|') { cells.push(cell.trim()); cell = ''; continue; }
    cell += char;
  }
  cells.push(cell.trim());
  return cells;
}
