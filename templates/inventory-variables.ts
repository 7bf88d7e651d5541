/**
 * The handover inventory as template variables (issue 13): what the handover plan proposes, what
 * the handover note lists, and what access is asked to be removed or confirmed removed — exactly
 * the items recorded, never a fixed list. An empty list stays empty, so the template asks the user
 * for it (a missing value); one item and several get their own grammar (the `…Several` flags and
 * the counts, "1 element / 3 elementy / 5 elementów").
 */
import { itemCountInWords } from './count-words';
import type { HandoverItem, Lang, Offboarding } from '../offboarding/types';
import { ACCESS_KINDS, inventoryOf } from '../offboarding/inventory';
import { formatDate } from './format';
import type { TemplateVariables } from './types';

/** The paths only the user can fill when the inventory holds nothing for them. */
export const INVENTORY_USER_VALUE_PATHS = ['handover.planItems', 'access.requestItems'] as const;

function recipientPart(item: HandoverItem, lang: Lang): string {
  const recipient = item.recipient?.trim();
  if (!recipient) return '';
  return lang === 'pl' ? ` (odbiorca: ${recipient})` : ` (recipient: ${recipient})`;
}

/** "Domena acme.pl (odbiorca: Jan Kowalski)": the name as typed, never its note (which may be the user's own). */
function planLabel(item: HandoverItem, lang: Lang): string {
  return `${item.name.trim()}${recipientPart(item, lang)}`;
}

/** "Domena acme.pl – przekazano 12 marca 2026 r. (odbiorca: Jan Kowalski)"; the impersonal form agrees with any name. */
function doneLabel(item: HandoverItem, lang: Lang): string {
  const on = item.on ? (lang === 'pl' ? ` – przekazano ${formatDate(item.on, lang)}` : ` – handed over on ${formatDate(item.on, lang)}`) : '';
  return `${item.name.trim()}${on}${recipientPart(item, lang)}`;
}

/** "Konto WordPress (usunięto 12 marca 2026 r.)" when the days differ; else the name alone (impersonal: agrees with any name). */
function revokedLabel(item: HandoverItem, lang: Lang, withDate: boolean): string {
  if (!withDate || !item.on) return item.name.trim();
  return lang === 'pl' ? `${item.name.trim()} (usunięto ${formatDate(item.on, lang)})` : `${item.name.trim()} (access removed on ${formatDate(item.on, lang)})`;
}

const labelled = (labels: string[]) => (labels.length === 0 ? undefined : labels.map((label) => ({ label })));

/**
 * Personal data still open is returned or deleted at the client's choice (GDPR art. 28(3)(g)),
 * never simply "to be handed over": the plan marks it.
 */
const planEntries = (items: readonly HandoverItem[], lang: Lang) =>
  items.length === 0 ? undefined : items.map((item) => ({ label: planLabel(item, lang), personalData: item.kind === 'personal-data' }));

/** A credential still to be handed over is no access of ours to remove: the client changes it after the handover. */
const revokeEntries = (items: readonly HandoverItem[], lang: Lang) =>
  items.length === 0 ? undefined : items.map((item) => ({ label: planLabel(item, lang), credential: item.kind === 'credential' }));

/**
 * The inventory's variables, merged into the `handover` and `access` groups. `checklistRevokedOn`
 * is the day the access step was ticked, used only when no revoked item carries its own date.
 */
export function inventoryVariables(offboarding: Offboarding, lang: Lang, checklistRevokedOn: string | undefined): { handover: TemplateVariables; access: TemplateVariables } {
  // Personal data handed back is handed over like any file (the note lists it); deleted data is not.
  const items = inventoryOf(offboarding);
  const toHandOver = items.filter((item) => item.state === 'to-hand-over');
  const handedOver = items.filter((item) => item.state === 'handed-over');
  const toRevoke = toHandOver.filter((item) => ACCESS_KINDS.has(item.kind));
  const revoked = items.filter((item) => item.state === 'revoked');
  const revokedDays = [...new Set(revoked.map((item) => item.on).filter((on): on is string => on !== undefined))];
  const severalDays = revokedDays.length > 1;
  const oneDay = revokedDays.length === 1 && revokedDays[0] !== undefined ? formatDate(revokedDays[0], lang) : undefined;
  return {
    handover: {
      plan: planEntries(toHandOver, lang),
      planSeveral: toHandOver.length > 1,
      planHasCredentials: toHandOver.some((item) => item.kind === 'credential'),
      planHasPersonalData: toHandOver.some((item) => item.kind === 'personal-data'),
      done: labelled(handedOver.map((item) => doneLabel(item, lang))),
      doneCount: handedOver.length > 0 ? itemCountInWords(handedOver.length, lang) : undefined,
    },
    access: {
      toRevoke: revokeEntries(toRevoke, lang),
      toRevokeSeveral: toRevoke.length > 1,
      // Listed but none left open: the request asks for no list (nothing is invented, nothing asked twice).
      listed: items.some((item) => ACCESS_KINDS.has(item.kind)),
      revoked: labelled(revoked.map((item) => revokedLabel(item, lang, severalDays))),
      revokedSeveral: revoked.length > 1,
      revokedSeveralDays: severalDays,
      // One day for all: that day. Different days: each item says its own, the sentence none.
      revokedOn: severalDays ? undefined : (oneDay ?? checklistRevokedOn),
    },
  };
}
