/**
 * Defaults taken from the browser's languages, by table only: a locale the table does not name
 * gives no currency (the form asks), never a guess from its language alone ("en" could be any of
 * GBP, USD, EUR…).
 */
import type { Lang } from './types';

const LOCALE_CURRENCY: Readonly<Record<string, string>> = {
  pl: 'PLN',
  'pl-pl': 'PLN',
  'en-gb': 'GBP',
  'en-us': 'USD',
  'en-ie': 'EUR',
  'en-ca': 'CAD',
  'en-au': 'AUD',
  'en-nz': 'NZD',
  'de-de': 'EUR',
  'de-at': 'EUR',
  'fr-fr': 'EUR',
  'es-es': 'EUR',
  'it-it': 'EUR',
  'nl-nl': 'EUR',
  'de-ch': 'CHF',
  'cs-cz': 'CZK',
  cs: 'CZK',
  'uk-ua': 'UAH',
  uk: 'UAH',
};

/** The currency of the first browser locale the table knows; undefined when none is known. */
export function currencyForLocales(languages: readonly string[]): string | undefined {
  for (const tag of languages) {
    const currency = LOCALE_CURRENCY[tag.toLowerCase()];
    if (currency) return currency;
  }
  return undefined;
}

/** The message language of a fresh install: the first of Polish or English the browser prefers; Polish when neither. */
export function messageLanguageForLocales(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'pl' || base === 'en') return base;
  }
  return 'pl';
}
