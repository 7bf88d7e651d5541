/** One inventory item as typed in the sidebar, checked with the domain's rules and the store's limits. */
import type { HandoverItem, HandoverItemKind, HandoverState } from '../../offboarding/types';
import { handoverItemIssues, stateNeedsDate, stateTakesDate, type HandoverItemInput } from '../../offboarding/inventory';
import { LIMITS } from '../../common/limits';
import type { SidebarMessageKey } from './messages';

/** The longest text each field takes: the store's limits (common/limits.ts). */
export const INVENTORY_FORM_MAX_LENGTH = { name: LIMITS.inventoryName, note: LIMITS.inventoryNote, recipient: LIMITS.inventoryRecipient } as const;

export interface InventoryForm {
  kind: HandoverItemKind;
  name: string;
  state: HandoverState;
  /** YYYY-MM-DD from the date field; kept only where the state takes a date. */
  on: string;
  note: string;
  recipient: string;
}

export type InventoryFormErrors = Partial<Record<keyof InventoryForm, { key: SidebarMessageKey; params?: Record<string, string> }>>;

export function emptyInventoryForm(kind: HandoverItemKind): InventoryForm {
  return { kind, name: '', state: 'to-hand-over', on: '', note: '', recipient: '' };
}

export function formFromInventoryItem(item: HandoverItem): InventoryForm {
  return { kind: item.kind, name: item.name, state: item.state, on: item.on ?? '', note: item.note ?? '', recipient: item.recipient ?? '' };
}

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

export type InventoryFormResult = { ok: true; item: HandoverItemInput } | { ok: false; errors: InventoryFormErrors };

/** The item to save, or every problem by field; a secret is refused before it leaves the form. */
export function itemFromInventoryForm(form: InventoryForm): InventoryFormResult {
  const errors: InventoryFormErrors = {};
  const name = form.name.trim();
  const note = form.note.trim();
  const recipient = form.recipient.trim();
  if (!name) errors.name = { key: 'inventoryNameRequired' };
  for (const [field, max] of Object.entries(INVENTORY_FORM_MAX_LENGTH) as Array<[keyof typeof INVENTORY_FORM_MAX_LENGTH, number]>) {
    if (form[field].trim().length > max) errors[field] = { key: 'inventoryTooLong', params: { max: String(max) } };
  }
  const on = form.on.trim();
  if (stateNeedsDate(form.state) && !FULL_DATE.test(on)) errors.on = { key: 'inventoryDateRequired' };
  else if (on !== '' && !FULL_DATE.test(on)) errors.on = { key: 'badDate' };
  const item: HandoverItemInput = { kind: form.kind, name, state: form.state };
  if (on !== '' && stateTakesDate(form.state) && FULL_DATE.test(on)) item.on = on;
  if (note) item.note = note;
  if (recipient) item.recipient = recipient;
  for (const issue of handoverItemIssues(item)) {
    if (issue.problem === 'secret' && !errors[issue.field]) errors[issue.field] = { key: 'inventorySecret' };
  }
  return Object.keys(errors).length > 0 ? { ok: false, errors } : { ok: true, item };
}
