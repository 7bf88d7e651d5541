/**
 * The settlement as document tables: every item with its invoice number, due date, amount and
 * state, and per currency the totals, the open balance and who pays whom. All sums come from
 * offboarding/settlement.ts; nothing is added across currencies.
 */
import type { Lang, SettlementItem } from '../offboarding/types';
import { formatMoney, minorDigits, minorToDecimalString, settlementTotals, type CurrencyTotals } from '../offboarding/settlement';
import { date, futureTypedDate, type FactSheet, type RoleName } from './context';
import type { DocumentBlock, TableColumn } from './model';

const ITEM_COLUMNS: Record<Lang, TableColumn[]> = {
  pl: [
    { label: 'Lp.', width: 0.06 },
    { label: 'Nr dokumentu', width: 0.15 },
    { label: 'Opis', width: 0.27 },
    { label: 'Termin płatności', width: 0.18 },
    { label: 'Kwota', width: 0.16, align: 'right' },
    { label: 'Status', width: 0.18 },
  ],
  en: [
    { label: 'No.', width: 0.06 },
    { label: 'Invoice no.', width: 0.15 },
    { label: 'Description', width: 0.27 },
    { label: 'Due date', width: 0.18 },
    { label: 'Amount', width: 0.16, align: 'right' },
    { label: 'Status', width: 0.18 },
  ],
};

/** An item's state on the statement's day: paid, not due yet, overdue, or unpaid with no due date. */
function itemStatus(item: SettlementItem, dueOn: string | undefined, today: string, lang: Lang): string {
  const words = {
    // Impersonal, so they agree with any description ("Zwrot…", "Wynagrodzenie…"); review5-pl D-B2.
    pl: { paid: 'zapłacono', notDue: 'do zapłaty (termin nie upłynął)', overdue: 'do zapłaty (po terminie)', open: 'do zapłaty' },
    en: { paid: 'paid', notDue: 'not yet due', overdue: 'overdue', open: 'unpaid' },
  }[lang];
  if (item.paid) return words.paid;
  if (!dueOn) return words.open;
  return dueOn < today ? words.overdue : words.notDue;
}

/**
 * An amount in a signed document. Polish: four-digit amounts grouped like larger ones in a column
 * ("4 305,00 zł", EU Interinstitutional Style Guide 6.5) and a foreign currency by its ISO code
 * ("1 200,00 EUR"), as a contract writes it; English as everywhere else ("€1,200.00").
 */
export function documentMoney(amountMinor: number, currency: string, lang: Lang): string {
  // formatMoney validates the amount and the currency (and is the English form as it stands).
  const text = formatMoney(amountMinor, currency, lang);
  if (lang !== 'pl') return text;
  let formatter = POLISH_DOCUMENT_FORMATTERS.get(currency);
  if (!formatter) {
    formatter = new Intl.NumberFormat('pl-PL', {
      style: 'currency',
      currency,
      currencyDisplay: currency === 'PLN' ? 'symbol' : 'code',
      useGrouping: 'always',
    } as Intl.NumberFormatOptions);
    POLISH_DOCUMENT_FORMATTERS.set(currency, formatter);
  }
  // The same exact decimal formatMoney formats: large amounts stay exact.
  const decimal = minorToDecimalString(amountMinor, minorDigits(currency));
  return formatter.format(decimal as `${number}`).replace(/\u202f/g, '\u00a0');
}
const POLISH_DOCUMENT_FORMATTERS = new Map<string, Intl.NumberFormat>();

function itemRows(items: readonly SettlementItem[], today: string, deadline: string | undefined, lang: Lang): string[][] {
  return items.map((item, index) => {
    // An open item without its own due date is due by the statement's deadline, as its sentence says.
    const dueOn = item.dueOn ?? (item.paid ? undefined : deadline);
    return [
      `${index + 1}.`,
      item.invoiceNo?.trim() || '—',
      item.description.trim(),
      dueOn ? date(dueOn, lang) : '—',
      documentMoney(item.amountMinor, item.currency, lang),
      itemStatus(item, dueOn, today, lang),
    ];
  });
}

export interface Roles {
  client: RoleName;
  us: RoleName;
}

