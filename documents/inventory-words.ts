/** The handover inventory's kinds and states as a document writes them, in both languages. */
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
  return lang === 'pl' ? `${item.name.trim()} (odbiera: ${recipient})` : `${item.name.trim()} (received by ${recipient})`;
}
