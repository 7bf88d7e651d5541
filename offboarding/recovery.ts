/**
 * What a creditor may claim besides the price when a business client pays late, under the ustawa
 * z 8 marca 2013 r. o przeciwdziałaniu nadmiernym opóźnieniom w transakcjach handlowych:
 * - statutory interest for late payment in commercial transactions (art. 7): named, never a rate —
 *   the rate follows the NBP reference rate and changes, so the product states no number;
 * - the flat compensation for recovery costs (art. 10 ust. 1), per transaction (invoice), by the
 *   value of the money owed: EUR 40 when it does not exceed PLN 5 000, EUR 70 when it is above
 *   PLN 5 000 but below PLN 50 000, EUR 100 when it is PLN 50 000 or more.
 *
 * The brackets are set in złoty, so they can only be applied to an amount in PLN. The EUR amount is
 * converted to PLN at the NBP average EUR rate of the last working day of the month before the
 * payment fell due; the product does not know that rate, so it never converts — the letter states
 * the EUR amount and how it is converted.
 */
import type { SettlementItem } from './types';
import { lastDayForPayment } from './deadlines';
import { isOutstanding } from './settlement';

/** PLN 5 000.00 and PLN 50 000.00 in grosze. */
const UP_TO_40_EUR = 500_000;
const FROM_100_EUR = 5_000_000;

export type CompensationEur = 40 | 70 | 100;

export type FlatCompensation =
  | { applies: true; eur: CompensationEur }
  /**
   * Not computed: an amount in another currency has no złoty value without an exchange rate the
   * product does not have, and the statute's brackets are in złoty.
   */
  | { applies: false; reason: 'not-pln' };

/** The art. 10 ust. 1 compensation for one invoice of amountMinor in currency. */
export function flatCompensation(amountMinor: number, currency: string): FlatCompensation {
  if (typeof amountMinor !== 'number' || !Number.isSafeInteger(amountMinor) || amountMinor <= 0) {
    throw new Error(`flatCompensation: the amount must be a positive whole number of minor units, got ${String(amountMinor)}`);
  }
  if (typeof currency !== 'string' || !/^[A-Z]{3}$/.test(currency)) {
    throw new Error(`flatCompensation: expected an ISO 4217 currency code such as PLN, got "${String(currency)}"`);
  }
  if (currency !== 'PLN') return { applies: false, reason: 'not-pln' };
  if (amountMinor <= UP_TO_40_EUR) return { applies: true, eur: 40 };
  if (amountMinor < FROM_100_EUR) return { applies: true, eur: 70 };
  return { applies: true, eur: 100 };
}

export interface DemandLine {
  item: SettlementItem;
  compensation: FlatCompensation;
}

/**
 * The invoices a demand for payment claims: unpaid receivables whose due date (moved by art. 115
 * k.c. past a Saturday or holiday) is before today — a claim not yet due cannot be demanded — each
 * with its compensation.
 */
export function overdueReceivables(items: readonly SettlementItem[], today: string, polishLaw: boolean): DemandLine[] {
  if (!Array.isArray(items)) throw new Error('overdueReceivables: expected an array of settlement items');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new Error(`overdueReceivables: today must be YYYY-MM-DD, got "${String(today)}"`);
  return items
    .filter((item) => item.direction === 'receivable' && isOutstanding(item) && item.amountMinor > 0 && item.dueOn !== undefined && lastDayForPayment(item.dueOn, polishLaw) < today)
    .map((item) => ({ item, compensation: flatCompensation(item.amountMinor, item.currency) }));
}