/** The item tables, one per direction that has items; `deadline` is the typed one for open items. */
export function settlementItemBlocks(items: readonly SettlementItem[], roles: Roles, lang: Lang, today: string, deadline?: string): DocumentBlock[] {
  const receivables = items.filter((item) => item.direction === 'receivable');
  const liabilities = items.filter((item) => item.direction === 'liability');
  const blocks: DocumentBlock[] = [];
  if (receivables.length > 0) {
    blocks.push({ type: 'heading', text: lang === 'pl' ? `Należności ${roles.us.gen} od ${roles.client.gen}` : 'Invoices issued to the Client' });
    blocks.push({ type: 'table', columns: ITEM_COLUMNS[lang], rows: itemRows(receivables, today, deadline, lang) });
  }
  if (liabilities.length > 0) {
    blocks.push({ type: 'heading', text: lang === 'pl' ? `Zobowiązania ${roles.us.gen} wobec ${roles.client.gen}` : 'Amounts owed by the Contractor to the Client' });
    blocks.push({ type: 'table', columns: ITEM_COLUMNS[lang], rows: itemRows(liabilities, today, deadline, lang) });
  }
  return blocks;
}

/**
 * The items as the client's side sees them. A write-off is the user's own bookkeeping, neither a
 * release (art. 508 k.c. needs the debtor's acceptance) nor a waiver: the debt stands, so a
 * document shows it unpaid and counts it, and says nothing of the write-off. Leaving it out would
 * make the agreement's "no further claims" release it unasked and the confirmed balance untrue.
 */
function asOwed(items: readonly SettlementItem[]): SettlementItem[] {
  return items.map((item) => (item.writtenOff ? { ...item, writtenOff: false } : item));
}

function payer(total: CurrencyTotals, roles: Roles, lang: Lang): string {
  if (total.openBalance > 0) return lang === 'pl' ? `${roles.client.nom} na rzecz ${roles.us.gen}` : 'the Client';
  if (total.openBalance < 0) return lang === 'pl' ? `${roles.us.nom} na rzecz ${roles.client.gen}` : 'the Contractor';
  return lang === 'pl' ? 'rozliczone' : '— (settled)';
}

/**
 * Totals per currency of what is still unpaid, so that the columns add up on the page (unpaid
 * receivables − unpaid liabilities = the balance); paid items stand in the item tables.
 */
