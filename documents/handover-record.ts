/**
 * The handover and acceptance record (protokół zdawczo-odbiorczy, DOMAIN.md "Documents"): date and
 * place, who hands over and who receives, exactly the items of the handover inventory with their
 * state, date, recipient and note, room for remarks, both signatures. Credentials are named, never
 * written: they travel through a safe channel. The record documents the handover; it is not its basis.
 */
import { inventoryOf } from '../offboarding/inventory';
import { contractReference, contractRoles, date, FactSheet, fileNameFor, placeAndDate, type DocumentInput } from './context';
import { clientParty, clientSignatureLine, senderParty, senderSignatureLine } from './parties';
import { KIND_WORDS, recipientsInOtherLanguage, stateWords } from './inventory-words';
import type { DocumentBlock, DocumentResult, TableColumn } from './model';
import type { HandoverItem } from '../offboarding/types';

const TITLE = { pl: 'Protokół zdawczo-odbiorczy', en: 'Handover Record' } as const;
// Before anything has changed hands a record signed by both certifies nothing: it is a list of what
// is to be handed over, and the protokół follows the handover (review9-pl B10).
const LIST_TITLE = { pl: 'Wykaz materiałów do przekazania', en: 'List of Items to Be Handed Over' } as const;
const ROLES = { pl: { us: 'Przekazujący', client: 'Przyjmujący' }, en: { us: 'Handed over by', client: 'Received by' } } as const;
// A list of what is still to change hands is never captioned or signed as received: the client who
// signs "Received by" under it has, on paper, acknowledged receipt (review11 PL B3, EN B12).
const LIST_PARTY_ROLES = { pl: ROLES.pl, en: { us: 'To be handed over by', client: 'To be received by' } } as const;

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
  const items = inventoryOf(offboarding);
  const nothingDone = items.every((item) => item.state === 'to-hand-over' || item.state === 'not-applicable');
  const captions = nothingDone ? LIST_PARTY_ROLES[lang] : ROLES[lang];
  const heading = placeAndDate(sheet);
  const us = senderParty(sheet, captions.us);
  const them = clientParty(sheet, client, captions.client, 'signs');
  const contract = contractReference(sheet, client, false);
  if (items.length === 0) sheet.lack('handover.items');
  const notes = recipientsInOtherLanguage(items, lang);
  if (sheet.missing.length > 0 || !heading || !us || !them) return { status: 'missing', kind, lang, missing: sheet.missing, ...(notes.length ? { notes } : {}) };

  const rows = items.map((item, index) => [
    `${index + 1}.`,
    KIND_WORDS[item.kind][lang],
    item.name.trim(),
    stateWords(item, lang),
    item.on ? date(item.on, lang) : '—',
    item.recipient?.trim() || '—',
    item.note?.trim() || '—',
  ]);
  // An account, a hosting or a domain changes hands with its log-ins too: the record says they travel apart (review7-en B8).
  const hasCredentials = items.some((item) => item.kind === 'credential' || item.kind === 'account' || item.kind === 'hosting' || item.kind === 'domain');
  const hasPending = items.some((item) => item.state === 'to-hand-over');
  const title = nothingDone ? LIST_TITLE[lang] : TITLE[lang];
  const blocks: DocumentBlock[] = [{ type: 'place-date', text: heading }, { type: 'title', text: title }, { type: 'parties', parties: [us.block, them.block] }];
  if (nothingDone) {
    const reason = lang === 'pl' ? (contract ? `na podstawie ${contract.genitive} (dalej: „Umowa”)` : '') : contract ? ` of ${contract.accusative} (the “Agreement”)` : '';
    blocks.push({
      type: 'paragraph',
      text:
        lang === 'pl'
          ? `Wykaz sporządzono w związku z zakończeniem współpracy ${contract ? `prowadzonej ${reason}` : 'Stron'}. Strony ustalają, że do dnia ${contract ? 'rozwiązania Umowy' : 'zakończenia współpracy'} zostaną przekazane następujące pozycje:`
          : `This list is made in connection with the termination${reason} between the parties named above (the “Parties”). The Parties agree that the following items will be handed over by the ${contract ? 'termination date of the Agreement' : 'end of the work'}:`,
    });
  } else if (lang === 'pl') {
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
        // The occasion stated directly, not a calque of "w związku z" (review9-en B1).
        ? `This record is made in connection with the termination of ${contract.accusative} (the “Agreement”) between the parties named above (the “Parties”). The Parties confirm the status of the following items:`
        : 'This record is made at the end of the work between the parties named above (the “Parties”). The Parties confirm the status of the following items:',
    });
  }
  blocks.push({ type: 'table', columns: COLUMNS[lang], rows });
  if (hasCredentials) {
    blocks.push({
      type: 'paragraph',
      text:
        lang === 'pl'
          ? `Dane dostępowe (hasła, klucze, kody) przekazuje się odrębnie, bezpiecznym kanałem; niniejszy ${nothingDone ? 'wykaz' : 'protokół'} ich nie zawiera.`
          : `Credentials (passwords, keys, codes) are passed on separately through a secure channel and are not written into this ${nothingDone ? 'list' : 'record'}.`,
    });
  }
  if (hasPending && !nothingDone) blocks.push({ type: 'paragraph', text: outstandingSentence(items, lang) });
  if (nothingDone) {
    blocks.push({
      type: 'paragraph',
      text: lang === 'pl' ? 'Strony potwierdzą przekazanie protokołem zdawczo-odbiorczym.' : 'The Parties will confirm the handover in a handover record.',
    });
  }
  // Before the handover the remarks are both parties', not the recipient's on what was received.
  blocks.push({ type: 'blank-lines', label: nothingDone ? (lang === 'pl' ? 'Uwagi:' : 'Comments:') : lang === 'pl' ? 'Uwagi Przyjmującego:' : 'Comments by the recipient:', count: 3 });
  const paper = lang === 'pl' ? (nothingDone ? 'Wykaz' : 'Protokół') : nothingDone ? 'list' : 'record';
  blocks.push({
    type: 'paragraph',
    text: lang === 'pl' ? `${paper} sporządzono w dwóch jednobrzmiących egzemplarzach, po jednym dla każdej ze Stron.` : `This ${paper} may be signed in counterparts, each of which is an original and all of which together constitute one and the same ${paper}.`,
  });
  // A list is signed by the parties under the contract's names for them, never "Received by".
  const roles = contractRoles(client.contract.type, lang);
  const signers = nothingDone ? { us: roles.us.nom, client: roles.client.nom } : ROLES[lang];
  blocks.push({
    type: 'signatures',
    signatures: [
      // Each signature shows when it was given (review6-en B13, review7-pl C9): the parties may sign on different days.
      { ...senderSignatureLine(settings, lang, signers.us), dated: true },
      { ...clientSignatureLine(them, lang, signers.client), dated: true },
    ],
  });
  return { status: 'ready', document: { kind, lang, title, fileName: fileNameFor(title, them.name, today), blocks }, ...(notes.length ? { notes } : {}) };
}

