/**
 * Dates and notice periods as words in a message: "28 lutego 2026 r." / "28 February 2026",
 * "1 miesiąc", "2 tygodnie", "14 dni" / "1 month", "2 weeks".
 */
import type { Lang, NoticePeriod, SettlementItem } from '../offboarding/types';
import type { ItemStanding } from '../offboarding/deadlines';
import { parseIsoDateParts } from '../offboarding/calendar';
import { polishPlural } from './polish';
import { polishNounForm, polishNumberWords } from '../offboarding/amount-words';

// Genitive: "28 lutego 2026 r."
const POLISH_MONTHS = [
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca',
  'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia',
] as const;

const ENGLISH_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** An ISO date in words for a letter. */
export function formatDate(iso: string, lang: Lang): string {
  const { year, month, day } = parseIsoDateParts(iso);
  if (lang === 'pl') return `${day} ${POLISH_MONTHS[month - 1]} ${year} r.`;
  if (lang === 'en') return `${day} ${ENGLISH_MONTHS[month - 1]} ${year}`;
  throw new Error(`formatDate: unknown language "${String(lang)}"`);
}

const ENGLISH_SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** An ISO date for a table cell: "09.03.2026" / "9 Mar 2026" (never 09/03, which US readers take for 3 September). */
export function formatDateShort(iso: string, lang: Lang): string {
  const { year, month, day } = parseIsoDateParts(iso);
  if (lang === 'pl') return `${String(day).padStart(2, '0')}.${String(month).padStart(2, '0')}.${year}`;
  if (lang === 'en') return `${day} ${ENGLISH_SHORT_MONTHS[month - 1]} ${year}`;
  throw new Error(`formatDateShort: unknown language "${String(lang)}"`);
}

const UNITS = {
  months: { pl: ['miesiąc', 'miesiące', 'miesięcy'], en: ['month', 'months'] },
  weeks: { pl: ['tydzień', 'tygodnie', 'tygodni'], en: ['week', 'weeks'] },
  days: { pl: ['dzień', 'dni', 'dni'], en: ['day', 'days'] },
} as const;

/** One amount of a unit: "5 miesięcy", "1 week". */
export function formatCount(count: number, unit: keyof typeof UNITS, lang: Lang): string {
  if (!Number.isSafeInteger(count) || count < 0) throw new Error(`formatCount: ${String(count)} is not a whole number`);
  if (lang === 'pl') {
    const [one, few, many] = UNITS[unit].pl;
    return `${count} ${polishPlural(count, one, few, many)}`;
  }
  const [one, other] = UNITS[unit].en;
  return `${count} ${count === 1 ? one : other}`;
}

/** "1 miesiąc i 2 tygodnie" / "1 month and 2 weeks"; undefined for an empty (immediate) period. */
export function formatNoticePeriod(period: NoticePeriod, lang: Lang): string | undefined {
  const parts = (['months', 'weeks', 'days'] as const)
    .filter((unit) => (period[unit] ?? 0) > 0)
    .map((unit) => formatCount(period[unit] ?? 0, unit, lang));
  return parts.length === 0 ? undefined : joinWithAnd(parts, lang);
}

const POLISH_PERIOD_NOUNS = {
  months: { one: 'miesiąc', few: 'miesiące', many: 'miesięcy', gender: 'm', genitiveOne: 'miesiąca' },
  weeks: { one: 'tydzień', few: 'tygodnie', many: 'tygodni', gender: 'm', genitiveOne: 'tygodnia' },
  days: { one: 'dzień', few: 'dni', many: 'dni', gender: 'm', genitiveOne: 'dnia' },
} as const;
const GENITIVE_UNITS = ['', 'jednego', 'dwóch', 'trzech', 'czterech', 'pięciu', 'sześciu', 'siedmiu', 'ośmiu', 'dziewięciu'];
const GENITIVE_TEENS = ['dziesięciu', 'jedenastu', 'dwunastu', 'trzynastu', 'czternastu', 'piętnastu', 'szesnastu', 'siedemnastu', 'osiemnastu', 'dziewiętnastu'];
const GENITIVE_TENS = ['', '', 'dwudziestu', 'trzydziestu', 'czterdziestu', 'pięćdziesięciu', 'sześćdziesięciu', 'siedemdziesięciu', 'osiemdziesięciu', 'dziewięćdziesięciu'];

