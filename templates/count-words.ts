/**
 * A count with its noun in running text: Polish writes numbers of one or two words (0–99) in words
 * (PWN, zasady pisowni liczebników), English one to nine; larger numbers stay in figures. The noun
 * follows the Polish numeral ("jeden element", "dwa elementy", "pięć elementów", "dwadzieścia dwa
 * elementy") and English number ("one item", "12 items").
 */
import type { Lang } from '../offboarding/types';
import { polishPlural } from './polish';

/** Nominative and accusative for a masculine non-personal noun (element, plik): the case after "obejmujący". */
const POLISH_UNITS = ['zero', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'] as const;
const POLISH_TEENS = ['dziesięć', 'jedenaście', 'dwanaście', 'trzynaście', 'czternaście', 'piętnaście', 'szesnaście', 'siedemnaście', 'osiemnaście', 'dziewiętnaście'] as const;
const POLISH_TENS = ['', '', 'dwadzieścia', 'trzydzieści', 'czterdzieści', 'pięćdziesiąt', 'sześćdziesiąt', 'siedemdziesiąt', 'osiemdziesiąt', 'dziewięćdziesiąt'] as const;
const ENGLISH_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/** "jeden", "dwadzieścia dwa"; figures from 100 on. */
export function polishCardinal(count: number): string {
  if (!Number.isSafeInteger(count) || count < 0) throw new Error(`polishCardinal: ${String(count)} is not a whole number`);
  if (count < 10) return POLISH_UNITS[count] as string;
  if (count < 20) return POLISH_TEENS[count - 10] as string;
  if (count < 100) {
    const tens = POLISH_TENS[Math.floor(count / 10)] as string;
    const unit = count % 10;
    return unit === 0 ? tens : `${tens} ${POLISH_UNITS[unit] as string}`;
  }
  return String(count);
}

/** "jeden element", "trzy elementy", "pięć elementów"; "one item", "three items", "12 items". */
export function itemCountInWords(count: number, lang: Lang): string {
  if (lang === 'pl') return `${polishCardinal(count)} ${polishPlural(count, 'element', 'elementy', 'elementów')}`;
  const number = count < 10 ? (ENGLISH_UNITS[count] as string) : String(count);
  return `${number} ${count === 1 ? 'item' : 'items'}`;
}
