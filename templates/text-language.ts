/**
 * The language of a short text the user typed (a reason note), so that it never lands unflagged in
 * a message in the other language. Uses the thread-language evidence (webmail/language.ts) with a
 * lower bar: a note is a line, not a thread, and one Polish diacritic is already strong evidence.
 */
import type { Lang } from '../offboarding/types';
import { scoreLanguage } from '../webmail/language';

/** 'pl' or 'en' when the text clearly is one of them; undefined when it cannot be told. */
export function freeTextLanguage(text: string): Lang | undefined {
  if (typeof text !== 'string') throw new Error('freeTextLanguage: expected a text');
  const { pl, en } = scoreLanguage(text);
  // One diacritic (0.5) is enough for Polish; English needs two function words ("it" alone is not a sentence).
  if (pl > 0 && pl >= en * 1.5) return 'pl';
  if (en >= 2 && en >= pl * 1.5) return 'en';
  return undefined;
}

/** True when the text is clearly written in the other language than the message. */
export function isInOtherLanguage(text: string | undefined, messageLang: Lang): boolean {
  if (text === undefined || text.trim() === '') return false;
  const detected = freeTextLanguage(text);
  return detected !== undefined && detected !== messageLang;
}
