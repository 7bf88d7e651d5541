/** The word that confirms deleting everything, in the UI language: a Polish user types "USUŃ". */
import type { Lang } from '../../offboarding/types';

export function deleteAllWord(lang: Lang): string {
  return lang === 'pl' ? 'USUŃ' : 'DELETE';
}

/** Typed as shown, in any letter case, spaces around ignored; "USUN" without the accent is not the word. */
export function deleteAllConfirmed(typed: string, lang: Lang): boolean {
  return typed.trim().toLocaleUpperCase(lang === 'pl' ? 'pl-PL' : 'en-GB') === deleteAllWord(lang);
}