/** 1–99 in the genitive ("z upływem dwóch tygodni", "dwudziestu jeden dni": "jeden" stays in a compound). */
function polishGenitiveNumber(n: number): string {
  if (n < 10) return GENITIVE_UNITS[n] ?? String(n);
  if (n < 20) return GENITIVE_TEENS[n - 10] ?? String(n);
  const units = n % 10;
  const tens = GENITIVE_TENS[Math.floor(n / 10)] ?? String(n);
  return units === 0 ? tens : `${tens} ${units === 1 ? 'jeden' : GENITIVE_UNITS[units]}`;
}

/**
 * The notice period in Polish running text with its numbers in words: "wynoszącego jeden miesiąc",
 * "z upływem jednego miesiąca" (PWN: liczebniki w tekście ciągłym słownie; review11 PL C1). A message
 * writes numbers from 100 on in figures (`wordsBelow` 100, the editorial norm); a signed statement
 * spells out every number it can (review6-pl C2). The genitive is spelt out below 100 only. Undefined
 * for no period.
 */
export function polishNoticePeriodInWords(period: NoticePeriod, grammaticalCase: 'nominative' | 'genitive', wordsBelow = 100): string | undefined {
  const parts = (['months', 'weeks', 'days'] as const)
    .filter((unit) => (period[unit] ?? 0) > 0)
    .map((unit) => {
      const n = period[unit] ?? 0;
      const nouns = POLISH_PERIOD_NOUNS[unit];
      if (grammaticalCase === 'genitive') {
        const noun = n === 1 ? nouns.genitiveOne : nouns.many;
        return Number.isSafeInteger(n) && n < Math.min(wordsBelow, 100) ? `${polishGenitiveNumber(n)} ${noun}` : `${n} ${noun}`;
      }
      const words = Number.isSafeInteger(n) && n < wordsBelow && n <= 999_999_999;
      return `${words ? polishNumberWords(n) : n} ${polishNounForm(n, nouns)}`;
    });
  return parts.length === 0 ? undefined : joinWithAnd(parts, 'pl');
}

/**
 * Several amounts or items in running text: "a, b i c" / "a, b and c". No comma before "i" (PWN:
 * no comma before a single "i"), and the English library writes no serial comma either.
 */
export function joinWithAnd(parts: readonly string[], lang: Lang): string {
  const and = lang === 'pl' ? ' i ' : ' and ';
  if (parts.length < 2) return parts.join('');
  return parts.slice(0, -1).join(', ') + and + parts[parts.length - 1];
}

const ENGLISH_NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const;

/**
 * The notice period as a letter's running text writes it: British house style spells out numbers
 * below ten ("three months", "two weeks"; "30 days" stays). Polish keeps the digits ("3 miesiące").
 */
export function formatNoticePeriodInText(period: NoticePeriod, lang: Lang): string | undefined {
  if (lang !== 'en') return formatNoticePeriod(period, lang);
  const text = formatNoticePeriod(period, lang);
  return text?.replace(/\b([1-9])\b(?= (?:month|week|day)s?\b)/g, (digit) => ENGLISH_NUMBER_WORDS[Number(digit)] ?? digit);
}

/**
 * An item's Polish status said impersonally ("zapłacono", "do zapłaty"), for a statement line and a
 * document's status column alike: the subject there is the item's own description ("Prace w lutym",
 * "Zwrot zaliczki"), whose gender and number no participle could agree with (review5-pl D-B2). What
 * the user owes back is "do zwrotu" (review11 PL C4).
 */
export function polishImpersonalStatus(item: Pick<SettlementItem, 'direction'>, standing: ItemStanding): string {
  const liability = item.direction === 'liability';
  if (standing === 'settled') return liability ? 'zwrócono' : 'zapłacono';
  const owed = liability ? 'do zwrotu' : 'do zapłaty';
  if (standing === 'not-yet-due') return `${owed} (termin nie upłynął)`;
  if (standing === 'overdue') return `${owed} (po terminie)`;
  return owed;
}
