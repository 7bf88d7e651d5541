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

export const STATE_WORDS: Record<HandoverState, { pl: string; en: string }> = {
  'to-hand-over': { pl: 'do przekazania', en: 'to be handed over' },
  'handed-over': { pl: 'przekazano', en: 'handed over' },
  revoked: { pl: 'dostęp usunięty', en: 'access removed' },
  deleted: { pl: 'usunięto', en: 'deleted' },
  'not-applicable': { pl: 'nie dotyczy', en: 'not applicable' },
};

/** "Domena acme.pl (odbiera: Jan Kowalski)" */
export function itemLabel(item: HandoverItem, lang: Lang): string {
  const recipient = item.recipient?.trim();
  if (!recipient) return item.name.trim();
  return lang === 'pl' ? `${item.name.trim()} (odbiera: ${recipient})` : `${item.name.trim()} (received by ${recipient})`;
}
