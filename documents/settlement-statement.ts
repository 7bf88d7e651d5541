/**
 * The settlement statement (zestawienie rozliczeń, DOMAIN.md "Documents"): every receivable and
 * liability with its invoice number, due date, amount and state; totals per currency; the open
 * balance and who pays whom; the account and the deadline. Two signatures: the user who prepared
 * it and the client confirming the balance.
 */
import { contractReference, contractRoles, date, FactSheet, fileNameFor, placeAndDate, type DocumentInput } from './context';
import { clientParty, senderParty, senderSignatureLine } from './parties';
import { openBalances, paymentSentences, settlementItemBlocks, totalsBlock } from './money';
import type { DocumentBlock, DocumentResult } from './model';

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
  const payments = paymentSentences(sheet, balances, roles, 'statement');
  if (sheet.missing.length > 0 || !heading || !us || !them || !payments) return { status: 'missing', kind, lang, missing: sheet.missing };

  const blocks: DocumentBlock[] = [{ type: 'place-date', text: heading }, { type: 'parties', parties: [us.block, them.block] }, { type: 'title', text: TITLE[lang] }];
  if (lang === 'pl') {
    blocks.push({
      type: 'paragraph',
      text: `Zestawienie przedstawia należności i zobowiązania Stron${contract ? ` z tytułu ${contract.genitive}` : ''} według stanu na dzień ${date(today, lang)}.`,
    });
  } else {
    blocks.push({
      type: 'paragraph',
      text: `This statement sets out the amounts owed between ${us.name} and ${them.name} (the “Parties”)${contract ? ` under ${contract.accusative}` : ''} as at ${date(today, lang)}.`,
    });
  }
  // Valid by now: paymentSentences asked for it again had it been missing or past.
  const deadline = payments.length > 0 ? sheet.typedDate('settlement.deadline') : undefined;
  blocks.push(...settlementItemBlocks(items, roles, lang, today, deadline));
  blocks.push({ type: 'heading', text: lang === 'pl' ? 'Podsumowanie' : 'Summary' });
  blocks.push(totalsBlock(items, roles, lang));
  if (payments.length === 0) {
    blocks.push({ type: 'paragraph', text: lang === 'pl' ? 'Wszystkie pozycje zestawienia zostały zapłacone; saldo wynosi zero.' : 'Every item in this statement has been paid; the balance is nil.' });
  } else {
    for (const text of payments) blocks.push({ type: 'paragraph', text });
  }
  blocks.push({
    type: 'paragraph',
    text:
      lang === 'pl'
        ? `${roles.us.nom} prosi o potwierdzenie zgodności salda podpisem albo o wskazanie rozbieżności.`
        : `Please confirm the balance by signing below, or let ${settings.profile.senderForm === 'we' ? 'us' : 'me'} know of any discrepancy.`,
  });
  blocks.push({
    type: 'signatures',
    signatures: [
      senderSignatureLine(settings, lang, roles.us.nom),
      { caption: lang === 'pl' ? `Saldo potwierdza ${roles.client.nom} (data i podpis)` : 'Balance confirmed by the Client (date and signature)', ...(them.signatory ? { name: them.signatory } : {}) },
    ],
  });
  return { status: 'ready', document: { kind, lang, title: TITLE[lang], fileName: fileNameFor(TITLE[lang], them.name, today), blocks } };
}