/** "2", "2 i 3", "2, 3 i 5" (en: "2 and 3"). */
function numbers(list: readonly number[], lang: 'pl' | 'en'): string {
  const text = list.map(String);
  if (text.length <= 1) return text.join('');
  return `${text.slice(0, -1).join(', ')} ${lang === 'pl' ? 'i' : 'and'} ${text[text.length - 1]}`;
}

/**
 * What is still outstanding, by item number: things to hand over, and personal data to return or
 * delete (never "handed over"), each to be confirmed separately.
 */
function outstandingSentence(items: readonly HandoverItem[], lang: 'pl' | 'en'): string {
  const pendingAt = (data: boolean) => items.flatMap((item, index) => (item.state === 'to-hand-over' && (item.kind === 'personal-data') === data ? [index + 1] : []));
  const things = pendingAt(false);
  const data = pendingAt(true);
  if (lang === 'pl') {
    const thingsText = things.length > 0 ? `${things.length === 1 ? 'Pozycja nr' : 'Pozycje nr'} ${numbers(things, lang)} ${things.length === 1 ? 'pozostaje' : 'pozostają'} do przekazania` : '';
    const dataText = data.length > 0 ? `dane osobowe z pozycji nr ${numbers(data, lang)} pozostają do zwrotu lub usunięcia` : '';
    if (thingsText && dataText) return `${thingsText}, a ${dataText}. Przekazanie tych pozycji oraz zwrot lub usunięcie danych Strony potwierdzą odrębnie.`;
    if (thingsText) return `${thingsText}; ${things.length === 1 ? 'jej' : 'ich'} przekazanie Strony potwierdzą odrębnie.`;
    return `${dataText.charAt(0).toUpperCase()}${dataText.slice(1)}; ich zwrot lub usunięcie Strony potwierdzą odrębnie.`;
  }
  const thingsText = things.length > 0 ? `${things.length === 1 ? 'Item' : 'Items'} ${numbers(things, lang)} ${things.length === 1 ? 'is' : 'are'} still to be handed over` : '';
  const dataText = data.length > 0 ? `the personal data in ${data.length === 1 ? 'item' : 'items'} ${numbers(data, lang)} is still to be returned or deleted` : '';
  const joined = thingsText && dataText ? `${thingsText}, and ${dataText}` : thingsText || dataText.charAt(0).toUpperCase() + dataText.slice(1);
  // Each confirmation named with its items: "each" had no clear noun (review11 EN C14).
  const itemWord = (list: readonly number[]) => `${list.length === 1 ? 'item' : 'items'} ${numbers(list, lang)}`;
  if (things.length > 0 && data.length > 0) {
    return `${joined}. The Parties will confirm the handover of ${itemWord(things)}, and the return or deletion of the data in ${itemWord(data)}, separately.`;
  }
  const confirm = data.length > 0 ? 'its return or deletion' : things.length === 1 ? 'its handover' : 'their handover';
  return `${joined}. The Parties will confirm ${confirm} separately.`;
}
