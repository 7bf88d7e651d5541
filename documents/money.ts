/**
 * The settlement as document tables: every item with its invoice number, due date, amount and
 * state, and per currency the totals, the open balance and who pays whom. All sums come from
 * offboarding/settlement.ts; nothing is added across currencies.
 */
import type { Lang, SettlementItem } from '../offboarding/types';
import { formatMoney, settlementTotals, type CurrencyTotals } from '../offboarding/settlement';
import { polishAmountWords } from '../offboarding/amount-words';
import { itemStanding, type ItemStanding } from '../offboarding/deadlines';
import { polishImpersonalStatus } from '../templates/format';
import { checkBankAccount, type BankAccountCheck } from '../offboarding/bank-account';
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
    { label: 'Document no.', width: 0.15 },
    { label: 'Description', width: 0.27 },
    { label: 'Due date', width: 0.18 },
    { label: 'Amount', width: 0.16, align: 'right' },
    { label: 'Status', width: 0.18 },
  ],
};

/** An item's state on the statement's day: paid, not due yet, overdue, or unpaid with no due date. */
function itemStatus(item: SettlementItem, dueOn: string | undefined, today: string, lang: Lang, polishLaw: boolean): string {
  const standing = itemStanding(item, today, polishLaw, dueOn);
  if (lang === 'pl') return polishImpersonalStatus(item, standing);
  // The summary says "Balance outstanding", not "Balance due", beside an invoice not yet due (review6-en B11).
  const liability = item.direction === 'liability';
  const words: Record<ItemStanding, string> = { settled: liability ? 'refunded' : 'paid', 'not-yet-due': 'not yet due', overdue: 'overdue', 'no-due-date': 'unpaid' };
  return words[standing];
}

/**
 * An amount in a signed document: offboarding/settlement.ts formatMoney, which writes Polish as a
 * contract does ("4 305,00 zł", "1 200,00 EUR") in messages too, so the two never differ.
 */
export function documentMoney(amountMinor: number, currency: string, lang: Lang): string {
  return formatMoney(amountMinor, currency, lang);
}

function itemRows(items: readonly SettlementItem[], today: string, deadline: string | undefined, lang: Lang, polishLaw: boolean): string[][] {
  return items.map((item, index) => {
    // An open item without its own due date is due by the statement's deadline, as its sentence says.
    const dueOn = item.dueOn ?? (item.paid ? undefined : deadline);
    return [
      `${index + 1}.`,
      item.invoiceNo?.trim() || '—',
      item.description.trim(),
      dueOn ? date(dueOn, lang) : '—',
      documentMoney(item.amountMinor, item.currency, lang),
      itemStatus(item, dueOn, today, lang, polishLaw),
    ];
  });
}

export interface Roles {
  client: RoleName;
  us: RoleName;
}

