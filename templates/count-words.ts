/**
 * A count with its noun in running text: Polish writes numbers of one or two words (0–99) in words
 * (PWN, zasady pisowni liczebników), English one to nine; larger numbers stay in figures. The noun
 * follows the Polish numeral ("jeden element", "dwa elementy", "pięć elementów", "dwadzieścia dwa
 * elementy") and English number ("one item", "12 items").
 */
import type { Lang } from '../offboarding/types';
import { polishNumberWords } from '../offboarding/amount-words';
import { polishPlural } from './polish';

const ENGLISH_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/** "jeden", "dwadzieścia dwa" (masculine, nominative); figures from 100 on. */
export function polishCardinal(count: number): string {
  if (!Number.isSafeInteger(count) || count < 0) throw new Error(`polishCardinal: ${String(count)} is not a whole number`);
  return count < 100 ? polishNumberWords(count) : String(count);
}

/** "jeden element", "trzy elementy", "pięć elementów"; "one item", "three items", "12 items". */
export function itemCountInWords(count: number, lang: Lang): string {
  if (lang === 'pl') return `${polishCardinal(count)} ${polishPlural(count, 'element', 'elementy', 'elementów')}`;
  const number = count < 10 ? (ENGLISH_UNITS[count] as string) : String(count);
  return `${number} ${count === 1 ? 'item' : 'items'}`;
}