export function totalsBlock(items: readonly SettlementItem[], roles: Roles, lang: Lang): DocumentBlock {
  const columns: TableColumn[] =
    lang === 'pl'
      ? [
          { label: 'Waluta', width: 0.12 },
          { label: 'Należności niezapłacone', width: 0.2, align: 'right' },
          { label: 'Zobowiązania niezapłacone', width: 0.2, align: 'right' },
          { label: 'Saldo do zapłaty', width: 0.2, align: 'right' },
          { label: 'Zobowiązany do zapłaty', width: 0.28 },
        ]
      : [
          { label: 'Currency', width: 0.12 },
          { label: 'Owed by the Client', width: 0.2, align: 'right' },
          { label: 'Owed by the Contractor', width: 0.2, align: 'right' },
          { label: 'Balance due', width: 0.2, align: 'right' },
          { label: 'Balance payable by', width: 0.28 },
        ];
  const rows = settlementTotals(asOwed(items)).map((total) => [
    total.currency,
    documentMoney(total.receivableOpen, total.currency, lang),
    documentMoney(total.liabilityOpen, total.currency, lang),
    documentMoney(Math.abs(total.openBalance), total.currency, lang),
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
  return settlementTotals(asOwed(items))
    .filter((total) => total.openBalance !== 0)
    .map((total) => ({ currency: total.currency, openBalance: total.openBalance, amount: documentMoney(Math.abs(total.openBalance), total.currency, lang) }));
}

/**
 * A Polish NRB ("61 1090 1014 …", 26 digits) as the IBAN a payer abroad types ("PL61 1090 1014 …"),
 * only when its check digits prove it Polish (ISO 13616 mod 97); anything else stays as recorded.
 */
export function ibanForAbroad(account: string): string {
  const digits = account.replace(/[\s\u00a0-]/g, '');
  if (!/^\d{26}$/.test(digits)) return account;
  // "PL" is 25 21; the country and check digits move to the end.
  const rearranged = `${digits.slice(2)}2521${digits.slice(0, 2)}`;
  let remainder = 0;
  for (const digit of rearranged) remainder = (remainder * 10 + Number(digit)) % 97;
  if (remainder !== 1) return account;
  return `PL${digits.slice(0, 2)} ${(digits.slice(2).match(/.{4}/g) ?? []).join(' ')}`;
}

/** The account as a payment from abroad needs it: an IBAN in English, with the bank's BIC when one is recorded. */
function withBic(account: string | undefined, bic: string | undefined, lang: Lang): string | undefined {
  if (account === undefined) return undefined;
  const printed = lang === 'en' ? ibanForAbroad(account) : account;
  if (bic === undefined) return printed;
  return lang === 'pl' ? `${printed} (BIC: ${bic})` : `${printed} (BIC ${bic})`;
}

/**
 * Who pays whom, how much, to whose account and by when: one sentence per open currency. The
 * deadline is the user's (typed); the account is the payee's (the user's profile or the client's
 * record), and the sentence says whose it is. Missing ones are collected on the sheet and no
 * sentence is returned. `style`: an agreement binds the parties ("will pay"); a statement asks.
 */
export function paymentSentences(sheet: FactSheet, balances: readonly OpenBalance[], roles: Roles, style: 'agreement' | 'statement' = 'agreement'): string[] | undefined {
  if (balances.length === 0) return [];
  const lang = sheet.lang;
  const deadline = futureTypedDate(sheet, 'settlement.deadline');
  const clientOwes = balances.some((balance) => balance.openBalance > 0);
  const weOwe = balances.some((balance) => balance.openBalance < 0);
  const ours = clientOwes ? withBic(sheet.need('sender.bankAccount', sheet.input.settings.profile.bankAccount), sheet.bic('sender.bic', sheet.input.settings.profile.bic), lang) : undefined;
  const theirs = weOwe ? withBic(sheet.need('client.bankAccount', sheet.input.client?.bankAccount), sheet.bic('client.bic', sheet.input.client?.bic), lang) : undefined;
  if (deadline === undefined || sheet.missing.some((fact) => fact.path.endsWith('.bic'))) return undefined;
  const sentences: string[] = [];
  for (const balance of balances) {
    const clientPays = balance.openBalance > 0;
    const account = clientPays ? ours : theirs;
    if (account === undefined) return undefined;
    const by = date(deadline, lang);
    if (lang === 'pl') {
      sentences.push(
        clientPays
          ? style === 'statement'
            ? `${roles.us.nom} prosi o zapłatę kwoty ${balance.amount} na rachunek bankowy ${roles.us.gen} nr ${account} w terminie do dnia ${by}.`
            : `${roles.client.nom} zapłaci ${roles.us.dat} kwotę ${balance.amount} na rachunek bankowy ${roles.us.gen} nr ${account} w terminie do dnia ${by}.`
          : style === 'statement'
            ? `${roles.us.nom} zapłaci ${roles.client.dat} kwotę ${balance.amount} na rachunek bankowy ${roles.client.gen} nr ${account} w terminie do dnia ${by}.`
            : `${roles.us.nom} zapłaci ${roles.client.dat} kwotę ${balance.amount} na wskazany przez ${roles.client.acc} rachunek bankowy nr ${account} w terminie do dnia ${by}.`,
      );
    } else {
      sentences.push(
        clientPays
          ? style === 'statement'
            ? `Please pay ${balance.amount} by ${by} to the Contractor’s bank account ${account}.`
            : `The Client will pay the Contractor ${balance.amount} to the Contractor’s bank account ${account} by ${by}.`
          : style === 'statement'
            ? `The Contractor will pay the Client ${balance.amount} to the Client’s bank account ${account} by ${by}.`
            : `The Contractor will pay the Client ${balance.amount} by ${by} to the bank account designated by the Client, ${account}.`,
      );
    }
  }
  return sentences;
}
