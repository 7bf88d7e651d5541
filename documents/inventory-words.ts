/** The handover inventory's kinds and states as a document writes them, in both languages. */
import { isInOtherLanguage } from '../templates/text-language';
import type { HandoverItem, HandoverItemKind, HandoverState, Lang } from '../offboarding/types';

export const KIND_WORDS: Record<HandoverItemKind, { pl: string; en: string }> = {
  deliverable: { pl: 'rezultat prac', en: 'deliverable' },
  'source-code': { pl: 'kod źródłowy', en: 'source code' },
  files: { pl: 'pliki', en: 'files' },
  domain: { pl: 'domena', en: 'domain' },
  hosting: { pl: 'hosting', en: 'hosting' },
  account: { pl: 'konto', en: 'account' },
  credential: { pl: 'dane dostępowe', en: 'credentials' },
  'personal-data': { pl: 'dane osobowe', en: 'personal data' },
  equipment: { pl: 'sprzęt', en: 'equipment' },
  other: { pl: 'inne', en: 'other' },
};

/** Polish in impersonal forms (przekazano, usunięto), which agree with an item of any gender and number. */
export const STATE_WORDS: Record<HandoverState, { pl: string; en: string }> = {
  'to-hand-over': { pl: 'do przekazania', en: 'to be handed over' },
  'handed-over': { pl: 'przekazano', en: 'handed over' },
  // Whose access: read by the client, "odebrano dostęp" could be his own (review5-pl D-A3).
  revoked: { pl: 'usunięto dostęp Przekazującego', en: 'access removed' },
  deleted: { pl: 'usunięto', en: 'deleted' },
  'not-applicable': { pl: 'nie dotyczy', en: 'not applicable' },
};

/** Personal data is returned or deleted, never "handed over" (GDPR art. 28(3)(g)). */
export function stateWords(item: HandoverItem, lang: Lang): string {
  if (item.kind === 'personal-data' && item.state === 'to-hand-over') {
    return lang === 'pl' ? 'do zwrotu lub usunięcia' : 'to be returned or deleted';
  }
  if (item.kind === 'personal-data' && item.state === 'handed-over') return lang === 'pl' ? 'zwrócono' : 'returned';
  return STATE_WORDS[item.state][lang];
}

/**
 * "domena acme.pl (odbiera: dział IT)"; the recipient is left out when it is the party itself
 * (`partyName`), whom the document already names.
 */
export function itemLabel(item: HandoverItem, lang: Lang, partyName?: string): string {
  const recipient = item.recipient?.trim();
  if (!recipient || recipient === partyName?.trim()) return item.name.trim();
  if (lang === 'pl') return `${item.name.trim()} (odbiera: ${recipient})`;
  // A handover still to come is not "received by" anyone yet (review10-en C9).
  return item.state === 'to-hand-over' ? `${item.name.trim()} (to be received by: ${recipient})` : `${item.name.trim()} (received by: ${recipient})`;
}

/** "Jan Wiśniewski", "Anna Maria Nowak": capitalised words only (not "dział IT", not "IT department"). */
function looksLikeName(text: string): boolean {
  return /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,3}$/u.test(text);
}

/**
 * Who receives an item, as the user typed it, when it is written in the other language than the
 * document ("dział IT" in an English record): a note for the user to change it in the inventory
 * before sending, the flag reason notes get in messages (review10-en C9).
 */
export function recipientsInOtherLanguage(items: readonly HandoverItem[], lang: Lang): string[] {
  return items.flatMap((item) => {
    const recipient = item.recipient?.trim();
    // A person's name tells no language ("Jan Wiśniewski" is no Polish text in an English record).
    // An acronym ("IT", "HR") is no evidence either: "it" would count as English.
    const words = recipient?.split(/\s+/u).filter((word) => !/^\p{Lu}{2,}$/u.test(word)).join(' ');
    if (!recipient || !words || looksLikeName(recipient) || !isInOtherLanguage(words, lang)) return [];
    return [
      lang === 'pl'
        ? `Odbiorca pozycji „${item.name.trim()}” („${recipient}”) jest wpisany po angielsku: popraw go w spisie przed wysłaniem dokumentu.`
        : `The recipient of “${item.name.trim()}” (“${recipient}”) is written in Polish: change it in the inventory before you send this document.`,
    ];
  });
}
