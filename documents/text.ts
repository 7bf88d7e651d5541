/**
 * A document model as plain text, for the golden files and for review: the same blocks the PDF
 * draws, in the same order, with nothing interpreted as markup.
 */
import { listMarker, signatureDateLabel, type DocumentBlock, type DocumentModel } from './model';
import type { Lang } from '../offboarding/types';

const WIDTH = 96;

function tableText(columns: readonly { label: string; align?: 'left' | 'right' }[], rows: readonly string[][]): string[] {
  const cells = [columns.map((column) => column.label), ...rows];
  const widths = columns.map((_, index) => Math.max(...cells.map((row) => [...(row[index] ?? '')].length)));
  const pad = (text: string, index: number) => {
    const gap = ' '.repeat(Math.max(0, (widths[index] ?? 0) - [...text].length));
    return columns[index]?.align === 'right' ? gap + text : text + gap;
  };
  const line = (row: readonly string[]) => `| ${columns.map((_, index) => pad(row[index] ?? '', index)).join(' | ')} |`;
  return [line(cells[0] ?? []), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.map(line)];
}

function blockText(block: DocumentBlock, lang: Lang): string[] {
  switch (block.type) {
    case 'place-date':
      return [block.text.padStart(WIDTH)];
    case 'parties':
      return block.parties.flatMap((party, index) => [...(index > 0 ? [''] : []), `${party.role}:`, ...party.lines.map((line) => `    ${line}`)]);
    case 'letterhead':
      return [...block.lines];
    case 'addressee':
      return [`${block.label}:`, ...block.lines.map((line) => `    ${line}`)];
    case 'title':
      return [`## ${block.text}`, ...(block.subtitle ? [block.subtitle] : [])];
    case 'heading':
      return [`### ${block.text}`];
    case 'paragraph':
      return [block.text];
    case 'list':
      return block.items.map((item, index) => `${listMarker(block.marker, index, lang)} ${item}`);
    case 'table':
      return tableText(block.columns, block.rows);
    case 'blank-lines':
      return [block.label, ...Array.from({ length: block.count }, () => '    ' + '.'.repeat(60))];
    case 'signatures':
      return block.signatures.flatMap((signature, index) => [
        ...(index > 0 ? [''] : []),
        '    ' + '.'.repeat(40),
        `    ${signature.caption}`,
        ...(signature.name ? [`    ${signature.name}`] : []),
        ...(signature.dated ? [`    ${signatureDateLabel(lang)} ${'.'.repeat(24)}`] : []),
      ]);
  }
}

export function documentText(document: DocumentModel): string {
  return `${document.blocks.map((block) => blockText(block, document.lang).join('\n')).join('\n\n')}\n`;
}
