/**
 * The notice period as a signed document writes it in running text: Polish in words ("jeden
 * miesiąc", "dwa tygodnie", "trzydzieści dni": numbers in a formal statement are spelt out,
 * review6-pl C2), English in British house style (numbers below ten in words, "30 days").
 */
import type { Lang, NoticePeriod } from '../offboarding/types';
import { formatNoticePeriodInText, polishNoticePeriodInWords } from '../templates/format';

/** Every number a Polish statement can spell is spelt (polishNumberWords reaches 999 999 999). */
const SPELL_ALL = 1_000_000_000;

/** Undefined for no period (termination on delivery). */
export function periodInWords(period: NoticePeriod, lang: Lang): string | undefined {
  return lang === 'pl' ? polishNoticePeriodInWords(period, 'nominative', SPELL_ALL) : formatNoticePeriodInText(period, lang);
}
