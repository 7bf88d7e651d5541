/**
 * The settlement statement (zestawienie rozliczeń, DOMAIN.md "Documents"): every receivable and
 * liability with its invoice number, due date, amount and state; totals per currency; the open
 * balance and who pays whom; the account and the deadline. Two signatures: the user who prepared
 * it and the client confirming the balance.
 */
import { asClause, contractReference, contractRoles, date, FactSheet, fileNameFor, placeAndDate, type DocumentInput } from './context';
import { clientParty, senderParty, senderSignatureLine } from './parties';
import { openBalances, paymentSentences, settlementItemBlocks, totalsBlock } from './money';
import type { DocumentBlock, DocumentResult } from './model';
import { documentUnderPolishLaw } from '../offboarding/governing-law';

const TITLE = { pl: 'Zestawienie rozliczeń', en: 'Statement of Account' } as const;

export function settlementStatement(input: DocumentInput): DocumentResult {
  const { client, offboarding, settings, lang, today } = input;
  const kind = 'settlement-statement';
  if (!client || !offboarding) {
    return { status: 'not-applicable', kind, lang, reason: lang === 'pl' ? 'Brak zamykanej współpracy: nie ma czego rozliczać.' : 'No offboarding: there is nothing to settle.' };
  }
  const sheet = new FactSheet(input, kind);
  const roles = contractRoles(client.contract.type, lang);
  const heading = placeAndDate(sheet);
  const us = senderParty(sheet, roles.us.nom);
  const them = clientParty(sheet, client, roles.client.nom);
  const contract = contractReference(sheet, client, false);
  const items = offboarding.settlement;
  if (items.length === 0) sheet.lack('settlement.items');
  const balances = openBalances(items, lang);
  const payments = paymentSentences(sheet, balances, roles, 'statement', { us: us?.name, client: them?.name });
  // An amount the user owes the client with no document behind it needs its basis stated (a
  // refund from what payment?), or the signed balance invites a dispute (review7-pl B6).
  const liabilities = items.filter((item) => item.direction === 'liability');
  const undocumented = liabilities.flatMap((item, index) => (item.invoiceNo?.trim() ? [] : [{ item, number: index + 1 }]));
  const basis = undocumented.length > 0 ? sheet.typed('settlement.liabilityBasis') : undefined;
  if (undocumented.length > 0 && basis === undefined) sheet.lack('settlement.liabilityBasis', undocumented.map(({ item }) => item.description.trim()).join('; '));
  if (sheet.missing.length > 0 || !heading || !us || !them || !payments) return { status: 'missing', kind, lang, missing: sheet.missing };

  const blocks: DocumentBlock[] = [{ type: 'place-date', text: heading }, { type: 'parties', parties: [us.block, them.block] }, { type: 'title', text: TITLE[lang] }];
  if (lang === 'pl') {
    blocks.push({
      type: 'paragraph',
      // Only what is listed: never a word on work not yet billed (review6-pl A3). Amounts set against
      // pay, not against work: no false parallel "kwoty …, a nie prace" (review9-pl B5).
      text: `Zestawienie przedstawia należności i zobowiązania Stron${contract ? ` z tytułu ${contract.genitive}` : ''} według stanu na dzień ${date(today, lang)}. Obejmuje wyłącznie kwoty wymienione poniżej; nie obejmuje wynagrodzenia za prace, za które nie wystawiono jeszcze faktury ani rachunku.`,
    });
  } else {
    blocks.push({
      type: 'paragraph',
      // "as at" first: after the contract's date it would read as part of it (review6-en C1).
      text: `This statement sets out, as at ${date(today, lang)}, the amounts owed between ${us.name} and ${them.name} (the “Parties”)${contract ? ` under ${contract.accusative}` : ''}. It covers only the amounts listed below, not work that has not yet been invoiced.`,
    });
  }
  // Valid by now: paymentSentences asked for it again had it been missing or past.
  const deadline = payments.length > 0 ? sheet.typedDate('settlement.deadline') : undefined;
  const polishLaw = documentUnderPolishLaw(client.contract, [client.address, settings.profile.address]);
  blocks.push(...settlementItemBlocks(items, roles, lang, today, polishLaw, deadline));
  if (basis !== undefined) {
    const numbers = undocumented.map(({ number }) => String(number));
    const list = numbers.length === 1 ? numbers.join('') : `${numbers.slice(0, -1).join(', ')} ${lang === 'pl' ? 'i' : 'and'} ${numbers[numbers.length - 1]}`;
    blocks.push({
      type: 'paragraph',
      text:
        lang === 'pl'
          ? `Podstawa ${numbers.length === 1 ? 'zobowiązania' : 'zobowiązań'} z poz. ${list} tabeli zobowiązań ${roles.us.gen}: ${asClause(basis)}.`
          : `Basis of ${numbers.length === 1 ? 'item' : 'items'} ${list} of the amounts owed by the Contractor: ${asClause(basis)}.`,
    });
  }
  blocks.push({ type: 'heading', text: lang === 'pl' ? 'Podsumowanie' : 'Summary' });
  blocks.push(totalsBlock(items, roles, lang));
  if (payments.length === 0) {
    // One paid invoice is "the amount", not "all items" (review6-pl B10).
    const one = items.length === 1;
    const text = lang === 'pl'
      ? one ? 'Kwota wymieniona w zestawieniu została zapłacona w całości; saldo wynosi zero.' : 'Wszystkie kwoty wymienione w zestawieniu zostały zapłacone; saldo wynosi zero.'
      : one ? 'The amount listed in this statement has been paid in full; the balance is nil.' : 'Every amount listed in this statement has been paid; the balance is nil.';
    blocks.push({ type: 'paragraph', text });
  } else {
    for (const text of payments) blocks.push({ type: 'paragraph', text });
  }
  blocks.push({
    type: 'paragraph',
    text:
      lang === 'pl'
        ? `${roles.us.nom} prosi o potwierdzenie zgodności salda podpisem albo o wskazanie rozbieżności.`
        : 'Please confirm the balance by signing below, or notify the Contractor of any discrepancy.',
  });
  blocks.push({
    type: 'signatures',
    signatures: [
      // English: each signature dated on its own line (review6-en B13); Polish asks for the date in the caption.
      { ...senderSignatureLine(settings, lang, roles.us.nom), ...(lang === 'en' ? { dated: true } : {}) },
      lang === 'pl'
        ? { caption: `Saldo potwierdza ${roles.client.nom} (data i podpis)`, ...(them.signatory ? { name: them.signatory } : {}) }
        : { caption: them.company ? `Signed for and on behalf of ${them.name} (balance confirmed)` : 'Balance confirmed by the Client', ...(them.signatory ? { name: them.signatory } : {}), dated: true },
    ],
  });
  return { status: 'ready', document: { kind, lang, title: TITLE[lang], fileName: fileNameFor(TITLE[lang], them.name, today), blocks } };
}
