/** Open amounts as the popup shows them, with Intl only (the popup stays small: no parsing code). */
import type { Lang } from '../../offboarding/types';

export function formatMinor(amountMinor: number, currency: string, lang: Lang): string {
  try {
    const format = new Intl.NumberFormat(lang === 'pl' ? 'pl-PL' : 'en-GB', { style: 'currency', currency });
    const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
    return format.format(amountMinor / 10 ** digits);
  } catch {
    return `${amountMinor} ${currency}`;
  }
}

/** "4 020,00 zł, −50,00 €": negative when we owe the client. */
export function openAmounts(open: ReadonlyArray<{ currency: string; openBalance: number }>, lang: Lang): string {
  return open
    .map(({ currency, openBalance }) => (openBalance < 0 ? `−${formatMinor(-openBalance, currency, lang)}` : formatMinor(openBalance, currency, lang)))
    .join(', ');
}
