/**
 * The handover and acceptance record (protokół zdawczo-odbiorczy, DOMAIN.md "Documents"): date and
 * place, who hands over and who receives, exactly the items of the handover inventory with their
 * state, date, recipient and note, room for remarks, both signatures. Credentials are named, never
 * written: they travel through a safe channel. The record documents the handover; it is not its basis.
 */
import { inventoryOf } from '../offboarding/inventory';
import { clientParty, clientSignatureLine, contractReference, date, FactSheet, fileNameFor, placeAndDate, senderParty, senderSignatureLine, type DocumentInput } from './context';
import { KIND_WORDS, stateWords } from './inventory-words';
import type { DocumentBlock, DocumentResult, TableColumn } from './model';

const TITLE = { pl: 'Protokół zdawczo-odbiorczy', en: 'Handover Record' } as const;
const ROLES = { pl: { us: 'Przekazujący', client: 'Przyjmujący' }, en: { us: 'Handed over by', client: 'Received by' } } as const;

const COLUMNS: Record<'pl' | 'en', TableColumn[]> = {
  pl: [
    { label: 'Lp.', width: 0.06 },
    { label: 'Rodzaj', width: 0.13 },
    { label: 'Pozycja', width: 0.25 },
    { label: 'Stan', width: 0.13 },
    { label: 'Data', width: 0.14 },
    { label: 'Odbiorca', width: 0.13 },
    { label: 'Uwagi', width: 0.16 },
  ],
  en: [
    { label: 'No.', width: 0.06 },
    { label: 'Type', width: 0.13 },
    { label: 'Item', width: 0.25 },
    { label: 'Status', width: 0.13 },
    { label: 'Date', width: 0.14 },
    { label: 'Recipient', width: 0.13 },
    { label: 'Remarks', width: 0.16 },
  ],
};

export function handoverRecord(input: DocumentInput): DocumentResult {
  const { client, offboarding, settings, lang, today } = input;
  const kind = 'handover-record';
  if (!client || !offboarding) {
    return { status: 'not-applicable', kind, lang, reason: lang === 'pl' ? 'Brak zamykanej współpracy: nie ma czego przekazywać.' : 'No offboarding: there is nothing to hand over.' };
  }
  const sheet = new FactSheet(input, kind);
  const heading = placeAndDate(sheet);
  const us = senderParty(sheet, ROLES[lang].us);
  const them = clientParty(sheet, client, ROLES[lang].client, true);
  const contract = contractReference(sheet, client, false);
  const items = inventoryOf(offboarding);
  if (items.length === 0) sheet.lack('handover.items');
  if (sheet.missing.length > 0 || !heading || !us || !them) return { status: 'missing', kind, lang, missing: sheet.missing };

  const rows = items.map((item, index) => [
    `${index + 1}.`,
    KIND_WORDS[item.kind][lang],
    item.name.trim(),
    stateWords(item, lang),
    item.on ? date(item.on, lang) : '—',
    item.recipient?.trim() || '—',
    item.note?.trim() || '—',
  ]);
  const hasCredentials = items.some((item) => item.kind === 'credential');
  const hasPending = items.some((item) => item.state === 'to-hand-over');
  const blocks: DocumentBlock[] = [{ type: 'place-date', text: heading }, { type: 'title', text: TITLE[lang] }, { type: 'parties', parties: [us.block, them.block] }];
  if (lang === 'pl') {
    blocks.push({
      type: 'paragraph',
      text: contract
        ? `Protokół sporządzono w związku z zakończeniem współpracy prowadzonej na podstawie ${contract.genitive} (dalej: „Umowa”). Strony potwierdzają stan przekazania następujących pozycji:`
        : 'Protokół sporządzono w związku z zakończeniem współpracy Stron. Strony potwierdzają stan przekazania następujących pozycji:',
    });
  } else {
    blocks.push({
      type: 'paragraph',
      text: contract
        ? `This record is made in connection with the termination of ${contract.accusative} (the “Agreement”) between the parties named above (the “Parties”). The Parties confirm the status of the following items:`
        : 'This record is made in connection with the end of the work between the parties named above (the “Parties”). The Parties confirm the status of the following items:',
    });
  }
  blocks.push({ type: 'table', columns: COLUMNS[lang], rows });
  if (hasCredentials) {
    blocks.push({
      type: 'paragraph',
      text:
        lang === 'pl'
          ? 'Dane dostępowe (hasła, klucze, kody) przekazuje się odrębnie, bezpiecznym kanałem; niniejszy protokół ich nie zawiera.'
          : 'Credentials (passwords, keys, codes) are passed on separately through a secure channel and are not written into this record.',
    });
  }
  if (hasPending) {
    blocks.push({
      type: 'paragraph',
      text:
        lang === 'pl'
          ? 'Pozycje oznaczone „do przekazania” pozostają do przekazania; ich przekazanie Strony potwierdzą odrębnie.'
          : 'Items marked “to be handed over” are still outstanding; the Parties will confirm their handover separately.',
    });
  }
  blocks.push({ type: 'blank-lines', label: lang === 'pl' ? 'Uwagi Przyjmującego:' : 'Remarks of the receiving party:', count: 3 });
  blocks.push({
    type: 'paragraph',
    text: lang === 'pl' ? 'Protokół sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze Stron.' : 'This record is made in two identical counterparts, one for each Party.',
  });
  blocks.push({
    type: 'signatures',
    signatures: [
      senderSignatureLine(settings, lang, ROLES[lang].us),
      clientSignatureLine(them, lang, ROLES[lang].client),
    ],
  });
  return { status: 'ready', document: { kind, lang, title: TITLE[lang], fileName: fileNameFor(TITLE[lang], them.name, today), blocks } };
}
