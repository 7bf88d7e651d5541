/**
 * The notice period as a signed document writes it in running text: Polish in words ("jeden
 * miesiąc", "dwa tygodnie", "trzydzieści dni": numbers in a formal statement are spelt out,
 * review6-pl C2), English in British house style (numbers below ten in words, "30 days").
 */
import type { Lang, NoticePeriod } from '../offboarding/types';
import { polishNounForm, polishNumberWords, type PolishNounForms } from '../offboarding/amount-words';
import { formatNoticePeriodInText, joinWithAnd } from '../templates/format';

const UNITS: Record<keyof NoticePeriod, PolishNounForms> = {
  months: { one: 'miesiąc', few: 'miesiące', many: 'miesięcy', gender: 'm' },
  weeks: { one: 'tydzień', few: 'tygodnie', many: 'tygodni', gender: 'm' },
  days: { one: 'dzień', few: 'dni', many: 'dni', gender: 'm' },
};

/** Undefined for no period (termination on delivery). */
export function periodInWords(period: NoticePeriod, lang: Lang): string | undefined {
  if (lang !== 'pl') return formatNoticePeriodInText(period, lang);
  const parts = (['months', 'weeks', 'days'] as const)
    .filter((unit) => (period[unit] ?? 0) > 0)
    .map((unit) => {
      const n = period[unit] ?? 0;
      return n <= 999_999_999 ? `${polishNumberWords(n)} ${polishNounForm(n, UNITS[unit])}` : `${n} ${polishNounForm(n, UNITS[unit])}`;
    });
  return parts.length === 0 ? undefined : joinWithAnd(parts, lang);
}
