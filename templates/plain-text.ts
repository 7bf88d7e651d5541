/**
 * The plain-text twin of a sanitised draft (templates/sanitize.ts's tree): paragraphs apart by a
 * blank line, line breaks kept, lists with "- " and "1. ", tables aligned in columns, quotes with
 * "> ", a link's address after its text. The tree is at most MAX_NESTING deep.
 */
import type { SafeElement, SafeNode } from './sanitize';

const BLOCKS = new Set(['p', 'ul', 'ol', 'table', 'blockquote', 'hr', 'h3', 'h4']);

export function treeToText(nodes: readonly SafeNode[]): string {
  return blocksToText(nodes).trim();
}

function blocksToText(nodes: readonly SafeNode[]): string {
  const parts: string[] = [];
  let inline = '';
  const flush = (): void => {
    if (inline.trim()) parts.push(inline.trim());
    inline = '';
  };
  for (const node of nodes) {
    if (node.type === 'element' && BLOCKS.has(node.tag)) {
      flush();
      parts.push(blockToText(node));
    } else {
      inline += inlineText(node);
    }
  }
  flush();
  return parts.filter((part) => part !== '').join('\n\n');
}

function blockToText(element: SafeElement): string {
  switch (element.tag) {
    case 'ul':
    case 'ol':
      return listToText(element);
    case 'table':
      return tableToText(element);
    case 'blockquote':
      return blocksToText(element.children)
        .split('\n')
        .map((line) => (line ? `> ${line}` : '>'))
        .join('\n');
    case 'hr':
      return '---';
    default:
      return inlineText(element).trim();
  }
}

function elementChildren(element: SafeElement): SafeElement[] {
  return element.children.filter((child): child is SafeElement => child.type === 'element');
}

function listToText(list: SafeElement): string {
  const ordered = list.tag === 'ol';
  return elementChildren(list)
    .filter((child) => child.tag === 'li')
    .map((item, index) => {
      const bullet = ordered ? `${index + 1}. ` : '- ';
      const lines = blocksToText(item.children).split('\n').filter((line) => line !== '');
      return lines.map((line, lineIndex) => (lineIndex === 0 ? bullet : ' '.repeat(bullet.length)) + line).join('\n');
    })
    .join('\n');
}

/** Descendant elements named `tag`, in document order (iterative: no recursion). */
function descendants(root: SafeElement, tag: string): SafeElement[] {
  const found: SafeElement[] = [];
  const pending: SafeNode[] = [...root.children].reverse();
  while (pending.length > 0) {
    const node = pending.pop() as SafeNode;
    if (node.type !== 'element') continue;
    if (node.tag === tag) found.push(node);
    for (let index = node.children.length - 1; index >= 0; index -= 1) pending.push(node.children[index] as SafeNode);
  }
  return found;
}

function tableToText(table: SafeElement): string {
  const rows = descendants(table, 'tr').map((row) => elementChildren(row).map((cell) => inlineText(cell).replace(/\s+/g, ' ').trim()));
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
  const hasHeader = descendants(table, 'thead').length > 0;
  if (hasHeader && lines.length > 0) lines.splice(1, 0, widths.map((width) => '-'.repeat(Math.max(width, 1))).join('  '));
  return lines.join('\n');
}

function inlineText(node: SafeNode): string {
  if (node.type === 'text') return node.text.replace(/\n/g, ' ');
  if (node.tag === 'br') return '\n';
  const inner = node.children.map(inlineText).join('');
  if (node.tag === 'a') {
    const href = node.href ?? '';
    const shown = href.replace(/^mailto:/i, '');
    return href && shown !== inner.trim() ? `${inner} (${shown})` : inner;
  }
  return inner;
}
