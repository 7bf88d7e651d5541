/**
 * Folding for matching: lower case, no diacritics, white space collapsed — with a map back to the
 * original text so that what matched can be quoted in the writer's own spelling.
 */

/** A folded text and, for each of its characters, the index of the original character it came from. */
export interface FoldedText {
  folded: string;
  /** map[i] is the index in the original text of folded[i]. */
  map: number[];
  original: string;
}

/**
 * Folds character by character and remembers where each folded character came from, so that a
 * match can be shown in the client's own spelling ("została opłacona", not "zostala oplacona").
 * White space collapses to one space; a run containing a line break becomes one line break, so
 * that quote markers anchored to line starts still work.
 */
export function foldWithMap(text: string): FoldedText {
  let folded = '';
  const map: number[] = [];
  let pendingSpace: { at: number; newline: boolean } | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (/\s/.test(ch)) {
      pendingSpace = pendingSpace === null ? { at: i, newline: ch === '\n' } : { at: pendingSpace.at, newline: pendingSpace.newline || ch === '\n' };
      continue;
    }
    if (pendingSpace !== null) {
      if (folded !== '') {
        folded += pendingSpace.newline ? '\n' : ' ';
        map.push(pendingSpace.at);
      }
      pendingSpace = null;
    }
    let f = ch.toLowerCase();
    if (f === 'ł') f = 'l';
    else if (f === '’' || f === '‘' || f === '`') f = "'";
    else f = f.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    for (const c of f) {
      folded += c;
      map.push(i);
    }
  }
  return { folded, map, original: text };
}

/** The client's own words behind folded[start, end), in their spelling, on one line and bounded. */
export function originalWords(text: FoldedText, start: number, end: number, max = QUOTE_MAX): string {
  if (end <= start) return '';
  const from = text.map[start] ?? 0;
  const to = (text.map[end - 1] ?? from) + 1;
  const words = text.original.slice(from, to).replace(/\s+/g, ' ').trim();
  return words.length <= max ? words : `${words.slice(0, max - 1).trimEnd()}…`;
}

/** How long a quote in a reason may be. */
export const QUOTE_MAX = 80;

