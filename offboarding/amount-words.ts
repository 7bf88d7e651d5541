/**
 * An amount in Polish words, as a Polish contract writes it beside the figure: "4 020,00 zł
 * (słownie: cztery tysiące dwadzieścia złotych 00/100)". Numerals by PWN's rules: "tysiąc", not
 * "jeden tysiąc"; the noun after a numeral in the nominative singular (1), the nominative plural
 * (2–4, 22–24, … but not 12–14) or the genitive plural (0, 5–21, 25–31, …) — "dwa złote", "pięć
 * złotych", "dwadzieścia dwa tysiące", "dwanaście tysięcy"; a compound ending in 1 keeps "jeden"
 * and takes the genitive plural ("dwadzieścia jeden złotych"). "Euro" is neuter and indeclinable
 * ("jedno euro", "dwa euro"). From 0 to 999 999 999,99; other currencies have no words here.
 */

/** The three forms of a noun after a numeral: 1, 2–4, 5 and more. */
export interface PolishNounForms {
  one: string;
  few: string;
  many: string;
  /** Grammatical gender: "jeden złoty", "jedno euro" (the only form that differs among ours). */
  gender: 'm' | 'n';
}

interface CurrencyWords {
  main: PolishNounForms;
  /** The hundredth part, for the amount written out in full ("dwadzieścia groszy"). */
  minor: PolishNounForms;
}

const noun = (one: string, few: string, many: string, gender: 'm' | 'n' = 'm'): PolishNounForms => ({ one, few, many, gender });

export const POLISH_CURRENCY_WORDS: Readonly<Record<string, CurrencyWords>> = {
  PLN: { main: noun('złoty', 'złote', 'złotych'), minor: noun('grosz', 'grosze', 'groszy') },
  EUR: { main: noun('euro', 'euro', 'euro', 'n'), minor: noun('cent', 'centy', 'centów') },
  USD: { main: noun('dolar amerykański', 'dolary amerykańskie', 'dolarów amerykańskich'), minor: noun('cent', 'centy', 'centów') },
  GBP: { main: noun('funt szterling', 'funty szterlingi', 'funtów szterlingów'), minor: noun('pens', 'pensy', 'pensów') },
};

const UNITS = ['', 'jeden', 'dwa', 'trzy', 'cztery', 'pięć', 'sześć', 'siedem', 'osiem', 'dziewięć'];
const TEENS = ['dziesięć', 'jedenaście', 'dwanaście', 'trzynaście', 'czternaście', 'piętnaście', 'szesnaście', 'siedemnaście', 'osiemnaście', 'dziewiętnaście'];
const TENS = ['', '', 'dwadzieścia', 'trzydzieści', 'czterdzieści', 'pięćdziesiąt', 'sześćdziesiąt', 'siedemdziesiąt', 'osiemdziesiąt', 'dziewięćdziesiąt'];
const HUNDREDS = ['', 'sto', 'dwieście', 'trzysta', 'czterysta', 'pięćset', 'sześćset', 'siedemset', 'osiemset', 'dziewięćset'];

const THOUSAND = noun('tysiąc', 'tysiące', 'tysięcy');
const MILLION = noun('milion', 'miliony', 'milionów');

/** Which of a noun's three forms follows the number n (a whole number ≥ 0). */
export function polishNounForm(n: number, forms: PolishNounForms): string {
  if (n === 1) return forms.one;
  const lastTwo = n % 100;
  const last = n % 10;
  if (last >= 2 && last <= 4 && !(lastTwo >= 12 && lastTwo <= 14)) return forms.few;
  return forms.many;
}

/** 1–999 in words; `lone`: the whole number is 1, said "jedno" before a neuter noun. */
function belowThousand(n: number, lone: 'jeden' | 'jedno' = 'jeden'): string[] {
  const words: string[] = [];
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  if (hundreds > 0) words.push(HUNDREDS[hundreds] ?? '');
  if (rest >= 10 && rest < 20) words.push(TEENS[rest - 10] ?? '');
  else {
    const tens = Math.floor(rest / 10);
    const units = rest % 10;
    if (tens > 0) words.push(TENS[tens] ?? '');
    if (units > 0) words.push(units === 1 && n === 1 ? lone : (UNITS[units] ?? ''));
  }
  return words;
}

/**
 * A whole number from 0 to 999 999 999 in Polish words, for a noun of the given gender:
 * 4020 → "cztery tysiące dwadzieścia", 1000 → "tysiąc", 0 → "zero".
 */
export function polishNumberWords(n: number, gender: 'm' | 'n' = 'm'): string {
  if (!Number.isSafeInteger(n) || n < 0 || n > 999_999_999) throw new RangeError(`polishNumberWords: expected a whole number from 0 to 999 999 999, got ${n}`);
  if (n === 0) return 'zero';
  const millions = Math.floor(n / 1_000_000);
  const thousands = Math.floor(n / 1000) % 1000;
  const rest = n % 1000;
  const words: string[] = [];
  // "milion", "tysiąc": a lone 1 of a group is not said ("jeden tysiąc" is the bank form, not PWN's).
  if (millions > 0) words.push(...(millions === 1 ? [] : belowThousand(millions)), polishNounForm(millions, MILLION));
  if (thousands > 0) words.push(...(thousands === 1 ? [] : belowThousand(thousands)), polishNounForm(thousands, THOUSAND));
  if (rest > 0) words.push(...belowThousand(rest, n === 1 && gender === 'n' ? 'jedno' : 'jeden'));
  return words.join(' ');
}

export interface AmountWordsOptions {
  /**
   * 'fraction' (the default, as contracts write it): "… złotych 00/100"; 'words': the hundredths
   * spelt out too, "… złotych dwadzieścia groszy" (none: "… złotych zero groszy").
   */
  minor?: 'fraction' | 'words';
}

/**
 * An amount in minor units (grosze, cents, pence) in Polish words: 402000 PLN → "cztery tysiące
 * dwadzieścia złotych 00/100". Undefined for a currency without Polish words here (the figure
 * then stands alone). Throws for an amount outside 0 to 999 999 999,99 or not a whole number.
 */
export function polishAmountWords(amountMinor: number, currency: string, options: AmountWordsOptions = {}): string | undefined {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 0 || amountMinor > 99_999_999_999) {
    throw new RangeError(`polishAmountWords: expected a whole number of minor units from 0 to 99 999 999 999, got ${amountMinor}`);
  }
  const words = POLISH_CURRENCY_WORDS[currency];
  if (!words) return undefined;
  const main = Math.floor(amountMinor / 100);
  const minor = amountMinor % 100;
  const mainText = `${polishNumberWords(main, words.main.gender)} ${polishNounForm(main, words.main)}`;
  if (options.minor === 'words') return `${mainText} ${polishNumberWords(minor, words.minor.gender)} ${polishNounForm(minor, words.minor)}`;
  return `${mainText} ${String(minor).padStart(2, '0')}/100`;
}
