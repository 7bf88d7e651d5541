/**
 * A cheap guess of a conversation's language: Polish diacritics and function words against English
 * function words. Good enough to pick the draft language; the user can always override it.
 */
import type { ThreadLanguage } from './types';

const POLISH_DIACRITICS = /[ąćęłńóśźż]/gi;
const POLISH_WORDS = new Set([
  'w', 'z', 'na', 'nie', 'się', 'że', 'jest', 'do', 'to', 'od', 'za', 'jak', 'ale', 'czy', 'dla',
  'po', 'przez', 'tak', 'już', 'jeszcze', 'oraz', 'lub', 'bardzo', 'proszę', 'dziękuję', 'dziękujemy',
  'pozdrawiam', 'pozdrowienia', 'dzień', 'dobry', 'witam', 'szanowny', 'szanowna', 'panie', 'pani',
  'współpracy', 'współpraca', 'faktura', 'fakturę', 'umowy', 'umowa', 'będzie', 'mamy', 'jesteśmy',
]);
const ENGLISH_WORDS = new Set([
  'the', 'and', 'to', 'of', 'is', 'for', 'you', 'that', 'with', 'on', 'this', 'we', 'be', 'are',
  'your', 'will', 'have', 'please', 'thanks', 'thank', 'regards', 'best', 'hi', 'hello', 'dear',
  'our', 'would', 'could', 'it', 'in', 'as', 'at', 'by', 'not', 'from', 'invoice', 'contract',
]);

const AMBIGUOUS_WORDS = new Set(['to', 'i']);

export interface LanguageScore {
  pl: number;
  en: number;
}
type Score = LanguageScore;

/** The raw evidence for each language: Polish diacritics (half a point each, at most 20) and function words. */
export function scoreLanguage(text: string): LanguageScore {
  return score(text);
}

function score(text: string): Score {
  const sample = text.slice(0, 4000).toLowerCase();
  const diacritics = sample.match(POLISH_DIACRITICS)?.length ?? 0;
  let pl = Math.min(diacritics, 40) * 0.5;
  let en = 0;
  for (const word of sample.split(/[^a-ząćęłńóśźż]+/)) {
    if (!word) continue;
    // "to" and "i" are words in both languages: they count for neither side.
    if (AMBIGUOUS_WORDS.has(word)) continue;
    if (POLISH_WORDS.has(word)) pl += 1;
    if (ENGLISH_WORDS.has(word)) en += 1;
  }
  return { pl, en };
}

function decide({ pl, en }: Score): ThreadLanguage {
  if (pl + en < 3) return 'other';
  if (pl >= en * 1.5) return 'pl';
  if (en >= pl * 1.5) return 'en';
  return 'other';
}

export function guessLanguage(text: string): ThreadLanguage {
  return decide(score(text));
}

/** Texts oldest first; the latest messages weigh more (the last one three times the oldest). */
export function guessThreadLanguage(texts: string[]): ThreadLanguage {
  const total: Score = { pl: 0, en: 0 };
  texts.forEach((text, index) => {
    const fromEnd = texts.length - 1 - index;
    const weight = fromEnd === 0 ? 3 : fromEnd === 1 ? 2 : 1;
    const s = score(text);
    total.pl += s.pl * weight;
    total.en += s.en * weight;
  });
  return decide(total);
}
