/**
 * The characters the PDF fonts carry: a Polish and English subset of Noto Sans (SIL OFL 1.1),
 * made by scripts/subset-fonts.ts and committed in documents/fonts/. What a document may print:
 * Basic Latin, Latin-1 (ó, §, ¹, «», £, ×, the no-break space), the Polish letters of Latin
 * Extended-A, the euro and the typographic quotes, dashes, ellipsis, bullet and minus. Anything
 * else prints as "?" (documents/pdf-fonts.ts), so documents/pdf-fonts.ts's callers can warn first.
 */

const range = (from: number, to: number): string => String.fromCodePoint(...Array.from({ length: to - from + 1 }, (_, index) => from + index));

/** In the Latin file of each weight. */
export const LATIN_CHARACTERS =
  range(0x20, 0x7e) +
  range(0xa0, 0xff) +
  // – — ‘ ’ ‚ “ ” „ • … ‹ › € −. (fontsource's Latin file has no non-breaking hyphen.)
  '\u2013\u2014\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026\u2039\u203a\u20ac\u2212';

/** In the Latin Extended file of each weight: Polish only. */
export const POLISH_CHARACTERS = 'ĄąĆćĘęŁłŃńŚśŹźŻż';

export const PRINTABLE_CHARACTERS = new Set([...LATIN_CHARACTERS, ...POLISH_CHARACTERS]);

/** Spaces the PDF draws as a plain space (documents/pdf-fonts.ts SPACES): never a "?". */
const DRAWN_AS_SPACE = /[\u2000-\u200a\u202f\u205f\u3000\t]/;

/** The characters of `text` the fonts do not have, each once, in order of appearance. */
export function unprintableCharacters(text: string): string[] {
  const found: string[] = [];
  for (const char of text) {
    if (PRINTABLE_CHARACTERS.has(char) || DRAWN_AS_SPACE.test(char) || char === '\n') continue;
    if (!found.includes(char)) found.push(char);
  }
  return found;
}
