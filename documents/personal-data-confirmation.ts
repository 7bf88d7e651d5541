/**
 * The personal-data confirmation (GDPR art. 28(3)(g), DOMAIN.md "Documents"): which data sets were
 * returned (with the format and channel the user noted) and which deleted, copies and backups
 * included or with the retention the law requires, and the dates. Its rows are the inventory's
 * personal-data items; one still to be returned or deleted stops the confirmation.
 */
import { inventoryOf } from '../offboarding/inventory';
import type { HandoverItem } from '../offboarding/types';
import { asClause, contractReference, date, FactSheet, fileNameFor, placeAndDate, type DocumentInput } from './context';
import { clientParty, inDocumentLanguage, senderParty, senderSignatureLine } from './parties';
import type { DocumentBlock, DocumentResult } from './model';

const ROLES = { pl: { us: 'Podmiot przetwarzający', client: 'Administrator' }, en: { us: 'Processor', client: 'Controller' } } as const;

function titleFor(returned: boolean, deleted: boolean, lang: 'pl' | 'en'): string {
  if (lang === 'pl') {
    if (returned && deleted) return 'Potwierdzenie zwrotu i usunięcia danych osobowych';
    return returned ? 'Potwierdzenie zwrotu danych osobowych' : 'Potwierdzenie usunięcia danych osobowych';
  }
  if (returned && deleted) return 'Confirmation of Return and Deletion of Personal Data';
  return returned ? 'Confirmation of Return of Personal Data' : 'Confirmation of Deletion of Personal Data';
}

/**
 * One data set and what became of it. Polish: the set's own name first, then an impersonal verb
 * ("Lista klientów – usunięto w dniu …"): the user's label stays in the nominative it was typed in,
 * never glued after "usunął dane:" (review6-pl C6).
 */
function itemSentence(item: HandoverItem, lang: 'pl' | 'en'): string {
  const note = item.note?.trim();
  const on = item.on ? date(item.on, lang) : undefined;
  const tail = note ? ` (${note})` : '';
  if (lang === 'pl') {
    const what = item.state === 'handed-over' ? 'zwrócono Administratorowi' : item.state === 'deleted' ? 'usunięto' : 'usunięto dostęp Podmiotu przetwarzającego';
    return `${item.name.trim()} – ${what}${on ? ` w dniu ${on}` : ''}${tail};`;
  }
  if (item.state === 'handed-over') return `returned to the Controller: ${item.name.trim()}, on ${on}${tail};`;
  if (item.state === 'deleted') return `deleted: ${item.name.trim()}, on ${on}${tail};`;
  return `removed its own access to: ${item.name.trim()}${on ? `, on ${on}` : ''}${tail};`;
}

