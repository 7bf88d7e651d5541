/**
 * The settlement as document tables: every item with its invoice number, due date, amount and
 * state, and per currency the totals, the open balance and who pays whom. All sums come from
 * offboarding/settlement.ts; nothing is added across currencies.
 */
import type { Lang, SettlementItem } from '../offboarding/types';
import { formatMoney, settlementTotals, type CurrencyTotals } from '../offboarding/settlement';
import { date, shortDate, futureTypedDate, type FactSheet, type RoleName } from './context';
import type { DocumentBlock, TableColumn } from './model';

const ITEM_COLUMNS: Record<Lang, TableColumn[]> = {
  pl: [
    { label: 'Lp.', width: 0.07 },
    { label: 'Dokument', width: 0.17 },
    { label: 'Opis', width: 0.3 },
    { label: 'Termin płatności', width: 0.18 },
    { label: 'Kwota', width: 0.16, align: 'right' },
    { label: 'Status', width: 0.12 },
  ],
  en: [
    { label: 'No.', width: 0.07 },
    { label: 'Document', width: 0.17 },
    { label: 'Description', width: 0.3 },
    { label: 'Due date', width: 0.18 },
    { label: 'Amount', width: 0.16, align: 'right' },
    { label: 'Status', width: 0.12 },
  ],
};

const STATUS = { pl: { paid: 'zapłacono', open: 'do zapłaty' }, en: { paid: 'paid', open: 'unpaid' } } as const;

function itemRows(items: readonly SettlementItem[], lang: Lang): string[][] {
  return items.map((item, index) => [
    `${index + 1}.`,
    item.invoiceNo?.trim() || '—',
    item.description.trim(),
    item.dueOn ? shortDate(item.dueOn, lang) : '—',
    formatMoney(item.amountMinor, item.currency, lang),
    STATUS[lang][item.paid ? 'paid' : 'open'],
  ]);
}

export interface Roles {
  client: RoleName;
  us: RoleName;
}

/** The item tables, one per direction that has items. */
export function settlementItemBlocks(items: readonly SettlementItem[], roles: Roles, lang: Lang): DocumentBlock[] {
  const receivables = items.filter((item) => item.direction === 'receivable');
  const liabilities = items.filter((item) => item.direction === 'liability');
  const blocks: DocumentBlock[] = [];
  if (receivables.length > 0) {
    blocks.push({ type: 'heading', text: lang === 'pl' ? `Należności ${roles.us.gen} od ${roles.client.gen}` : 'Amounts owed by the Client to the Contractor' });
    blocks.push({ type: 'table', columns: ITEM_COLUMNS[lang], rows: itemRows(receivables, lang) });
  }
  if (liabilities.length > 0) {
    blocks.push({ type: 'heading', text: lang === 'pl' ? `Zobowiązania ${roles.us.gen} wobec ${roles.client.gen}` : 'Amounts owed by the Contractor to the Client' });
    blocks.push({ type: 'table', columns: ITEM_COLUMNS[lang], rows: itemRows(liabilities, lang) });
  }
  return blocks;
}

function payer(total: CurrencyTotals, roles: Roles, lang: Lang): string {
  if (total.openBalance > 0) return lang === 'pl' ? `${roles.client.nom} płaci ${roles.us.dat}` : 'the Client pays the Contractor';
  if (total.openBalance < 0) return lang === 'pl' ? `${roles.us.nom} płaci ${roles.client.dat}` : 'the Contractor pays the Client';
  return lang === 'pl' ? 'rozliczone' : 'settled';
}

/** Totals per currency: everything, what is open, and who pays whom. */
export function totalsBlock(items: readonly SettlementItem[], roles: Roles, lang: Lang): DocumentBlock {
  const columns: TableColumn[] =
    lang === 'pl'
      ? [
          { label: 'Waluta', width: 0.12 },
          { label: 'Należności razem', width: 0.2, align: 'right' },
          { label: 'Zobowiązania razem', width: 0.2, align: 'right' },
          { label: 'Pozostaje do zapłaty', width: 0.2, align: 'right' },
          { label: 'Kto komu płaci', width: 0.28 },
        ]
      : [
          { label: 'Currency', width: 0.12 },
          { label: 'Owed by the Client', width: 0.2, align: 'right' },
          { label: 'Owed by the Contractor', width: 0.2, align: 'right' },
          { label: 'Open balance', width: 0.2, align: 'right' },
          { label: 'Who pays whom', width: 0.28 },
        ];
  const rows = settlementTotals(items).map((total) => [
    total.currency,
    formatMoney(total.receivable, total.currency, lang),
    formatMoney(total.liability, total.currency, lang),
    formatMoney(Math.abs(total.openBalance), total.currency, lang),
    payer(total, roles, lang),
  ]);
  return { type: 'table', columns, rows };
}

export interface OpenBalance {
  currency: string;
  /** Positive: the client pays the user; negative: the user pays the client. */
  openBalance: number;
  amount: string;
}

export function openBalances(items: readonly SettlementItem[], lang: Lang): OpenBalance[] {
  return settlementTotals(items)
    .filter((total) => total.openBalance !== 0)
    .map((total) => ({ currency: total.currency, openBalance: total.openBalance, amount: formatMoney(Math.abs(total.openBalance), total.currency, lang) }));
}

/**
 * Who pays whom, how much, to which account and by when: one sentence per open currency. The
 * deadline is the user's (typed); the account is the payee's (the user's profile or the client's
 * record). Missing ones are collected on the sheet and no sentence is returned.
 */
export function paymentSentences(sheet: FactSheet, balances: readonly OpenBalance[], roles: Roles): string[] | undefined {
  if (balances.length === 0) return [];
  const lang = sheet.lang;
  const deadline = futureTypedDate(sheet, 'settlement.deadline');
  const ours = balances.some((balance) => balance.openBalance > 0) ? sheet.need('sender.bankAccount', sheet.input.settings.profile.bankAccount) : undefined;
  const theirs = balances.some((balance) => balance.openBalance < 0) ? sheet.need('client.bankAccount', sheet.input.client?.bankAccount) : undefined;
  if (deadline === undefined) return undefined;
  const sentences: string[] = [];
  for (const balance of balances) {
    const clientPays = balance.openBalance > 0;
    const account = clientPays ? ours : theirs;
    if (account === undefined) return undefined;
    const by = date(deadline, lang);
    if (lang === 'pl') {
      sentences.push(
        clientPays
          ? `${roles.client.nom} zapłaci ${roles.us.dat} kwotę ${balance.amount} na rachunek bankowy nr ${account} w terminie do dnia ${by}.`
          : `${roles.us.nom} zapłaci ${roles.client.dat} kwotę ${balance.amount} na rachunek bankowy nr ${account} w terminie do dnia ${by}.`,
      );
    } else {
      sentences.push(
        clientPays
          ? `The Client will pay the Contractor ${balance.amount} to bank account ${account} by ${by}.`
          : `The Contractor will pay the Client ${balance.amount} to bank account ${account} by ${by}.`,
      );
    }
  }
  return sentences;
}
