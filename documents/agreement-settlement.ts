/**
 * The termination agreement's settlement clause: each amount still outstanding with what it rests
 * on, and what the record closes (a final invoice, fees the user says are settled to the end date).
 */
import { asClause, FactSheet, type RoleName } from './context';
import { documentMoney } from './money';
import { DOCUMENT_VALUE_ANSWERS } from './labels';
import type { Lang, SettlementItem } from '../offboarding/types';

/**
 * Whether the listed amounts settle the fees up to the end date: the user's answer, chosen in the
 * sidebar ("yes"/"no", or "tak"/"nie" typed before the choice existed: DOCUMENT_VALUE_ANSWERS);
 * anything else is asked again. Undefined when nothing was given.
 */
export function typedYesNo(sheet: FactSheet, path: 'agreement.feesSettled'): boolean | undefined {
  const text = sheet.typed(path);
  if (text === undefined) return undefined;
  const answer = DOCUMENT_VALUE_ANSWERS[path]?.read(text);
  if (answer !== undefined) return answer === 'yes';
  sheet.lack(path, sheet.lang === 'pl' ? `wybierz „tak” albo „nie” (wpisano „${text}”)` : `choose “yes” or “no” (typed “${text}”)`);
  return undefined;
}

/**
 * An amount outstanding with what it rests on: its invoice, the correcting invoice (credit note) for
 * a refund, or, for a refund never invoiced, the basis the user typed (review11 PL B1, EN B13).
 * Polish: "do zwrotu" for what the user owes back (review11 PL C4).
 */
export function outstandingItems(open: readonly SettlementItem[], basis: string | undefined, roles: { client: RoleName; us: RoleName }, lang: Lang): string[] {
  const lines = open.map((item) => {
    const amount = documentMoney(item.amountMinor, item.currency, lang);
    const number = item.invoiceNo?.trim();
    const ours = item.direction === 'receivable';
    if (lang === 'pl') {
      const what = ours ? `kwota ${amount} należna ${roles.us.dat}` : `kwota ${amount} do zwrotu ${roles.client.dat}`;
      if (number) return `${what}${ours ? ' z faktury' : ', objęta fakturą korygującą'} nr ${number}`;
      return basis ? `${what} – podstawa: ${asClause(basis)}` : `${what} (${asClause(item.description)})`;
    }
    const what = ours ? `${amount} owed to the Contractor` : `${amount} owed by the Contractor to the Client`;
    if (number) return `${what} ${ours ? 'under invoice' : 'under credit note'} ${number}`;
    return basis ? `${what}; basis: ${asClause(basis)}` : `${what} (${asClause(item.description)})`;
  });
  const last = lines.length - 1;
  return lines.map((line, index) => `${line}${index === last ? '.' : ';'}`);
}

/**
 * The period the record closes (review11 PL A3, B1): a final invoice is the last one; amounts the
 * user says settle the fees to the end date are final whatever is worked until then.
 */
export function closingSentence(finalInvoices: readonly string[], feesSettled: boolean, amounts: number, roles: { client: RoleName; us: RoleName }, lang: Lang): string {
  const one = amounts === 1;
  const parts: string[] = [];
  if (lang === 'pl') {
    if (finalInvoices.length > 0) {
      parts.push(`${finalInvoices.length === 1 ? `Faktura nr ${finalInvoices[0]} jest fakturą końcową` : `Faktury nr ${finalInvoices.join(', ')} są fakturami końcowymi`}; ${roles.us.nom} nie wystawi z tytułu Umowy dalszych faktur ani rachunków.`);
    }
    // Fixed whatever is worked until the end: the refund is not worked out again (review11 PL A3).
    if (feesSettled) parts.push(`Z chwilą zapłaty ${one ? 'tej kwoty' : 'tych kwot'} wynagrodzenie ${roles.us.gen} z tytułu Umowy, także za okres do dnia jej rozwiązania, zostaje rozliczone w całości; ${one ? 'kwota ta nie podlega' : 'kwoty te nie podlegają'} zmianie, niezależnie od zakresu prac wykonanych do tego dnia.`);
  } else {
    if (finalInvoices.length > 0) {
      parts.push(`${finalInvoices.length === 1 ? `Invoice ${finalInvoices[0]} is the final invoice` : `Invoices ${finalInvoices.join(', ')} are the final invoices`}; the Contractor will not issue any further invoice under the Agreement.`);
    }
    if (feesSettled) parts.push(`On payment of ${one ? 'this amount' : 'these amounts'}, the Contractor’s fees under the Agreement, including for the period up to the termination date, are settled in full; ${one ? 'it is' : 'they are'} not subject to adjustment, whatever work is done up to that date.`);
  }
  return parts.map((part) => ` ${part}`).join('');
}
