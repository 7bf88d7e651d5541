/** One settlement line as typed in the form, checked and turned into a SettlementItem. */
import type { Lang, SettlementDirection, SettlementItem } from '../../offboarding/types';
import { formatMoney, minorDigits, parseMoney } from '../../offboarding/settlement';
import { currencyFromAlias } from '../../offboarding/currency-aliases';
import { AMOUNT_MAX_MAJOR, LIMITS } from '../../common/limits';

/** The longest text each field takes: the store's limits (common/limits.ts). */
export const SETTLEMENT_FORM_MAX_LENGTH = { description: LIMITS.shortText * 5, invoiceNo: LIMITS.shortText } as const;
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

export type SettlementFormErrors = Partial<Record<keyof SettlementForm, { key: SidebarMessageKey; params?: Record<string, string> }>>;

export function emptySettlementForm(direction: SettlementDirection, currency: string): SettlementForm {
  return { direction, description: '', invoiceNo: '', dueOn: '', amount: '', currency, paid: false, final: false };
}

/**
 * The document field's label. What the user owes back is booked under the correcting invoice (art.
 * 106j ustawy o VAT) that the refund messages and the statement quote, not the invoice it corrects
 * (review9-pl A5).
 */
export function documentNumberLabel(direction: SettlementDirection): SidebarMessageKey {
  return direction === 'liability' ? 'fieldCorrectionNo' : 'fieldInvoiceNo';
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
  for (const [field, max] of Object.entries(SETTLEMENT_FORM_MAX_LENGTH) as Array<[keyof typeof SETTLEMENT_FORM_MAX_LENGTH, number]>) {
    if (form[field].trim().length > max) errors[field] = { key: 'tooLong', params: { max: String(max) } };
  }
  // "zł", "€", "£" are what people type; the item stores the ISO code.
  const currency = currencyFromAlias(form.currency);
  let amountMinor = 0;
  if (currency === null) {
    errors.currency = { key: form.currency.trim() === '' ? 'currencyRequired' : 'invalidCurrency' };
  } else {
    try {
      amountMinor = parseMoney(form.amount, currency);
      if (amountMinor > AMOUNT_MAX_MAJOR * 10 ** minorDigits(currency)) errors.amount = { key: 'amountTooLarge' };
      // A zero line settles nothing and would show as an open item forever.
      else if (amountMinor === 0) errors.amount = { key: 'amountZero' };
    } catch {
      errors.amount = { key: form.amount.trim() === '' ? 'amountRequired' : /\d{16,}/.test(form.amount.replace(/[\s.,']/g, '')) ? 'amountTooLarge' : 'invalidAmount' };
    }
  }
  if (Object.keys(errors).length > 0 || currency === null) return { ok: false, errors };
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
