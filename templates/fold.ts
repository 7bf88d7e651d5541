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
  // Built as an array of parts and joined once: per-character string growth and regex tests made
  // a 5 000-character message take ~10 ms.
  const parts: string[] = [];
  const map: number[] = [];
  let pendingAt = -1;
  let pendingNewline = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13 || code === 12 || code === 11 || code === 0xa0 || (code > 0x1fff && isSpace(code))) {
      if (pendingAt === -1) pendingAt = i;
      if (code === 10) pendingNewline = true;
      continue;
    }
    if (pendingAt !== -1) {
      if (parts.length > 0) {
        parts.push(pendingNewline ? '\n' : ' ');
        map.push(pendingAt);
      }
      pendingAt = -1;
      pendingNewline = false;
    }
    if (code < 128) {
      parts.push(code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : code === 96 ? "'" : text[i]!);
      map.push(i);
      continue;
    }
    const folded = foldChar(text[i]!);
    for (const c of folded) {
      parts.push(c);
      map.push(i);
    }
  }
  return { folded: parts.join(''), map, original: text };
}

const FOLDED = new Map<string, string>();
/** One non-ASCII character folded: lower case, no diacritics, ł → l, typographic apostrophes → '. */
function foldChar(ch: string): string {
  let folded = FOLDED.get(ch);
  if (folded === undefined) {
    const lower = ch.toLowerCase();
    folded = lower === 'ł' ? 'l' : lower === '’' || lower === '‘' ? "'" : lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    FOLDED.set(ch, folded);
  }
  return folded;
}

function isSpace(code: number): boolean {
  return /\s/.test(String.fromCharCode(code));
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