export function personalDataConfirmation(input: DocumentInput): DocumentResult {
  const { client, offboarding, settings, lang, today } = input;
  const kind = 'personal-data-confirmation';
  if (!client || !offboarding) {
    return { status: 'not-applicable', kind, lang, reason: lang === 'pl' ? 'Brak zamykanej współpracy.' : 'No offboarding.' };
  }
  if (offboarding.checklist['personal-data']?.skipped) {
    return { status: 'not-applicable', kind, lang, reason: lang === 'pl' ? 'Krok „dane osobowe” oznaczono jako niedotyczący: nie przetwarzano danych osobowych klienta.' : 'The personal-data step is marked not applicable: no personal data of the client was processed.' };
  }
  const sets = inventoryOf(offboarding).filter((item) => item.kind === 'personal-data');
  const sheet = new FactSheet(input, kind);
  if (sets.length === 0) sheet.lack('inventory.personalData');
  for (const item of sets.filter((set) => set.state === 'to-hand-over')) sheet.lack('inventory.personalDataOpen', item.name.trim());
  const done = sets.filter((item) => item.state !== 'not-applicable' && item.state !== 'to-hand-over');
  if (sets.length > 0 && done.length === 0 && sheet.missing.length === 0) {
    return { status: 'not-applicable', kind, lang, reason: lang === 'pl' ? 'Żaden zbiór danych osobowych w spisie nie wymaga zwrotu ani usunięcia.' : 'No personal data set in the inventory needs returning or deleting.' };
  }
  const heading = placeAndDate(sheet);
  const us = senderParty(sheet, ROLES[lang].us);
  const them = clientParty(sheet, client, ROLES[lang].client);
  const contract = contractReference(sheet, client, false);
  // Whether copies and backups are gone is the user's to say, per document, not the product's to
  // assume from "returned" or "deleted" (review7-pl B4): a past day confirms it, a later one promises it.
  const copiesOn = sheet.typedDate('dataReturn.copiesDeletedOn');
  const copiesAsked = done.some((item) => item.state === 'handed-over' || item.state === 'deleted');
  if (copiesAsked && copiesOn === undefined && sheet.typed('dataReturn.copiesDeletedOn') === undefined) sheet.lack('dataReturn.copiesDeletedOn');
  // Typed in the other language, the retention is asked for again in the document's (review10-en C9).
  const typedRetention = sheet.typed('dataReturn.retention');
  const retention = typedRetention === undefined ? undefined : inDocumentLanguage(sheet, 'dataReturn.retention', typedRetention);
  if (sheet.missing.length > 0 || !heading || !us || !them || (copiesAsked && !copiesOn)) return { status: 'missing', kind, lang, missing: sheet.missing };

  const returned = done.some((item) => item.state === 'handed-over');
  const deleted = done.some((item) => item.state === 'deleted');
  const title = titleFor(returned, deleted, lang);
  const blocks: DocumentBlock[] = [{ type: 'place-date', text: heading }, { type: 'parties', parties: [us.block, them.block] }, { type: 'title', text: title }];
  // The data processing terms stand beside the contract, in it or apart, not "including" a separate
  // agreement in it; each participle has its noun (review11 PL B2, EN C12).
  if (lang === 'pl') {
    blocks.push({
      type: 'paragraph',
      text: `W związku z zakończeniem przetwarzania danych osobowych w imieniu Administratora${contract ? ` na podstawie ${contract.genitive} (dalej: „Umowa”) oraz umowy powierzenia przetwarzania danych osobowych (zawartej w Umowie albo odrębnie),` : ''} Podmiot przetwarzający, stosownie do art. 28 ust. 3 lit. g RODO, potwierdza zwrot lub usunięcie następujących danych osobowych${done.some((item) => item.state === 'revoked') ? ' albo usunięcie swojego dostępu do nich' : ''}:`,
    });
  } else {
    blocks.push({
      type: 'paragraph',
      text: `Following the end of the processing of personal data on behalf of the Controller${contract ? ` under ${contract.accusative} (the “Agreement”) and any data processing terms, whether in the Agreement or in a separate data processing agreement` : ''}, the Processor confirms, in accordance with Article 28(3)(g) of the GDPR, that it has:`,
    });
  }
  const sentences = done.map((item) => itemSentence(item, lang));
  const last = sentences.length - 1;
  sentences[last] = `${sentences[last]?.replace(/;$/, '.')}`;
  blocks.push({ type: 'list', marker: 'decimal', items: sentences });
  if ((deleted || returned) && copiesOn) {
    // Art. 28(3)(g): after a return too, no copy stays with the processor. What the law makes it
    // keep, it keeps as a controller of its own records (its invoices), not as the processor: no
    // exception to the sentence before, a document this confirmation does not cover (review6-pl A5).
    // A past day confirms the copies gone; a later one is a promise, which stands apart from what
    // this document confirms, under its own heading, so the controller does not sign for a deletion
    // that has not happened (review9-pl A3).
    const gone = copiesOn <= today;
    const kept =
      retention === undefined
        ? ''
        : lang === 'pl'
          ? ` Niniejsze potwierdzenie nie dotyczy dokumentów, które Podmiot przetwarzający przechowuje we własnym imieniu, jako odrębny administrator, na podstawie przepisów prawa: ${asClause(retention)}.`
          : ` This confirmation does not cover records that the Processor keeps as a controller in its own right because the law requires it to: ${asClause(retention)}.`;
    if (gone) {
      blocks.push({
        type: 'paragraph',
        text:
          lang === 'pl'
            ? `Wszystkie kopie danych wymienionych powyżej, w tym kopie zapasowe, zostały usunięte do dnia ${date(copiesOn, lang)}; Podmiot przetwarzający nie przechowuje żadnych kopii tych danych.${kept}`
            : `All copies of the data listed above, backups included, were deleted by ${date(copiesOn, lang)}; the Processor keeps no copy of that data.${kept}`,
      });
    } else {
      if (kept) blocks.push({ type: 'paragraph', text: kept.trim() });
      blocks.push({ type: 'heading', text: lang === 'pl' ? 'Zobowiązanie' : 'Undertaking' });
      blocks.push({
        type: 'paragraph',
        text:
          lang === 'pl'
            ? `Pozostałe kopie danych wymienionych powyżej, w tym kopie zapasowe, zostaną usunięte do dnia ${date(copiesOn, lang)}; Podmiot przetwarzający potwierdzi to odrębnie.`
            : `Any remaining copies of the data listed above, backups included, will be deleted by ${date(copiesOn, lang)}; the Processor will confirm this separately.`,
      });
    }
  }
  blocks.push({
    type: 'signatures',
    signatures: [
      senderSignatureLine(settings, lang, ROLES[lang].us),
      ...(returned ? [{ caption: lang === 'pl' ? 'Otrzymanie potwierdzenia oraz zwróconych danych potwierdza Administrator (data i podpis)' : 'Receipt of this confirmation and of the returned data confirmed by the Controller (date and signature)', ...(them.signatory ? { name: them.signatory } : {}) }] : []),
    ],
  });
  return { status: 'ready', document: { kind, lang, title, fileName: fileNameFor(title, them.name, today), blocks } };
}