/** The item tables, one per direction that has items; `deadline` is the typed one for open items. */
/** `polishLaw`: art. 115 k.c. moves a due date past a holiday before an item counts as overdue. */
export function settlementItemBlocks(items: readonly SettlementItem[], roles: Roles, lang: Lang, today: string, polishLaw: boolean, deadline?: string): DocumentBlock[] {
  const receivables = items.filter((item) => item.direction === 'receivable');
  const liabilities = items.filter((item) => item.direction === 'liability');
  const blocks: DocumentBlock[] = [];
  if (receivables.length > 0) {
    blocks.push({ type: 'heading', text: lang === 'pl' ? `Należności ${roles.us.gen} od ${roles.client.gen}` : 'Invoices issued to the Client' });
    blocks.push({ type: 'table', columns: ITEM_COLUMNS[lang], rows: itemRows(receivables, today, deadline, lang, polishLaw) });
  }
  if (liabilities.length > 0) {
    blocks.push({ type: 'heading', text: lang === 'pl' ? `Zobowiązania ${roles.us.gen} wobec ${roles.client.gen}` : 'Amounts owed by the Contractor to the Client' });
    blocks.push({ type: 'table', columns: ITEM_COLUMNS[lang], rows: itemRows(liabilities, today, deadline, lang, polishLaw) });
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
          { label: 'Balance outstanding', width: 0.2, align: 'right' },
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
 * The payee's account: the recorded one when its check digits hold, else the one typed in the form;
 * an IBAN or NRB whose check digits fail is asked for again, never printed in a payment request.
 */
function checkedAccount(sheet: FactSheet, path: 'sender.bankAccount' | 'client.bankAccount' | 'sender.currencyAccount', recorded: string | undefined, missingDetail?: string): BankAccountCheck | undefined {
  const recordedText = recorded?.trim() || undefined;
  const recordedCheck = recordedText !== undefined ? checkBankAccount(recordedText) : undefined;
  const typed = sheet.typed(path);
  const text = recordedCheck && recordedCheck.kind !== 'invalid' ? recordedText : (typed ?? recordedText);
  if (text === undefined) {
    sheet.lack(path, missingDetail);
    return undefined;
  }
  const check = checkBankAccount(text);
  if (check.kind === 'invalid') {
    sheet.lack(path, sheet.lang === 'pl' ? `„${text}” nie jest prawidłowym numerem rachunku (nie zgadzają się cyfry kontrolne IBAN)` : `“${text}” is not a valid account number (its IBAN check digits do not match)`);
    return undefined;
  }
  return check;
}

/**
 * The account as the sentence prints it. Polish: the number as the user wrote it, the BIC after it.
 * English: labelled, for a payer abroad — "IBAN: PL61 1090 …" (an NRB given its "PL"), "BIC/SWIFT: …",
 * and the holder when the sentence names whose account it is.
 */
function accountText(check: BankAccountCheck, bic: string | undefined, lang: Lang, holder?: string): string {
  if (lang === 'pl') {
    const number = check.text;
    return bic === undefined ? `nr ${number}` : `nr ${number} (BIC: ${bic})`;
  }
  const parts = [
    ...(holder ? [`account holder: ${holder}`] : []),
    check.kind === 'iban' ? `IBAN: ${check.iban}` : `account number: ${check.text}`,
    ...(bic ? [`BIC/SWIFT: ${bic}`] : []),
  ];
  return `(${parts.join('; ')})`;
}

/**
 * Who pays whom, how much, to whose account and by when: one sentence per open currency. The
 * deadline is the user's (typed); the account is the payee's (the user's profile or the client's
 * record), and the sentence says whose it is. Missing ones are collected on the sheet and no
 * sentence is returned. `style`: an agreement binds the parties ("will pay"); a statement asks.
 */
export function paymentSentences(
  sheet: FactSheet,
  balances: readonly OpenBalance[],
  roles: Roles,
  style: 'agreement' | 'statement' = 'agreement',
  names: { us?: string | undefined; client?: string | undefined } = {},
): string[] | undefined {
  if (balances.length === 0) return [];
  const lang = sheet.lang;
  const deadline = futureTypedDate(sheet, 'settlement.deadline');
  const clientOwes = balances.some((balance) => balance.openBalance > 0);
  const weOwe = balances.some((balance) => balance.openBalance < 0);
  const { profile } = sheet.input.settings;
  // The recorded accounts have no currency: an amount in another currency than PLN is paid to an
  // account named as held in it (review10-pl C10) — ours typed, the client's the one it designates.
  const foreignOwedToUs = balances.filter((balance) => balance.openBalance > 0 && balance.currency !== 'PLN');
  const plnOwedToUs = balances.some((balance) => balance.openBalance > 0 && balance.currency === 'PLN');
  const ours = plnOwedToUs ? checkedAccount(sheet, 'sender.bankAccount', profile.bankAccount) : undefined;
  const oursInCurrency = foreignOwedToUs.length > 0 ? checkedAccount(sheet, 'sender.currencyAccount', undefined, sheet.lang === 'pl' ? `dla kwoty w ${foreignOwedToUs.map((balance) => balance.currency).join(', ')}: rachunek w profilu nie ma zapisanej waluty` : `for the amount in ${foreignOwedToUs.map((balance) => balance.currency).join(', ')}: the account in your profile has no recorded currency`) : undefined;
  const ourBic = clientOwes ? sheet.bic('sender.bic', profile.bic) : undefined;
  // A refund in another currency goes to the account the client designates in it (below).
  const plnOwedToClient = weOwe && balances.some((balance) => balance.openBalance < 0 && balance.currency === 'PLN');
  const theirs = plnOwedToClient ? checkedAccount(sheet, 'client.bankAccount', sheet.input.client?.bankAccount) : undefined;
  const theirBic = plnOwedToClient ? sheet.bic('client.bic', sheet.input.client?.bic) : undefined;
  if (deadline === undefined || sheet.missing.some((fact) => fact.path.endsWith('.bic') || fact.path.endsWith('.bankAccount') || fact.path.endsWith('.currencyAccount'))) return undefined;
  const sentences: string[] = [];
  for (const balance of balances) {
    const clientPays = balance.openBalance > 0;
    const foreign = balance.currency !== 'PLN';
    const by = date(deadline, lang);
    // A refund in another currency: to the account the client designates in it, with no number
    // the record could only guess at.
    if (!clientPays && foreign) {
      sentences.push(
        lang === 'pl'
          ? `${roles.us.nom} zapłaci ${roles.client.dat} kwotę ${balance.amount}${polishWords(balance)} na wskazany przez ${roles.client.acc} rachunek walutowy (${balance.currency}) w terminie do dnia ${by}.`
          : `The Contractor will pay the Client ${balance.amount} by ${by} to the ${balance.currency} account designated by the Client.`,
      );
      continue;
    }
    const check = clientPays ? (foreign ? oursInCurrency : ours) : theirs;
    if (check === undefined) return undefined;
    if (lang === 'pl') {
      // A Polish contract states a sum to pay in words too ("kwotę 4 020,00 zł (słownie: cztery
      // tysiące dwadzieścia złotych 00/100)"), so that a slip in the figure cannot change it.
      const amount = `${balance.amount}${polishWords(balance)}`;
      const account = accountText(check, clientPays ? ourBic : theirBic, lang);
      const noun = foreign ? `rachunek walutowy (${balance.currency})` : 'rachunek bankowy';
      sentences.push(
        clientPays
          ? style === 'statement'
            ? `${roles.us.nom} prosi o zapłatę kwoty ${amount} na ${noun} ${roles.us.gen} ${account} w terminie do dnia ${by}.`
            : `${roles.client.nom} zapłaci ${roles.us.dat} kwotę ${amount} na ${noun} ${roles.us.gen} ${account} w terminie do dnia ${by}.`
          : style === 'statement'
            ? `${roles.us.nom} zapłaci ${roles.client.dat} kwotę ${amount} na rachunek bankowy ${roles.client.gen} ${account} w terminie do dnia ${by}.`
            : `${roles.us.nom} zapłaci ${roles.client.dat} kwotę ${amount} na wskazany przez ${roles.client.acc} rachunek bankowy ${account} w terminie do dnia ${by}.`,
      );
    } else {
      // English documents give the figure alone, as English contracts do: the words are a Polish convention.
      const designated = !clientPays && style === 'agreement';
      const account = accountText(check, clientPays ? ourBic : theirBic, lang, designated ? undefined : clientPays ? names.us : names.client);
      sentences.push(
        clientPays
          ? style === 'statement'
            ? `Please pay ${balance.amount} by ${by} to the Contractor’s ${foreign ? `${balance.currency} account` : 'bank account'} ${account}.`
            : `The Client will pay the Contractor ${balance.amount} by ${by} to the Contractor’s ${foreign ? `${balance.currency} account` : 'bank account'} ${account}.`
          : style === 'statement'
            ? `The Contractor will pay the Client ${balance.amount} by ${by} to the Client’s bank account ${account}.`
            : `The Contractor will pay the Client ${balance.amount} by ${by} to the bank account designated by the Client ${account}.`,
      );
    }
  }
  return sentences;
}

/** " (słownie: …)" after a Polish amount, when the converter can word it. */
function polishWords(balance: OpenBalance): string {
  const minor = Math.abs(balance.openBalance);
  const words = minor <= MAX_WORDED_MINOR ? polishAmountWords(minor, balance.currency) : undefined;
  return words ? ` (słownie: ${words})` : '';
}

/** The converter's upper bound, 999 999 999,99: a larger sum is given in figures only. */
const MAX_WORDED_MINOR = 99_999_999_999;
