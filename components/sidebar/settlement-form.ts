/** One settlement line as typed in the form, checked and turned into a SettlementItem. */
import type { Lang, SettlementDirection, SettlementItem } from '../../offboarding/types';
import { formatMoney, isValidCurrency, minorDigits, parseMoney } from '../../offboarding/settlement';
import type { SidebarMessageKey } from './messages';

export interface SettlementForm {
  direction: SettlementDirection;
  description: string;
  invoiceNo: string;
  dueOn: string;
  amount: string;
  currency: string;
  paid: boolean;
  /** Receivables only: this invoice is the final one (faktura końcowa). */
  final: boolean;
}

export type SettlementFormErrors = Partial<Record<keyof SettlementForm, { key: SidebarMessageKey }>>;

export function emptySettlementForm(direction: SettlementDirection, currency: string): SettlementForm {
  return { direction, description: '', invoiceNo: '', dueOn: '', amount: '', currency, paid: false, final: false };
}

/** The amount as plain decimal text for editing ("1234,56" in Polish, "1234.56" in English). */
function amountText(amountMinor: number, currency: string, lang: Lang): string {
  const digits = minorDigits(currency);
  const whole = Math.floor(amountMinor / 10 ** digits);
  const fraction = String(amountMinor % 10 ** digits).padStart(digits, '0');
  return digits === 0 ? String(whole) : `${whole}${lang === 'pl' ? ',' : '.'}${fraction}`;
}

export function formFromItem(item: SettlementItem, lang: Lang): SettlementForm {
  return {
    direction: item.direction,
    description: item.description,
    invoiceNo: item.invoiceNo ?? '',
    dueOn: item.dueOn ?? '',
    amount: amountText(item.amountMinor, item.currency, lang),
    currency: item.currency,
    paid: item.paid,
    final: item.final === true,
  };
}

export type SettlementFormResult =
  | { ok: true; item: Omit<SettlementItem, 'id'> }
  | { ok: false; errors: SettlementFormErrors };

export function itemFromForm(form: SettlementForm): SettlementFormResult {
  const errors: SettlementFormErrors = {};
  const description = form.description.trim();
  if (!description) errors.description = { key: 'descriptionRequired' };
  const currency = form.currency.trim().toUpperCase();
  let amountMinor = 0;
  if (!isValidCurrency(currency)) {
    errors.currency = { key: 'invalidCurrency' };
  } else {
    try {
      amountMinor = parseMoney(form.amount, currency);
    } catch {
      errors.amount = { key: form.amount.trim() === '' ? 'amountRequired' : 'invalidAmount' };
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const item: Omit<SettlementItem, 'id'> = { direction: form.direction, description, amountMinor, currency, paid: form.paid };
  if (form.invoiceNo.trim()) item.invoiceNo = form.invoiceNo.trim();
  if (form.dueOn.trim()) item.dueOn = form.dueOn.trim();
  // Only an invoice the client pays can be the final invoice; never inferred from dates.
  if (form.final && form.direction === 'receivable') item.final = true;
  return { ok: true, item };
}

export function money(amountMinor: number, currency: string, lang: Lang): string {
  try {
    return formatMoney(amountMinor, currency, lang);
  } catch {
    return `${amountMinor} ${currency}`;
  }
}
