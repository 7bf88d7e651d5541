/** Currency codes from what people type in a currency field (the settlement form's forgiving input). */
import { isValidCurrency } from './settlement';

/**
 * What people type in a currency field, as an ISO 4217 code: "zł", "zl", "pln" → PLN; "€", "euro"
 * → EUR; "£" → GBP; "$", "US$" → USD. A symbol shared by several currencies ("¥", "kr") is not
 * guessed. Returns null when the text is no known currency.
 */
export function currencyFromAlias(text: string): string | null {
  const key = text.trim().toLowerCase().replace(/\.$/, '');
  const alias = CURRENCY_ALIASES[key];
  if (alias) return alias;
  const code = key.toUpperCase();
  return isValidCurrency(code) ? code : null;
}

const CURRENCY_ALIASES: Readonly<Record<string, string>> = {
  'zł': 'PLN',
  zl: 'PLN',
  'złoty': 'PLN',
  'złotych': 'PLN',
  '€': 'EUR',
  euro: 'EUR',
  '£': 'GBP',
  '$': 'USD',
  'us$': 'USD',
  'kč': 'CZK',
  'fr': 'CHF',
};
